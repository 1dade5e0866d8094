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
    ("family", "alpha", "sides", "expected"),
    [
        pytest.param(3, 0.03, 1, 0.99, id="three-preregistered-one-sided"),
        pytest.param(1, 0.03, 1, 0.97, id="one-preregistered"),
        pytest.param(18, 0.01, 2, 1 - 0.01 / 36, id="exploratory"),
    ],
)
def test_threshold_with_a_share_of_the_budget(
    family: int, alpha: float, sides: int, expected: float
) -> None:
    assert threshold_for(family, alpha=alpha, sides=sides) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("alpha", "sides"),
    [pytest.param(0.0, 2, id="no-budget"), pytest.param(0.05, 3, id="three-sides")],
)
def test_threshold_refuses_nonsense(alpha: float, sides: int) -> None:
    with pytest.raises(ValueError, match="sides"):
        threshold_for(1, alpha=alpha, sides=sides)


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        pytest.param((9, 14), (12, 46), Verdict.A_BETTER, id="expected-direction"),
        pytest.param((12, 46), (9, 14), Verdict.NO_CLEAR_DIFFERENCE, id="other-direction"),
    ],
)
def test_one_sided_only_reports_the_expected_direction(
    a: tuple[int, int], b: tuple[int, int], verdict: Verdict
) -> None:
    result = compare_rates(_rate(*a), _rate(*b), family_size=3, alpha=0.03, one_sided=True)
    assert result.verdict == verdict and result.one_sided
    assert result.threshold == pytest.approx(0.99)


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
    too_few = ineligibility(_rate(5, 7).tally, _rate(6, 12).tally)
    assert too_few is not None and "at least 8" in too_few
    assert ineligibility(_rate(5, 8).tally, _rate(6, 12).tally) is None


def test_count_only_tallies_read_like_listed_ones() -> None:
    listed = Tally(converted=("a", "b"), failed=("c",), pending=("d",), withdrawn=("e", "f"))
    counted = Tally.of_counts(2, 1, 1, 2)
    for tally in (listed, counted):
        assert (tally.n, tally.successes, tally.n_pending, tally.n_withdrawn) == (3, 2, 1, 2)
        assert tally.censored == 3
    assert rate_of(listed).estimate == rate_of(counted).estimate
    assert rate_of(listed).reason == rate_of(counted).reason
    rest = counted.minus(Tally.of_counts(1, 1, 0, 0))
    assert rest.numbers() == (1, 0, 1, 2) and rest.converted == ()
