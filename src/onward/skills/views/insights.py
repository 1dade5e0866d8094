"""The "check a posting" page: your fit for a posting's text, and saving it. Thin adapters."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from onward.accounts.http import owner_of
from onward.core.forms import add_service_errors
from onward.core.http import bound, status_of
from onward.skills import selectors
from onward.skills.forms import PostingCheckForm, PostingSaveForm
from onward.skills.views.common import skills_page
from onward.tracker import services as tracker_services
from onward.tracker.choices import Stage


@login_required
def check(request: HttpRequest) -> HttpResponse:
    form = PostingCheckForm(bound(request))
    fit = None
    save_form = None
    if form.is_bound and form.is_valid():
        text = form.cleaned_data["text"]
        fit = selectors.text_fit(owner=owner_of(request), text=text)
        save_form = PostingSaveForm(initial={"text": text})
    context = {"form": form, "fit": fit, "save_form": save_form}
    return skills_page(
        request, "skills/check.html", context, section="check", status=status_of(form)
    )


@login_required
@require_POST
def check_save(request: HttpRequest) -> HttpResponse:
    """Save the checked posting as an application (saved, not yet applied)."""
    owner = owner_of(request)
    form = PostingSaveForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            application = tracker_services.application_create_with_posting(
                owner=owner,
                company_name=data["company"],
                posting_fields={
                    "title": data["title"],
                    "url": data["url"],
                    "description": data["text"],
                },
                stage=Stage.SAVED,
            )
        except ValidationError as exc:
            add_service_errors(form, exc, field_map={"description": "text"})
        else:
            messages.success(request, f"Saved {application.posting}. Its skills are on the page.")
            return redirect("tracker:detail", application_id=application.pk)
    text = request.POST.get("text", "")[:100_000]
    check_form = PostingCheckForm({"text": text})
    fit = selectors.text_fit(owner=owner, text=text) if check_form.is_valid() else None
    context = {"form": check_form, "fit": fit, "save_form": form}
    return skills_page(request, "skills/check.html", context, section="check", status=400)
