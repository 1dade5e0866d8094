"""``python -m onward.bench insights-bound``: exact powers against hand-computed values."""

from __future__ import annotations

import math

import pytest

from onward.bench.insights_bound import oracle_power, rule_power, run_bound, umpu_power


@pytest.mark.parametrize(
    ("n", "alpha", "expected"),
    [
        # one application: reject on an answer (null 25%) with chance 0.2 / 0.25 = 0.8
        pytest.param(1, 0.2, 0.8 * 0.75, id="one-application-randomised"),
        pytest.param(1, 0.25, 0.75, id="one-application-whole"),
        # two: P0(2 answers) = 1/16 = 0.0625 <= 0.1; the rest of alpha on one answer
        pytest.param(2, 0.1, 0.5625 + (0.1 - 0.0625) / 0.375 * 0.375, id="two-applications"),
    ],
)
def test_oracle_power(n: int, alpha: float, expected: float) -> None:
    assert oracle_power(n, 0.25, 0.75, alpha) == pytest.approx(expected)


def test_umpu_spends_exactly_alpha_under_the_null() -> None:
    for alpha in (0.01, 0.05):
        assert umpu_power(12, 48, 0.25, 0.25, alpha) == pytest.approx(alpha)


def _binom(k: int, n: int, p: float) -> float:
    return math.comb(n, k) * p**k * (1 - p) ** (n - k)


def _fisher_greater(x: int, n: int, y: int, m: int) -> float:
    """One-sided Fisher p-value: P(at least x of the x + y answers fall in the first group)."""
    total = x + y
    weights = [math.comb(n, k) * math.comb(m, total - k) for k in range(total + 1) if k <= n]
    return sum(weights[x:]) / sum(weights)


def test_umpu_is_at_most_the_oracle_and_beats_fisher() -> None:
    umpu = umpu_power(12, 48, 0.25, 0.75, 0.01)
    assert umpu < oracle_power(12, 0.25, 0.75, 0.01)
    fisher = sum(
        _binom(x, 12, 0.75) * _binom(y, 48, 0.25)
        for x in range(13)
        for y in range(49)
        if _fisher_greater(x, 12, y, 48) <= 0.01
    )
    assert 0.5 < fisher < umpu


def test_rule_needs_its_minimum_per_side() -> None:
    assert rule_power(7, 48, 0.75, 0.25, 0.99) == 0.0
    assert 0.5 < rule_power(12, 48, 0.75, 0.25, 0.99) < 1.0


def test_run_bound_reports_every_level() -> None:
    result = run_bound(runs=3, seed=4, size=20, scenarios=["referral-30", "null"])
    assert list(result["scenarios"]) == ["referral-30"]  # the null has nothing to detect
    levels = result["scenarios"]["referral-30"]["one_sided_alpha"]
    assert list(levels) == ["0.05", "0.03", "0.01"]
    with pytest.raises(ValueError, match="unknown scenario"):
        run_bound(runs=1, scenarios=["nope"])
