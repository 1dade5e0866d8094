"""How much power is there to have? Bounds for the insights bench's 3x effect.

``python -m onward.bench insights-bound [--runs N] [--seed S] [--size 60]`` simulates N
searches per scenario with an effect (``insights.SCENARIOS``, the same simulator), keeps
each search's counted applications on the response step (answered or not, per channel,
exactly as the strategy engine counts them), and computes, for the effect channel against
the other channels, the power of:

- ``oracle``: the Neyman-Pearson test that knows the base response rate (25%) and the
  effect (3x): reject for many answers in the effect channel, randomised to spend exactly
  alpha. No test of "this channel answers more often" at level alpha can do better, with
  any statistic and any knowledge; only the response step carries information about the
  channel in the simulation, so pooling other steps cannot beat it either.
- ``umpu``: the randomised conditional (Fisher) test, the uniformly most powerful unbiased
  test when the base rate is unknown, which it always is in practice.
- ``rule``: the engine's own rule for a one-sided check (posterior probability at least
  1 - alpha, ratio at least ``MIN_RATIO``, ``MIN_COMPARE_N`` per side, ``MIN_MARGIN``),
  and its exact size under no effect (the largest over a grid of base rates).
- ``unnamed_oracle``: the oracle for a channel *not named in advance* (it knows the base
  rate and that one channel answers 3x as often, not which), with the whole alpha.

Each at the one-sided levels in ``ALPHAS``: 5% (the whole false-alarm target spent on
this single question), 3% (the pre-registered checks' share) and 1% (one check's share
when three are testable). Powers are exact given each simulated search's counts (averaged
over the searches); ``unnamed_oracle`` is calibrated by ``NULL_DRAWS`` simulated nulls.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from onward.analysis.strategy.beta import posterior, prob_greater
from onward.analysis.strategy.compare import MIN_COMPARE_N, MIN_MARGIN, MIN_RATIO
from onward.analysis.strategy.funnel import group_by, observe, tally_of
from onward.analysis.strategy.records import Dimension
from onward.analysis.strategy.simulate import Scenario, simulate_search
from onward.analysis.strategy.steps import Metric
from onward.bench.insights import SCENARIOS

ALPHAS = (0.05, 0.03, 0.01)
NULL_GRID = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6)
NULL_DRAWS = 2000


@dataclass(frozen=True)
class Counts:
    """One search's response step: the effect channel's answers and counted applications,
    the other channels' together, and every channel's (for the unnamed oracle)."""

    x: int
    n: int
    rest_x: int
    rest_n: int
    channels: tuple[tuple[int, int], ...]


def search_counts(scenario: Scenario, size: int, rng: random.Random) -> Counts:
    records, now = simulate_search(scenario, size, rng)
    groups = group_by(observe(records, now=now, quiet_days=scenario.quiet_days), Dimension.CHANNEL)
    tallies = {c: tally_of(g, Metric.RESPONSE, keys=False) for c, g in groups.items()}
    mine = tallies.get(scenario.effect_channel)
    x, n = (mine.successes, mine.n) if mine else (0, 0)
    total_x = sum(t.successes for t in tallies.values())
    total_n = sum(t.n for t in tallies.values())
    channels = tuple((t.successes, t.n) for t in tallies.values() if t.n)
    return Counts(x, n, total_x - x, total_n - n, channels)


@lru_cache(maxsize=4096)
def _pmf(n: int, p: float) -> tuple[float, ...]:
    return tuple(math.comb(n, k) * p**k * (1 - p) ** (n - k) for k in range(n + 1))


def _randomised_power(null: Sequence[float], alt: Sequence[float], alpha: float) -> float:
    """Power of the test rejecting the largest outcomes first, randomised at the edge so
    that its size under ``null`` is exactly ``alpha``."""
    spent, power = 0.0, 0.0
    for k in range(len(null) - 1, -1, -1):
        if spent + null[k] <= alpha:
            spent, power = spent + null[k], power + alt[k]
        else:
            return power + (alpha - spent) / null[k] * alt[k]
    return power


def oracle_power(n: int, base: float, effect: float, alpha: float) -> float:
    return _randomised_power(_pmf(n, base), _pmf(n, effect), alpha)


def umpu_power(n: int, rest_n: int, base: float, effect: float, alpha: float) -> float:
    """Power of the randomised one-sided conditional test given the total of answers."""
    if not n or not rest_n:
        return 0.0
    mine, rest = _pmf(n, effect), _pmf(rest_n, base)
    power = 0.0
    for total in range(n + rest_n + 1):
        low, high = max(0, total - rest_n), min(n, total)
        weights = [math.comb(n, x) * math.comb(rest_n, total - x) for x in range(low, high + 1)]
        null = [w / sum(weights) for w in weights]
        alt = [mine[x] * rest[total - x] for x in range(low, high + 1)]
        power += _randomised_power(null, alt, alpha)
    return power


@lru_cache(maxsize=200_000)
def _rule_rejects(x: int, n: int, y: int, m: int, threshold: float) -> bool:
    successes = x + y
    if min(n, m) < MIN_COMPARE_N or min(successes, n + m - successes) < MIN_MARGIN:
        return False
    a, b = posterior(x, n - x), posterior(y, m - y)
    return a.mean / b.mean >= MIN_RATIO and prob_greater(a, b) >= threshold


def rule_power(n: int, rest_n: int, p: float, q: float, threshold: float) -> float:
    """Chance that the engine's one-sided check reports the channel (rate ``p``) as
    better than the rest (rate ``q``)."""
    if min(n, rest_n) < MIN_COMPARE_N:
        return 0.0
    mine, rest = _pmf(n, p), _pmf(rest_n, q)
    return sum(
        mine[x] * rest[y]
        for x in range(n + 1)
        for y in range(rest_n + 1)
        if _rule_rejects(x, n, y, rest_n, threshold)
    )


def _log_mixture(channels: Sequence[tuple[int, int]], effect: float, base: float) -> float:
    """Log of the likelihood ratio "one channel (any, equally likely) answers at rate
    ``effect``" against "all answer at ``base``", with both rates known."""
    up, down = math.log(effect / base), math.log((1 - effect) / (1 - base))
    terms = [x * up + (n - x) * down for x, n in channels]
    top = max(terms)
    return top + math.log(sum(math.exp(t - top) for t in terms) / len(terms))


def unnamed_oracle_rejects(
    counts: Counts, scenario: Scenario, alpha: float, rng: random.Random
) -> bool:
    base, effect = scenario.base_response, scenario.response_rate(scenario.effect_channel)
    observed = _log_mixture(counts.channels, effect, base)
    nulls = sorted(
        _log_mixture(
            [(sum(rng.random() < base for _ in range(n)), n) for _, n in counts.channels],
            effect,
            base,
        )
        for _ in range(NULL_DRAWS)
    )
    return observed > nulls[min(len(nulls) - 1, int((1 - alpha) * len(nulls)))]


def _mean(values: Sequence[float]) -> float:
    return round(sum(values) / len(values), 4) if values else 0.0


def _rule_size(found: Sequence[Counts], threshold: float) -> float:
    """The rule's largest chance of a false finding over the base rates of ``NULL_GRID``."""
    return max(
        _mean([rule_power(c.n, c.rest_n, p, p, threshold) for c in found]) for p in NULL_GRID
    )


def bound_scenario(scenario: Scenario, *, runs: int, seed: int, size: int) -> dict[str, Any]:
    rng = random.Random(f"{seed}/bound/{scenario.name}/{size}")
    found = [search_counts(scenario, size, rng) for _ in range(runs)]
    base = scenario.base_response
    effect = scenario.response_rate(scenario.effect_channel)
    by_alpha: dict[str, Any] = {}
    for alpha in ALPHAS:
        by_alpha[f"{alpha:g}"] = {
            "oracle": _mean([oracle_power(c.n, base, effect, alpha) for c in found]),
            "umpu": _mean([umpu_power(c.n, c.rest_n, base, effect, alpha) for c in found]),
            "rule": _mean([rule_power(c.n, c.rest_n, effect, base, 1 - alpha) for c in found]),
            "rule_size": round(_rule_size(found, 1 - alpha), 4),
        }
    unnamed = [unnamed_oracle_rejects(c, scenario, 0.05, rng) for c in found]
    return {
        "mean_counted_in_effect_channel": _mean([c.n for c in found]),
        "mean_counted_in_other_channels": _mean([c.rest_n for c in found]),
        "searches_with_fewer_than_min_per_side": sum(c.n < MIN_COMPARE_N for c in found),
        "one_sided_alpha": by_alpha,
        "unnamed_oracle_at_0.05": _mean([float(u) for u in unnamed]),
    }


def run_bound(
    *, runs: int, seed: int = 1, size: int = 60, scenarios: Sequence[str] | None = None
) -> dict[str, Any]:
    if runs < 1:
        raise ValueError("--runs must be at least 1")
    unknown = [name for name in scenarios or () if name not in SCENARIOS]
    if unknown:
        raise ValueError(f"unknown scenario {unknown[0]!r}; known: {', '.join(SCENARIOS)}")
    names = [n for n in (scenarios or SCENARIOS) if SCENARIOS[n].effect_ratio != 1.0]
    return {
        "runs": runs,
        "seed": seed,
        "size": size,
        "scenarios": {
            name: bound_scenario(SCENARIOS[name], runs=runs, seed=seed, size=size) for name in names
        },
    }
