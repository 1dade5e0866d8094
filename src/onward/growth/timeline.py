"""The growth loop's timeline items: reflections, feedback asked for and received,
reframes, check-ins, goals set and met, and wins (those not already marked on the
item they came from)."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import F, Q

from onward.accounts.models import User
from onward.analysis.wellbeing import ENERGY_WORDS, MOOD_WORDS
from onward.core import links
from onward.core.timeline import Scope, TimelineItem, labels, midday, short
from onward.growth.choices import FeedbackStatus, WinKind
from onward.growth.models import CheckIn, Feedback, FeedbackRequest, Goal, Reflection, Reframe, Win
from onward.growth.services.goals import goal_name

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
    # perf: by the source keys' index (a few lookups), not the owner's (all of their wins:
    # 1.5 ms at 3,700); the owner check stays, written so that SQLite cannot pick it.
    found = Win.objects.alias(_owner=F("owner_id") + 0).filter(
        _owner=owner.pk, hidden_at__isnull=True, source_key__in=wanted
    )
    return frozenset(found.order_by().values_list("source_key", flat=True))


_ROLE = ("application__posting__title", "application__posting__company__name")


def reflections(scope: Scope) -> list[TimelineItem]:
    kinds = labels(Reflection, "kind")
    fields = ("pk", "created_at", "kind", "went_well", "lacked", "application_id", *_ROLE)
    rows = scope.rows(Reflection.objects.all(), "created_at", fields, name="growth.reflections")
    return [
        TimelineItem(
            "reflection",
            at,
            f"Reflection {kinds.get(kind, kind).lower()}"
            + (f": {title} at {company}" if app_id is not None else ""),
            short(went_well or lacked),
            links.url_for("reflection", pk),
            app_id,
            pk,
        )
        for pk, at, kind, went_well, lacked, app_id, title, company in rows
    ]


def feedback_requests(scope: Scope) -> list[TimelineItem]:
    qs = FeedbackRequest.objects.exclude(
        Q(status=FeedbackStatus.NOT_REQUESTED) | Q(requested_on__isnull=True)
    )
    statuses = labels(FeedbackRequest, "status")
    fields = ("pk", "requested_on", "status", "contact_name", "application_id", _ROLE[1])
    rows = scope.rows(qs, "requested_on", fields, name="growth.feedback_requests", day=True)
    items = [
        TimelineItem(
            "feedback_request",
            midday(on),
            f"Asked {contact or company} for feedback",
            statuses.get(status, status),
            links.url_for("feedback_request", app_id),
            app_id,
            pk,
        )
        for pk, on, status, contact, app_id, company in rows
    ]
    return scope.before_cursor(items)


def feedback(scope: Scope) -> list[TimelineItem]:
    fields = ("pk", "uid", "received_on", "text", "application_id", _ROLE[1])
    rows = scope.rows(
        Feedback.objects.all(), "received_on", fields, name="growth.feedback", day=True
    )
    items = [
        TimelineItem(
            "feedback",
            midday(on),
            f"Feedback from {company}",
            short(text),
            links.url_for("feedback", pk),
            app_id,
            pk,
            win_key=f"feedback:{uid}",
        )
        for pk, uid, on, text, app_id, company in rows
    ]
    return scope.before_cursor(items)


def reframes(scope: Scope) -> list[TimelineItem]:
    fields = ("pk", "created_at", "thought", "balanced_view", "application_id")
    rows = scope.rows(Reframe.objects.all(), "created_at", fields, name="growth.reframes")
    return [
        TimelineItem(
            "reframe",
            at,
            f"Reframed: {short(balanced or thought, 80)}",
            f"Instead of: “{short(thought, 120)}”" if balanced else "",
            links.url_for("reframe", pk),
            app_id,
            pk,
        )
        for pk, at, thought, balanced, app_id in rows
    ]


def checkins(scope: Scope) -> list[TimelineItem]:
    fields = ("pk", "at", "mood", "energy", "note", "application_id")
    rows = scope.rows(CheckIn.objects.all(), "at", fields, name="growth.checkins")
    return [
        TimelineItem(
            "checkin",
            at,
            f"Checked in: mood {MOOD_WORDS[mood]}, energy {ENERGY_WORDS[energy]}",
            note,
            links.url_for("checkin"),
            app_id,
            pk,
        )
        for pk, at, mood, energy, note, app_id in rows
    ]


def goals(scope: Scope) -> list[TimelineItem]:
    fields = ("pk", "created_at", "metric", "label", "target")
    rows = scope.rows(Goal.objects.all(), "created_at", fields, name="growth.goals", app=None)
    items = [
        TimelineItem(
            "goal",
            at,
            f"Weekly goal set: {goal_name(Goal(metric=metric, label=label, target=target))}",
            "",
            links.url_for("goal"),
            None,
            pk,
        )
        for pk, at, metric, label, target in rows
    ]
    met = Win.objects.filter(kind=WinKind.GOAL_MET, hidden_at__isnull=True)
    won = ("pk", "occurred_at", "title")
    for pk, at, title in scope.rows(met, "occurred_at", won, name="growth.goals_met", app=None):
        items.append(TimelineItem("goal", at, title, "", links.url_for("goal"), None, pk, True))
    return items


def wins(scope: Scope, shown: Iterable[str]) -> list[TimelineItem]:
    """Wins not already marked on an item of a kind being shown."""
    qs = Win.objects.filter(hidden_at__isnull=True)
    marked = [prefix for prefix, kind in WIN_SOURCES.items() if kind in shown]
    for prefix in marked:
        qs = qs.exclude(source_key__startswith=f"{prefix}:")
    fields = ("pk", "occurred_at", "title", "note", "application_id")
    rows = scope.rows(qs, "occurred_at", fields, name=f"growth.wins:{','.join(marked)}")
    return [
        TimelineItem("win", at, title, short(note), links.url_for("win"), app_id, pk, True)
        for pk, at, title, note, app_id in rows
    ]
