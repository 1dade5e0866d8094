"""The funnel, from the event log alone: applied -> response -> screening -> interview
(by round) -> offer, overall and by segment.

``reached`` counts applications at every milestone up to the furthest they got, with no
censoring (what happened so far). The rates count only applications whose outcome at
that step is known, by the rules in ``steps`` (fresh, withdrawn and still-waiting
applications are censored, not failures); see ``rates`` for when a rate gets a number.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from onward.analysis.strategy.progress import Milestone, Progress, read_progress
from onward.analysis.strategy.rates import Rate, Tally, rate_of, tally
from onward.analysis.strategy.records import ApplicationRecord, Dimension, segment_value
from onward.analysis.strategy.steps import (
    FUNNEL_STEPS,
    OVERALL,
    SPANS,
    Metric,
    Outcome,
    round_outcome,
    step_outcome,
)

_METRICS = tuple(Metric)


@dataclass(frozen=True)
class Observed:
    """One applied application with its progress and its outcome at every metric."""

    record: ApplicationRecord
    progress: Progress
    outcomes: tuple[Outcome, ...]  # in ``Metric`` order

    @property
    def key(self) -> str:
        return self.record.key

    def outcome(self, metric: Metric) -> Outcome:
        return self.outcomes[_METRICS.index(metric)]

    @property
    def applied_day(self) -> dt.date:
        """The application date as entered, else the day of its first applied event."""
        assert self.progress.applied_at is not None
        return self.record.applied_on or self.progress.applied_at.date()


def quiet_delta(quiet_days: int) -> dt.timedelta:
    if quiet_days < 1:
        raise ValueError("the quiet period is at least one day")
    return dt.timedelta(days=quiet_days)


def observe(
    records: Iterable[ApplicationRecord], *, now: dt.datetime, quiet_days: int
) -> tuple[Observed, ...]:
    """Progress and outcomes of every record that was applied (others are left out)."""
    quiet = quiet_delta(quiet_days)
    observed = []
    for record in records:
        progress = read_progress(record)
        if progress.applied_at is None:
            continue
        outcomes = tuple(step_outcome(progress, m, now=now, quiet=quiet) for m in _METRICS)
        observed.append(Observed(record, progress, outcomes))
    return tuple(observed)


def tally_of(observed: Iterable[Observed], metric: Metric) -> Tally:
    index = _METRICS.index(metric)
    return tally((o.key, o.outcomes[index]) for o in observed)


@dataclass(frozen=True)
class StepRate:
    metric: Metric
    label: str
    rate: Rate


@dataclass(frozen=True)
class RoundRate:
    round_no: int  # interview round k: did it lead to round k+1 or an offer?
    rate: Rate


@dataclass(frozen=True)
class Funnel:
    applications: int
    open_applications: int
    reached: tuple[tuple[str, int], ...]  # milestone name -> applications that got there
    steps: tuple[StepRate, ...]  # response, screen, interview, offer (each given the last)
    overall: tuple[StepRate, ...]  # from applied to screening, interview, offer
    rounds: tuple[RoundRate, ...]
    quiet_days: int
    reasons: tuple[str, ...]

    def step(self, metric: Metric) -> StepRate:
        return next(s for s in (*self.steps, *self.overall) if s.metric == metric)


def _step_rates(observed: Sequence[Observed], metrics: Sequence[Metric]) -> tuple[StepRate, ...]:
    return tuple(StepRate(m, SPANS[m].label, rate_of(tally_of(observed, m))) for m in metrics)


def _rounds(
    observed: Sequence[Observed], now: dt.datetime, quiet_days: int
) -> tuple[RoundRate, ...]:
    quiet = quiet_delta(quiet_days)
    deepest = max((len(o.progress.rounds) for o in observed), default=0)
    return tuple(
        RoundRate(
            k,
            rate_of(
                tally((o.key, round_outcome(o.progress, k, now=now, quiet=quiet)) for o in observed)
            ),
        )
        for k in range(1, deepest + 1)
    )


def _reasons(
    observed: Sequence[Observed], steps: Sequence[StepRate], quiet_days: int
) -> tuple[str, ...]:
    if not observed:
        return ("No applications yet: nothing to count.",)
    response = steps[0].rate.tally
    return (
        f"{len(observed)} applications; {response.n} have had their {quiet_days}-day quiet "
        f"period or a final answer and count for the response rate.",
        f"{len(response.pending)} are too recent to count yet and {len(response.withdrawn)} "
        "were withdrawn before an answer was due.",
    )


def funnel_of(observed: Sequence[Observed], *, now: dt.datetime, quiet_days: int) -> Funnel:
    """The funnel of already observed applications (see ``observe``)."""
    reached = tuple(
        (m.name.lower(), sum(o.progress.at(m) is not None for o in observed)) for m in Milestone
    )
    steps = _step_rates(observed, FUNNEL_STEPS)
    return Funnel(
        applications=len(observed),
        open_applications=sum(o.progress.is_open for o in observed),
        reached=reached,
        steps=steps,
        overall=_step_rates(observed, OVERALL),
        rounds=_rounds(observed, now, quiet_days),
        quiet_days=quiet_days,
        reasons=_reasons(observed, steps, quiet_days),
    )


def funnel(records: Iterable[ApplicationRecord], *, now: dt.datetime, quiet_days: int) -> Funnel:
    """The whole search's funnel."""
    observed = observe(records, now=now, quiet_days=quiet_days)
    return funnel_of(observed, now=now, quiet_days=quiet_days)


def group_by(observed: Iterable[Observed], dimension: Dimension) -> dict[str, list[Observed]]:
    """Observed applications by segment value; "not stated" ones are left out."""
    groups: dict[str, list[Observed]] = defaultdict(list)
    for item in observed:
        value = segment_value(item.record, dimension, item.progress.applied_at)
        if value is not None:
            groups[value].append(item)
    return dict(sorted(groups.items()))


@dataclass(frozen=True)
class SegmentFunnel:
    dimension: Dimension
    value: str
    funnel: Funnel


def funnel_by(
    records: Iterable[ApplicationRecord],
    dimension: Dimension,
    *,
    now: dt.datetime,
    quiet_days: int,
) -> tuple[SegmentFunnel, ...]:
    """One funnel per segment of ``dimension`` (e.g. one per channel), by segment value."""
    observed = observe(records, now=now, quiet_days=quiet_days)
    return tuple(
        SegmentFunnel(dimension, value, funnel_of(group, now=now, quiet_days=quiet_days))
        for value, group in group_by(observed, dimension).items()
    )
