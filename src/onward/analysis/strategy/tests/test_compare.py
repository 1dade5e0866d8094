from __future__ import annotations

import pytest

from onward.analysis.strategy.compare import (
    FAMILY_ALPHA,
    Verdict,
    compare_rates,
    ineligibility,
    threshold_for,
)
from onward.analysis.strategy.rates import Rate, Tally, rate_of


def _rate(successes: int, n: int) -> Rate:
    keys = [f"k{i}" for i in range(n)]
    return rate_of(Tally(converted=tuple(keys[:successes]), failed=tuple(keys[successes:])))


@pytest.mark.parametrize(
    ("family", "expected"),
    [(1, 1 - FAMILY_ALPHA / 2), (10, 1 - FAMILY_ALPHA / 20), (0, 1 - FAMILY_ALPHA / 2)],
)
def test_threshold_grows_with_the_family(family: int, expected: float) -> None:
    assert threshold_for(family) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("a", "b", "family", "verdict"),
    [
        pytest.param((20, 25), (5, 25), 1, Verdict.A_BETTER, id="clear-finding"),
        pytest.param((5, 25), (20, 25), 1, Verdict.B_BETTER, id="clear-finding-other-way"),
        pytest.param((6, 12), (5, 12), 1, Verdict.NO_CLEAR_DIFFERENCE, id="no-difference"),
        pytest.param((300, 500), (250, 500), 1, Verdict.NO_CLEAR_DIFFERENCE, id="real-but-small"),
        pytest.param((4, 5), (1, 5), 1, Verdict.NOT_ENOUGH_DATA, id="too-few-each-side"),
        pytest.param((0, 20), (2, 20), 1, Verdict.NOT_ENOUGH_DATA, id="too-few-successes"),
        pytest.param((9, 12), (12, 48), 1, Verdict.A_BETTER, id="referral-like-alone"),
        pytest.param((9, 12), (12, 48), 200, Verdict.NO_CLEAR_DIFFERENCE, id="same-among-200"),
    ],
)
def test_verdicts(a: tuple[int, int], b: tuple[int, int], family: int, verdict: Verdict) -> None:
    result = compare_rates(_rate(*a), _rate(*b), family_size=family, a_label="A", b_label="B")
    assert result.verdict == verdict
    assert result.is_finding == (verdict in (Verdict.A_BETTER, Verdict.B_BETTER))
    assert result.reasons and result.reasons[1].startswith("A: ")


def test_probability_reported_even_without_a_finding() -> None:
    result = compare_rates(_rate(6, 12), _rate(5, 12))
    assert result.prob_a_better is not None and 0.5 < result.prob_a_better < 0.9
    assert result.ratio == pytest.approx((7 / 14) / (6 / 14))


def test_empty_side() -> None:
    result = compare_rates(_rate(0, 0), _rate(3, 10))
    assert result.verdict == Verdict.NOT_ENOUGH_DATA
    assert result.prob_a_better is None and not result.tested


def test_ineligibility_reasons() -> None:
    assert ineligibility(_rate(5, 12).tally, _rate(6, 12).tally) is None
    too_few = ineligibility(_rate(5, 9).tally, _rate(6, 12).tally)
    assert too_few is not None and "at least 10" in too_few
