"""The tracker's timeline items: applications saved or sent, stage changes, rejections."""

from __future__ import annotations

from onward.core import links
from onward.core.timeline import ROLE_TEXTS, Scope, TimelineItem, short
from onward.tracker.choices import Stage
from onward.tracker.models import Application, ApplicationEvent, Rejection


def role(application: Application | None) -> str:
    if application is None:
        return ""
    return f"{application.posting.title} at {application.posting.company.name}"


def events(scope: Scope) -> list[TimelineItem]:
    qs = (
        ApplicationEvent.objects.select_related("application__posting__company")
        .defer(*ROLE_TEXTS)
        .exclude(stage=Stage.REJECTED)
    )
    items = []
    for event in scope.filter(qs, "occurred_at"):
        first = not event.from_stage
        what = role(event.application)
        if first:
            verb = "Saved" if event.stage == Stage.SAVED else "Applied:"
            title, kind = f"{verb} {what}", "application"
        else:
            title, kind = f"{event.get_stage_display()}: {what}", "stage"
            if event.interview_round:
                title = f"Interview round {event.interview_round}: {what}"
        win = f"event:{event.uid}" in scope.win_keys
        items.append(
            TimelineItem(
                kind,
                event.occurred_at,
                title,
                short(event.note),
                links.url_for("application", event.application_id),
                event.application_id,
                event.application_id if first else event.pk,
                win,
            )
        )
    return items


def rejections(scope: Scope) -> list[TimelineItem]:
    qs = Rejection.objects.select_related("event", "application__posting__company")
    qs = qs.defer(*ROLE_TEXTS)
    return [
        TimelineItem(
            "rejection",
            r.event.occurred_at,
            f"Rejected: {role(r.application)}",
            f"{r.get_reason_display()}; reached {r.get_stage_reached_display().lower()}",
            links.url_for("rejection", r.pk),
            r.application_id,
            r.pk,
        )
        for r in scope.filter(qs, "event__occurred_at")
    ]
