"""Strategy insights (step 4 of the method: revise the job search strategy).

Pure functions over ``ApplicationRecord`` (an application, its segment fields and its
stage events) that return frozen dataclasses carrying their counts, intervals and
reasons. Every rate is a Beta-Binomial posterior with a 90% credible interval, shown as
a number only with enough data; comparisons become findings only above a threshold
corrected for how many were made. Modules, in reading order:

- ``records``: the inputs; ``progress``: reading one event log; ``steps``: the funnel
  steps and the censoring rules (who counts, who is too recent, who withdrew).
- ``beta``: incomplete beta, quantiles, P(A > B); ``rates``: one rate and its minimums.
- ``funnel``: the funnel overall and by segment; ``compare`` and ``segments``: segment
  comparisons and findings; ``diagnosis``: the weakest stage.
- ``timing``: time to first answer and overdue applications; ``experiments``;
  ``calibration``: rates by fit band; ``simulate``: synthetic searches for the bench.
"""

from __future__ import annotations

from onward.analysis.strategy.calibration import Calibration, calibration_by_fit
from onward.analysis.strategy.compare import Comparison, Verdict, compare_rates
from onward.analysis.strategy.diagnosis import Diagnosis, DiagnosisStatus, diagnose, expected_from
from onward.analysis.strategy.experiments import (
    Experiment,
    ExperimentResult,
    ExperimentStatus,
    experiment_result,
)
from onward.analysis.strategy.funnel import Funnel, SegmentFunnel, funnel, funnel_by
from onward.analysis.strategy.rates import Rate
from onward.analysis.strategy.records import ApplicationRecord, Dimension, StageEvent
from onward.analysis.strategy.segments import SegmentReport, compare_segments
from onward.analysis.strategy.steps import DEFAULT_QUIET_DAYS, Metric
from onward.analysis.strategy.timing import ResponseTimes, response_times

__all__ = [
    "DEFAULT_QUIET_DAYS",
    "ApplicationRecord",
    "Calibration",
    "Comparison",
    "Diagnosis",
    "DiagnosisStatus",
    "Dimension",
    "Experiment",
    "ExperimentResult",
    "ExperimentStatus",
    "Funnel",
    "Metric",
    "Rate",
    "ResponseTimes",
    "SegmentFunnel",
    "SegmentReport",
    "StageEvent",
    "Verdict",
    "calibration_by_fit",
    "compare_rates",
    "compare_segments",
    "diagnose",
    "expected_from",
    "experiment_result",
    "funnel",
    "funnel_by",
    "response_times",
]
