"""Segment comparisons: does one kind of application convert better than the others?

For every dimension (channel, tailored, work mode, month applied, ...) with at least two
stated values, each segment is compared with **the rest of that dimension** on every
funnel step (``COMPARED_METRICS``): referral vs all other channels, tailored vs not
tailored. A dimension with exactly two values gives one comparison. Applications whose
value is not stated are left out of that dimension.

The error budget of a report (``PRIMARY_ALPHA`` + ``EXPLORATORY_ALPHA`` = 4%: the
chance of at least one false finding when nothing truly differs) is split in advance:

- **Pre-registered checks** (``PRIMARY``): the three levers job-search advice names most
  often, each on the response step, where most of the data is: referral applications
  against the other channels, tailored against not tailored, with a cover letter against
  without. Their direction is fixed in advance (the lever helps), so each is a one-sided
  test; the three share ``PRIMARY_ALPHA`` (3%): with all three testable, a finding needs a
  99% chance.
- **Exploratory comparisons**: every segment against the rest on every step (the
  pre-registered pairs included, in both directions), two-sided, sharing
  ``EXPLORATORY_ALPHA`` (1%) over all that pass the sample-size rules, so their bar rises
  with their number (99.97% with 18 tested).

A comparison is a finding when it clears either bar (and the ratio rule in ``compare``).
By the union bound the chance of any false finding stays at most 4%, whatever the number
of segments. The split and the checks were chosen on simulation runs with other seeds
than the ones reported in docs/benchmarks.md, which gives the figures and the cost: an
effect outside the three checks needs more data to show than before.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
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
PRIMARY_ALPHA = 0.03
"""Error budget of the pre-registered checks (one-sided, shared by those testable)."""
EXPLORATORY_ALPHA = 0.01
"""Error budget of all other comparisons (two-sided, shared by all testable ones)."""
PRIMARY: tuple[tuple[Dimension, str, Metric], ...] = (
    (Dimension.CHANNEL, "referral", Metric.RESPONSE),
    (Dimension.TAILORED, "yes", Metric.RESPONSE),
    (Dimension.COVER_LETTER, "yes", Metric.RESPONSE),
)
"""The pre-registered checks: (dimension, segment expected to do better, step)."""
_FIRST = frozenset({"yes", *(value for _, value, _ in PRIMARY)})


@dataclass(frozen=True)
class SegmentComparison:
    dimension: Dimension
    segment: str  # side A
    rest: str  # side B: the other value, or "rest" (all other stated values)
    metric: Metric
    comparison: Comparison
    primary: bool = False  # one of the pre-registered checks


@dataclass(frozen=True)
class SegmentReport:
    comparisons: tuple[SegmentComparison, ...]
    family_size: int  # exploratory comparisons tested together
    threshold: float  # the exploratory bar (two-sided)
    primary_family_size: int  # pre-registered checks testable
    primary_threshold: float  # their bar (one-sided)
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

    @property
    def primary(self) -> bool:
        return (self.dimension, self.segment, self.metric) in PRIMARY

    @property
    def eligible(self) -> bool:
        return ineligibility(self.a, self.b) is None


def _dimension_pairs(
    groups: Mapping[str, Sequence[Observed]], dimension: Dimension, metrics: Sequence[Metric]
) -> list[_Pair]:
    """Each segment against the rest (or the other value), as count-only tallies: the
    rest is the dimension's total minus the segment, so a large search is counted once."""
    if len(groups) < 2:
        return []
    counts = {v: {m: tally_of(g, m, keys=False) for m in metrics} for v, g in groups.items()}
    if len(groups) == 2:
        first, second = sorted(groups, key=lambda v: (v not in _FIRST, v))
        return [
            _Pair(dimension, first, second, m, counts[first][m], counts[second][m]) for m in metrics
        ]
    stated = [o for group in groups.values() for o in group]
    totals = {m: tally_of(stated, m, keys=False) for m in metrics}
    return [
        _Pair(dimension, value, "rest", m, counts[value][m], totals[m].minus(counts[value][m]))
        for value in groups
        for m in metrics
    ]


Groups = Mapping[Dimension, Mapping[str, Sequence[Observed]]]


def _pairs(
    groups: Groups, dimensions: Sequence[Dimension], metrics: Sequence[Metric]
) -> list[_Pair]:
    return [p for d in dimensions for p in _dimension_pairs(groups[d], d, metrics)]


def _label(dimension: Dimension, value: str) -> str:
    if value == "rest":
        return f"other {dimension.value.replace('_', ' ')} values"
    return f"{dimension.value.replace('_', ' ')} = {value}"


def _compare(pair: _Pair, family: int, primary_family: int) -> Comparison:
    """The pair's comparison: the pre-registered check when it holds or when the
    exploratory one does not either (its bar is the one that applies in the expected
    direction), else the exploratory one."""
    a, b = rate_of(pair.a), rate_of(pair.b)
    a_label, b_label = _label(pair.dimension, pair.segment), _label(pair.dimension, pair.rest)
    exploratory = compare_rates(
        a, b, family_size=family, alpha=EXPLORATORY_ALPHA, a_label=a_label, b_label=b_label
    )
    if not pair.primary:
        return exploratory
    checked = compare_rates(
        a,
        b,
        family_size=primary_family,
        alpha=PRIMARY_ALPHA,
        one_sided=True,
        a_label=a_label,
        b_label=b_label,
    )
    return exploratory if exploratory.is_finding and not checked.is_finding else checked


def _reasons(pairs: Sequence[_Pair], family: int, primary: int, found: int) -> tuple[str, ...]:
    return (
        f"{len(pairs)} comparisons, {family} with enough data to test; each needs a "
        f"{threshold_for(family, alpha=EXPLORATORY_ALPHA):.2%} chance to count as a finding.",
        f"{primary} of the {len(PRIMARY)} pre-registered checks (referrals, tailoring, cover "
        f"letters, on answers) could be tested; each needs a "
        f"{threshold_for(primary, alpha=PRIMARY_ALPHA, sides=1):.2%} chance in the "
        f"expected direction. {found} finding(s) in all.",
    )


def compare_observed(
    observed: Sequence[Observed],
    *,
    dimensions: Sequence[Dimension] = ALL_DIMENSIONS,
    metrics: Sequence[Metric] = COMPARED_METRICS,
    groups: Groups | None = None,
) -> SegmentReport:
    """Compare segments of already observed applications (see ``funnel.observe``);
    ``groups``: their ``group_by`` for each dimension, when already made."""
    if groups is None:
        groups = {d: group_by(observed, d) for d in dimensions}
    pairs = _pairs(groups, dimensions, metrics)
    family = sum(p.eligible for p in pairs)
    primary = sum(p.eligible and p.primary for p in pairs)
    comparisons = tuple(
        SegmentComparison(
            p.dimension, p.segment, p.rest, p.metric, _compare(p, family, primary), p.primary
        )
        for p in pairs
    )
    found = sum(c.comparison.is_finding for c in comparisons)
    return SegmentReport(
        comparisons,
        family,
        threshold_for(family, alpha=EXPLORATORY_ALPHA),
        primary,
        threshold_for(primary, alpha=PRIMARY_ALPHA, sides=1),
        _reasons(pairs, family, primary, found),
    )


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
