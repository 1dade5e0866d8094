"""Experiments and reviews travel with an export, and an import is idempotent."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.utils import timezone
from tests import factories

from onward.accounts.models import User
from onward.portability import exporter, importer
from onward.portability.preview import import_preview
from onward.strategy import services
from onward.strategy.models import Experiment, StrategyReview

pytestmark = pytest.mark.django_db


def _history(owner: User) -> None:
    now = timezone.now()
    done = services.experiment_create(
        owner=owner,
        name="Tailor every resume",
        metric="response",
        started_on=timezone.localdate(now) - dt.timedelta(days=30),
        hypothesis="More answers",
    )
    services.experiment_complete(experiment=done, learned="Worth it for roles I want most")
    services.experiment_create(owner=owner, name="Referrals first", metric="applied_to_interview")
    services.review_create(
        owner=owner,
        commitments=["Ask two colleagues", "Practise my story"],
        note="Calls feel rushed",
        snapshot={"format": 1, "findings": [{"sentence": "Referrals did better", "chance": 0.99}]},
    )


def test_round_trip(alice: User) -> None:
    _history(alice)
    first = exporter.account_export_json(owner=alice)
    data = json.loads(first)
    assert sorted(e["status"] for e in data["experiments"]) == ["completed", "running"]
    assert data["strategy_reviews"][0]["commitments"] == ["Ask two colleagues", "Practise my story"]
    carol = factories.user("carol")
    importer.account_import_json(owner=carol, text=first)
    assert exporter.account_export_json(owner=carol) == first
    again = importer.account_import_json(owner=carol, text=first)
    assert again.created == 0
    assert Experiment.objects.filter(owner=carol).count() == 2
    assert StrategyReview.objects.get(owner=carol).snapshot["findings"][0]["chance"] == 0.99


@pytest.mark.parametrize(
    ("section", "change", "fragment"),
    [
        pytest.param("experiments", {"metric": "luck"}, "experiment metric", id="metric"),
        pytest.param("experiments", {"status": "paused"}, "experiment status", id="status"),
        pytest.param("strategy_reviews", {"commitments": []}, "commitments", id="no-commitment"),
        pytest.param("experiments", {"target_count": 0}, "target_count", id="target-zero"),
        pytest.param("experiments", {"name": "x" * 201}, "200 characters", id="name-too-long"),
        pytest.param("experiments", {"started_on": "2999-01-01"}, "future", id="future-start"),
        pytest.param(
            "experiments",
            {"started_on": "2024-05-10", "ended_on": "2024-05-01"},
            "end is before the start",
            id="ends-before-start",
        ),
        pytest.param(
            "strategy_reviews", {"commitments": ["x" * 301]}, "commitments", id="long-commitment"
        ),
        pytest.param("strategy_reviews", {"note": "a\x00b"}, "NUL", id="nul-in-note"),
    ],
)
def test_bad_records_are_refused(
    alice: User, section: str, change: dict[str, object], fragment: str
) -> None:
    _history(alice)
    data = json.loads(exporter.account_export_json(owner=alice))
    data[section][0] |= change
    carol = factories.user("carol")
    with pytest.raises(Exception, match=fragment):
        importer.account_import_json(owner=carol, text=json.dumps(data))
    assert not Experiment.objects.filter(owner=carol).exists()


def test_preview_counts_experiments_and_reviews(alice: User) -> None:
    _history(alice)
    data = json.loads(exporter.account_export_json(owner=alice))
    carol = factories.user("carol")
    preview = import_preview(owner=carol, data=data)
    added = {section.name: section.added for section in preview.sections}
    assert (added["experiments"], added["strategy_reviews"]) == (2, 1)
    assert not Experiment.objects.filter(owner=carol).exists()


def test_file_without_strategy_sections_still_imports(alice: User) -> None:
    _history(alice)
    data = json.loads(exporter.account_export_json(owner=alice))
    del data["experiments"], data["strategy_reviews"]
    carol = factories.user("carol")
    importer.account_import_json(owner=carol, text=json.dumps(data))
    assert not Experiment.objects.filter(owner=carol).exists()
