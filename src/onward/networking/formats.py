"""Contacts as vCard 4.0 and reminders with interview dates as iCalendar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.urls import reverse
from django.utils import timezone

from onward.accounts.models import User
from onward.analysis.ical import CalendarEvent, calendar_text
from onward.analysis.vcard import VCardOut, write_vcards
from onward.networking.choices import ReminderStatus
from onward.networking.models import Contact, Reminder
from onward.networking.services.contacts import alternates_of
from onward.tracker import selectors as tracker_selectors
from onward.tracker.choices import Stage

CALENDAR_DAYS_BACK = 90


def contact_card(contact: Contact) -> VCardOut:
    alt = alternates_of(contact)
    urls = [u for u in (contact.linkedin_url, *alt["linkedin_urls"]) if u]
    notes = "\n\n".join(
        part for part in (contact.how_met and f"Met: {contact.how_met}", contact.notes) if part
    )
    return VCardOut(
        uid=f"urn:uuid:{contact.uid}",
        name=contact.name,
        emails=tuple(e for e in (contact.email, *alt["emails"]) if e),
        phones=tuple(p for p in (contact.phone, *alt["phones"]) if p),
        org=contact.company_label,
        title=contact.role,
        urls=tuple(urls),
        note=notes,
        categories=tuple(contact.tag_list),
    )


def contacts_vcard(contacts: Iterable[Contact]) -> str:
    return write_vcards([contact_card(c) for c in contacts])


def _reminder_event(reminder: Reminder, url_for: dict[int, str]) -> CalendarEvent:
    who = reminder.contact.name if reminder.contact else ""
    lines = [reminder.get_kind_display()] + ([f"With {who}"] if who else [])
    if reminder.notes:
        lines.append(reminder.notes)
    return CalendarEvent(
        uid=f"reminder-{reminder.uid}@onward",
        summary=reminder.title,
        start=reminder.due_on,
        description="\n".join(lines),
        url=url_for.get(reminder.pk, ""),
        categories=("Onward", "Reminder"),
    )


def calendar_events(
    *, owner: User, now: dt.datetime | None = None, base_url: str = ""
) -> list[CalendarEvent]:
    """Open reminders (all-day, on their due day) and interview rounds of the last 90 days."""
    now = now or timezone.now()
    reminders = (
        Reminder.objects.filter(owner=owner, status=ReminderStatus.OPEN)
        .select_related("contact")
        .order_by("due_on", "id")
    )
    urls = (
        {r.pk: f"{base_url}{reverse('networking:reminders')}#reminder-{r.pk}" for r in reminders}
        if base_url
        else {}
    )
    events = [_reminder_event(r, urls) for r in reminders]
    since = now - dt.timedelta(days=CALENDAR_DAYS_BACK)
    for event in (
        tracker_selectors.event_list(owner=owner, since=since)
        .filter(stage=Stage.INTERVIEW)
        .order_by("occurred_at", "id")
    ):
        posting = event.application.posting
        round_name = (
            f"Interview round {event.interview_round}" if event.interview_round else "Interview"
        )
        kind = f" ({event.get_interview_kind_display()})" if event.interview_kind else ""
        events.append(
            CalendarEvent(
                uid=f"interview-{event.uid}@onward",
                summary=f"{round_name}{kind}: {posting.title} at {posting.company.name}",
                start=event.occurred_at,
                description=event.note,
                url=base_url + reverse("tracker:detail", args=[event.application_id])
                if base_url
                else "",
                categories=("Onward", "Interview"),
            )
        )
    return events


def calendar_ics(*, owner: User, now: dt.datetime | None = None, base_url: str = "") -> str:
    now = now or timezone.now()
    events = calendar_events(owner=owner, now=now, base_url=base_url)
    return calendar_text(events, name=f"Onward: {owner.name}", stamp=now)
