"""The tracker's timeline items: applications saved or sent, stage changes, rejections."""

from __future__ import annotations

from typing import Any

from django.db.models import F

from onward.core import links
from onward.core.timeline import Scope, TimelineItem, labels, short
from onward.tracker.choices import Stage
from onward.tracker.models import ApplicationEvent, Rejection

# perf: the two largest kinds read plain values (no model rows with their application,
# posting and company: a page holds up to 100 of them).
EVENT_FIELDS = (
    "pk", "uid", "application_id", "stage", "from_stage", "occurred_at", "interview_round",
    "note", "application__posting__title", "application__posting__company__name",
)  # fmt: skip
# perf: rejections are read from their events' side, newest first by the events'
# (owner, occurred_at) index; from the rejections' side SQLite sorted all of the owner's
# rejections joined with their events for every page (4 ms at 2,400 rejections).
REJECTION_FIELDS = (
    "rejection__pk", "application_id", "occurred_at", "rejection__reason",
    "rejection__stage_reached", "application__posting__title",
    "application__posting__company__name",
)  # fmt: skip


def _dicts(fields: tuple[str, ...], rows: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    return [dict(zip(fields, row, strict=True)) for row in rows]


def _event_item(row: dict[str, Any], scope: Scope, stages: dict[str, str]) -> TimelineItem:
    first = not row["from_stage"]
    app_id = row["application_id"]
    what = f"{row['application__posting__title']} at {row['application__posting__company__name']}"
    if first:
        verb = "Saved" if row["stage"] == Stage.SAVED else "Applied:"
        title, kind = f"{verb} {what}", "application"
    else:
        title, kind = f"{stages.get(row['stage'], row['stage'])}: {what}", "stage"
        if row["interview_round"]:
            title = f"Interview round {row['interview_round']}: {what}"
    return TimelineItem(
        kind,
        row["occurred_at"],
        title,
        short(row["note"]),
        links.url_for("application", app_id),
        app_id,
        app_id if first else row["pk"],
        win_key=f"event:{row['uid']}",
    )


def events(scope: Scope) -> list[TimelineItem]:
    qs = ApplicationEvent.objects.exclude(stage=Stage.REJECTED)
    stages = labels(ApplicationEvent, "stage")
    rows = scope.rows(qs, "occurred_at", EVENT_FIELDS, name="tracker.events")
    return [_event_item(dict(zip(EVENT_FIELDS, row, strict=True)), scope, stages) for row in rows]


def rejections(scope: Scope) -> list[TimelineItem]:
    # The rejection's owner is the event's (checked by ``scope``): no value of the page
    # in ``qs``, so its SQL is reused (``Scope.rows``).
    qs = ApplicationEvent.objects.filter(rejection__owner_id=F("owner_id"))
    reasons, reached = labels(Rejection, "reason"), labels(Rejection, "stage_reached")
    return [
        TimelineItem(
            "rejection",
            r["occurred_at"],
            f"Rejected: {r['application__posting__title']} at "
            f"{r['application__posting__company__name']}",
            f"{reasons.get(r['rejection__reason'], r['rejection__reason'])}; reached "
            f"{reached.get(r['rejection__stage_reached'], r['rejection__stage_reached']).lower()}",
            links.url_for("rejection", r["rejection__pk"]),
            r["application_id"],
            r["rejection__pk"],
        )
        for r in _dicts(
            REJECTION_FIELDS,
            scope.rows(
                qs,
                "occurred_at",
                REJECTION_FIELDS,
                name="tracker.rejections",
                order_id="rejection__id",
            ),
        )
    ]
