"""Weekly goals (progress, streaks of weeks met, goal-met wins) and habits (streaks)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
import time_machine
from django.core.exceptions import ValidationError
from tests import factories

from onward.accounts.models import User
from onward.growth import selectors, services
from onward.growth.choices import WinKind
from onward.growth.models import Goal, HabitCheck, Win
from onward.growth.tests.conftest import NOW, TODAY
from onward.tracker.choices import Stage

pytestmark = pytest.mark.django_db

MON = dt.date(2026, 3, 9)  # the Monday of TODAY's week


def _week(weeks_ago: int, day: int = 0) -> dt.date:
    return MON - dt.timedelta(weeks=weeks_ago) + dt.timedelta(days=day)


def _goal(owner: User, metric: str, target: int, **fields: Any) -> Goal:
    with time_machine.travel(NOW, tick=False):
        return services.goal_create(
            owner=owner, metric=metric, target=target, started_on=_week(4), **fields
        )


@pytest.mark.parametrize(
    ("metric", "entries", "done", "current", "longest"),
    [
        pytest.param(
            "outreach_messages",
            {3: 3, 2: 2, 1: 3, 0: 1},
            1,
            1,
            1,
            id="last-week-met-this-week-not-yet",
        ),
        pytest.param(
            "outreach_messages", {2: 3, 1: 4, 0: 3}, 3, 3, 3, id="three-weeks-including-this"
        ),
        pytest.param("practice_sessions", {3: 3, 0: 1}, 1, 0, 1, id="broken"),
        pytest.param("learning_hours", {0: Decimal("1.5"), -1: 0}, 1, 0, 0, id="hours-floor"),
        pytest.param("custom", {}, 0, 0, 0, id="nothing-yet"),
    ],
)
def test_progress_and_streak(
    alice: User,
    metric: str,
    entries: dict[int, Any],
    done: int,
    current: int,
    longest: int,
) -> None:
    goal = _goal(alice, metric, 3, label="coffees" if metric == "custom" else "")
    with time_machine.travel(NOW, tick=False):
        for weeks_ago, amount in entries.items():
            if weeks_ago >= 0 and amount:
                services.goal_log(goal=goal, amount=amount, on=_week(weeks_ago, 1))
    [status] = selectors.goal_list_with_progress(owner=alice, today=TODAY)
    assert (status.progress.done, status.progress.target) == (done, 3)
    assert (status.streak.current, status.streak.longest) == (current, longest)
    assert status.week_start == MON


def test_tailored_applications_are_counted_from_the_tracker(alice: User) -> None:
    goal = _goal(alice, "tailored_applications", 2)
    with time_machine.travel(NOW, tick=False):
        for day, tailored in [(_week(1), True), (_week(1, 2), True), (_week(0), True)]:
            factories.application(alice, applied_on=day, tailored=tailored, now=NOW)
        factories.application(alice, applied_on=_week(0), tailored=False, now=NOW)
        factories.application(alice, stage=Stage.SAVED, tailored=True, now=NOW)
    status = selectors.goal_status(goal=goal, today=TODAY)
    assert status.progress.done == 1
    assert (status.streak.current, status.streak.longest) == (1, 1)
    # Last week was met, and recorded when the second application was added.
    win = Win.objects.get(owner=alice, kind=WinKind.GOAL_MET)
    assert win.source_key == f"goal:{goal.uid}:{_week(1).isoformat()}"
    assert win.title == "Weekly goal met: 2 tailored applications a week (2 done)"
    with pytest.raises(ValidationError) as exc:
        services.goal_log(goal=goal)
    assert "goal" in exc.value.message_dict


def test_goal_met_wins_once_per_week(alice: User) -> None:
    goal = _goal(alice, "outreach_messages", 2)
    with time_machine.travel(NOW, tick=False):
        services.goal_log(goal=goal, amount=2, on=_week(2))
        services.goal_log(goal=goal, amount=1, on=_week(0))
        services.goal_log(goal=goal, amount=1, on=_week(0, 1))
        services.goal_log(goal=goal, amount=5, on=_week(0, 2))
        assert services.goals_check_met(owner=alice) == []
        assert services.goals_check_met_all(now=NOW) == 0
    keys = sorted(Win.objects.filter(owner=alice).values_list("source_key", flat=True))
    assert keys == [f"goal:{goal.uid}:{_week(2).isoformat()}", f"goal:{goal.uid}:{MON.isoformat()}"]


def test_inactive_goals_record_no_wins(alice: User) -> None:
    goal = _goal(alice, "outreach_messages", 1)
    services.goal_update(goal=goal, active=False)
    with time_machine.travel(NOW, tick=False):
        services.goal_log(goal=goal, on=_week(0))
    assert not Win.objects.exists()


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        pytest.param({"amount": 0}, "amount", id="zero"),
        pytest.param({"amount": -1}, "amount", id="negative"),
        pytest.param({"amount": "abc"}, "amount", id="text"),
        pytest.param({"amount": float("nan")}, "amount", id="nan"),
        pytest.param({"amount": 10_000}, "amount", id="huge"),
        pytest.param({"on": TODAY + dt.timedelta(days=2)}, "on", id="future"),
        pytest.param({"note": "x" * 201}, "note", id="note"),
    ],
)
def test_goal_log_refuses(alice: User, fields: dict[str, Any], field: str) -> None:
    goal = _goal(alice, "outreach_messages", 2)
    with time_machine.travel(NOW, tick=False), pytest.raises(ValidationError) as exc:
        services.goal_log(goal=goal, **fields)
    assert field in exc.value.message_dict


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        pytest.param({"metric": "applications", "target": 2}, "metric", id="outcome-metric"),
        pytest.param({"metric": "custom", "target": 2}, "label", id="custom-needs-label"),
        pytest.param({"metric": "outreach_messages", "target": 0}, "target", id="zero"),
        pytest.param({"metric": "outreach_messages", "target": 1001}, "target", id="huge"),
    ],
)
def test_goal_create_refuses(alice: User, fields: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as exc:
        services.goal_create(owner=alice, **fields)
    assert field in exc.value.message_dict


def test_goal_entry_delete_and_get(alice: User, bob: User) -> None:
    from django.http import Http404

    goal = _goal(alice, "practice_sessions", 3)
    with time_machine.travel(NOW, tick=False):
        entry = services.goal_log(goal=goal, amount=2)
    assert selectors.goal_entry_get(owner=alice, pk=entry.pk) == entry
    with pytest.raises(Http404):
        selectors.goal_entry_get(owner=bob, pk=entry.pk)
    services.goal_entry_delete(entry=entry)
    assert selectors.goal_status(goal=goal, today=TODAY).progress.done == 0


# --- habits ------------------------------------------------------------------------------


def _checks(habit: Any, days: list[dt.date]) -> None:
    with time_machine.travel(NOW, tick=False):
        for day in days:
            services.habit_check(habit=habit, on=day)


@pytest.mark.parametrize(
    ("cadence", "days_ago", "current", "done_today", "this_week"),
    [
        pytest.param("daily", [0, 1, 2], 3, True, True, id="daily-today"),
        pytest.param("daily", [1, 2, 5], 2, False, True, id="daily-at-risk"),
        pytest.param("daily", [3, 4], 0, False, False, id="daily-broken"),
        pytest.param("weekly", [0, 7, 14], 3, True, True, id="weekly"),
        pytest.param("weekly", [7, 14, 28], 2, False, False, id="weekly-not-yet-this-week"),
    ],
)
def test_habit_streaks(
    alice: User, cadence: str, days_ago: list[int], current: int, done_today: bool, this_week: bool
) -> None:
    habit = services.habit_create(owner=alice, name="Walk", kind="exercise", cadence=cadence)
    _checks(habit, [TODAY - dt.timedelta(days=d) for d in days_ago])
    [status] = selectors.habit_list_with_streaks(owner=alice, today=TODAY)
    assert status.streak.current == current
    assert (status.done_today, status.done_this_week) == (done_today, this_week)


def test_habit_check_is_once_a_day(alice: User) -> None:
    habit = services.habit_create(owner=alice, name="Stretch")
    _checks(habit, [TODAY, TODAY])
    assert HabitCheck.objects.filter(habit=habit).count() == 1
    services.habit_uncheck(habit=habit, on=TODAY)
    services.habit_uncheck(habit=habit, on=TODAY)
    assert not HabitCheck.objects.exists()
    with time_machine.travel(NOW, tick=False), pytest.raises(ValidationError):
        services.habit_check(habit=habit, on=TODAY + dt.timedelta(days=1))


@pytest.mark.parametrize(
    ("cadence", "days", "titles"),
    [
        pytest.param("daily", range(6), [], id="six-days"),
        pytest.param("daily", range(7), ["Walk: 7 days in a row"], id="seven-days"),
        pytest.param(
            "daily", range(31), ["Walk: 7 days in a row", "Walk: 30 days in a row"], id="30"
        ),
        pytest.param("weekly", [0, 7, 14, 21], ["Walk: 4 weeks in a row"], id="four-weeks"),
    ],
)
def test_habit_streak_milestones(
    alice: User, cadence: str, days: range | list[int], titles: list[str]
) -> None:
    habit = services.habit_create(owner=alice, name="Walk", cadence=cadence)
    _checks(habit, [TODAY - dt.timedelta(days=d) for d in sorted(days, reverse=True)])
    _checks(habit, [TODAY])  # checking again changes nothing
    wins = Win.objects.filter(owner=alice, kind=WinKind.HABIT_STREAK).order_by("occurred_at")
    assert [w.title for w in wins] == titles


def test_milestone_once_per_run_even_after_uncheck(alice: User) -> None:
    habit = services.habit_create(owner=alice, name="Walk")
    _checks(habit, [TODAY - dt.timedelta(days=d) for d in range(6, -1, -1)])
    services.habit_uncheck(habit=habit, on=TODAY)
    _checks(habit, [TODAY])
    assert Win.objects.filter(owner=alice).count() == 1


@pytest.mark.parametrize(
    ("name", "kind", "cadence"),
    [(" ", "other", "daily"), ("x", "other", "hourly"), ("x", "z", "daily")],
)
def test_habit_validation(alice: User, name: str, kind: str, cadence: str) -> None:
    with pytest.raises(ValidationError):
        services.habit_create(owner=alice, name=name, kind=kind, cadence=cadence)
