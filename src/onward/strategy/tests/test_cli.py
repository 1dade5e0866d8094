"""``onward strategy`` and ``onward experiment add|list|done``."""

from __future__ import annotations

import json

import pytest
from django.utils import timezone

from onward.accounts.models import User
from onward.cli.tests.conftest import Invoke, assert_failed
from onward.growth.models import Win
from onward.strategy.models import Experiment
from onward.strategy.tests.builders import referral_search

pytestmark = pytest.mark.django_db


def test_summary_shows_the_funnel_and_the_finding(alice: User, invoke: Invoke) -> None:
    referral_search(alice, now=timezone.now())
    result = invoke(["strategy", "--user", "alice"])
    assert result.exit_code == 0, result.output
    assert "Your funnel" in result.output
    assert "Finding: Referral applications got an answer more often" in result.output


def test_summary_as_json(alice: User, invoke: Invoke) -> None:
    referral_search(alice, now=timezone.now())
    result = invoke(["strategy", "--json", "--user", "alice"])
    data = json.loads(result.output)
    assert data["applications"] == 31
    assert {f["dimension"] for f in data["findings"]} == {"channel"}
    assert data["findings"][0]["primary"]  # the referral check comes first
    assert data["funnel"][0]["metric"] == "response"


def test_summary_without_data(alice: User, invoke: Invoke) -> None:
    result = invoke(["strategy", "--user", "alice"])
    assert result.exit_code == 0 and "Nothing to count yet" in result.output


def test_experiment_add_list_done(alice: User, invoke: Invoke) -> None:
    args = ["experiment", "add", "Tailor every resume", "--metric", "response"]
    added = invoke([*args, "--target", "8", "--user", "alice"])
    assert added.exit_code == 0, added.output
    experiment = Experiment.objects.get(owner=alice)
    assert experiment.target_count == 8 and experiment.started_on == timezone.localdate()
    listed = invoke(["experiment", "list", "--json", "--user", "alice"])
    rows = json.loads(listed.output)
    assert rows[0]["name"] == "Tailor every resume" and rows[0]["result"] == "waiting"
    done = invoke(
        ["experiment", "done", str(experiment.pk), "--learned", "Worth it", "--user", "alice"]
    )
    assert done.exit_code == 0, done.output
    assert "Added to your wins" in done.output
    assert Win.objects.filter(owner=alice, kind="experiment_completed").count() == 1
    again = invoke(["experiment", "done", str(experiment.pk), "--user", "alice"])
    assert_failed(again, "already completed")


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        pytest.param(["experiment", "add", "X", "--metric", "luck"], "metric", id="metric"),
        pytest.param(["experiment", "add", "X", "--target", "0"], "target_count", id="target"),
        pytest.param(["experiment", "add", "X", "--start", "2026-02-30"], "start", id="date"),
        pytest.param(["experiment", "add", " "], "name", id="empty-name"),
        pytest.param(["experiment", "done", "999999"], "not found", id="unknown"),
    ],
)
def test_experiment_errors(alice: User, invoke: Invoke, args: list[str], fragment: str) -> None:
    assert_failed(invoke([*args, "--user", "alice"]), fragment)
