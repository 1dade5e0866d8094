"""The networking items of the growth timeline: interactions logged and reminders done."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from onward.core import links
from onward.core.timeline import Scope, TimelineItem, labels, midday, short
from onward.networking.choices import ReminderStatus
from onward.networking.models import Interaction, Reminder


def _when(created_at: dt.datetime, occurred_on: dt.date) -> dt.datetime:
    """When it was logged, if that was on its day; else midday of its day."""
    if timezone.localdate(created_at) == occurred_on:
        return created_at
    return midday(occurred_on)


def interactions(scope: Scope) -> list[TimelineItem]:
    kinds = labels(Interaction, "kind")
    fields = (
        "pk", "created_at", "occurred_on", "kind", "contact__name", "notes", "contact_id",
        "application_id",
    )  # fmt: skip
    rows = scope.rows(
        Interaction.objects.all(), "occurred_on", fields, name="networking.interactions", day=True
    )
    items = [
        TimelineItem(
            "interaction",
            _when(created_at, occurred_on),
            f"{kinds.get(kind, kind)} with {contact}",
            short(notes),
            links.url_for("contact", contact_id),
            app_id,
            pk,
        )
        for pk, created_at, occurred_on, kind, contact, notes, contact_id, app_id in rows
    ]
    return scope.before_cursor(items)


def reminders_done(scope: Scope) -> list[TimelineItem]:
    done = Reminder.objects.filter(status=ReminderStatus.DONE, closed_at__isnull=False)
    fields = ("pk", "closed_at", "title", "application_id")
    return [
        TimelineItem("reminder", at, f"Done: {title}", "", links.url_for("reminders"), app_id, pk)
        for pk, at, title, app_id in scope.rows(
            done, "closed_at", fields, name="networking.reminders_done"
        )
    ]
