"""The weekly or monthly growth report: what happened in a period, assembled from the other
apps' owner-scoped selectors and the cached strategy figures (no statistics of its own).

The period ends today (in the active time zone, the user's) and starts 6 days (week) or
29 days (month) before, so a week is 7 days and a month 30. The funnel is the whole
search's, as the strategy page shows it: rates over one week would rest on too few
applications to mean anything.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from onward.accounts.models import User
from onward.analysis.streaks import week_start
from onward.growth import selectors as growth_selectors
from onward.growth.choices import WinKind
from onward.growth.models import Win
from onward.growth.selectors import TrendDay
from onward.strategy import cache
from onward.strategy.choices import ExperimentStatus
from onward.strategy.figures import Figures, FunnelView, RateView
from onward.strategy.models import Experiment
from onward.strategy.report_gaps import GapsReport, gaps_in
from onward.tracker import selectors as tracker_selectors
from onward.tracker.choices import Stage

PERIODS = {"week": 7, "month": 30}
ANSWERS = frozenset({Stage.SCREENING, Stage.INTERVIEW, Stage.OFFER, Stage.REJECTED})
WINS_SHOWN = 20


@dataclass(frozen=True)
class Period:
    kind: str  # "week" or "month"
    first: dt.date
    last: dt.date  # today, included

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


def period_ending(kind: str, today: dt.date) -> Period:
    if kind not in PERIODS:
        raise ValueError(f"Unknown period {kind!r}: use week or month.")
    return Period(kind, today - dt.timedelta(days=PERIODS[kind] - 1), today)


@dataclass(frozen=True)
class Activity:
    """Stage changes in the period (each event once; an application can count in several)."""

    applied: int  # moved to "applied"
    responses: int  # a first answer: from "applied" to screening, interview, offer or no
    interviews: int  # interview rounds reached
    offers: int
    rejections: int


@dataclass(frozen=True)
class GoalWeek:
    week_start: dt.date
    done: int
    met: bool


@dataclass(frozen=True)
class GoalReport:
    name: str
    target: int  # per week
    weeks: tuple[GoalWeek, ...]  # the weeks the period touches, oldest first

    @property
    def met_weeks(self) -> int:
        return sum(w.met for w in self.weeks)


@dataclass(frozen=True)
class MoodReport:
    checkins: int
    mean_mood: float | None
    mean_energy: float | None
    direction: str  # up, flat, down, unknown
    reason: str
    days: tuple[TrendDay, ...]  # per day: mean mood, mean energy, activity


@dataclass(frozen=True)
class WinRow:
    title: str
    kind: str
    occurred_on: dt.date


@dataclass(frozen=True)
class ExperimentRow:
    id: int
    name: str
    metric: str
    status: str  # running or completed
    started_on: dt.date
    ended_on: dt.date | None
    result: str  # the figures' status: waiting, too_few, no_baseline, result ("" if none)
    reasons: tuple[str, ...]
    during: RateView | None = None  # the metric's rate for applications made during it
    baseline: RateView | None = None  # and for those made before it


@dataclass(frozen=True)
class Report:
    period: Period
    generated_at: dt.datetime
    activity: Activity
    funnel: FunnelView
    quiet_days: int
    goals: tuple[GoalReport, ...]
    mood: MoodReport
    wins: tuple[WinRow, ...]  # the latest WINS_SHOWN
    wins_total: int
    wins_by_kind: tuple[tuple[str, int], ...]  # (the kind's words, wins), most first
    experiments: tuple[ExperimentRow, ...]
    gaps: GapsReport


def _bounds(period: Period) -> tuple[dt.datetime, dt.datetime]:
    start = timezone.make_aware(dt.datetime.combine(period.first, dt.time.min))
    end = timezone.make_aware(dt.datetime.combine(period.last + dt.timedelta(days=1), dt.time.min))
    return start, end


def _activity(owner: User, period: Period) -> Activity:
    start, end = _bounds(period)
    events = tracker_selectors.event_list(owner=owner, since=start).filter(occurred_at__lt=end)
    rows = list(events.values_list("stage", "from_stage"))
    return Activity(
        applied=sum(stage == Stage.APPLIED for stage, _ in rows),
        responses=sum(stage in ANSWERS and before == Stage.APPLIED for stage, before in rows),
        interviews=sum(stage == Stage.INTERVIEW for stage, _ in rows),
        offers=sum(stage == Stage.OFFER for stage, _ in rows),
        rejections=sum(stage == Stage.REJECTED for stage, _ in rows),
    )


def goals_in(owner: User, period: Period) -> tuple[GoalReport, ...]:
    weeks = []
    monday = week_start(period.first)
    while monday <= period.last:
        weeks.append(monday)
        monday += dt.timedelta(days=7)
    reports = []
    for item in growth_selectors.goal_weeks(owner=owner, since=period.first):
        target = item.goal.target
        rows = tuple(GoalWeek(w, item.done.get(w, 0), item.done.get(w, 0) >= target) for w in weeks)
        reports.append(GoalReport(str(item.goal), target, rows))
    return tuple(reports)


def _mood(owner: User, period: Period) -> MoodReport:
    trend, days = growth_selectors.checkin_trend(owner=owner, today=period.last, days=period.days)
    return MoodReport(
        checkins=trend.count,
        mean_mood=trend.mean_mood,
        mean_energy=trend.mean_energy,
        direction=str(trend.direction),
        reason=trend.reason,
        days=tuple(days),
    )


def _experiments(owner: User, period: Period, figures: Figures) -> tuple[ExperimentRow, ...]:
    """Running experiments, and those completed in the period."""
    start, end = _bounds(period)
    qs = Experiment.objects.filter(owner=owner).filter(
        Q(status=ExperimentStatus.RUNNING) | Q(completed_at__gte=start, completed_at__lt=end)
    )
    rows = []
    for e in qs.order_by("started_on", "id"):
        result = figures.experiment(e.pk)
        rows.append(
            ExperimentRow(
                e.pk,
                e.name,
                e.metric,
                e.status,
                e.started_on,
                e.ended_on,
                result.status if result else "",
                tuple(result.reasons) if result else (),
                result.during if result else None,
                result.baseline if result else None,
            )
        )
    return tuple(rows)


def _wins_qs(owner: User, period: Period) -> QuerySet[Win]:
    start, end = _bounds(period)
    return growth_selectors.win_list(owner=owner).filter(
        occurred_at__gte=start, occurred_at__lt=end
    )


def _wins_by_kind(owner: User, period: Period) -> tuple[tuple[str, int], ...]:
    counts = _wins_qs(owner, period).order_by().values("kind").annotate(n=Count("id"))
    words = dict(WinKind.choices)
    rows = sorted(((words.get(c["kind"], c["kind"]), c["n"]) for c in counts), key=lambda r: -r[1])
    return tuple((str(kind), n) for kind, n in rows)


def _wins(owner: User, period: Period) -> tuple[tuple[WinRow, ...], int]:
    qs = _wins_qs(owner, period)
    shown = [
        WinRow(title, kind, timezone.localdate(at))
        for title, kind, at in qs.values_list("title", "kind", "occurred_at")[:WINS_SHOWN]
    ]
    total = len(shown) if len(shown) < WINS_SHOWN else qs.count()
    return tuple(shown), total


def build(*, owner: User, period: str, now: dt.datetime | None = None) -> Report:
    """The owner's report for the week or month ending today."""
    now = now or timezone.now()
    span = period_ending(period, timezone.localdate(now))
    figures = cache.figures(owner, now=now)
    wins, wins_total = _wins(owner, span)
    return Report(
        period=span,
        generated_at=now,
        activity=_activity(owner, span),
        funnel=figures.funnel,
        quiet_days=figures.quiet_days,
        goals=goals_in(owner, span),
        mood=_mood(owner, span),
        wins=wins,
        wins_total=wins_total,
        wins_by_kind=_wins_by_kind(owner, span),
        experiments=_experiments(owner, span, figures),
        gaps=gaps_in(owner, *_bounds(span)),
    )


def chart_part(*, owner: User, period: str, name: str, now: dt.datetime | None = None) -> object:
    """Only the part of ``build``'s report that chart ``name`` draws (``charts.part_of``),
    read alone: one chart's image does not need the whole report."""
    now = now or timezone.now()
    span = period_ending(period, timezone.localdate(now))
    if name == "funnel":
        return cache.figures(owner, now=now).funnel
    if name == "goals":
        return goals_in(owner, span)
    if name == "experiments":
        return _experiments(owner, span, cache.figures(owner, now=now))
    if name == "wins":
        return _wins_by_kind(owner, span)
    if name == "gaps":
        return gaps_in(owner, *_bounds(span))
    if name == "mood":
        return _mood(owner, span).days
    raise ValueError(f"Unknown chart {name!r}.")
