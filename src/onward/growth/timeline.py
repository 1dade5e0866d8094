"""The growth timeline: one chronological list joining the tracker and the growth loop.

Each kind has a small gatherer that reads at most ``limit`` of its newest items; the
selector merges them. An automatic win whose source is on the timeline already (a stage
change, feedback, a completed learning action, a goal met) marks that item as a win
instead of being listed twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.db.models import Q, QuerySet
from django.utils import timezone

from onward.growth import links
from onward.growth.choices import FeedbackStatus, WinKind
from onward.growth.models import CheckIn, Feedback, FeedbackRequest, Goal, Reflection, Reframe, Win
from onward.growth.services.goals import goal_name
from onward.skills.models import LearningAction
from onward.tracker.choices import Stage
from onward.tracker.models import Application, ApplicationEvent, Rejection

KIND_LABELS = {
    "application": "Applications",
    "stage": "Stage changes",
    "rejection": "Rejections",
    "reflection": "Reflections",
    "feedback_request": "Feedback requests",
    "feedback": "Feedback",
    "reframe": "Reframes",
    "checkin": "Check-ins",
    "learning": "Learning",
    "goal": "Goals",
    "win": "Wins",
}
KINDS = tuple(KIND_LABELS)
# Automatic wins shown on their source's item, by source-key prefix -> kind of that item.
_WIN_SOURCES = {"event": "stage", "feedback": "feedback", "learning": "learning", "goal": "goal"}


@dataclass(frozen=True)
class TimelineItem:
    kind: str
    at: dt.datetime
    title: str
    detail: str
    url: str
    application_id: int | None
    obj_id: int
    win: bool = False  # this item was also recorded as a win


@dataclass(frozen=True)
class Scope:
    owner_id: int
    application_id: int | None
    before: dt.datetime | None
    limit: int
    win_keys: frozenset[str]  # source keys of (visible) automatic wins

    def filter(
        self, qs: QuerySet[Any], at: str, app: str | None = "application_id", *, day: bool = False
    ) -> QuerySet[Any]:
        """Owner, application and cursor filters; newest first, at most ``limit``.

        ``day``: ``at`` is a date field (items sit at midday), so the cursor compares
        by day here and exactly in ``before_cursor``.
        """
        qs = qs.filter(owner_id=self.owner_id)
        if self.application_id is not None:
            qs = qs.filter(**{app: self.application_id}) if app else qs.none()
        if self.before is not None:
            cursor = timezone.localdate(self.before) if day else self.before
            qs = qs.filter(**{f"{at}__{'lte' if day else 'lt'}": cursor})
        return qs.order_by(f"-{at}", "-id")[: self.limit]

    def before_cursor(self, items: list[TimelineItem]) -> list[TimelineItem]:
        return [i for i in items if self.before is None or i.at < self.before]


def _midday(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(12, 0)))


def _short(text: str, size: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"


def _role(application: Application | None) -> str:
    if application is None:
        return ""
    return f"{application.posting.title} at {application.posting.company.name}"


def _events(scope: Scope) -> list[TimelineItem]:
    qs = ApplicationEvent.objects.select_related("application__posting__company").exclude(
        stage=Stage.REJECTED
    )
    items = []
    for event in scope.filter(qs, "occurred_at"):
        first = not event.from_stage
        role = _role(event.application)
        if first:
            verb = "Saved" if event.stage == Stage.SAVED else "Applied:"
            title, kind = f"{verb} {role}", "application"
        else:
            title, kind = f"{event.get_stage_display()}: {role}", "stage"
            if event.interview_round:
                title = f"Interview round {event.interview_round}: {role}"
        win = f"event:{event.uid}" in scope.win_keys
        items.append(
            TimelineItem(
                kind,
                event.occurred_at,
                title,
                _short(event.note),
                links.url_for("application", event.application_id),
                event.application_id,
                event.application_id if first else event.pk,
                win,
            )
        )
    return items


def _rejections(scope: Scope) -> list[TimelineItem]:
    qs = Rejection.objects.select_related("event", "application__posting__company")
    return [
        TimelineItem(
            "rejection",
            r.event.occurred_at,
            f"Rejected: {_role(r.application)}",
            f"{r.get_reason_display()}; reached {r.get_stage_reached_display().lower()}",
            links.url_for("rejection", r.pk),
            r.application_id,
            r.pk,
        )
        for r in scope.filter(qs, "event__occurred_at")
    ]


def _reflections(scope: Scope) -> list[TimelineItem]:
    qs = Reflection.objects.select_related("application__posting__company")
    return [
        TimelineItem(
            "reflection",
            r.created_at,
            f"Reflection {r.get_kind_display().lower()}"
            + (f": {_role(r.application)}" if r.application else ""),
            _short(r.went_well or r.lacked),
            links.url_for("reflection", r.pk),
            r.application_id,
            r.pk,
        )
        for r in scope.filter(qs, "created_at")
    ]


def _feedback_requests(scope: Scope) -> list[TimelineItem]:
    qs = FeedbackRequest.objects.select_related("application__posting__company").exclude(
        Q(status=FeedbackStatus.NOT_REQUESTED) | Q(requested_on__isnull=True)
    )
    items = []
    for request in scope.filter(qs, "requested_on", day=True):
        assert request.requested_on is not None
        who = request.contact_name or request.application.posting.company.name
        items.append(
            TimelineItem(
                "feedback_request",
                _midday(request.requested_on),
                f"Asked {who} for feedback",
                request.get_status_display(),
                links.url_for("feedback_request", request.application_id),
                request.application_id,
                request.pk,
            )
        )
    return scope.before_cursor(items)


def _feedback(scope: Scope) -> list[TimelineItem]:
    qs = Feedback.objects.select_related("application__posting__company")
    items = [
        TimelineItem(
            "feedback",
            _midday(f.received_on),
            f"Feedback from {f.application.posting.company.name}",
            _short(f.text),
            links.url_for("feedback", f.pk),
            f.application_id,
            f.pk,
            f"feedback:{f.uid}" in scope.win_keys,
        )
        for f in scope.filter(qs, "received_on", day=True)
    ]
    return scope.before_cursor(items)


def _reframes(scope: Scope) -> list[TimelineItem]:
    return [
        TimelineItem(
            "reframe",
            r.created_at,
            f"Reframed: {_short(r.thought, 80)}",
            _short(r.balanced_view),
            links.url_for("reframe", r.pk),
            r.application_id,
            r.pk,
        )
        for r in scope.filter(Reframe.objects.all(), "created_at")
    ]


def _checkins(scope: Scope) -> list[TimelineItem]:
    return [
        TimelineItem(
            "checkin",
            c.at,
            f"Checked in: mood {c.mood}/5, energy {c.energy}/5",
            c.note,
            links.url_for("checkin"),
            c.application_id,
            c.pk,
        )
        for c in scope.filter(CheckIn.objects.all(), "at")
    ]


def _learning(scope: Scope) -> list[TimelineItem]:
    app = "surfaced_by__id"
    items = [
        TimelineItem(
            "learning",
            a.created_at,
            f"Planned: {a.title}",
            a.skill_label,
            links.url_for("learning", a.pk),
            scope.application_id,
            a.pk,
        )
        for a in scope.filter(LearningAction.objects.all(), "created_at", app)
    ]
    done = LearningAction.objects.filter(completed_at__isnull=False)
    for a in scope.filter(done, "completed_at", app):
        assert a.completed_at is not None
        win = f"learning:{a.uid}" in scope.win_keys
        items.append(
            TimelineItem(
                "learning",
                a.completed_at,
                f"Completed: {a.title}",
                a.skill_label,
                links.url_for("learning", a.pk),
                scope.application_id,
                a.pk,
                win,
            )
        )
    return items


def _goals(scope: Scope) -> list[TimelineItem]:
    items = [
        TimelineItem(
            "goal",
            g.created_at,
            f"Weekly goal set: {goal_name(g)}",
            "",
            links.url_for("goal"),
            None,
            g.pk,
        )
        for g in scope.filter(Goal.objects.all(), "created_at", None)
    ]
    met = Win.objects.filter(kind=WinKind.GOAL_MET, hidden_at__isnull=True)
    for win in scope.filter(met, "occurred_at", None):
        items.append(
            TimelineItem(
                "goal", win.occurred_at, win.title, "", links.url_for("goal"), None, win.pk, True
            )
        )
    return items


def _wins(scope: Scope, shown: Iterable[str]) -> list[TimelineItem]:
    """Wins not already marked on an item of a kind being shown."""
    qs = Win.objects.filter(hidden_at__isnull=True)
    for prefix, kind in _WIN_SOURCES.items():
        if kind in shown:
            qs = qs.exclude(source_key__startswith=f"{prefix}:")
    return [
        TimelineItem(
            "win",
            w.occurred_at,
            w.title,
            _short(w.note),
            links.url_for("win"),
            w.application_id,
            w.pk,
            True,
        )
        for w in scope.filter(qs, "occurred_at")
    ]


GATHERERS: dict[str, Callable[[Scope], list[TimelineItem]]] = {
    "application": _events,  # first events; "stage" comes from the same query
    "rejection": _rejections,
    "reflection": _reflections,
    "feedback_request": _feedback_requests,
    "feedback": _feedback,
    "reframe": _reframes,
    "checkin": _checkins,
    "learning": _learning,
    "goal": _goals,
}


def build(scope: Scope, kinds: tuple[str, ...]) -> list[TimelineItem]:
    wanted = set(kinds or KINDS)
    items: list[TimelineItem] = []
    if wanted & {"application", "stage"}:
        items += [i for i in _events(scope) if i.kind in wanted]
    for kind, gather in GATHERERS.items():
        if kind in wanted and kind != "application":
            items += gather(scope)
    if "win" in wanted:
        items += _wins(scope, wanted)
    # Newest first; at the same moment, what follows from what comes first (a win last).
    items.sort(key=lambda i: (i.at, KINDS.index(i.kind), i.obj_id), reverse=True)
    return items[: scope.limit]
