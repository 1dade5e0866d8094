from __future__ import annotations

import math

import pytest

from onward.analysis.strategy.beta import (
    Posterior,
    beta_cdf,
    beta_quantile,
    posterior,
    prob_greater,
)


def _binomial_tail(n: int, k: int, x: float) -> float:
    """P(Binomial(n, x) >= k): equals I_x(k, n - k + 1) for whole parameters."""
    return sum(math.comb(n, j) * x**j * (1 - x) ** (n - j) for j in range(k, n + 1))


@pytest.mark.parametrize(
    ("x", "a", "b", "expected"),
    [
        pytest.param(0.3, 1, 1, 0.3, id="uniform-is-linear"),
        pytest.param(0.9, 1, 1, 0.9, id="uniform-high"),
        pytest.param(0.5, 3, 1, 0.5**3, id="beta-a-1-is-x-to-the-a"),
        pytest.param(0.2, 7.5, 1, 0.2**7.5, id="beta-a-1-non-integer"),
        pytest.param(0.2, 1, 4, 1 - 0.8**4, id="beta-1-b"),
        pytest.param(0.95, 1, 30, 1 - 0.05**30, id="beta-1-b-far-tail"),
        pytest.param(0.3, 2, 2, 3 * 0.09 - 2 * 0.027, id="beta-2-2-polynomial"),
        pytest.param(0.1, 0.5, 0.5, 2 / math.pi * math.asin(math.sqrt(0.1)), id="arcsine"),
        pytest.param(0.37, 5, 9, _binomial_tail(13, 5, 0.37), id="binomial-tail-5-9"),
        pytest.param(0.81, 40, 12, _binomial_tail(51, 40, 0.81), id="binomial-tail-40-12"),
        pytest.param(0.0, 2, 3, 0.0, id="at-zero"),
        pytest.param(1.0, 2, 3, 1.0, id="at-one"),
    ],
)
def test_beta_cdf_closed_forms(x: float, a: float, b: float, expected: float) -> None:
    assert beta_cdf(x, a, b) == pytest.approx(expected, abs=1e-12)


@pytest.mark.parametrize(
    ("q", "a", "b", "expected"),
    [
        pytest.param(0.05, 1, 1, 0.05, id="uniform-5"),
        pytest.param(0.95, 1, 1, 0.95, id="uniform-95"),
        pytest.param(0.05, 4, 1, 0.05 ** (1 / 4), id="beta-a-1"),
        pytest.param(0.95, 1, 6, 1 - 0.05 ** (1 / 6), id="beta-1-b"),
        pytest.param(0.05, 0.5, 0.5, math.sin(math.pi * 0.05 / 2) ** 2, id="arcsine"),
        pytest.param(0.5, 2, 2, 0.5, id="symmetric-median"),
        pytest.param(0.5, 30, 30, 0.5, id="symmetric-median-large"),
        pytest.param(0.0, 3, 3, 0.0, id="q-zero"),
        pytest.param(1.0, 3, 3, 1.0, id="q-one"),
    ],
)
def test_beta_quantile_closed_forms(q: float, a: float, b: float, expected: float) -> None:
    assert beta_quantile(q, a, b) == pytest.approx(expected, abs=1e-10)


@pytest.mark.parametrize(
    ("a", "b"), [(1, 1), (2, 9), (11, 3), (101, 301), (400, 2), (0.5, 0.5), (3.5, 7.25)]
)
@pytest.mark.parametrize("q", [0.001, 0.05, 0.5, 0.95, 0.999])
def test_quantile_inverts_the_cdf(a: float, b: float, q: float) -> None:
    assert beta_cdf(beta_quantile(q, a, b), a, b) == pytest.approx(q, abs=1e-9)


def test_bad_parameters() -> None:
    with pytest.raises(ValueError):
        beta_cdf(0.5, 0, 1)
    with pytest.raises(ValueError):
        beta_quantile(1.5, 1, 1)
    with pytest.raises(ValueError):
        posterior(-1, 3)


def test_posterior_is_uniform_prior_plus_counts() -> None:
    belief = posterior(3, 7)
    assert (belief.alpha, belief.beta) == (4, 8)
    assert belief.mean == pytest.approx(1 / 3)
    assert posterior(0, 0).interval() == pytest.approx((0.05, 0.95))


def _integrated(a: Posterior, b: Posterior, steps: int = 20_000) -> float:
    """P(p_a > p_b) = integral of F_b(x) dF_a(x), by the midpoint rule on F_a."""
    total, previous = 0.0, 0.0
    for i in range(1, steps + 1):
        x = i / steps
        current = beta_cdf(x, a.alpha, a.beta)
        total += (current - previous) * beta_cdf(x - 0.5 / steps, b.alpha, b.beta)
        previous = current
    return total


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(Posterior(1, 1), Posterior(1, 1), 0.5, id="equal-uniform"),
        pytest.param(Posterior(2, 1), Posterior(1, 1), 2 / 3, id="beta-2-1-vs-uniform"),
        pytest.param(Posterior(5, 1), Posterior(3, 1), 5 / 8, id="beta-a-1-vs-beta-c-1"),
        pytest.param(Posterior(1, 4), Posterior(1, 9), 9 / 13, id="beta-1-b-vs-beta-1-d"),
        pytest.param(Posterior(2, 1), Posterior(1, 2), 5 / 6, id="beta-2-1-vs-beta-1-2"),
        pytest.param(Posterior(7, 7), Posterior(7, 7), 0.5, id="identical"),
    ],
)
def test_prob_greater_closed_forms(a: Posterior, b: Posterior, expected: float) -> None:
    assert prob_greater(a, b) == pytest.approx(expected, abs=1e-12)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(Posterior(10, 4), Posterior(13, 37), id="referral-like"),
        pytest.param(Posterior(3, 12), Posterior(8, 9), id="worse"),
        pytest.param(Posterior(40, 160), Posterior(25, 175), id="larger"),
        pytest.param(Posterior(1, 30), Posterior(2, 29), id="rare-events"),
    ],
)
def test_prob_greater_matches_numerical_integration(a: Posterior, b: Posterior) -> None:
    exact = prob_greater(a, b)
    assert exact == pytest.approx(_integrated(a, b), abs=1e-6)
    assert exact + prob_greater(b, a) == pytest.approx(1.0, abs=1e-12)
    mirrored = prob_greater(Posterior(b.beta, b.alpha), Posterior(a.beta, a.alpha))
    assert exact == pytest.approx(mirrored, abs=1e-12)


def test_prob_greater_extremes_stay_in_range() -> None:
    high = prob_greater(posterior(390, 10), posterior(10, 390))
    assert 0.999999 < high <= 1.0
    assert 0.0 <= prob_greater(posterior(10, 390), posterior(390, 10)) < 1e-6


def test_prob_greater_needs_whole_parameters() -> None:
    with pytest.raises(ValueError):
        prob_greater(Posterior(1.5, 2), Posterior(1, 1))
