"""The strategy pages: a real finding, a "not enough data yet" cell, experiments, reviews."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from onward.accounts.models import User
from onward.growth.models import Win
from onward.strategy import selectors
from onward.strategy.models import Experiment, StrategyReview
from onward.strategy.tests.builders import referral_search

pytestmark = pytest.mark.django_db


@pytest.fixture
def search(alice: User) -> None:
    referral_search(alice, now=timezone.now())


def _text(client: Client, name: str, **kwargs: object) -> str:
    response = client.get(reverse(name, kwargs=kwargs or None))
    assert response.status_code == 200, name
    return response.content.decode()


@pytest.mark.usefixtures("search")
def test_overview_shows_the_referral_finding_and_the_funnel(alice_client: Client) -> None:
    page = _text(alice_client, "strategy:overview")
    assert "Referral applications got an answer more often than your other channels" in page
    assert "How likely this is real and not luck" in page
    assert "Your funnel" in page and "about" in page


@pytest.mark.usefixtures("search")
def test_segments_show_a_thin_cell(alice_client: Client) -> None:
    response = alice_client.get(reverse("strategy:segments"), {"dimension": "channel"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Recruiter" in page and "Not enough data yet" in page


@pytest.mark.parametrize(
    "dimension", ["channel", "tailored", "month_applied", "company_size", "industry"]
)
@pytest.mark.usefixtures("search")
def test_every_dimension_renders(alice_client: Client, dimension: str) -> None:
    response = alice_client.get(reverse("strategy:segments"), {"dimension": dimension})
    assert response.status_code == 200


def test_unknown_dimension_is_not_found(alice_client: Client) -> None:
    response = alice_client.get(reverse("strategy:segments"), {"dimension": "shoe_size"})
    assert response.status_code == 404


@pytest.mark.parametrize("name", ["strategy:overview", "strategy:timing", "strategy:fit"])
def test_pages_render_without_any_data(alice_client: Client, name: str) -> None:
    assert "<h1>" in _text(alice_client, name)


@pytest.mark.usefixtures("search")
def test_experiment_from_a_suggestion_to_a_win(alice: User, alice_client: Client) -> None:
    page = alice_client.get(reverse("strategy:experiments"), {"suggestion": "tailor"})
    assert "Tailor every resume for the next 10 applications" in page.content.decode()
    response = alice_client.post(
        reverse("strategy:experiments"),
        {
            "name": "Tailor every resume",
            "hypothesis": "More answers",
            "metric": "response",
            "target_count": 10,
            "started_on": (timezone.localdate() - dt.timedelta(days=3)).isoformat(),
            "source": "suggestion:tailor",
        },
    )
    experiment = Experiment.objects.get(owner=alice)
    assert response.status_code == 302
    assert experiment.source == "suggestion:tailor"
    detail = _text(alice_client, "strategy:experiment", experiment_id=experiment.pk)
    assert "Waiting for" in detail
    done = alice_client.post(
        reverse("strategy:experiment_complete", kwargs={"experiment_id": experiment.pk}),
        {"learned": "Tailoring takes time; worth it for roles I want most."},
    )
    assert done.status_code == 302
    win = Win.objects.get(owner=alice, source_key=f"experiment:{experiment.uid}")
    assert win.kind == "experiment_completed"
    timeline = _text(alice_client, "timeline:timeline")
    assert "Experiment completed: Tailor every resume" in timeline


def test_experiment_form_errors_are_shown(alice_client: Client) -> None:
    response = alice_client.post(
        reverse("strategy:experiments"),
        {"name": "", "metric": "nonsense", "target_count": 0, "started_on": "2099-01-01"},
    )
    assert response.status_code == 400
    assert "That date is in the future." in response.content.decode()


@pytest.mark.usefixtures("search")
def test_review_saves_commitments_and_the_evidence(alice: User, alice_client: Client) -> None:
    page = _text(alice_client, "strategy:review")
    assert "What will you change?" in page
    response = alice_client.post(
        reverse("strategy:review"),
        {"first": "Ask two former colleagues for referrals", "second": "", "third": ""},
    )
    assert response.status_code == 302
    review = StrategyReview.objects.get(owner=alice)
    assert review.commitments == ["Ask two former colleagues for referrals"]
    assert review.snapshot["findings"][0]["dimension"] == "channel"
    detail = _text(alice_client, "strategy:review_detail", review_id=review.pk)
    assert "Referral applications got an answer more often" in detail


def test_review_needs_a_commitment(alice_client: Client) -> None:
    response = alice_client.post(reverse("strategy:review"), {"first": " "})
    assert response.status_code == 400


@pytest.mark.usefixtures("search")
def test_dashboard_prompt_and_not_now(alice: User, alice_client: Client) -> None:
    dashboard = _text(alice_client, "web:dashboard")
    assert "Time for a strategy review?" in dashboard
    response = alice_client.post(reverse("strategy:review_dismiss"), {"next": "/"})
    assert response.status_code == 302
    assert "Time for a strategy review?" not in _text(alice_client, "web:dashboard")
    assert selectors.review_prompt(owner=alice) is None
