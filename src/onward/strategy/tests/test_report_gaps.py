"""The growth report's "Skill gaps closing": each gap's evidence and how far it is from
closed (in the profile, learning done, in progress, planned, nothing yet), owner-scoped."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from onward.accounts.models import User
from onward.accounts.testing import JsonClient
from onward.skills import services as skills_services
from onward.skills.choices import LearningStatus
from onward.skills.tests.conftest import MakeApp, make_app  # noqa: F401 (the fixture)
from onward.strategy import selectors
from onward.strategy.report_gaps import _stage

pytestmark = pytest.mark.django_db

POSTING = "Requirements:\n- Strong SQL\n- dbt is required\n- Looker dashboards"


@pytest.mark.parametrize(
    ("in_profile", "statuses", "stage"),
    [
        pytest.param(True, set(), "closed", id="in-profile"),
        pytest.param(True, {"planned"}, "closed", id="in-profile-beats-a-plan"),
        pytest.param(False, {"planned", "done"}, "done", id="done-beats-planned"),
        pytest.param(False, {"in_progress", "dropped"}, "in_progress", id="in-progress"),
        pytest.param(False, {"dropped"}, "", id="dropped-is-no-plan"),
        pytest.param(False, set(), "", id="nothing"),
    ],
)
def test_how_far_a_gap_is_from_closed(in_profile: bool, statuses: set[str], stage: str) -> None:
    assert _stage(in_profile, statuses) == stage


def _rejected(owner: User, make: MakeApp, times: int = 2) -> None:
    for _ in range(times):
        make(owner, POSTING, stage="rejected")


def test_gaps_show_their_evidence_and_learning(
    alice: User,
    bob: User,
    make_app: MakeApp,  # noqa: F811
) -> None:
    _rejected(alice, make_app)
    _rejected(bob, make_app, times=3)
    skills_services.profile_skill_add(owner=alice, skill_id="sql")
    action = skills_services.learning_action_create(
        owner=alice, title="dbt course", skill_id="dbt", skill_label="dbt"
    )
    skills_services.learning_action_complete(action=action, add_to_profile=False)
    skills_services.learning_action_create(owner=alice, title="Looker", skill_id="looker")

    gaps = selectors.report(owner=alice, period="week").gaps
    stages = {row.label: row.stage for row in gaps.rows}
    assert stages["dbt (data build tool)"] == LearningStatus.DONE
    assert stages["Looker"] == LearningStatus.PLANNED
    assert all(row.rejected == 2 for row in gaps.rows)  # bob's rejections are not counted
    assert gaps.learning_done == 1 and gaps.learning_open == 1
    assert gaps.closed == sum(stage == "closed" for stage in stages.values())


def test_the_page_and_the_api_show_the_gaps(
    alice: User,
    alice_client: Client,
    make_app: MakeApp,  # noqa: F811
) -> None:
    _rejected(alice, make_app)
    page = alice_client.get(reverse("strategy:report")).content.decode()
    assert 'id="report-gaps"' in page and "dbt (data build tool)" in page
    assert 'alt="Your most pressing skill gaps and how far each is from closed.' in page
    chart = alice_client.get(reverse("strategy:report_chart"), {"chart": "gaps"})
    assert chart.status_code == 200 and "<svg" in chart.content.decode()
    data = JsonClient.for_user(alice).get("/strategy/report").json()
    labels = {row["label"]: row for row in data["gaps"]["rows"]}
    assert labels["dbt (data build tool)"]["rejected"] == 2
    assert labels["dbt (data build tool)"]["stage"] == ""


def test_no_gaps_says_where_they_come_from(alice_client: Client) -> None:
    page = alice_client.get(reverse("strategy:report")).content.decode()
    assert "No skill gaps yet" in page
