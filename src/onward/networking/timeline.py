"""The networking items of the growth timeline: interactions logged and reminders done."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from onward.core import links
from onward.core.timeline import Scope, TimelineItem, midday, short
from onward.networking.choices import ReminderStatus
from onward.networking.models import Interaction, Reminder


def _when(interaction: Interaction) -> dt.datetime:
    """When it was logged, if that was on its day; else midday of its day."""
    if timezone.localdate(interaction.created_at) == interaction.occurred_on:
        return interaction.created_at
    return midday(interaction.occurred_on)


def interactions(scope: Scope) -> list[TimelineItem]:
    rows = scope.filter(Interaction.objects.select_related("contact"), "occurred_on", day=True)
    items = [
        TimelineItem(
            "interaction",
            _when(i),
            f"{i.get_kind_display()} with {i.contact.name}",
            short(i.notes),
            links.url_for("contact", i.contact_id),
            i.application_id,
            i.pk,
        )
        for i in rows
    ]
    return scope.before_cursor(items)


def reminders_done(scope: Scope) -> list[TimelineItem]:
    done = Reminder.objects.filter(status=ReminderStatus.DONE, closed_at__isnull=False)
    items = []
    for r in scope.filter(done, "closed_at"):
        assert r.closed_at is not None
        items.append(
            TimelineItem(
                "reminder",
                r.closed_at,
                f"Done: {r.title}",
                "",
                links.url_for("reminders"),
                r.application_id,
                r.pk,
            )
        )
    return items
