"""Every growth page renders for its owner and is a 404 for anyone else."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.test import Client
from django.urls import reverse
from tests import factories

from onward.accounts.models import User
from onward.growth import services
from onward.growth.choices import Control, GoalMetric, ReflectionKind
from onward.growth.models import (
    CheckIn,
    Feedback,
    FollowUp,
    Goal,
    GoalEntry,
    Habit,
    ReboundFlow,
    Reflection,
    Reframe,
    Win,
)
from onward.skills import services as skill_services
from onward.skills.models import LearningAction
from onward.tracker import services as tracker_services
from onward.tracker.choices import Stage
from onward.tracker.models import Application, Rejection

pytestmark = pytest.mark.django_db


@dataclass
class World:
    """One of everything the growth pages show, owned by one user."""

    application: Application
    rejection: Rejection
    flow: ReboundFlow
    reflection: Reflection
    feedback: Feedback
    checkin: CheckIn
    reframe: Reframe
    win: Win
    goal: Goal
    entry: GoalEntry
    habit: Habit
    followup: FollowUp
    action: LearningAction

    def ids(self) -> dict[str, int]:
        return {
            "application_id": self.application.pk,
            "rejection_id": self.rejection.pk,
            "reflection_id": self.reflection.pk,
            "feedback_id": self.feedback.pk,
            "checkin_id": self.checkin.pk,
            "reframe_id": self.reframe.pk,
            "win_id": self.win.pk,
            "goal_id": self.goal.pk,
            "entry_id": self.entry.pk,
            "habit_id": self.habit.pk,
            "followup_id": self.followup.pk,
            "action_id": self.action.pk,
        }


def build_world(owner: User) -> World:
    application = factories.application(owner, title="Data Analyst", company_name="Acme")
    tracker_services.application_move(application=application, stage=Stage.SCREENING)
    rejection = tracker_services.rejection_record(
        application=application, message="We went with someone with more dbt experience."
    )
    flow = services.rebound_start(rejection=rejection)
    reflection = services.reflection_create(
        owner=owner,
        kind=ReflectionKind.AFTER_REJECTION,
        application=application,
        went_well="Clear answers about dashboards",
        lacked="dbt in production",
        skill_tags=["dbt", "SQL"],
        moments=[{"stage": "screening", "question": "Tell me about dbt", "note": "Froze"}],
        factors=[{"text": "My dbt practice", "control": Control.WITHIN}],
    )
    feedback = services.feedback_record(
        application=application,
        text="Your SQL was strong but we needed more dbt experience.",
        received_on=dt.date.today(),
        themes=["technical_skills"],
    )
    reframe = services.reframe_create(
        owner=owner, thought="I'm not good enough", points_toward="Analytics engineering roles"
    )
    goal = services.goal_create(owner=owner, metric=GoalMetric.OUTREACH_MESSAGES, target=3)
    return World(
        application=application,
        rejection=rejection,
        flow=flow,
        reflection=reflection,
        feedback=feedback,
        checkin=services.checkin_create(owner=owner, mood=3, energy=2, note="Tired"),
        reframe=reframe,
        win=services.win_add(owner=owner, title="Great chat with a recruiter"),
        goal=goal,
        entry=services.goal_log(goal=goal, amount=1),
        habit=services.habit_create(owner=owner, name="Morning walk"),
        followup=services.followup_create(owner=owner, title="Email Sam", application=application),
        action=skill_services.learning_action_create(owner=owner, title="dbt fundamentals"),
    )


@pytest.fixture
def world(alice: User) -> World:
    return build_world(alice)


UrlFor = Callable[[World], str]


def _url(name: str, *kwargs: str) -> UrlFor:
    return lambda w: reverse(name, kwargs={k: w.ids()[k] for k in kwargs})


# (id, url, text the page shows)
PAGES: list[tuple[str, UrlFor, str]] = [
    ("timeline", _url("timeline:timeline"), "Growth timeline"),
    ("lessons", _url("growth:lessons"), "Search your lessons"),
    ("reflections", _url("growth:reflections"), "Clear answers about dashboards"),
    ("reflection-new", _url("growth:reflection_create"), "New reflection"),
    ("reflection-for-app", _url("growth:reflection_for_application", "application_id"), "Moment"),
    ("reflection", _url("growth:reflection", "reflection_id"), "Froze"),
    ("reflection-edit", _url("growth:reflection_edit", "reflection_id"), "Edit reflection"),
    ("reflection-delete", _url("growth:reflection_delete", "reflection_id"), "Delete this"),
    ("feedback-list", _url("growth:feedback_list"), "Your SQL was strong"),
    ("feedback", _url("growth:feedback", "feedback_id"), "Technical skills"),
    ("feedback-edit", _url("growth:feedback_edit", "feedback_id"), "Edit feedback"),
    ("feedback-request", _url("growth:feedback_request", "application_id"), "Ask for feedback"),
    ("feedback-record", _url("growth:feedback_record", "application_id"), "Their feedback"),
    ("checkins", _url("growth:checkins"), "Tired"),
    ("checkin-delete", _url("growth:checkin_delete", "checkin_id"), "Delete this check-in?"),
    ("reframes", _url("growth:reframes"), "not good enough"),
    ("reframe-new", _url("growth:reframe_create"), "Reframe a thought"),
    ("reframe", _url("growth:reframe", "reframe_id"), "Analytics engineering roles"),
    ("reframe-edit", _url("growth:reframe_edit", "reframe_id"), "Edit reframe"),
    ("wins", _url("growth:wins"), "Great chat with a recruiter"),
    ("win-delete", _url("growth:win_delete", "win_id"), "Remove this win?"),
    ("goals", _url("growth:goals"), "1 of 3: 2 to go"),
    ("goal-edit", _url("growth:goal_edit", "goal_id"), "Edit goal"),
    ("goal-delete", _url("growth:goal_delete", "goal_id"), "Delete this goal?"),
    ("habits", _url("growth:habits"), "Morning walk"),
    ("habit-edit", _url("growth:habit_edit", "habit_id"), "Edit habit"),
    ("habit-delete", _url("growth:habit_delete", "habit_id"), "Delete this habit?"),
    ("followups", _url("growth:followups"), "Email Sam"),
    ("followup-delete", _url("growth:followup_delete", "followup_id"), "Delete this follow-up?"),
    ("reflect", _url("growth:rebound_reflect", "rejection_id"), "Step 1 of 5"),
    ("ask", _url("growth:rebound_feedback", "rejection_id"), "Step 2 of 5"),
    ("checkin-step", _url("growth:rebound_checkin", "rejection_id"), "Step 3 of 5"),
    ("reframe-step", _url("growth:rebound_reframe", "rejection_id"), "Step 4 of 5"),
    ("next-step", _url("skills:rebound_next", "rejection_id"), "Step 5 of 5"),
    ("learning", _url("skills:learning"), "dbt fundamentals"),
    ("learning-new", _url("skills:learning_create"), "New learning action"),
    ("learning-edit", _url("skills:learning_edit", "action_id"), "Edit learning action"),
    ("learning-delete", _url("skills:learning_delete", "action_id"), "Delete this learning"),
]


@pytest.mark.parametrize(("url_for", "text"), [pytest.param(u, t, id=n) for n, u, t in PAGES])
def test_page_renders_for_its_owner(
    alice_client: Client, world: World, url_for: UrlFor, text: str
) -> None:
    response = alice_client.get(url_for(world))
    assert response.status_code == 200
    assert text in response.content.decode()


def _needs_an_object(url_for: UrlFor, world: World) -> bool:
    return any(str(value) in url_for(world).split("/") for value in world.ids().values())


@pytest.mark.parametrize("url_for", [pytest.param(u, id=n) for n, u, _ in PAGES])
def test_someone_else_gets_404(bob_client: Client, world: World, url_for: UrlFor) -> None:
    url = url_for(world)
    if not _needs_an_object(url_for, world):
        assert world.reflection.went_well not in bob_client.get(url).content.decode()
        return
    assert bob_client.get(url).status_code == 404
    assert bob_client.post(url).status_code in (404, 405)


def test_signed_out_goes_to_sign_in(client: Client, world: World) -> None:
    for name in ("timeline:timeline", "growth:wins", "skills:learning"):
        response = client.get(reverse(name))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("accounts:signin"))


def test_nav_has_growth_and_the_subnav_marks_the_section(alice_client: Client) -> None:
    text = alice_client.get(reverse("growth:wins")).content.decode()
    assert f'href="{reverse("timeline:timeline")}" aria-current="page">Growth' in text
    assert f'href="{reverse("growth:wins")}" aria-current="page">Wins' in text


def test_empty_pages_say_what_will_appear(alice_client: Client) -> None:
    for name, text in (
        ("growth:wins", "Your first win appears here"),
        ("growth:goals", "No goals yet"),
        ("growth:habits", "No habits yet"),
        ("growth:reflections", "No reflections yet"),
        ("timeline:timeline", "Your timeline fills up"),
        ("skills:learning", "No open learning actions"),
    ):
        assert text in alice_client.get(reverse(name)).content.decode(), name
