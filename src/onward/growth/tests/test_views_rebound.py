"""The rebound flow after a rejection: each step saves as you go, skips, and resumes."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from tests import factories

from onward.accounts.models import User
from onward.growth import selectors
from onward.growth.choices import FeedbackStatus, ReboundStep
from onward.growth.models import CheckIn, Goal, ReboundFlow, Reflection, Reframe
from onward.growth.views import flow as flow_views
from onward.skills.models import LearningAction
from onward.tracker import services as tracker_services
from onward.tracker.choices import Stage
from onward.tracker.models import Rejection

pytestmark = pytest.mark.django_db

EMPTY_ROWS = {
    "moments-TOTAL_FORMS": "1",
    "moments-INITIAL_FORMS": "0",
    "factors-TOTAL_FORMS": "2",
    "factors-INITIAL_FORMS": "0",
}
REFLECTION = {
    **EMPTY_ROWS,
    "went_well": "Good rapport with the panel",
    "lacked": "Airflow",
    "skill_tags": "Airflow, SQL",
    "moments-0-when": "interview:1",
    "moments-0-question": "Design a pipeline",
    "moments-0-note": "Blanked on retries",
    "factors-0-text": "I was nervous",
    "factors-0-control": "unsure",
    "factors-1-text": "They hired internally",
    "factors-1-control": "unsure",
}


@pytest.fixture
def rejection(alice: User) -> Rejection:
    app = factories.application(alice, title="Data Engineer", company_name="Initech")
    tracker_services.application_move(application=app, stage=Stage.SCREENING)
    tracker_services.application_move(
        application=app, stage=Stage.INTERVIEW, interview_kind="phone"
    )
    return tracker_services.rejection_record(application=app, message="Not this time.")


def _step(rejection: Rejection, step: str) -> str:
    return reverse(flow_views.STEP_URLS[ReboundStep(step)], kwargs={"rejection_id": rejection.pk})


def _flow(rejection: Rejection) -> ReboundFlow:
    return selectors.rebound_get(owner=rejection.owner, rejection_id=rejection.pk)


@pytest.fixture
def flow_started(alice_client: Client, rejection: Rejection) -> ReboundFlow:
    alice_client.post(reverse("growth:rebound_start", kwargs={"rejection_id": rejection.pk}))
    return _flow(rejection)


def test_start_is_post_only_and_idempotent(alice_client: Client, rejection: Rejection) -> None:
    url = reverse("growth:rebound_start", kwargs={"rejection_id": rejection.pk})
    assert alice_client.get(url).status_code == 405
    assert alice_client.post(url)["Location"] == _step(rejection, "reflect")
    assert alice_client.post(url)["Location"] == _step(rejection, "reflect")
    assert ReboundFlow.objects.filter(rejection=rejection).count() == 1


def test_reflect_saves_the_reflection_and_moves_on(
    alice_client: Client, rejection: Rejection, flow_started: ReboundFlow
) -> None:
    response = alice_client.post(_step(rejection, "reflect"), {**REFLECTION, "action": "next"})
    assert response["Location"] == _step(rejection, "feedback")
    flow = _flow(rejection)
    assert flow.step == ReboundStep.FEEDBACK
    reflection = flow.reflection
    assert reflection is not None
    assert reflection.skill_tags == ["Airflow", "SQL"]
    moment = reflection.moments.get()
    assert (moment.stage, moment.interview_round, moment.note) == (
        "interview",
        1,
        "Blanked on retries",
    )
    assert [f.text for f in reflection.factors.all()] == ["I was nervous", "They hired internally"]
    # Coming back and saving again edits the same reflection.
    page = alice_client.get(_step(rejection, "reflect")).content.decode()
    assert "Good rapport with the panel" in page
    alice_client.post(_step(rejection, "reflect"), {**REFLECTION, "went_well": "Rapport"})
    assert Reflection.objects.filter(owner=rejection.owner).get().went_well == "Rapport"


def test_suggest_a_sort_preselects_but_saves_nothing(
    alice_client: Client, rejection: Rejection, flow_started: ReboundFlow
) -> None:
    response = alice_client.post(_step(rejection, "reflect"), {**REFLECTION, "action": "sort"})
    assert response.status_code == 200
    factors = response.context["forms"].factors
    assert [f["control"].value() for f in factors.forms[:2]] == ["within", "outside"]
    assert "suggests this is within your control" in response.content.decode()
    assert not Reflection.objects.exists()
    assert _flow(rejection).step == ReboundStep.REFLECT


def test_a_choice_already_made_is_not_overridden(
    alice_client: Client, rejection: Rejection, flow_started: ReboundFlow
) -> None:
    data = {**REFLECTION, "factors-1-control": "within", "action": "sort"}
    response = alice_client.post(_step(rejection, "reflect"), data)
    assert response.context["forms"].factors.forms[1]["control"].value() == "within"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        pytest.param({"factors-0-text": "x" * 301}, "at most 300", id="long-factor"),
        pytest.param({"moments-0-when": "offer:9"}, "Select a valid choice", id="bad-moment"),
        pytest.param({"skill_tags": ",".join(f"s{i}" for i in range(25))}, "Up to 20", id="tags"),
    ],
)
def test_bad_reflection_is_400_and_saves_nothing(
    alice_client: Client,
    rejection: Rejection,
    flow_started: ReboundFlow,
    changes: dict[str, str],
    message: str,
) -> None:
    response = alice_client.post(_step(rejection, "reflect"), {**REFLECTION, **changes})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Reflection.objects.exists()
    assert _flow(rejection).step == ReboundStep.REFLECT


def test_an_empty_step_moves_on_without_saving(
    alice_client: Client, rejection: Rejection, flow_started: ReboundFlow
) -> None:
    response = alice_client.post(_step(rejection, "reflect"), {**EMPTY_ROWS, "action": "next"})
    assert response["Location"] == _step(rejection, "feedback")
    assert not Reflection.objects.exists()


@pytest.mark.parametrize("step", ["reflect", "feedback", "checkin", "reframe", "next"])
def test_skip_marks_the_step_and_moves_on(
    alice_client: Client, rejection: Rejection, flow_started: ReboundFlow, step: str
) -> None:
    alice_client.post(_step(rejection, step), {"action": "skip"})
    assert step in _flow(rejection).skipped


def test_finish_later_parks_the_flow_on_the_dashboard(
    alice_client: Client, rejection: Rejection, flow_started: ReboundFlow
) -> None:
    alice_client.post(_step(rejection, "reflect"), {**REFLECTION, "action": "next"})
    response = alice_client.post(_step(rejection, "checkin"), {"action": "later"})
    assert response["Location"] == reverse("web:dashboard")
    assert _flow(rejection).step == ReboundStep.CHECKIN
    dashboard = alice_client.get(reverse("web:dashboard")).content.decode()
    assert "Continue your reflection" in dashboard
    resume = reverse("growth:rebound", kwargs={"rejection_id": rejection.pk})
    assert resume in dashboard
    assert alice_client.get(resume)["Location"] == _step(rejection, "checkin")
    detail = reverse("tracker:detail", kwargs={"application_id": rejection.application_id})
    assert "Continue your reflection" in alice_client.get(detail).content.decode()


def test_finish_later_keeps_what_was_typed(
    alice_client: Client, rejection: Rejection, flow_started: ReboundFlow
) -> None:
    data = {"thought": "I always mess up interviews", "action": "later"}
    assert alice_client.post(_step(rejection, "reframe"), data)["Location"] == reverse(
        "web:dashboard"
    )
    assert _flow(rejection).reframe == Reframe.objects.get()


def test_ask_for_feedback_marks_the_request_sent(
    alice_client: Client, rejection: Rejection, flow_started: ReboundFlow
) -> None:
    page = alice_client.post(
        _step(rejection, "feedback"), {"action": "draft", "tone": "warm", "contact_name": "Dana"}
    )
    draft = page.context["draft"]
    assert draft.tone == "warm"
    assert "Dana" in draft.body
    data = {
        "action": "requested",
        "tone": "warm",
        "subject": draft.subject,
        "body": draft.body,
        "contact_name": "Dana",
        "contact_email": "dana@initech.example",
        "requested_on": timezone.localdate().isoformat(),
        "no_reply_after_days": "10",
    }
    response = alice_client.post(_step(rejection, "feedback"), data)
    assert response["Location"] == _step(rejection, "checkin")
    fr = selectors.feedback_request_for(owner=rejection.owner, application=rejection.application)
    assert fr is not None
    assert (fr.contact_name, fr.no_reply_after_days) == ("Dana", 10)
    assert (fr.status, fr.requested_on) == (FeedbackStatus.REQUESTED, timezone.localdate())


def test_ask_for_feedback_with_bad_input_is_400(
    alice_client: Client, rejection: Rejection, flow_started: ReboundFlow
) -> None:
    data = {"action": "requested", "tone": "warm", "subject": "", "body": "Hi", "requested_on": ""}
    response = alice_client.post(_step(rejection, "feedback"), data)
    assert response.status_code == 400
    assert response.context["mark_form"].errors.keys() >= {"subject", "requested_on"}
    fr = selectors.feedback_request_for(owner=rejection.owner, application=rejection.application)
    assert fr is None or fr.status == FeedbackStatus.NOT_REQUESTED


def test_check_in_links_the_check_in_once(
    alice_client: Client, rejection: Rejection, flow_started: ReboundFlow
) -> None:
    data = {"mood": "2", "energy": "3", "note": "Flat", "action": "next"}
    assert alice_client.post(_step(rejection, "checkin"), data)["Location"] == _step(
        rejection, "reframe"
    )
    checkin = _flow(rejection).checkin
    assert checkin is not None
    assert (checkin.context, checkin.application_id) == (
        "after_rejection",
        rejection.application_id,
    )
    alice_client.post(_step(rejection, "checkin"), data)  # unchanged: no second check-in
    assert CheckIn.objects.count() == 1


def test_bad_check_in_is_400(
    alice_client: Client, rejection: Rejection, flow_started: ReboundFlow
) -> None:
    response = alice_client.post(_step(rejection, "checkin"), {"mood": "6", "energy": ""})
    assert response.status_code == 400
    assert set(response.context["form"].errors) == {"mood", "energy"}
    assert not CheckIn.objects.exists()


def test_reframe_then_next_actions_prefilled_from_it(
    alice: User, alice_client: Client, rejection: Rejection, flow_started: ReboundFlow
) -> None:
    alice_client.post(_step(rejection, "reflect"), REFLECTION)
    reframe = {"thought": "I'm not technical enough", "points_toward": "Data platform roles\nMore"}
    assert alice_client.post(_step(rejection, "reframe"), reframe)["Location"] == _step(
        rejection, "next"
    )
    page = alice_client.get(_step(rejection, "next"))
    forms = page.context["forms"]
    assert forms["goal"]["label"].value() == "Data platform roles"
    assert forms["learning"]["title"].value() == "Practise Airflow"
    assert forms["followup"]["title"].value() == "Stay in touch with Initech"

    goal = {"action": "goal", "goal-metric": "outreach_messages", "goal-target": "2"}
    assert alice_client.post(_step(rejection, "next"), goal)["Location"] == _step(rejection, "next")
    assert Goal.objects.get().reframe == _flow(rejection).reframe
    learning = {"action": "learning", "learning-title": "Airflow course", "learning-kind": "course"}
    alice_client.post(_step(rejection, "next"), learning)
    action = LearningAction.objects.get()
    assert list(action.surfaced_by.all()) == [rejection.application]
    followup = {"action": "followup", "followup-title": "Ask Dana for coffee"}
    alice_client.post(_step(rejection, "next"), followup)
    assert selectors.followup_list(owner=alice).get().application == rejection.application

    finish = alice_client.post(_step(rejection, "next"), {"action": "finish"})
    assert finish["Location"] == reverse(
        "tracker:detail", kwargs={"application_id": rejection.application_id}
    )
    assert _flow(rejection).step == ReboundStep.DONE
    assert (
        "Continue your reflection"
        not in alice_client.get(reverse("web:dashboard")).content.decode()
    )


@pytest.mark.parametrize(
    ("data", "field"),
    [
        pytest.param(
            {"action": "goal", "goal-metric": "x", "goal-target": "2"}, "metric", id="goal"
        ),
        pytest.param({"action": "learning", "learning-title": ""}, "title", id="learning"),
        pytest.param({"action": "followup", "followup-due_on": "soon"}, "title", id="followup"),
    ],
)
def test_bad_next_action_is_400_and_saves_nothing(
    alice_client: Client,
    rejection: Rejection,
    flow_started: ReboundFlow,
    data: dict[str, Any],
    field: str,
) -> None:
    response = alice_client.post(_step(rejection, "next"), data)
    assert response.status_code == 400
    assert response.context["forms"][data["action"]].errors[field]
    assert not Goal.objects.exists()
    assert not LearningAction.objects.exists()


def test_a_finished_flow_stays_finished_and_its_steps_stay_editable(
    alice_client: Client, rejection: Rejection, flow_started: ReboundFlow
) -> None:
    alice_client.post(_step(rejection, "next"), {"action": "finish"})
    assert alice_client.get(_step(rejection, "reflect")).status_code == 200
    alice_client.post(_step(rejection, "reflect"), REFLECTION)
    flow = _flow(rejection)
    assert flow.step == ReboundStep.DONE
    assert flow.reflection is not None
    resume = reverse("growth:rebound", kwargs={"rejection_id": rejection.pk})
    assert alice_client.get(resume)["Location"] == reverse(
        "tracker:detail", kwargs={"application_id": rejection.application_id}
    )


def test_progress_shows_done_current_and_skipped(
    alice_client: Client, rejection: Rejection, flow_started: ReboundFlow
) -> None:
    alice_client.post(_step(rejection, "reflect"), {"action": "skip"})
    alice_client.post(_step(rejection, "feedback"), {"action": "skip"})
    steps = alice_client.get(_step(rejection, "checkin")).context["steps"]
    assert [s.state for s in steps] == ["skipped", "skipped", "current", "todo", "todo"]
