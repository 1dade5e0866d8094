"""Everything the strategy page shows, from one reading of the event log.

Segment funnels and comparisons carry count-only tallies (``rates.Tally.of_counts``);
the whole funnel, the diagnosis, calibration and experiments keep the application keys.

``funnel``, ``compare_segments``, ``calibration_by_fit`` and ``experiment_result`` each
read every application's log on their own; with thousands of applications that is the
slow part. ``overview`` reads the logs once (``funnel.observe``) and hands the same
observed applications to every part, so the figures agree with each other exactly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from onward.analysis.strategy.calibration import Calibration, calibration_of
from onward.analysis.strategy.diagnosis import Diagnosis, diagnose
from onward.analysis.strategy.experiments import Experiment, ExperimentResult, experiment_result_of
from onward.analysis.strategy.funnel import Funnel, SegmentFunnel, funnel_of, group_by, observe
from onward.analysis.strategy.records import ALL_DIMENSIONS, ApplicationRecord, Dimension
from onward.analysis.strategy.segments import SegmentReport, compare_observed
from onward.analysis.strategy.steps import Metric
from onward.analysis.strategy.timing import ResponseTimes, response_times


@dataclass(frozen=True)
class Overview:
    funnel: Funnel
    segments: tuple[SegmentFunnel, ...]  # every dimension, by dimension then value
    report: SegmentReport
    diagnosis: Diagnosis
    times: ResponseTimes
    calibration: Calibration
    experiments: tuple[ExperimentResult, ...]  # in the order given
    now: dt.datetime
    quiet_days: int


def overview(
    records: Iterable[ApplicationRecord],
    *,
    now: dt.datetime,
    quiet_days: int,
    experiments: Sequence[Experiment] = (),
    dimensions: Sequence[Dimension] = ALL_DIMENSIONS,
    expected: Mapping[Metric, float] | None = None,
) -> Overview:
    """The funnel, segments, comparisons, diagnosis, response times, fit calibration and
    experiment results of one search, each as its own function would give them."""
    records = tuple(records)
    observed = observe(records, now=now, quiet_days=quiet_days)
    whole = funnel_of(observed, now=now, quiet_days=quiet_days)
    groups = {dimension: group_by(observed, dimension) for dimension in dimensions}
    segments = tuple(  # count-only: nobody lists a segment's applications
        SegmentFunnel(
            dimension, value, funnel_of(group, now=now, quiet_days=quiet_days, keys=False)
        )
        for dimension in dimensions
        for value, group in groups[dimension].items()
    )
    return Overview(
        funnel=whole,
        segments=segments,
        report=compare_observed(observed, dimensions=dimensions, groups=groups),
        diagnosis=diagnose(whole, expected=expected),
        times=response_times(records, now=now),
        calibration=calibration_of(observed),
        experiments=tuple(experiment_result_of(e, observed, now) for e in experiments),
        now=now,
        quiet_days=quiet_days,
    )
