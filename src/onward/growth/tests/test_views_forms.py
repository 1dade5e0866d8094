"""Growth forms: good input saves through the services, bad input is a 400 that saves nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from onward.accounts.models import User
from onward.growth import selectors
from onward.growth.models import (
    CheckIn,
    FollowUp,
    Goal,
    GoalEntry,
    Habit,
    HabitCheck,
    Reflection,
    Reframe,
    Win,
)
from onward.growth.tests.test_views_pages import World, build_world

pytestmark = pytest.mark.django_db

Counter = Callable[[], int]


@pytest.fixture
def world(alice: User) -> World:
    return build_world(alice)


def _url(name: str, world: World, *kwargs: str) -> str:
    return reverse(name, kwargs={k: world.ids()[k] for k in kwargs})


# (id, URL name, kwargs, data, field with the error, what must not change)
BAD: list[tuple[str, str, tuple[str, ...], dict[str, Any], str, Counter]] = [
    ("win-no-title", "growth:wins", (), {"title": ""}, "title", Win.objects.count),
    (
        "win-future",
        "growth:wins",
        (),
        {"title": "Later", "occurred_on": "2999-01-01"},
        "occurred_on",
        Win.objects.count,
    ),
    (
        "goal-zero",
        "growth:goals",
        (),
        {"metric": "outreach_messages", "target": "0"},
        "target",
        Goal.objects.count,
    ),
    (
        "goal-metric",
        "growth:goals",
        (),
        {"metric": "sleep", "target": "2"},
        "metric",
        Goal.objects.count,
    ),
    (
        "goal-custom-needs-a-name",
        "growth:goals",
        (),
        {"metric": "custom", "target": "2", "label": ""},
        "label",
        Goal.objects.count,
    ),
    (
        "habit-no-name",
        "growth:habits",
        (),
        {"name": "", "kind": "other"},
        "name",
        Habit.objects.count,
    ),
    (
        "habit-cadence",
        "growth:habits",
        (),
        {"name": "Walk", "kind": "other", "cadence": "hourly"},
        "cadence",
        Habit.objects.count,
    ),
    ("followup-no-title", "growth:followups", (), {"title": ""}, "title", FollowUp.objects.count),
    ("checkin-no-mood", "growth:checkins", (), {"energy": "3"}, "mood", CheckIn.objects.count),
    (
        "checkin-out-of-scale",
        "growth:checkins",
        (),
        {"mood": "9", "energy": "3"},
        "mood",
        CheckIn.objects.count,
    ),
    (
        "reframe-no-thought",
        "growth:reframe_create",
        (),
        {"thought": ""},
        "thought",
        Reframe.objects.count,
    ),
    (
        "reflection-empty",
        "growth:reflection_create",
        (),
        {"moments-TOTAL_FORMS": "0", "moments-INITIAL_FORMS": "0"}
        | {"factors-TOTAL_FORMS": "0", "factors-INITIAL_FORMS": "0"},
        "went_well",
        Reflection.objects.count,
    ),
]


@pytest.mark.parametrize(
    ("name", "kwargs", "data", "field", "count"),
    [pytest.param(n, k, d, f, c, id=i) for i, n, k, d, f, c in BAD],
)
def test_bad_input_is_400_and_saves_nothing(
    alice_client: Client,
    world: World,
    name: str,
    kwargs: tuple[str, ...],
    data: dict[str, Any],
    field: str,
    count: Counter,
) -> None:
    before = count()
    response = alice_client.post(_url(name, world, *kwargs), data)
    assert response.status_code == 400
    forms = response.context.get("forms")
    form = forms.main if forms is not None else response.context["form"]
    assert form.errors[field]
    assert f'id="id_{field}_error"' in response.content.decode() or field == "mood"
    assert count() == before


EDITS: list[tuple[str, str, tuple[str, ...], dict[str, Any], str]] = [
    ("goal-edit", "growth:goal_edit", ("goal_id",), {"target": "0", "label": ""}, "target"),
    ("habit-edit", "growth:habit_edit", ("habit_id",), {"name": "", "kind": "x"}, "name"),
    ("reframe-edit", "growth:reframe_edit", ("reframe_id",), {"thought": ""}, "thought"),
    ("feedback-edit", "growth:feedback_edit", ("feedback_id",), {"text": ""}, "text"),
]


@pytest.mark.parametrize(
    ("name", "kwargs", "data", "field"), [pytest.param(n, k, d, f, id=i) for i, n, k, d, f in EDITS]
)
def test_bad_edit_is_400_and_changes_nothing(
    alice: User,
    alice_client: Client,
    world: World,
    name: str,
    kwargs: tuple[str, ...],
    data: dict[str, Any],
    field: str,
) -> None:
    response = alice_client.post(_url(name, world, *kwargs), data)
    assert response.status_code == 400
    assert response.context["form"].errors[field]
    assert selectors.goal_get(owner=alice, pk=world.goal.pk).target == 3
    assert selectors.habit_get(owner=alice, pk=world.habit.pk).name == "Morning walk"
    assert selectors.reframe_get(owner=alice, pk=world.reframe.pk).thought == "I'm not good enough"
    assert selectors.feedback_get(owner=alice, pk=world.feedback.pk).text.startswith("Your SQL")


def test_add_win_by_hand(alice: User, alice_client: Client) -> None:
    data = {"title": "Finished my portfolio", "note": "Three case studies", "occurred_on": ""}
    response = alice_client.post(reverse("growth:wins"), data)
    assert response.status_code == 302
    win = selectors.win_list(owner=alice).get()
    assert (win.title, win.kind, win.note) == (
        "Finished my portfolio",
        "manual",
        "Three case studies",
    )


def test_goal_create_edit_pause_log_and_delete(alice: User, alice_client: Client) -> None:
    alice_client.post(reverse("growth:goals"), {"metric": "practice_sessions", "target": "2"})
    goal = selectors.goal_list_with_progress(owner=alice)[0].goal
    kwargs = {"goal_id": goal.pk}
    prefix = f"log{goal.pk}"
    log = {f"{prefix}-amount": "1", f"{prefix}-on": "2020-01-06", f"{prefix}-note": "Mock"}
    assert alice_client.post(reverse("growth:goal_log", kwargs=kwargs), log).status_code == 302
    entry = selectors.goal_entries(goal=goal).get()
    assert entry.note == "Mock"
    edit = {"target": "4", "label": "Mock interviews", "active": "on"}
    alice_client.post(reverse("growth:goal_edit", kwargs=kwargs), edit)
    alice_client.post(reverse("growth:goal_pause", kwargs=kwargs))
    goal = selectors.goal_get(owner=alice, pk=goal.pk)
    assert (goal.target, goal.label, goal.active) == (4, "Mock interviews", False)
    alice_client.post(reverse("growth:goal_entry_delete", kwargs={"entry_id": entry.pk}))
    assert not GoalEntry.objects.filter(pk=entry.pk).exists()
    alice_client.post(reverse("growth:goal_delete", kwargs=kwargs))
    assert not Goal.objects.filter(pk=goal.pk).exists()


def test_bad_goal_log_is_400_and_shows_the_error_on_the_card(
    alice_client: Client, world: World
) -> None:
    prefix = f"log{world.goal.pk}"
    url = reverse("growth:goal_log", kwargs={"goal_id": world.goal.pk})
    before = GoalEntry.objects.count()
    response = alice_client.post(url, {f"{prefix}-amount": "-1", f"{prefix}-on": "2020-01-01"})
    assert response.status_code == 400
    assert f"id_{prefix}-amount_error" in response.content.decode()
    assert GoalEntry.objects.count() == before


def test_habit_check_and_uncheck_without_javascript(alice_client: Client, world: World) -> None:
    url = reverse("growth:habit_toggle", kwargs={"habit_id": world.habit.pk})
    assert alice_client.post(url, {"done": "1"}).status_code == 302
    assert HabitCheck.objects.filter(habit=world.habit).count() == 1
    page = alice_client.get(reverse("growth:habits")).content.decode()
    assert 'aria-pressed="true"' in page
    alice_client.post(url, {"done": "0"})
    assert HabitCheck.objects.filter(habit=world.habit).count() == 0


def test_followup_done_and_delete(alice_client: Client, world: World) -> None:
    kwargs = {"followup_id": world.followup.pk}
    alice_client.post(reverse("growth:followup_done", kwargs=kwargs))
    world.followup.refresh_from_db()
    assert world.followup.done_at is not None
    row = f'id="followup-{world.followup.pk}"'
    assert row not in alice_client.get(reverse("growth:followups")).content.decode()
    assert row in alice_client.get(reverse("growth:followups") + "?show=all").content.decode()
    alice_client.post(reverse("growth:followup_delete", kwargs=kwargs))
    assert not FollowUp.objects.filter(pk=world.followup.pk).exists()


@pytest.mark.parametrize(
    ("name", "kwarg", "model"),
    [
        pytest.param("growth:reflection_delete", "reflection_id", Reflection, id="reflection"),
        pytest.param("growth:checkin_delete", "checkin_id", CheckIn, id="checkin"),
        pytest.param("growth:habit_delete", "habit_id", Habit, id="habit"),
    ],
)
def test_confirm_then_delete(
    alice_client: Client, world: World, name: str, kwarg: str, model: Any
) -> None:
    url = reverse(name, kwargs={kwarg: world.ids()[kwarg]})
    assert alice_client.get(url).status_code == 200
    assert model.objects.filter(pk=world.ids()[kwarg]).exists()
    assert alice_client.post(url).status_code == 302
    assert not model.objects.filter(pk=world.ids()[kwarg]).exists()


def test_removing_a_win_hides_it_from_the_ledger(alice_client: Client, world: World) -> None:
    alice_client.post(reverse("growth:win_delete", kwargs={"win_id": world.win.pk}))
    assert world.win.title not in alice_client.get(reverse("growth:wins")).content.decode()


def test_reframe_create_and_edit(alice: User, alice_client: Client) -> None:
    data = {"thought": "Nobody will hire me", "evidence_against": "Two interviews this month"}
    response = alice_client.post(reverse("growth:reframe_create"), data)
    reframe = selectors.reframe_list(owner=alice).get()
    assert response["Location"] == reverse("growth:reframe", kwargs={"reframe_id": reframe.pk})
    edit = {**data, "balanced_view": "Hiring is slow; I am getting closer."}
    alice_client.post(reverse("growth:reframe_edit", kwargs={"reframe_id": reframe.pk}), edit)
    reframe.refresh_from_db()
    assert reframe.balanced_view == "Hiring is slow; I am getting closer."
