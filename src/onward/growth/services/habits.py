"""Habits with daily or weekly check-offs; streak milestones become wins."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from onward.accounts.models import User
from onward.analysis.streaks import Streak, daily_streak, week_start, weekly_streak
from onward.core.services import at_day, check_choice, check_not_future, clean_text, save
from onward.growth.choices import Cadence, HabitKind, WinKind
from onward.growth.models import Habit, HabitCheck
from onward.growth.services.wins import win_record

MILESTONES = {Cadence.DAILY: (7, 30, 100), Cadence.WEEKLY: (4, 12)}


def _name(name: str) -> str:
    name = clean_text(name, field="name", max_length=120)
    if not name:
        raise ValidationError({"name": "Name the habit."})
    return name


def habit_create(
    *,
    owner: User,
    name: str,
    kind: str = HabitKind.OTHER,
    cadence: str = Cadence.DAILY,
    now: dt.datetime | None = None,
) -> Habit:
    now = now or timezone.now()
    habit = Habit(
        owner=owner,
        created_at=now,
        updated_at=now,
        name=_name(name),
        kind=check_choice(kind, HabitKind, "kind"),
        cadence=check_choice(cadence, Cadence, "cadence"),
    )
    save(habit)
    return habit


def habit_update(
    *,
    habit: Habit,
    name: str | None = None,
    kind: str | None = None,
    cadence: str | None = None,
    active: bool | None = None,
) -> Habit:
    if name is not None:
        habit.name = _name(name)
    if kind is not None:
        habit.kind = check_choice(kind, HabitKind, "kind")
    if cadence is not None:
        habit.cadence = check_choice(cadence, Cadence, "cadence")
    if active is not None:
        habit.active = bool(active)
    save(habit)
    return habit


def habit_delete(*, habit: Habit) -> None:
    habit.delete()


def habit_streak_from(habit: Habit, days: list[dt.date], today: dt.date) -> Streak:
    """The streak of ``habit`` given the days it was checked off."""
    if habit.cadence == Cadence.WEEKLY:
        return weekly_streak(days, week_start(today))
    return daily_streak(days, today)


def _run_around(done: set[dt.date], day: dt.date, step: dt.timedelta) -> tuple[dt.date, int]:
    """Start and length of the run of consecutive periods that contains ``day``."""
    start = day
    while start - step in done:
        start -= step
    length = 1
    while start + step * length in done:
        length += 1
    return start, length


def _milestone_wins(habit: Habit, on: dt.date, now: dt.datetime) -> None:
    """A win for each milestone the run through ``on`` has reached (once per run)."""
    weekly = habit.cadence == Cadence.WEEKLY
    days = HabitCheck.objects.filter(habit=habit).values_list("on", flat=True)
    done = {week_start(day) if weekly else day for day in days}
    step = dt.timedelta(weeks=1) if weekly else dt.timedelta(days=1)
    start, length = _run_around(done, week_start(on) if weekly else on, step)
    unit = "weeks" if weekly else "days"
    for milestone in MILESTONES[Cadence(habit.cadence)]:
        if length < milestone:
            break
        reached = start + step * (milestone - 1)
        win_record(
            owner=habit.owner,
            kind=WinKind.HABIT_STREAK,
            title=f"{habit.name}: {milestone} {unit} in a row",
            source_key=f"habit:{habit.uid}:{milestone}:{start.isoformat()}",
            occurred_at=at_day(min(reached + step - dt.timedelta(days=1), on), now),
        )


@transaction.atomic
def habit_check(
    *, habit: Habit, on: dt.date | None = None, now: dt.datetime | None = None
) -> HabitCheck:
    """Tick the habit off for a day (once a day; ticking again changes nothing)."""
    now = now or timezone.now()
    on = on or timezone.localdate(now)
    check_not_future(on, "on", now=now)
    check, created = HabitCheck.objects.get_or_create(
        habit=habit,
        on=on,
        defaults={"owner_id": habit.owner_id, "created_at": now, "updated_at": now},
    )
    if created:
        _milestone_wins(habit, on, now)
    return check


def habit_uncheck(*, habit: Habit, on: dt.date) -> None:
    HabitCheck.objects.filter(habit=habit, on=on).delete()
