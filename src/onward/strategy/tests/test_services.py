"""Experiments, reviews and the review prompt."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from onward.accounts.models import User
from onward.growth.models import Win
from onward.strategy import selectors, services
from onward.strategy.tests.builders import applied
from onward.timeline.selectors import timeline

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        pytest.param({"name": " "}, "name", id="no-name"),
        pytest.param({"metric": "luck"}, "metric", id="metric"),
        pytest.param({"target_count": 0}, "target_count", id="target-low"),
        pytest.param({"target_count": 10_000}, "target_count", id="target-high"),
        pytest.param({"target_count": True}, "target_count", id="target-bool"),
        pytest.param({"name": "a\x00b"}, "name", id="nul"),
        pytest.param(
            {"started_on": timezone.localdate() + dt.timedelta(days=3)}, "started_on", id="future"
        ),
    ],
)
def test_experiment_create_refuses(alice: User, fields: dict[str, object], field: str) -> None:
    values: dict[str, object] = {"name": "Referrals first", "metric": "response", **fields}
    with pytest.raises(ValidationError) as caught:
        services.experiment_create(owner=alice, **values)  # type: ignore[arg-type]
    assert field in caught.value.message_dict


def test_completing_records_one_win_and_timeline_items(alice: User) -> None:
    start = timezone.localdate() - dt.timedelta(days=10)
    experiment = services.experiment_create(
        owner=alice, name="Referrals first", metric="response", started_on=start
    )
    with pytest.raises(ValidationError):
        services.experiment_complete(experiment=experiment, ended_on=start - dt.timedelta(days=1))
    services.experiment_complete(experiment=experiment, learned="Two colleagues helped")
    assert experiment.ended_on == timezone.localdate() and experiment.completed_at is not None
    wins = Win.objects.filter(owner=alice, kind="experiment_completed")
    assert [w.title for w in wins] == ["Experiment completed: Referrals first"]
    with pytest.raises(ValidationError):
        services.experiment_complete(experiment=experiment)
    items = [(i.kind, i.title, i.win) for i in timeline(owner=alice, kinds=["experiment"])]
    assert items == [
        ("experiment", "Experiment completed: Referrals first", True),
        ("experiment", "Experiment started: Referrals first", False),
    ]
    everything = timeline(owner=alice)  # the win is shown on its experiment, not twice
    assert sum("Referrals first" in i.title for i in everything) == 2


def test_experiment_applications_are_those_in_its_window(alice: User) -> None:
    now = timezone.now()
    before = applied(alice, days_ago=20, now=now)
    during = applied(alice, days_ago=5, now=now)
    experiment = services.experiment_create(
        owner=alice,
        name="Cover letters",
        metric="response",
        started_on=timezone.localdate(now - dt.timedelta(days=10)),
    )
    found = list(selectors.experiment_applications(owner=alice, experiment=experiment))
    assert found == [during] and before not in found


def test_review_keeps_one_to_three_commitments(alice: User) -> None:
    review = services.review_create(
        owner=alice, commitments=["  Referrals first ", "", "Cover letters"], snapshot={}
    )
    assert review.commitments == ["Referrals first", "Cover letters"]
    for bad in ([], ["", " "], ["a", "b", "c", "d"], "one string"):
        with pytest.raises(ValidationError):
            services.review_create(owner=alice, commitments=bad, snapshot={})


def _sent(owner: User, count: int, *, days_ago: int, answer: str = "") -> None:
    now = timezone.now()
    for i in range(count):
        applied(owner, days_ago=days_ago, now=now - dt.timedelta(minutes=i), answer=answer, after=1)


def test_no_prompt_with_too_little_history(alice: User) -> None:
    _sent(alice, 4, days_ago=30, answer="rejected")
    assert selectors.review_prompt(owner=alice) is None


def test_prompt_two_weeks_in_then_after_a_review(alice: User) -> None:
    _sent(alice, 5, days_ago=20)
    prompt = selectors.review_prompt(owner=alice)
    assert prompt is not None and prompt.days >= 20 and prompt.since is None
    services.review_create(owner=alice, commitments=["Referrals first"], snapshot={})
    assert selectors.review_prompt(owner=alice) is None
    later = timezone.now() + dt.timedelta(days=15)
    assert selectors.review_prompt(owner=alice, now=later) is not None


def test_prompt_after_five_rejections_since_not_now(alice: User) -> None:
    _sent(alice, 6, days_ago=3)
    assert selectors.review_prompt(owner=alice) is None  # three days in, no rejection
    services.review_prompt_dismiss(owner=alice, now=timezone.now() - dt.timedelta(hours=60))
    _sent(alice, 4, days_ago=2, answer="rejected")
    assert selectors.review_prompt(owner=alice) is None
    _sent(alice, 1, days_ago=2, answer="rejected")
    prompt = selectors.review_prompt(owner=alice)
    assert prompt is not None and prompt.rejections == 5
