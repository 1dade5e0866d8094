"""The dashboard: a welcome for a new user, the pipeline and this week's activity after."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse
from tests import factories

from onward.accounts.models import User
from onward.tracker import services
from onward.tracker.choices import Stage
from onward.web.views import pipeline_rows

pytestmark = pytest.mark.django_db


def test_new_user_gets_a_welcome_and_a_call_to_action(alice_client: Client) -> None:
    response = alice_client.get(reverse("web:dashboard"))
    assert response.status_code == 200
    text = response.content.decode()
    assert "Welcome to Onward" in text
    assert reverse("tracker:create") in text
    assert "Your pipeline" not in text


def test_dashboard_shows_pipeline_week_and_recent_events(alice: User, alice_client: Client) -> None:
    factories.application(alice, title="Data Analyst", company_name="Acme")
    screening = factories.application(alice, title="BI Developer", stage=Stage.SCREENING)
    services.application_move(application=screening, stage=Stage.INTERVIEW, interview_kind="phone")
    factories.rejection(alice)
    response = alice_client.get(reverse("web:dashboard"))
    text = response.content.decode()
    assert "Welcome to Onward" not in text
    rows = {row.stage: row.count for row in response.context["active_rows"]}
    assert rows[Stage.APPLIED] == 1
    assert rows[Stage.INTERVIEW] == 1
    assert [(r.stage, r.count) for r in response.context["closed_rows"]] == [(Stage.REJECTED, 1)]
    assert response.context["data"].week_applications == 3
    for expected in ("Your pipeline", "This week", "Recent activity", "Data Analyst", "at Acme"):
        assert expected in text, expected
    assert f"{reverse('tracker:list')}?stage=interview" in text
    assert "got a response" in text
    assert "Time in each stage" in text


def test_dashboard_needs_sign_in(client: Client) -> None:
    response = client.get(reverse("web:dashboard"))
    assert response.status_code == 302


@pytest.mark.parametrize(
    ("counts", "percents"),
    [
        pytest.param({}, [0, 0], id="empty"),
        pytest.param({"applied": 4, "screening": 1}, [100, 25], id="relative-to-largest"),
    ],
)
def test_pipeline_rows(counts: dict[str, int], percents: list[int]) -> None:
    rows = pipeline_rows(counts, (Stage.APPLIED, Stage.SCREENING))
    assert [row.percent for row in rows] == percents
