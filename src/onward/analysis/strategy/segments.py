"""Segment comparisons: does one kind of application convert better than the others?

For every dimension (channel, tailored, work mode, month applied, ...) with at least two
stated values, each segment is compared with **the rest of that dimension** on every
funnel step (``COMPARED_METRICS``): referral vs all other channels, tailored vs not
tailored. A dimension with exactly two values gives one comparison. Applications whose
value is not stated are left out of that dimension.

All comparisons that pass the sample-size rules are tested together as one family, so
the threshold grows with their number (see ``compare``): looking at many segments does
not make a false finding likely.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from onward.analysis.strategy.compare import (
    Comparison,
    compare_rates,
    ineligibility,
    threshold_for,
)
from onward.analysis.strategy.funnel import Observed, group_by, observe, tally_of
from onward.analysis.strategy.rates import Tally, rate_of
from onward.analysis.strategy.records import ALL_DIMENSIONS, ApplicationRecord, Dimension
from onward.analysis.strategy.steps import FUNNEL_STEPS, Metric

COMPARED_METRICS = FUNNEL_STEPS
"""Steps compared across segments: each step given the one before, so a finding says
where in the funnel a segment differs (an answer, a screening, an interview, an offer)."""


@dataclass(frozen=True)
class SegmentComparison:
    dimension: Dimension
    segment: str  # side A
    rest: str  # side B: the other value, or "rest" (all other stated values)
    metric: Metric
    comparison: Comparison


@dataclass(frozen=True)
class SegmentReport:
    comparisons: tuple[SegmentComparison, ...]
    family_size: int  # comparisons tested together
    threshold: float
    reasons: tuple[str, ...]

    @property
    def findings(self) -> tuple[SegmentComparison, ...]:
        return tuple(c for c in self.comparisons if c.comparison.is_finding)


@dataclass(frozen=True)
class _Pair:
    dimension: Dimension
    segment: str
    rest: str
    metric: Metric
    a: Tally
    b: Tally


def _splits(
    groups: dict[str, list[Observed]],
) -> list[tuple[str, str, list[Observed], list[Observed]]]:
    values = list(groups)
    if len(values) < 2:
        return []
    if len(values) == 2:
        first, second = sorted(values, key=lambda v: (v != "yes", v))
        return [(first, second, groups[first], groups[second])]
    return [
        (value, "rest", groups[value], [o for v in values if v != value for o in groups[v]])
        for value in values
    ]


def _pairs(
    observed: Sequence[Observed], dimensions: Sequence[Dimension], metrics: Sequence[Metric]
) -> list[_Pair]:
    pairs = []
    for dimension in dimensions:
        for segment, rest, inside, outside in _splits(group_by(observed, dimension)):
            pairs += [
                _Pair(dimension, segment, rest, m, tally_of(inside, m), tally_of(outside, m))
                for m in metrics
            ]
    return pairs


def _label(dimension: Dimension, value: str) -> str:
    if value == "rest":
        return f"other {dimension.value.replace('_', ' ')} values"
    return f"{dimension.value.replace('_', ' ')} = {value}"


def compare_observed(
    observed: Sequence[Observed],
    *,
    dimensions: Sequence[Dimension] = ALL_DIMENSIONS,
    metrics: Sequence[Metric] = COMPARED_METRICS,
) -> SegmentReport:
    """Compare segments of already observed applications (see ``funnel.observe``)."""
    pairs = _pairs(observed, dimensions, metrics)
    family = sum(ineligibility(p.a, p.b) is None for p in pairs)
    comparisons = tuple(
        SegmentComparison(
            p.dimension,
            p.segment,
            p.rest,
            p.metric,
            compare_rates(
                rate_of(p.a),
                rate_of(p.b),
                family_size=family,
                a_label=_label(p.dimension, p.segment),
                b_label=_label(p.dimension, p.rest),
            ),
        )
        for p in pairs
    )
    found = sum(c.comparison.is_finding for c in comparisons)
    reasons = (
        f"{len(pairs)} comparisons, {family} with enough data to test; each needs a "
        f"{threshold_for(family):.2%} chance to count as a finding. {found} found.",
    )
    return SegmentReport(comparisons, family, threshold_for(family), reasons)


def compare_segments(
    records: Iterable[ApplicationRecord],
    *,
    now: dt.datetime,
    quiet_days: int,
    dimensions: Sequence[Dimension] = ALL_DIMENSIONS,
    metrics: Sequence[Metric] = COMPARED_METRICS,
) -> SegmentReport:
    """Every segment against the rest of its dimension, on every compared step."""
    observed = observe(records, now=now, quiet_days=quiet_days)
    return compare_observed(observed, dimensions=dimensions, metrics=metrics)
