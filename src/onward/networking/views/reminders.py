"""Reminders: overdue, today and this week; drafts for each; done, snooze, dismiss."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from onward.accounts.http import owner_of
from onward.core.forms import add_service_errors
from onward.core.http import bound, safe_next, status_of
from onward.growth import emails
from onward.networking import drafts, selectors, services
from onward.networking.choices import REMINDER_INTERACTION, ReminderKind, ReminderStatus
from onward.networking.forms import DoneForm, ReminderForm, SnoozeForm
from onward.networking.views.common import page, report

SECTION = "reminders"


@login_required
def reminder_list(request: HttpRequest) -> HttpResponse:
    owner = owner_of(request)
    choices = selectors.contact_choices(owner=owner)
    form = ReminderForm(bound(request), contacts=choices, initial={"due_on": timezone.localdate()})
    if form.is_bound and form.is_valid():
        data = dict(form.cleaned_data)
        contact_id = data.pop("contact")
        contact = selectors.contact_get(owner=owner, pk=contact_id) if contact_id else None
        try:
            services.reminder_create(owner=owner, contact=contact, **data)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, "Reminder added.")
            return redirect("networking:reminders")
    context = {
        "agenda": selectors.reminder_agenda(owner=owner, today=timezone.localdate()),
        "form": form,
    }
    return page(
        request, "networking/reminders.html", context, section=SECTION, status=status_of(form)
    )


@login_required
def reminder_detail(request: HttpRequest, reminder_id: int) -> HttpResponse:
    reminder = selectors.reminder_get(owner=owner_of(request), pk=reminder_id)
    options = drafts.reminder_drafts(reminder)
    tone = request.GET.get("tone", "")
    draft = next((d for d in options if d.tone.value == tone), options[0] if options else None)
    to = reminder.contact.email if reminder.contact else ""
    context: dict[str, Any] = {
        "reminder": reminder,
        "draft": draft,
        "tones": [(d.tone.value, drafts.TONE_LABELS[d.tone.value]) for d in options],
        "tone": draft.tone.value if draft else "",
        "to": to,
        "mailto": emails.mailto_url(to=to, subject=draft.subject, body=draft.body) if draft else "",
        "can_log": reminder.contact_id is not None
        and ReminderKind(reminder.kind) in REMINDER_INTERACTION,
        "is_open": reminder.status == ReminderStatus.OPEN,
    }
    return page(request, "networking/reminder_detail.html", context, section=SECTION)


def _back(request: HttpRequest) -> HttpResponse:
    return HttpResponseRedirect(safe_next(request, reverse("networking:reminders")))


@login_required
@require_POST
def reminder_done(request: HttpRequest, reminder_id: int) -> HttpResponse:
    reminder = selectors.reminder_get(owner=owner_of(request), pk=reminder_id)
    form = DoneForm(request.POST)
    form.is_valid()
    data = form.cleaned_data
    try:
        services.reminder_complete(
            reminder=reminder, log=bool(data.get("log")), notes=data.get("notes") or ""
        )
    except ValidationError as exc:
        report(request, exc)
    else:
        logged = " and logged" if data.get("log") else ""
        messages.success(request, f"Done{logged}: {reminder.title}.")
    return _back(request)


@login_required
@require_POST
def reminder_snooze(request: HttpRequest, reminder_id: int) -> HttpResponse:
    reminder = selectors.reminder_get(owner=owner_of(request), pk=reminder_id)
    form = SnoozeForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Pick how long to snooze (1 to 365 days, or a later day).")
        return _back(request)
    try:
        services.reminder_snooze(
            reminder=reminder, days=form.cleaned_data["days"], until=form.cleaned_data["until"]
        )
    except ValidationError as exc:
        report(request, exc)
    else:
        messages.success(request, f"Snoozed until {reminder.due_on:%a %d %b}.")
    return _back(request)


@login_required
@require_POST
def reminder_dismiss(request: HttpRequest, reminder_id: int) -> HttpResponse:
    reminder = selectors.reminder_get(owner=owner_of(request), pk=reminder_id)
    services.reminder_dismiss(reminder=reminder)
    messages.success(request, "Reminder dismissed.")
    return _back(request)
