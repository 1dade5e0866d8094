"""The demo account shows every part of the strategy pages."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from onward.accounts.models import User
from onward.demo import seed
from onward.strategy import selectors
from onward.strategy.models import Experiment, StrategyReview

NOW = timezone.make_aware(dt.datetime(2025, 3, 14, 9, 30))


@pytest.fixture
def demo(alice: User) -> User:
    assert seed.demo_seed_if_empty(owner=alice, now=NOW) is True
    return alice


def test_demo_shows_a_finding_a_leak_and_thin_segments(demo: User) -> None:
    figures = selectors.figures(owner=demo, now=NOW)
    found = [(f.dimension, f.segment, f.metric) for f in figures.findings]
    assert ("channel", "referral", "response") in found
    assert figures.diagnosis.status == "weak_stage" and figures.diagnosis.metric == "interview"
    thin = [s.label for s in figures.segments_of("channel") if not s.steps[0].rate.enough]
    assert thin  # a channel with too few applications to show a rate
    assert figures.calibration.enough
    assert figures.times.overdue_total >= 1


def test_demo_experiments_and_review(demo: User) -> None:
    figures = selectors.figures(owner=demo, now=NOW)
    statuses = {e.status: figures.experiment(e.pk) for e in Experiment.objects.filter(owner=demo)}
    completed, running = statuses["completed"], statuses["running"]
    assert completed is not None and completed.status == "result"
    assert running is not None and running.status == "waiting"
    review = StrategyReview.objects.get(owner=demo)
    assert review.reviewed_at < NOW - dt.timedelta(days=14)
    assert review.snapshot["applications"] < figures.funnel.applications  # as it was then
    assert selectors.review_prompt(owner=demo, now=NOW) is not None
