"""Habit streaks and weekly goal progress: pure date arithmetic, ``today`` passed in.

A daily streak stays alive until a whole day is missed: done yesterday but not yet today
still counts (there is time left today). A weekly streak works the same way on ISO weeks
(Monday to Sunday): the current week not yet met does not break it until the week ends.
Dates after ``today`` (or weeks after ``this_week_start``) are ignored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

DAY = dt.timedelta(days=1)
WEEK = dt.timedelta(days=7)


@dataclass(frozen=True)
class Streak:
    unit: str  # "day" or "week"
    current: int
    longest: int
    last_done: dt.date | None  # the day (or week start) last done, up to today
    done_now: bool  # done today / met this week
    reason: str

    @property
    def at_risk(self) -> bool:
        """Alive but not yet extended in the current day or week."""
        return self.current > 0 and not self.done_now


@dataclass(frozen=True)
class Progress:
    done: int
    target: int
    ratio: float  # done / target, capped at 1.0 (for a progress bar)
    met: bool
    remaining: int
    extra: int  # done beyond the target
    label: str


def week_start(day: dt.date) -> dt.date:
    """The Monday of ``day``'s ISO week."""
    return day - dt.timedelta(days=day.weekday())


def _run_back(done: set[dt.date], end: dt.date, step: dt.timedelta) -> int:
    count = 0
    while end - step * count in done:
        count += 1
    return count


def _longest(done: set[dt.date], step: dt.timedelta) -> int:
    best = 0
    for day in done:
        if day - step not in done:  # start of a run
            length = 1
            while day + step * length in done:
                length += 1
            best = max(best, length)
    return best


def _plural(count: int, unit: str) -> str:
    return f"{count} {unit}{'' if count == 1 else 's'}"


def _streak(unit: str, done: set[dt.date], now: dt.date, step: dt.timedelta) -> Streak:
    done = {d for d in done if d <= now}
    done_now = now in done
    anchor = now if done_now else now - step
    current = _run_back(done, anchor, step)
    last = max(done, default=None)
    this = "today" if unit == "day" else "this week"
    if current and done_now:
        reason = f"{_plural(current, unit)} in a row, including {this}."
    elif current:
        reason = f"{_plural(current, unit)} in a row; do it {this} to keep the streak going."
    elif last is None:
        reason = "Not done yet: the first one starts the streak."
    else:
        reason = f"Last done {last.isoformat()}; a new streak starts with the next one."
    return Streak(unit, current, _longest(done, step), last, done_now, reason)


def daily_streak(dates_done: Iterable[dt.date], today: dt.date) -> Streak:
    """Current and longest run of consecutive days; alive if done today or yesterday."""
    return _streak("day", set(dates_done), today, DAY)


def weekly_streak(weeks_met: Iterable[dt.date], this_week_start: dt.date) -> Streak:
    """Current and longest run of consecutive ISO weeks met.

    Any date inside a week counts for that week (values are normalised to Mondays).
    """
    weeks = {week_start(day) for day in weeks_met}
    return _streak("week", weeks, week_start(this_week_start), WEEK)


def goal_progress(target: int, done: int) -> Progress:
    """Progress towards a weekly goal of ``target`` actions with ``done`` so far."""
    if target < 1:
        raise ValueError("target must be at least 1")
    if done < 0:
        raise ValueError("done cannot be negative")
    met = done >= target
    remaining = max(0, target - done)
    if met:
        label = f"{done} of {target}: goal met" + (f" (+{done - target})" if done > target else "")
    else:
        label = f"{done} of {target}: {remaining} to go"
    return Progress(
        done=done,
        target=target,
        ratio=min(1.0, done / target),
        met=met,
        remaining=remaining,
        extra=max(0, done - target),
        label=label,
    )
