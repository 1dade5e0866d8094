"""Check-in trends next to activity, and the wellbeing guardrail's inputs."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from typing import NamedTuple

from django.utils import timezone

from onward.accounts.models import User
from onward.analysis import wellbeing
from onward.growth import support
from onward.growth.choices import GoalMetric
from onward.growth.models import CheckIn, Goal, GoalEntry, GuardrailDismissal, HabitCheck
from onward.tracker.choices import EventSource
from onward.tracker.models import ApplicationEvent, Rejection


class TrendDay(NamedTuple):
    day: dt.date
    mood: float | None  # the day's mean, None without a check-in
    energy: float | None
    activity: int  # tracker changes, goal entries and habit check-offs that day


def _day_start(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))


def _activity(owner: User, first: dt.date) -> Counter[dt.date]:
    counts: Counter[dt.date] = Counter()
    events = ApplicationEvent.objects.filter(
        owner=owner, source=EventSource.USER, occurred_at__gte=_day_start(first)
    )
    for at in events.values_list("occurred_at", flat=True):
        counts[timezone.localdate(at)] += 1
    counts.update(GoalEntry.objects.filter(owner=owner, on__gte=first).values_list("on", flat=True))
    counts.update(
        HabitCheck.objects.filter(owner=owner, on__gte=first).values_list("on", flat=True)
    )
    return counts


def _wellbeing_checkins(owner: User, first: dt.date) -> list[wellbeing.CheckIn]:
    rows = CheckIn.objects.filter(owner=owner, at__gte=_day_start(first)).values_list(
        "at", "mood", "energy"
    )
    return [wellbeing.CheckIn(timezone.localdate(at), mood, energy) for at, mood, energy in rows]


def checkin_trend(
    *, owner: User, today: dt.date | None = None, days: int = 28
) -> tuple[wellbeing.MoodTrend, list[TrendDay]]:
    """The mood trend (last check-ins) and, per day, mood and energy next to activity."""
    today = today or timezone.localdate()
    first = today - dt.timedelta(days=days - 1)
    points = [c for c in _wellbeing_checkins(owner, first) if c.day <= today]
    by_day: dict[dt.date, list[wellbeing.CheckIn]] = defaultdict(list)
    for point in points:
        by_day[point.day].append(point)
    activity = _activity(owner, first)
    series = []
    for offset in range(days):
        day = first + dt.timedelta(days=offset)
        found = by_day.get(day, [])
        mood = round(sum(c.mood for c in found) / len(found), 2) if found else None
        energy = round(sum(c.energy for c in found) / len(found), 2) if found else None
        series.append(TrendDay(day, mood, energy, activity.get(day, 0)))
    return wellbeing.mood_trend(points), series


def wellbeing_dismissed_on(*, owner: User) -> dt.date | None:
    latest = GuardrailDismissal.objects.filter(owner=owner).order_by("-dismissed_at").first()
    return timezone.localdate(latest.dismissed_at) if latest else None


def wellbeing_suggestion(
    *, owner: User, today: dt.date | None = None
) -> wellbeing.Suggestion | None:
    """A gentle "lighter week?" after a run of rejections with a dip in mood, or None."""
    today = today or timezone.localdate()
    rules = wellbeing.GuardrailRules()
    first = today - dt.timedelta(days=max(rules.checkin_days, rules.window_days))
    rejections = Rejection.objects.filter(owner=owner, received_on__gte=first)
    goal = Goal.objects.filter(
        owner=owner, active=True, metric=GoalMetric.TAILORED_APPLICATIONS
    ).first()
    return wellbeing.lighter_week_suggestion(
        _wellbeing_checkins(owner, first),
        list(rejections.values_list("received_on", flat=True)),
        today,
        dismissed_at=wellbeing_dismissed_on(owner=owner),
        weekly_target=goal.target if goal else None,
        rules=rules,
    )


def care_note(*, owner: User, today: dt.date | None = None) -> wellbeing.CareNote | None:
    """A caring note with where to find support after repeated very low check-ins."""
    today = today or timezone.localdate()
    first = today - dt.timedelta(days=30)
    return wellbeing.care_note(_wellbeing_checkins(owner, first), today, support.resources())
