"""Every read of growth data, scoped to its owner; ``*_get`` raise Http404."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Prefetch, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone

from onward.accounts.models import User
from onward.analysis import wellbeing
from onward.analysis.streaks import Progress, Streak, goal_progress, week_start, weekly_streak
from onward.core import keyset
from onward.core.keyset import Cursor
from onward.growth import lessons, trends
from onward.growth.choices import Cadence, FeedbackTheme, GoalMetric, ReflectionKind
from onward.growth.models import (
    CheckIn,
    ControlFactor,
    Feedback,
    FeedbackRequest,
    FollowUp,
    Goal,
    GoalEntry,
    Habit,
    HabitCheck,
    ReboundFlow,
    Reflection,
    Reframe,
    UnsureMoment,
    Win,
)
from onward.growth.services.goals import tailored_application_days, weekly_done, weekly_totals
from onward.growth.services.habits import habit_streak_from
from onward.tracker.models import Application, ApplicationEvent, Rejection

# --- reflections -------------------------------------------------------------------------


def _reflections(owner: User) -> QuerySet[Reflection]:
    return (
        Reflection.objects.filter(owner=owner)
        .select_related("application__posting__company", "event")
        .prefetch_related(
            Prefetch("moments", UnsureMoment.objects.order_by("created_at", "id")),
            Prefetch("factors", ControlFactor.objects.order_by("created_at", "id")),
        )
    )


def reflection_list(*, owner: User, application: Application | None = None) -> QuerySet[Reflection]:
    qs = _reflections(owner)
    if application is not None:
        qs = qs.filter(application=application)
    return qs.order_by("-created_at", "-id")


def reflection_get(*, owner: User, pk: int) -> Reflection:
    return get_object_or_404(_reflections(owner), pk=pk)


def application_event_get(*, owner: User, pk: int) -> ApplicationEvent:
    """One of the owner's stage events (what a reflection after an interview is about)."""
    return get_object_or_404(ApplicationEvent, owner=owner, pk=pk)


# --- feedback ----------------------------------------------------------------------------


def feedback_request_for(*, owner: User, application: Application) -> FeedbackRequest | None:
    """The application's feedback request, or None when nothing was drafted or sent yet."""
    return FeedbackRequest.objects.filter(owner=owner, application=application).first()


def feedback_request_or_new(*, owner: User, application: Application) -> FeedbackRequest:
    """The saved request, or an unsaved blank one (status "not requested") to show."""
    found = feedback_request_for(owner=owner, application=application)
    return found or FeedbackRequest(owner=owner, application=application)


def feedback_request_list(*, owner: User, status: str | None = None) -> QuerySet[FeedbackRequest]:
    qs = FeedbackRequest.objects.filter(owner=owner).select_related("application__posting__company")
    if status:
        qs = qs.filter(status=status)
    return qs.order_by("-requested_on", "-id")


def feedback_list(
    *, owner: User, application: Application | None = None, theme: str | None = None
) -> list[Feedback] | QuerySet[Feedback]:
    qs = Feedback.objects.filter(owner=owner).select_related("application__posting__company")
    if application is not None:
        qs = qs.filter(application=application)
    qs = qs.order_by("-received_on", "-id")
    if theme:  # JSON containment is not portable to SQLite: filter in Python
        return [f for f in qs if theme in f.themes]
    return qs


def feedback_get(*, owner: User, pk: int) -> Feedback:
    qs = Feedback.objects.select_related("application__posting__company")
    return get_object_or_404(qs, owner=owner, pk=pk)


# --- check-ins and wellbeing -------------------------------------------------------------


def checkin_list(*, owner: User, since: dt.datetime | None = None) -> QuerySet[CheckIn]:
    qs = CheckIn.objects.filter(owner=owner)
    if since is not None:
        qs = qs.filter(at__gte=since)
    return qs.order_by("-at", "-id")


def checkin_get(*, owner: User, pk: int) -> CheckIn:
    return get_object_or_404(CheckIn, owner=owner, pk=pk)


TrendDay = trends.TrendDay  # re-exported for callers of checkin_trend


def checkin_trend(
    *, owner: User, today: dt.date | None = None, days: int = 28
) -> tuple[wellbeing.MoodTrend, list[TrendDay]]:
    """The mood trend (last check-ins) and, per day, mood and energy next to activity."""
    return trends.checkin_trend(owner=owner, today=today, days=days)


def wellbeing_dismissed_on(*, owner: User) -> dt.date | None:
    return trends.wellbeing_dismissed_on(owner=owner)


def wellbeing_suggestion(
    *, owner: User, today: dt.date | None = None
) -> wellbeing.Suggestion | None:
    """A gentle "lighter week?" after a run of rejections with a dip in mood, or None."""
    return trends.wellbeing_suggestion(owner=owner, today=today)


def care_note(*, owner: User, today: dt.date | None = None) -> wellbeing.CareNote | None:
    """After repeated very low check-ins: a caring note and where to find support."""
    return trends.care_note(owner=owner, today=today)


# --- reframes ----------------------------------------------------------------------------


def reframe_list(*, owner: User, application: Application | None = None) -> QuerySet[Reframe]:
    qs = Reframe.objects.filter(owner=owner).select_related("application__posting__company")
    if application is not None:
        qs = qs.filter(application=application)
    return qs.order_by("-created_at", "-id")


def reframe_get(*, owner: User, pk: int) -> Reframe:
    qs = Reframe.objects.select_related("application__posting__company")
    return get_object_or_404(qs, owner=owner, pk=pk)


# --- wins --------------------------------------------------------------------------------


def win_list(
    *, owner: User, kind: str | None = None, application: Application | None = None
) -> QuerySet[Win]:
    qs = Win.objects.filter(owner=owner, hidden_at__isnull=True).select_related(
        "application__posting__company"
    )
    if kind:
        qs = qs.filter(kind=kind)
    if application is not None:
        qs = qs.filter(application=application)
    return qs.order_by("-occurred_at", "-id")


def win_page(
    *, owner: User, kind: str | None = None, before: Cursor | None = None, limit: int = 50
) -> list[Win]:
    """At most ``limit`` wins older than ``before`` (keyset: occurred_at, then id)."""
    return list(keyset.older(win_list(owner=owner, kind=kind), before)[:limit])


def win_kinds(*, owner: User) -> set[str]:
    """The kinds of the wins you have (for the filter chips)."""
    qs = Win.objects.filter(owner=owner, hidden_at__isnull=True).order_by()
    return set(qs.values_list("kind", flat=True).distinct())


def win_get(*, owner: User, pk: int) -> Win:
    return get_object_or_404(Win, owner=owner, pk=pk, hidden_at__isnull=True)


def wins_uncelebrated(*, owner: User) -> QuerySet[Win]:
    return win_list(owner=owner).filter(celebrated_at__isnull=True)


# --- goals -------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoalStatus:
    goal: Goal
    progress: Progress  # this week
    streak: Streak  # weeks met in a row
    week_start: dt.date


def goal_status(
    *, goal: Goal, today: dt.date | None = None, done: dict[dt.date, int] | None = None
) -> GoalStatus:
    """This week's progress and the streak of weeks met; ``done`` (amount per week) is
    read from the database unless given."""
    today = today or timezone.localdate()
    this_week = week_start(today)
    done = weekly_done(goal) if done is None else done
    met = [week for week, amount in done.items() if amount >= goal.target and week <= this_week]
    return GoalStatus(
        goal=goal,
        progress=goal_progress(goal.target, done.get(this_week, 0)),
        streak=weekly_streak(met, this_week),
        week_start=this_week,
    )


def goal_list_with_progress(
    *, owner: User, today: dt.date | None = None, active_only: bool = False
) -> list[GoalStatus]:
    qs = Goal.objects.filter(owner=owner).order_by("-active", "metric", "id")
    if active_only:
        qs = qs.filter(active=True)
    goals = list(qs)
    rows: dict[int, list[tuple[dt.date, Decimal]]] = defaultdict(list)
    entries = GoalEntry.objects.filter(owner=owner, goal__in=goals)
    for goal_id, day, amount in entries.values_list("goal_id", "on", "amount"):
        rows[goal_id].append((day, amount))
    counts_tailored = any(g.metric == GoalMetric.TAILORED_APPLICATIONS for g in goals)
    tailored = tailored_application_days(owner_id=owner.pk) if counts_tailored else []
    return [
        goal_status(
            goal=goal,
            today=today,
            done=weekly_totals(
                tailored if goal.metric == GoalMetric.TAILORED_APPLICATIONS else rows[goal.pk]
            ),
        )
        for goal in goals
    ]


@dataclass(frozen=True)
class GoalWeeks:
    """An active goal and the amount done in each week (Monday -> whole units)."""

    goal: Goal
    done: dict[dt.date, int]


def goal_weeks(*, owner: User, since: dt.date) -> list[GoalWeeks]:
    """Active goals with their weekly amounts from the week of ``since`` on (for reports)."""
    goals = list(Goal.objects.filter(owner=owner, active=True).order_by("metric", "id"))
    first = week_start(since)
    rows: dict[int, list[tuple[dt.date, Decimal]]] = defaultdict(list)
    entries = GoalEntry.objects.filter(owner=owner, goal__in=goals, on__gte=first)
    for goal_id, day, amount in entries.values_list("goal_id", "on", "amount"):
        rows[goal_id].append((day, amount))
    counts_tailored = any(g.metric == GoalMetric.TAILORED_APPLICATIONS for g in goals)
    tailored = tailored_application_days(owner_id=owner.pk, since=first) if counts_tailored else []
    return [
        GoalWeeks(
            goal,
            weekly_totals(
                tailored if goal.metric == GoalMetric.TAILORED_APPLICATIONS else rows[goal.pk]
            ),
        )
        for goal in goals
    ]


def goal_get(*, owner: User, pk: int) -> Goal:
    return get_object_or_404(Goal, owner=owner, pk=pk)


def goal_entries(*, goal: Goal) -> QuerySet[GoalEntry]:
    return GoalEntry.objects.filter(owner_id=goal.owner_id, goal=goal).order_by("-on", "-id")


def goal_entry_get(*, owner: User, pk: int, goal: Goal | None = None) -> GoalEntry:
    qs = GoalEntry.objects.filter(owner=owner).select_related("goal")
    if goal is not None:
        qs = qs.filter(goal=goal)
    return get_object_or_404(qs, pk=pk)


# --- habits ------------------------------------------------------------------------------


@dataclass(frozen=True)
class HabitStatus:
    habit: Habit
    streak: Streak
    done_today: bool
    done_this_week: bool


def habit_status(
    *, habit: Habit, today: dt.date | None = None, days: list[dt.date] | None = None
) -> HabitStatus:
    """Streak and this week's check-offs; ``days`` (every day checked) is read from the
    database unless given."""
    today = today or timezone.localdate()
    if days is None:
        days = list(HabitCheck.objects.filter(habit=habit).values_list("on", flat=True))
    monday = week_start(today)
    this_week = {day for day in days if monday <= day <= today}
    streak = habit_streak_from(habit, days, today)
    return HabitStatus(habit, streak, today in this_week, bool(this_week))


def habit_list_with_streaks(
    *, owner: User, today: dt.date | None = None, active_only: bool = False
) -> list[HabitStatus]:
    qs = Habit.objects.filter(owner=owner).order_by("-active", "name", "id")
    if active_only:
        qs = qs.filter(active=True)
    habits = list(qs)
    days: dict[int, list[dt.date]] = defaultdict(list)
    checks = HabitCheck.objects.filter(owner=owner, habit__in=habits)
    for habit_id, day in checks.values_list("habit_id", "on"):
        days[habit_id].append(day)
    return [habit_status(habit=h, today=today, days=days[h.pk]) for h in habits]


def habit_get(*, owner: User, pk: int) -> Habit:
    return get_object_or_404(Habit, owner=owner, pk=pk)


def habit_checks(*, habit: Habit, since: dt.date | None = None) -> QuerySet[HabitCheck]:
    qs = HabitCheck.objects.filter(owner_id=habit.owner_id, habit=habit)
    if since is not None:
        qs = qs.filter(on__gte=since)
    return qs.order_by("-on")


def habit_is_weekly(habit: Habit) -> bool:
    return habit.cadence == Cadence.WEEKLY


# --- follow-ups --------------------------------------------------------------------------


def followup_list(
    *, owner: User, open_only: bool = False, application: Application | None = None
) -> QuerySet[FollowUp]:
    qs = FollowUp.objects.filter(owner=owner).select_related("application__posting__company")
    if open_only:
        qs = qs.filter(done_at__isnull=True)
    if application is not None:
        qs = qs.filter(application=application)
    return qs.order_by("done_at", "due_on", "id")


def followup_get(*, owner: User, pk: int) -> FollowUp:
    return get_object_or_404(FollowUp, owner=owner, pk=pk)


# --- the rebound flow --------------------------------------------------------------------


def _flows(owner: User) -> QuerySet[ReboundFlow]:
    return ReboundFlow.objects.filter(owner=owner).select_related(
        "rejection__application__posting__company"
    )


def rebound_for_rejection(*, owner: User, rejection_id: int) -> ReboundFlow | None:
    """The flow after one of ``owner``'s rejections; None if not started. 404: no rejection."""
    rejection = get_object_or_404(Rejection, owner=owner, pk=rejection_id)
    return _flows(owner).filter(rejection=rejection).first()


def rebound_get(*, owner: User, rejection_id: int) -> ReboundFlow:
    flow = rebound_for_rejection(owner=owner, rejection_id=rejection_id)
    if flow is None:
        raise Http404("No rebound flow for this rejection.")
    return flow


def rebound_open_list(*, owner: User) -> QuerySet[ReboundFlow]:
    """Unfinished flows to resume, most recent rejection first."""
    return _flows(owner).filter(finished_at__isnull=True).order_by("-created_at", "-id")


# --- lessons -------------------------------------------------------------------------


LESSON_KINDS = lessons.LESSON_KINDS
LessonHit = lessons.LessonHit


def lessons_search(
    *, owner: User, q: str, kinds: Sequence[str] | None = None, limit: int = 50
) -> list[LessonHit]:
    """Full-text search across reflections, feedback and reframes; best matches first."""
    return lessons.lessons_search(owner=owner, q=q, kinds=kinds, limit=limit)


# --- reflection helpers for the web UI --------------------------------------------------


def factors_suggest(*, texts: Sequence[str]) -> list[wellbeing.FactorGuess | None]:
    """A within/outside-my-control guess per factor text, aligned with ``texts``.

    Blank texts get ``None``. Only a suggestion: the user confirms or flips it.
    """
    guesses = iter(wellbeing.sort_factors([t for t in texts if t.strip()]))
    return [next(guesses) if text.strip() else None for text in texts]


# --- texts that may name a missing skill (read by the skills app) ------------------------

# Feedback is read for skills only when its themes say it is about skills or experience.
SKILL_THEMES = frozenset({FeedbackTheme.TECHNICAL_SKILLS, FeedbackTheme.EXPERIENCE_LEVEL})
REFLECTION, FEEDBACK = "reflection", "feedback"


@dataclass(frozen=True)
class JournalSource:
    """A reflection or a piece of feedback, and when it last changed."""

    kind: str  # REFLECTION | FEEDBACK
    pk: int
    owner_id: int
    application_id: int | None
    updated_at: dt.datetime


@dataclass(frozen=True)
class JournalText:
    """What a reflection or feedback says that may name a missing skill, as plain data."""

    kind: str
    pk: int
    owner_id: int
    application_id: int | None
    on: dt.date
    texts: tuple[str, ...]  # empty when it names no skills (feedback on other themes)
    updated_at: dt.datetime


def journal_source_count(*, owner: User) -> int:
    """How many reflections and feedback ``owner`` has (``journal_sources``, counted)."""
    return (
        Reflection.objects.filter(owner=owner).count()
        + Feedback.objects.filter(owner=owner).count()
    )


def journal_sources(
    *, owner: User | None, application_id: int | None = None
) -> list[JournalSource]:
    """Every reflection and feedback of ``owner`` (None: of everyone, for background jobs),
    or only those about one application."""
    found: list[JournalSource] = []
    for kind, model in ((REFLECTION, Reflection), (FEEDBACK, Feedback)):
        qs = model.objects.all() if owner is None else model.objects.filter(owner=owner)
        if application_id is not None:
            qs = qs.filter(application_id=application_id)
        rows = qs.order_by("pk").values_list("pk", "owner_id", "application_id", "updated_at")
        found += [JournalSource(kind, *row) for row in rows]
    return found


def _local_day(moment: dt.datetime, zone_name: str) -> dt.date:
    try:
        return (
            timezone.localdate(moment, zoneinfo.ZoneInfo(zone_name))
            if zone_name
            else (timezone.localdate(moment))
        )
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return timezone.localdate(moment)


def _reflection_text(reflection: Reflection) -> JournalText:
    texts = [str(tag) for tag in reflection.skill_tags or ()] + [reflection.lacked]
    return JournalText(
        REFLECTION,
        reflection.pk,
        reflection.owner_id,
        reflection.application_id,
        _local_day(reflection.created_at, reflection.owner.time_zone),
        tuple(t.strip() for t in texts if t.strip()),
        reflection.updated_at,
    )


def _feedback_text(feedback: Feedback) -> JournalText:
    about_skills = not SKILL_THEMES.isdisjoint(feedback.themes or ())
    return JournalText(
        FEEDBACK,
        feedback.pk,
        feedback.owner_id,
        feedback.application_id,
        feedback.received_on,
        (feedback.text,) if about_skills and feedback.text.strip() else (),
        feedback.updated_at,
    )


def journal_texts(*, owner: User | None, kind: str, pks: Sequence[int]) -> list[JournalText]:
    """The texts of these reflections or feedback (``owner``'s only, unless None)."""
    if kind == REFLECTION:
        reflections = Reflection.objects.select_related("owner").filter(pk__in=list(pks))
        if owner is not None:
            reflections = reflections.filter(owner=owner)
        return [_reflection_text(r) for r in reflections.order_by("pk")]
    feedback = Feedback.objects.filter(pk__in=list(pks))
    if owner is not None:
        feedback = feedback.filter(owner=owner)
    return [_feedback_text(f) for f in feedback.order_by("pk")]


# --- what the journal says about some applications (for the strategy insights) ----------


@dataclass(frozen=True)
class JournalLink:
    kind: str  # "reflection" or "feedback"
    pk: int
    application_id: int
    title: str
    on: dt.date


@dataclass(frozen=True)
class ApplicationsJournal:
    """Feedback themes and reflections on a set of applications."""

    themes: tuple[tuple[str, str, int], ...]  # (theme value, label, feedback naming it)
    feedback: int
    reflections: int
    links: tuple[JournalLink, ...]  # newest first, at most ``limit``


def applications_journal(
    *, owner: User, application_ids: Sequence[int], limit: int = 8
) -> ApplicationsJournal:
    """What your feedback and reflections say about these applications (two queries)."""
    ids = list(application_ids)[:5000]
    feedback = list(
        Feedback.objects.filter(owner=owner, application_id__in=ids)
        .order_by("-received_on", "-id")
        .values_list("pk", "application_id", "received_on", "themes")
    )
    reflections = list(
        Reflection.objects.filter(owner=owner, application_id__in=ids)
        .order_by("-created_at", "-id")
        .values_list("pk", "application_id", "created_at", "kind")
    )
    counts: dict[str, int] = defaultdict(int)
    for *_, themes in feedback:
        for theme in set(themes or ()):
            counts[theme] += 1
    labels = dict(FeedbackTheme.choices)
    kinds = dict(ReflectionKind.choices)
    links = [JournalLink("feedback", pk, app, "Feedback", on) for pk, app, on, _ in feedback]
    links += [
        JournalLink(
            "reflection",
            pk,
            app,
            f"Reflection {kinds.get(kind, '').lower()}",
            timezone.localdate(at),
        )
        for pk, app, at, kind in reflections
        if app is not None
    ]
    links.sort(key=lambda link: (link.on, link.pk), reverse=True)
    themes = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return ApplicationsJournal(
        themes=tuple((value, labels.get(value, value), n) for value, n in themes),
        feedback=len(feedback),
        reflections=len(reflections),
        links=tuple(links[:limit]),
    )
