"""Experiments: try one change for a while, then compare with how things went before.

An experiment has a start date, an optional end date, a target number of applications
and one metric (a funnel step, e.g. ``applied_to_interview``). The applications made
from the start to the end (inclusive; open-ended while there is no end) are compared
with the **baseline**: all applications made before the start. Both are counted by the
same censoring rules as the funnel.

The result waits until the experiment has ``required`` counted outcomes: the target
count, and at least ``compare.MIN_COMPARE_N``; an ended experiment with fewer
applications than its target needs all of them counted. Until then the status is
``waiting`` with the number of outcomes still missing. The comparison is a single
pre-registered test (family size 1): the metric was chosen before the data came.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from onward.analysis.strategy.compare import MIN_COMPARE_N, Comparison, compare_rates
from onward.analysis.strategy.funnel import Observed, observe, tally_of
from onward.analysis.strategy.rates import Rate, rate_of
from onward.analysis.strategy.records import ApplicationRecord
from onward.analysis.strategy.steps import SPANS, Metric


@dataclass(frozen=True)
class Experiment:
    key: str
    started_on: dt.date
    target_count: int
    metric: Metric
    ended_on: dt.date | None = None
    name: str = ""


class ExperimentStatus(StrEnum):
    WAITING = "waiting"
    TOO_FEW = "too_few"  # ended with fewer applications than a comparison needs
    NO_BASELINE = "no_baseline"
    RESULT = "result"


@dataclass(frozen=True)
class ExperimentResult:
    experiment: Experiment
    status: ExperimentStatus
    during: Rate
    baseline: Rate
    comparison: Comparison | None  # None until status is RESULT
    applications: tuple[str, ...]  # made during the experiment
    required: int  # counted outcomes needed during the experiment
    waiting_for: int  # outcomes still missing (0 unless waiting)
    reasons: tuple[str, ...]


def _split(
    observed: Sequence[Observed], experiment: Experiment
) -> tuple[list[Observed], list[Observed]]:
    end = experiment.ended_on or dt.date.max
    during = [o for o in observed if experiment.started_on <= o.applied_day <= end]
    before = [o for o in observed if o.applied_day < experiment.started_on]
    return during, before


def _required(experiment: Experiment, made: int, today: dt.date) -> int:
    ended = experiment.ended_on is not None and experiment.ended_on < today
    target = min(experiment.target_count, made) if ended else experiment.target_count
    return max(MIN_COMPARE_N, target)


def _status(
    experiment: Experiment, during: Rate, baseline: Rate, made: int, required: int, today: dt.date
) -> tuple[ExperimentStatus, str]:
    ended = experiment.ended_on is not None and experiment.ended_on < today
    if ended and made < MIN_COMPARE_N:
        return ExperimentStatus.TOO_FEW, (
            f"The experiment ended with {made} applications; a comparison needs at least "
            f"{MIN_COMPARE_N}. Extend it or run it again."
        )
    if during.n < required:
        missing = required - during.n
        return ExperimentStatus.WAITING, (
            f"Waiting for {missing} more outcomes: {during.n} of {required} counted so far "
            f"({len(during.tally.pending)} applications still too recent to count)."
        )
    if baseline.n < MIN_COMPARE_N:
        return ExperimentStatus.NO_BASELINE, (
            f"Only {baseline.n} counted applications from before the experiment; "
            f"at least {MIN_COMPARE_N} are needed to compare with."
        )
    return ExperimentStatus.RESULT, f"{during.n} outcomes counted: the result is in."


def experiment_result(
    experiment: Experiment,
    records: Iterable[ApplicationRecord],
    *,
    now: dt.datetime,
    quiet_days: int,
) -> ExperimentResult:
    """The experiment's rate against the baseline, or how many outcomes it still needs."""
    observed = observe(records, now=now, quiet_days=quiet_days)
    inside, before = _split(observed, experiment)
    during = rate_of(tally_of(inside, experiment.metric))
    baseline = rate_of(tally_of(before, experiment.metric))
    required = _required(experiment, len(inside), now.date())
    status, reason = _status(experiment, during, baseline, len(inside), required, now.date())
    comparison = None
    if status == ExperimentStatus.RESULT:
        comparison = compare_rates(
            during, baseline, family_size=1, a_label="during the experiment", b_label="before it"
        )
    label = SPANS[experiment.metric].label
    return ExperimentResult(
        experiment=experiment,
        status=status,
        during=during,
        baseline=baseline,
        comparison=comparison,
        applications=tuple(sorted(o.key for o in inside)),
        required=required,
        waiting_for=required - during.n if status == ExperimentStatus.WAITING else 0,
        reasons=(reason, f"Metric: {label}.", *(comparison.reasons if comparison else ())),
    )
