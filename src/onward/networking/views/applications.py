"""The people of an application and of a company: link, log an interview round with its
interviewers, record a referral; warm paths."""

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
from onward.networking import selectors, services
from onward.networking.forms import ApplicationLinkForm, InterviewForm, ReferralForm
from onward.networking.views.common import page, report
from onward.tracker import selectors as tracker_selectors
from onward.tracker.choices import CLOSED


@login_required
def warm_paths(request: HttpRequest) -> HttpResponse:
    paths = selectors.warm_path_list(owner=owner_of(request))
    return page(request, "networking/warm_paths.html", {"paths": paths}, section="warm")


@login_required
@require_POST
def application_link(request: HttpRequest, application_id: int) -> HttpResponse:
    owner = owner_of(request)
    application = tracker_selectors.application_get(owner=owner, pk=application_id)
    form = ApplicationLinkForm(request.POST, contacts=selectors.contact_choices(owner=owner))
    if form.is_valid():
        contact = selectors.contact_get(owner=owner, pk=form.cleaned_data["contact"])
        try:
            services.application_contact_link(
                contact=contact, application=application, role=form.cleaned_data["role"]
            )
        except ValidationError as exc:
            report(request, exc)
        else:
            messages.success(request, f"Linked {contact.name}.")
    else:
        messages.error(request, "Pick a contact and their role.")
    return redirect("tracker:detail", application_id=application.pk)


@login_required
def interview(request: HttpRequest, application_id: int) -> HttpResponse:
    """Log the next interview round and who interviewed you, in one step."""
    owner = owner_of(request)
    application = tracker_selectors.application_get(owner=owner, pk=application_id)
    form = InterviewForm(bound(request), contacts=selectors.contact_choices(owner=owner))
    if form.is_bound and form.is_valid():
        data = dict(form.cleaned_data)
        people = selectors.contacts_by_id(owner=owner, ids=data.pop("interviewers"))
        try:
            services.interview_log(application=application, interviewers=people, **data)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, "Interview logged. A thank-you reminder is waiting.")
            return redirect("tracker:detail", application_id=application.pk)
    context = {
        "application": application,
        "form": form,
        "closed": application.stage in CLOSED,
    }
    return page(
        request, "networking/interview_form.html", context, section="", status=status_of(form)
    )


@login_required
@require_POST
def referral(request: HttpRequest, application_id: int) -> HttpResponse:
    owner = owner_of(request)
    application = tracker_selectors.application_get(owner=owner, pk=application_id)
    form = ReferralForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Pick who referred you.")
        return redirect("tracker:detail", application_id=application.pk)
    contact = selectors.contact_get(owner=owner, pk=form.cleaned_data["contact"])
    try:
        services.referral_record(application=application, contact=contact)
    except ValidationError as exc:
        report(request, exc)
    else:
        messages.success(request, f"Referred by {contact.name}: the channel is now Referral.")
    return redirect("tracker:detail", application_id=application.pk)
