from __future__ import annotations

import pytest

from onward.analysis.strategy.funnel import funnel, funnel_by
from onward.analysis.strategy.records import ApplicationRecord, Dimension
from onward.analysis.strategy.steps import Metric
from onward.analysis.strategy.tests.builders import app, day, many

NOW = day(100)


def _search() -> list[ApplicationRecord]:
    return [
        *many("silent", 10, ("applied", 0)),
        *many("no", 6, ("applied", 1), ("rejected", 8)),
        *many("screen", 4, ("applied", 2), ("screening", 6), ("rejected", 15)),
        *many("int", 3, ("applied", 2), ("screening", 5), ("interview", 12), ("rejected", 30)),
        app("offer", ("applied", 3), ("interview", 9), ("interview", 16), ("offer", 25)),
        app("fresh", ("applied", 95)),
        app("saved", ("saved", 10)),
    ]


def test_funnel_counts_and_steps() -> None:
    result = funnel(_search(), now=NOW, quiet_days=21)
    assert result.applications == 25  # the saved one never applied
    assert dict(result.reached) == {
        "applied": 25,
        "response": 14,
        "screening": 8,
        "interview": 4,
        "offer": 1,
    }
    counts = {s.metric: (s.rate.successes, s.rate.n) for s in (*result.steps, *result.overall)}
    assert counts == {
        Metric.RESPONSE: (14, 24),  # the fresh one is too recent
        Metric.SCREEN: (8, 14),
        Metric.INTERVIEW: (4, 8),
        Metric.OFFER: (1, 4),
        Metric.APPLIED_TO_SCREEN: (8, 24),
        Metric.APPLIED_TO_INTERVIEW: (4, 24),
        Metric.APPLIED_TO_OFFER: (1, 24),
    }
    assert result.step(Metric.RESPONSE).rate.tally.pending == ("fresh",)
    assert [(r.round_no, r.rate.successes, r.rate.n) for r in result.rounds] == [
        (1, 1, 4),
        (2, 1, 1),
    ]


def test_screen_denominator_is_the_response_successes() -> None:
    result = funnel(_search(), now=NOW, quiet_days=21)
    response = result.step(Metric.RESPONSE).rate.tally
    assert result.step(Metric.SCREEN).rate.tally.n == response.successes


def test_rates_carry_numbers_only_with_enough_data() -> None:
    result = funnel(_search(), now=NOW, quiet_days=21)
    response = result.step(Metric.RESPONSE).rate
    assert response.estimate is not None
    assert response.estimate.low < 14 / 24 < response.estimate.high
    offer = result.step(Metric.OFFER).rate
    assert offer.estimate is None
    assert offer.reason.startswith("Not enough data yet: 4 counted")


@pytest.mark.parametrize(
    ("records", "counted", "pending"),
    [
        pytest.param([], 0, 0, id="no-applications"),
        pytest.param(many("open", 12, ("applied", 90)), 0, 12, id="all-open-and-recent"),
        pytest.param(many("gone", 12, ("applied", 0), ("ghosted", 30)), 12, 0, id="all-ghosted"),
    ],
)
def test_edge_cases(records: list[ApplicationRecord], counted: int, pending: int) -> None:
    result = funnel(records, now=NOW, quiet_days=21)
    response = result.step(Metric.RESPONSE).rate
    assert (response.n, len(response.tally.pending)) == (counted, pending)
    assert response.successes == 0
    assert all(s.rate.n == 0 for s in result.steps[1:])
    assert result.reasons


def test_all_ghosted_is_a_low_rate_not_a_gap() -> None:
    result = funnel(many("gone", 12, ("applied", 0), ("ghosted", 30)), now=NOW, quiet_days=21)
    estimate = result.step(Metric.RESPONSE).rate.estimate
    assert estimate is not None and estimate.high < 0.25


def test_no_applications_says_so() -> None:
    assert funnel([], now=NOW, quiet_days=21).reasons == ("No applications yet: nothing to count.",)


def test_quiet_period_is_an_input() -> None:
    records = many("a", 10, ("applied", 80))
    assert funnel(records, now=NOW, quiet_days=21).step(Metric.RESPONSE).rate.n == 0
    assert funnel(records, now=NOW, quiet_days=14).step(Metric.RESPONSE).rate.n == 10
    with pytest.raises(ValueError):
        funnel(records, now=NOW, quiet_days=0)


def test_funnel_by_segment() -> None:
    records = [
        *many("ref", 3, ("applied", 0), ("screening", 5), channel="referral"),
        *many("job", 4, ("applied", 0), channel="job_board"),
        app("month", ("applied", 40)),
    ]
    by_channel = funnel_by(records, Dimension.CHANNEL, now=NOW, quiet_days=21)
    assert [(s.value, s.funnel.applications) for s in by_channel] == [
        ("job_board", 5),
        ("referral", 3),
    ]
    by_month = funnel_by(records, Dimension.MONTH_APPLIED, now=NOW, quiet_days=21)
    assert [(s.value, s.funnel.applications) for s in by_month] == [("2026-01", 7), ("2026-02", 1)]


def test_single_segment_and_not_stated() -> None:
    records = [*many("a", 3, ("applied", 0), industry="health"), *many("b", 2, ("applied", 0))]
    segments = funnel_by(records, Dimension.INDUSTRY, now=NOW, quiet_days=21)
    assert [(s.value, s.funnel.applications) for s in segments] == [("health", 3)]
