"""The growth loop's timeline items: reflections, feedback asked for and received,
reframes, check-ins, goals set and met, and wins (those not already marked on the
item they came from)."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Q

from onward.accounts.models import User
from onward.analysis.wellbeing import ENERGY_WORDS, MOOD_WORDS
from onward.core import links
from onward.core.timeline import ROLE_TEXTS, Scope, TimelineItem, midday, short
from onward.growth.choices import FeedbackStatus, WinKind
from onward.growth.models import CheckIn, Feedback, FeedbackRequest, Goal, Reflection, Reframe, Win
from onward.growth.services.goals import goal_name
from onward.tracker.timeline import role

# Automatic wins shown on their source's item, by source-key prefix -> kind of that item.
WIN_SOURCES = {
    "event": "stage",
    "feedback": "feedback",
    "learning": "learning",
    "goal": "goal",
    "experiment": "experiment",
}


def win_keys(owner: User, keys: Iterable[str]) -> frozenset[str]:
    """Those of ``keys`` (items' ``win_key``) that are source keys of visible automatic
    wins, so their items carry the mark."""
    wanted = set(keys) - {""}
    if not wanted:
        return frozenset()
    found = Win.objects.filter(owner=owner, hidden_at__isnull=True, source_key__in=wanted)
    return frozenset(found.values_list("source_key", flat=True))


def reflections(scope: Scope) -> list[TimelineItem]:
    qs = Reflection.objects.select_related("application__posting__company").defer(*ROLE_TEXTS)
    return [
        TimelineItem(
            "reflection",
            r.created_at,
            f"Reflection {r.get_kind_display().lower()}"
            + (f": {role(r.application)}" if r.application else ""),
            short(r.went_well or r.lacked),
            links.url_for("reflection", r.pk),
            r.application_id,
            r.pk,
        )
        for r in scope.filter(qs, "created_at")
    ]


def feedback_requests(scope: Scope) -> list[TimelineItem]:
    qs = (
        FeedbackRequest.objects.select_related("application__posting__company")
        .defer(*ROLE_TEXTS)
        .exclude(Q(status=FeedbackStatus.NOT_REQUESTED) | Q(requested_on__isnull=True))
    )
    items = []
    for request in scope.filter(qs, "requested_on", day=True):
        assert request.requested_on is not None
        who = request.contact_name or request.application.posting.company.name
        items.append(
            TimelineItem(
                "feedback_request",
                midday(request.requested_on),
                f"Asked {who} for feedback",
                request.get_status_display(),
                links.url_for("feedback_request", request.application_id),
                request.application_id,
                request.pk,
            )
        )
    return scope.before_cursor(items)


def feedback(scope: Scope) -> list[TimelineItem]:
    qs = Feedback.objects.select_related("application__posting__company").defer(*ROLE_TEXTS)
    items = [
        TimelineItem(
            "feedback",
            midday(f.received_on),
            f"Feedback from {f.application.posting.company.name}",
            short(f.text),
            links.url_for("feedback", f.pk),
            f.application_id,
            f.pk,
            win_key=f"feedback:{f.uid}",
        )
        for f in scope.filter(qs, "received_on", day=True)
    ]
    return scope.before_cursor(items)


def reframes(scope: Scope) -> list[TimelineItem]:
    return [
        TimelineItem(
            "reframe",
            r.created_at,
            f"Reframed: {short(r.balanced_view or r.thought, 80)}",
            f"Instead of: “{short(r.thought, 120)}”" if r.balanced_view else "",
            links.url_for("reframe", r.pk),
            r.application_id,
            r.pk,
        )
        for r in scope.filter(Reframe.objects.all(), "created_at")
    ]


def checkins(scope: Scope) -> list[TimelineItem]:
    return [
        TimelineItem(
            "checkin",
            c.at,
            f"Checked in: mood {MOOD_WORDS[c.mood]}, energy {ENERGY_WORDS[c.energy]}",
            c.note,
            links.url_for("checkin"),
            c.application_id,
            c.pk,
        )
        for c in scope.filter(CheckIn.objects.all(), "at")
    ]


def goals(scope: Scope) -> list[TimelineItem]:
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


def wins(scope: Scope, shown: Iterable[str]) -> list[TimelineItem]:
    """Wins not already marked on an item of a kind being shown."""
    qs = Win.objects.filter(hidden_at__isnull=True)
    for prefix, kind in WIN_SOURCES.items():
        if kind in shown:
            qs = qs.exclude(source_key__startswith=f"{prefix}:")
    return [
        TimelineItem(
            "win",
            w.occurred_at,
            w.title,
            short(w.note),
            links.url_for("win"),
            w.application_id,
            w.pk,
            True,
        )
        for w in scope.filter(qs, "occurred_at")
    ]
