from __future__ import annotations

import datetime as dt

import pytest

from onward.analysis.streaks import daily_streak, goal_progress, week_start, weekly_streak


def d(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def days(*isos: str) -> list[dt.date]:
    return [d(iso) for iso in isos]


# (done, today, current, longest, last_done, done_now)
DAILY = [
    pytest.param([], "2026-03-10", 0, 0, None, False, id="empty"),
    pytest.param(["2026-03-10"], "2026-03-10", 1, 1, "2026-03-10", True, id="only-today"),
    pytest.param(
        ["2026-03-08", "2026-03-09", "2026-03-10"],
        "2026-03-10",
        3,
        3,
        "2026-03-10",
        True,
        id="three-in-a-row",
    ),
    pytest.param(
        ["2026-03-08", "2026-03-09"],
        "2026-03-10",
        2,
        2,
        "2026-03-09",
        False,
        id="yesterday-keeps-it-alive",
    ),
    pytest.param(
        ["2026-03-07", "2026-03-08"],
        "2026-03-10",
        0,
        2,
        "2026-03-08",
        False,
        id="missed-a-whole-day",
    ),
    pytest.param(
        ["2025-12-30", "2025-12-31", "2026-01-01", "2026-01-02"],
        "2026-01-02",
        4,
        4,
        "2026-01-02",
        True,
        id="across-new-year",
    ),
    pytest.param(
        ["2025-12-31"], "2026-01-01", 1, 1, "2025-12-31", False, id="new-years-day-at-risk"
    ),
    pytest.param(
        ["2024-02-28", "2024-02-29", "2024-03-01"],
        "2024-03-01",
        3,
        3,
        "2024-03-01",
        True,
        id="leap-day",
    ),
    pytest.param(
        ["2025-02-28", "2025-03-01"],
        "2025-03-01",
        2,
        2,
        "2025-03-01",
        True,
        id="no-leap-day",
    ),
    pytest.param(
        ["2026-03-10", "2026-03-10", "2026-03-09"],
        "2026-03-10",
        2,
        2,
        "2026-03-10",
        True,
        id="duplicates-count-once",
    ),
    pytest.param(
        ["2026-03-10", "2026-03-11", "2026-03-12"],
        "2026-03-10",
        1,
        1,
        "2026-03-10",
        True,
        id="future-ignored",
    ),
    pytest.param(
        ["2026-02-01", "2026-02-02", "2026-02-03", "2026-02-04", "2026-03-09", "2026-03-10"],
        "2026-03-10",
        2,
        4,
        "2026-03-10",
        True,
        id="longest-in-the-past",
    ),
    pytest.param(
        ["2026-03-10", "2026-03-08", "2026-03-09", "2026-03-01"],
        "2026-03-10",
        3,
        3,
        "2026-03-10",
        True,
        id="unordered-with-gap",
    ),
]


@pytest.mark.parametrize(("done", "today", "current", "longest", "last", "done_now"), DAILY)
def test_daily_streak(
    done: list[str], today: str, current: int, longest: int, last: str | None, done_now: bool
) -> None:
    streak = daily_streak(days(*done), today=d(today))
    assert (streak.current, streak.longest, streak.done_now) == (current, longest, done_now)
    assert streak.last_done == (d(last) if last else None)
    assert streak.unit == "day"
    assert streak.at_risk == (current > 0 and not done_now)
    assert streak.reason


# (weeks met, this week start, current, longest, done_now)
WEEKLY = [
    pytest.param([], "2026-03-09", 0, 0, False, id="empty"),
    pytest.param(["2026-03-09"], "2026-03-09", 1, 1, True, id="this-week-met"),
    pytest.param(
        ["2026-02-16", "2026-02-23", "2026-03-02"],
        "2026-03-09",
        3,
        3,
        False,
        id="this-week-in-progress-does-not-break",
    ),
    pytest.param(["2026-02-23"], "2026-03-09", 0, 1, False, id="last-week-missed"),
    pytest.param(
        ["2025-12-15", "2025-12-22", "2025-12-29", "2026-01-05"],
        "2026-01-05",
        4,
        4,
        True,
        id="across-iso-new-year",
    ),
    pytest.param(["2026-12-28", "2027-01-04"], "2027-01-04", 2, 2, True, id="week-53-to-week-1"),
    pytest.param(
        ["2026-03-04", "2026-03-12"],
        "2026-03-15",
        2,
        2,
        True,
        id="mid-week-dates-normalised",
    ),
    pytest.param(
        ["2026-03-09", "2026-03-16", "2026-03-23"],
        "2026-03-09",
        1,
        1,
        True,
        id="future-weeks-ignored",
    ),
    pytest.param(
        ["2026-01-05", "2026-01-12", "2026-01-19", "2026-03-02", "2026-03-09"],
        "2026-03-09",
        2,
        3,
        True,
        id="longest-in-the-past",
    ),
]


@pytest.mark.parametrize(("weeks", "this_week", "current", "longest", "done_now"), WEEKLY)
def test_weekly_streak(
    weeks: list[str], this_week: str, current: int, longest: int, done_now: bool
) -> None:
    streak = weekly_streak(days(*weeks), this_week_start=d(this_week))
    assert (streak.current, streak.longest, streak.done_now) == (current, longest, done_now)
    assert streak.unit == "week"
    if streak.last_done is not None:
        assert streak.last_done.weekday() == 0


def test_streak_reasons_explain_the_state() -> None:
    assert "including today" in daily_streak([d("2026-03-10")], d("2026-03-10")).reason
    assert "keep the streak going" in daily_streak([d("2026-03-09")], d("2026-03-10")).reason
    assert "2026-03-01" in daily_streak([d("2026-03-01")], d("2026-03-10")).reason
    assert "1 week in a row" in weekly_streak([d("2026-03-09")], d("2026-03-09")).reason


WEEK_STARTS = [
    pytest.param("2026-03-09", "2026-03-09", id="monday-is-itself"),
    pytest.param("2026-03-15", "2026-03-09", id="sunday-belongs-to-previous-monday"),
    pytest.param("2026-01-01", "2025-12-29", id="new-years-day-thursday"),
    pytest.param("2026-01-04", "2025-12-29", id="first-sunday-of-year"),
    pytest.param("2024-03-03", "2024-02-26", id="leap-year-week"),
]


@pytest.mark.parametrize(("day", "monday"), WEEK_STARTS)
def test_week_start(day: str, monday: str) -> None:
    assert week_start(d(day)) == d(monday)


# (target, done, ratio, met, remaining, extra, label)
GOALS = [
    pytest.param(3, 0, 0.0, False, 3, 0, "0 of 3: 3 to go", id="nothing-yet"),
    pytest.param(4, 1, 0.25, False, 3, 0, "1 of 4: 3 to go", id="quarter"),
    pytest.param(2, 2, 1.0, True, 0, 0, "2 of 2: goal met", id="exactly-met"),
    pytest.param(2, 5, 1.0, True, 0, 3, "5 of 2: goal met (+3)", id="over-target-capped"),
    pytest.param(1, 1, 1.0, True, 0, 0, "1 of 1: goal met", id="single"),
]


@pytest.mark.parametrize(("target", "done", "ratio", "met", "remaining", "extra", "label"), GOALS)
def test_goal_progress(
    target: int, done: int, ratio: float, met: bool, remaining: int, extra: int, label: str
) -> None:
    progress = goal_progress(target, done)
    assert (progress.done, progress.target) == (done, target)
    assert progress.ratio == pytest.approx(ratio)
    assert (progress.met, progress.remaining, progress.extra) == (met, remaining, extra)
    assert progress.label == label


@pytest.mark.parametrize(("target", "done"), [(0, 1), (-2, 0), (3, -1)], ids=str)
def test_goal_progress_rejects_bad_numbers(target: int, done: int) -> None:
    with pytest.raises(ValueError, match=r"target|done"):
        goal_progress(target, done)
