"""Honesty of the strategy insights on simulated job searches with a known truth.

``python -m onward.bench insights --runs N [--seed S] [--sizes 20,60,150,400]
[--scenario NAME ...]`` simulates N searches per size and scenario
(``onward.analysis.strategy.simulate``: one channel, referral, truly answers 3x as often;
tailoring and every other segment have no effect), runs the same segment comparison the
strategy page uses (``compare_segments``) on each, and reports per size:

- ``power``: share of runs in which the real effect is reported as a finding (referral
  better than the other channels, on a step the effect reaches);
- ``false_alarm_rate``: share of runs with at least one finding on a comparison that
  has no real difference behind it (any dimension but channel, or channel on a step the
  effect does not reach);
- ``wrong_direction_rate``: share of runs with a finding pointing the wrong way on a
  comparison that does differ;

each with a 90% interval (Beta(1, 1) posterior over the runs), plus the average number of
comparisons tested. Scenarios: ``referral-30`` and ``referral-20`` (share of referral
applications), ``fresh`` (referral-30 analysed on the day of the last application, so
the last three weeks are still too recent to count) and ``null`` (no effect anywhere).
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from onward.analysis.strategy import compare, rates
from onward.analysis.strategy.beta import posterior
from onward.analysis.strategy.compare import Verdict
from onward.analysis.strategy.records import Dimension
from onward.analysis.strategy.segments import SegmentComparison, compare_segments
from onward.analysis.strategy.simulate import AFFECTED, Scenario, is_null, simulate_search

SIZES = (20, 60, 150, 400)
TARGET_FALSE_ALARMS = 0.05
TARGET_POWER = 0.80
TARGET_POWER_SIZE = 60


def _mix(referral: float) -> tuple[tuple[str, float], ...]:
    others = (("job_board", 0.40), ("company_site", 0.25), ("recruiter", 0.10), ("network", 0.05))
    total = sum(weight for _, weight in others)
    scaled = tuple((name, round(weight / total * (1 - referral), 4)) for name, weight in others)
    return (*scaled, ("referral", referral))


SCENARIOS = {
    "referral-30": Scenario(name="referral-30", channel_mix=_mix(0.30)),
    "referral-20": Scenario(name="referral-20", channel_mix=_mix(0.20)),
    "fresh": Scenario(name="fresh", channel_mix=_mix(0.30), observe_days_after_last=0.0),
    "null": Scenario(name="null", channel_mix=_mix(0.30), effect_ratio=1.0),
}


@dataclass
class _Counts:
    runs: int = 0
    detected: int = 0
    false_alarm: int = 0
    wrong_direction: int = 0
    tested: int = 0
    findings: int = 0
    null_findings: Counter[str] = field(default_factory=Counter)


def _truth(scenario: Scenario, item: SegmentComparison) -> Verdict | None:
    """The direction a real difference has, or None for a null comparison."""
    if is_null(scenario, item.dimension, item.metric):
        return None
    return Verdict.A_BETTER if item.segment == scenario.effect_channel else Verdict.B_BETTER


def _is_detection(scenario: Scenario, item: SegmentComparison) -> bool:
    return (
        item.dimension == Dimension.CHANNEL
        and item.segment == scenario.effect_channel
        and item.metric in AFFECTED
        and item.comparison.verdict == Verdict.A_BETTER
    )


def _score_run(scenario: Scenario, size: int, rng: random.Random, counts: _Counts) -> None:
    records, now = simulate_search(scenario, size, rng)
    report = compare_segments(records, now=now, quiet_days=scenario.quiet_days)
    findings = report.findings
    truths = [_truth(scenario, f) for f in findings]
    counts.runs += 1
    counts.tested += report.family_size
    counts.findings += len(findings)
    counts.detected += any(_is_detection(scenario, f) for f in findings)
    counts.false_alarm += any(t is None for t in truths)
    counts.null_findings.update(
        f"{f.dimension}/{f.metric}" for f, t in zip(findings, truths, strict=True) if t is None
    )
    counts.wrong_direction += any(
        t is not None and t != f.comparison.verdict for f, t in zip(findings, truths, strict=True)
    )


def _share(hits: int, runs: int) -> dict[str, Any]:
    low, high = posterior(hits, runs - hits).interval()
    return {
        "rate": round(hits / runs, 4) if runs else None,
        "hits": hits,
        "interval_90": [round(low, 4), round(high, 4)],
    }


def _summary(counts: _Counts, seconds: float) -> dict[str, Any]:
    return {
        "runs": counts.runs,
        "power": _share(counts.detected, counts.runs),
        "false_alarm_rate": _share(counts.false_alarm, counts.runs),
        "wrong_direction_rate": _share(counts.wrong_direction, counts.runs),
        "mean_tested_comparisons": round(counts.tested / counts.runs, 2),
        "mean_findings": round(counts.findings / counts.runs, 3),
        "null_findings_by_dimension_and_step": dict(counts.null_findings.most_common()),
        "seconds": round(seconds, 1),
    }


def run_scenario(
    scenario: Scenario, *, runs: int, seed: int, sizes: Sequence[int]
) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for size in sizes:
        counts, started = _Counts(), time.perf_counter()
        for run in range(runs):
            rng = random.Random(f"{seed}/{scenario.name}/{size}/{run}")
            _score_run(scenario, size, rng, counts)
        result[str(size)] = _summary(counts, time.perf_counter() - started)
    return result


def parse_sizes(text: str) -> tuple[int, ...]:
    try:
        sizes = tuple(int(part) for part in text.split(",") if part.strip())
    except ValueError:
        raise ValueError(f"--sizes takes whole numbers separated by commas, got {text!r}") from None
    if not sizes or min(sizes) < 1:
        raise ValueError("--sizes needs at least one size of 1 or more")
    return sizes


def _thresholds() -> dict[str, float]:
    return {
        "family_alpha": compare.FAMILY_ALPHA,
        "min_compare_n": compare.MIN_COMPARE_N,
        "min_margin": compare.MIN_MARGIN,
        "min_ratio": compare.MIN_RATIO,
        "min_rate_n": rates.MIN_RATE_N,
        "max_interval_width": rates.MAX_INTERVAL_WIDTH,
    }


def _targets(results: dict[str, Any]) -> dict[str, Any]:
    alarms = {
        name: max(size["false_alarm_rate"]["rate"] for size in sizes.values())
        for name, sizes in results.items()
    }
    power = {
        name: sizes[str(TARGET_POWER_SIZE)]["power"]["rate"]
        for name, sizes in results.items()
        if str(TARGET_POWER_SIZE) in sizes and SCENARIOS[name].effect_ratio != 1.0
    }
    return {
        "false_alarms_at_most": TARGET_FALSE_ALARMS,
        "worst_false_alarm_rate": alarms,
        "false_alarms_met": {name: rate <= TARGET_FALSE_ALARMS for name, rate in alarms.items()},
        f"power_at_{TARGET_POWER_SIZE}_at_least": TARGET_POWER,
        f"power_at_{TARGET_POWER_SIZE}": power,
        "power_met": {name: rate >= TARGET_POWER for name, rate in power.items()},
    }


def run_insights_bench(
    *,
    runs: int,
    seed: int = 1,
    sizes: Sequence[int] = SIZES,
    scenarios: Sequence[str] | None = None,
) -> dict[str, Any]:
    if runs < 1:
        raise ValueError("--runs must be at least 1")
    names = list(scenarios or SCENARIOS)
    unknown = [name for name in names if name not in SCENARIOS]
    if unknown:
        raise ValueError(f"unknown scenario {unknown[0]!r}; known: {', '.join(SCENARIOS)}")
    started = time.perf_counter()
    results = {
        name: run_scenario(SCENARIOS[name], runs=runs, seed=seed, sizes=sizes) for name in names
    }
    return {
        "runs_per_size": runs,
        "seed": seed,
        "thresholds": _thresholds(),
        "scenarios": {
            name: {"assumptions": _assumptions(SCENARIOS[name]), "sizes": results[name]}
            for name in names
        },
        "targets": _targets(results),
        "seconds": round(time.perf_counter() - started, 1),
    }


def _assumptions(scenario: Scenario) -> dict[str, Any]:
    values = asdict(scenario)
    values["channel_mix"] = dict(scenario.channel_mix)
    values["referral_response_rate"] = scenario.response_rate(scenario.effect_channel)
    return values
