"""Marking a skill of an application's posting "not a requirement" (the extractor misread
the text), and undoing it. Thin adapters: plain forms with a redirect back to the
application, or, with htmx, the skills section swapped in place."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from onward.accounts.http import owner_of
from onward.core.errors import validation_message
from onward.core.http import is_htmx
from onward.skills import services
from onward.skills.forms import PostingSkillDismissForm
from onward.skills.templatetags.skills_tags import application_skills_context
from onward.tracker import selectors as tracker_selectors
from onward.tracker.models import Application


def _after(
    request: HttpRequest, application: Application, text: str, *, error: bool = False
) -> HttpResponse:
    """The skills section with a note (htmx), or a message and the application page."""
    if is_htmx(request):
        context = application_skills_context(application) | {"note": text, "note_error": error}
        return render(request, "skills/_application_skills.html", context)
    (messages.error if error else messages.success)(request, text)
    url = reverse("tracker:detail", kwargs={"application_id": application.pk})
    return redirect(f"{url}#app-skills-h")


def _skill_id(request: HttpRequest) -> str:
    form = PostingSkillDismissForm(request.POST)
    if not form.is_valid():
        raise ValidationError({name: list(errors) for name, errors in form.errors.items()})
    return str(form.cleaned_data["skill_id"])


@login_required
@require_POST
def not_required(request: HttpRequest, application_id: int) -> HttpResponse:
    owner = owner_of(request)
    application = tracker_selectors.application_get(owner=owner, pk=application_id)
    try:
        row = services.posting_skill_dismiss(
            owner=owner, posting=application.posting, skill_id=_skill_id(request)
        )
    except ValidationError as exc:
        text = f"That did not work: {validation_message(exc)}"
        return _after(request, application, text, error=True)
    text = f"{row.label} no longer counts for this posting. You can restore it below."
    return _after(request, application, text)


@login_required
@require_POST
def not_required_restore(request: HttpRequest, application_id: int) -> HttpResponse:
    owner = owner_of(request)
    application = tracker_selectors.application_get(owner=owner, pk=application_id)
    try:
        skill_id = _skill_id(request)
    except ValidationError as exc:
        text = f"That did not work: {validation_message(exc)}"
        return _after(request, application, text, error=True)
    row = services.posting_skill_restore(
        owner=owner, posting=application.posting, skill_id=skill_id
    )
    label = row.label if row is not None else "That skill"
    return _after(request, application, f"{label} counts for this posting again.")
