"""Weekly goals on inputs you control, their logged entries, and goal-met wins."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from onward.accounts.models import User
from onward.analysis.streaks import week_start
from onward.core.services import (
    check_choice,
    check_not_future,
    check_owner,
    clean_text,
    midday,
    save,
)
from onward.growth.choices import GoalMetric, WinKind
from onward.growth.models import Goal, GoalEntry, Reframe, Win
from onward.growth.services.wins import win_record
from onward.tracker.models import Application

MAX_TARGET = 1000
CHECK_WEEKS = 8  # goals_check_met looks this many weeks back
_UNITS = {
    GoalMetric.TAILORED_APPLICATIONS: "tailored applications",
    GoalMetric.OUTREACH_MESSAGES: "outreach messages",
    GoalMetric.LEARNING_HOURS: "learning hours",
    GoalMetric.PRACTICE_SESSIONS: "practice sessions",
}


def goal_name(goal: Goal) -> str:
    """How a goal reads: "5 tailored applications a week"."""
    unit = goal.label if goal.metric == GoalMetric.CUSTOM else _UNITS.get(GoalMetric(goal.metric))
    return f"{goal.target} {unit or goal.label} a week"


def _check_target(target: object) -> int:
    if isinstance(target, bool) or not isinstance(target, int) or not 1 <= target <= MAX_TARGET:
        raise ValidationError({"target": f"Use a weekly target from 1 to {MAX_TARGET}."})
    return target


def goal_create(
    *,
    owner: User,
    metric: str,
    target: int,
    label: str = "",
    reframe: Reframe | None = None,
    started_on: dt.date | None = None,
    now: dt.datetime | None = None,
) -> Goal:
    check_choice(metric, GoalMetric, "metric")
    check_owner(owner.pk, reframe, "reframe")
    label = clean_text(label, field="label", max_length=120)
    if metric == GoalMetric.CUSTOM and not label:
        raise ValidationError({"label": "Name what you count, e.g. networking coffees."})
    now = now or timezone.now()
    goal = Goal(
        owner=owner,
        metric=metric,
        target=_check_target(target),
        label=label,
        reframe=reframe,
        started_on=started_on or timezone.localdate(now),
        created_at=now,
        updated_at=now,
    )
    save(goal, exclude=("reframe",))
    return goal


def goal_update(
    *,
    goal: Goal,
    target: int | None = None,
    label: str | None = None,
    active: bool | None = None,
) -> Goal:
    if target is not None:
        goal.target = _check_target(target)
    if label is not None:
        goal.label = clean_text(label, field="label", max_length=120)
        if goal.metric == GoalMetric.CUSTOM and not goal.label:
            raise ValidationError({"label": "A custom goal needs a name."})
    if active is not None:
        goal.active = bool(active)
    save(goal, exclude=("reframe",))
    return goal


def goal_delete(*, goal: Goal) -> None:
    goal.delete()


def _amount(value: object) -> Decimal:
    try:
        amount = Decimal(str(value))
    except (InvalidOperation, ValueError):
        raise ValidationError({"amount": f"{value!r} is not a number."}) from None
    if not amount.is_finite() or not Decimal("0.01") <= amount <= Decimal("9999"):
        raise ValidationError({"amount": "Log an amount from 0.01 to 9999."})
    return amount.quantize(Decimal("0.01"))


@transaction.atomic
def goal_log(
    *,
    goal: Goal,
    amount: float | Decimal | int = 1,
    on: dt.date | None = None,
    note: str = "",
    now: dt.datetime | None = None,
) -> GoalEntry:
    """Log progress on a goal (tailored applications are counted from the tracker)."""
    if goal.metric == GoalMetric.TAILORED_APPLICATIONS:
        raise ValidationError(
            {"goal": "Tailored applications are counted from your tracker: add the application."}
        )
    now = now or timezone.now()
    on = on or timezone.localdate(now)
    check_not_future(on, "on", now=now)
    entry = GoalEntry(
        owner_id=goal.owner_id,
        goal=goal,
        on=on,
        amount=_amount(amount),
        note=clean_text(note, field="note", max_length=200),
        created_at=now,
        updated_at=now,
    )
    save(entry, exclude=("goal",))
    goals_check_met(owner=goal.owner, today=timezone.localdate(now), now=now)
    return entry


def goal_entry_delete(*, entry: GoalEntry) -> None:
    entry.delete()


def weekly_done(goal: Goal, *, since: dt.date | None = None) -> dict[dt.date, int]:
    """Amount done per week (Monday -> whole units), from the tracker or the entries."""
    if goal.metric == GoalMetric.TAILORED_APPLICATIONS:
        return weekly_totals(tailored_application_days(owner_id=goal.owner_id, since=since))
    entries = GoalEntry.objects.filter(goal=goal)
    if since is not None:
        entries = entries.filter(on__gte=since)
    return weekly_totals(entries.values_list("on", "amount"))


def tailored_application_days(
    *, owner_id: int, since: dt.date | None = None
) -> list[tuple[dt.date, Decimal]]:
    """(applied on, 1) for each tailored application: what the tailored goal counts."""
    apps = Application.objects.filter(owner_id=owner_id, tailored=True, applied_on__isnull=False)
    if since is not None:
        apps = apps.filter(applied_on__gte=since)
    return [(day, Decimal(1)) for day in apps.values_list("applied_on", flat=True) if day]


def weekly_totals(rows: Iterable[tuple[dt.date, Decimal]]) -> dict[dt.date, int]:
    """Sum (day, amount) rows per week starting Monday, in whole units."""
    totals: dict[dt.date, Decimal] = defaultdict(Decimal)
    for day, amount in rows:
        totals[week_start(day)] += amount
    return {week: int(total) for week, total in totals.items()}


def _met_title(goal: Goal, done: int) -> str:
    return f"Weekly goal met: {goal_name(goal)} ({done} done)"


def goals_check_met(
    *, owner: User, today: dt.date | None = None, now: dt.datetime | None = None
) -> list[Win]:
    """Record a goal-met win for each recent week an active goal was met (once each)."""
    now = now or timezone.now()
    today = today or timezone.localdate(now)
    this_week = week_start(today)
    wins: list[Win] = []
    for goal in Goal.objects.filter(owner=owner, active=True):
        first = max(week_start(goal.started_on), this_week - dt.timedelta(weeks=CHECK_WEEKS))
        for week, done in sorted(weekly_done(goal, since=first).items()):
            if week < first or week > this_week or done < goal.target:
                continue
            when = min(now, midday(week + dt.timedelta(days=6)))
            win = win_record(
                owner=owner,
                kind=WinKind.GOAL_MET,
                title=_met_title(goal, done),
                source_key=f"goal:{goal.uid}:{week.isoformat()}",
                occurred_at=when,
            )
            if win is not None:
                wins.append(win)
    return wins


def goals_check_met_all(*, now: dt.datetime | None = None) -> int:
    """Periodic job: goal-met wins for every account (weeks met by backdated entries)."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    owners = User.objects.filter(is_active=True, pk__in=Goal.objects.values("owner_id"))
    return sum(len(goals_check_met(owner=owner, today=today, now=now)) for owner in owners)
