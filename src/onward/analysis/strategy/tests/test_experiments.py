from __future__ import annotations

import datetime as dt

import pytest

from onward.analysis.strategy.compare import Verdict
from onward.analysis.strategy.experiments import Experiment, ExperimentStatus, experiment_result
from onward.analysis.strategy.records import ApplicationRecord
from onward.analysis.strategy.steps import Metric
from onward.analysis.strategy.tests.builders import T0, day, many

START = (T0 + dt.timedelta(days=40)).date()
BEFORE_SILENT = many("old", 16, ("applied", 0))
BEFORE_ANSWERED = many("old-ok", 4, ("applied", 1), ("rejected", 6))


def _during(count: int, answered: int, start_day: float = 41) -> list[ApplicationRecord]:
    return [
        *many("new-ok", answered, ("applied", start_day), ("screening", start_day + 4)),
        *many("new", count - answered, ("applied", start_day)),
    ]


@pytest.mark.parametrize(
    ("records", "now", "ended", "status", "waiting_for"),
    [
        pytest.param(
            [*BEFORE_SILENT, *BEFORE_ANSWERED, *_during(15, 12)],
            80,
            None,
            ExperimentStatus.RESULT,
            0,
            id="result",
        ),
        pytest.param(
            [*BEFORE_SILENT, *BEFORE_ANSWERED, *_during(15, 12)],
            50,
            None,
            ExperimentStatus.WAITING,
            15,
            id="all-too-recent",
        ),
        pytest.param(
            [*BEFORE_SILENT, *BEFORE_ANSWERED, *_during(6, 5)],
            80,
            None,
            ExperimentStatus.WAITING,
            9,
            id="target-not-reached",
        ),
        pytest.param(
            [*BEFORE_SILENT, *BEFORE_ANSWERED, *_during(6, 5)],
            80,
            50,
            ExperimentStatus.TOO_FEW,
            0,
            id="ended-with-too-few",
        ),
        pytest.param(
            [*BEFORE_SILENT, *BEFORE_ANSWERED, *_during(12, 10)],
            80,
            50,
            ExperimentStatus.RESULT,
            0,
            id="ended-below-target-but-enough",
        ),
        pytest.param(
            [*many("old", 4, ("applied", 0)), *_during(15, 12)],
            80,
            None,
            ExperimentStatus.NO_BASELINE,
            0,
            id="no-baseline",
        ),
    ],
)
def test_experiment_status(
    records: list[ApplicationRecord],
    now: float,
    ended: float | None,
    status: ExperimentStatus,
    waiting_for: int,
) -> None:
    experiment = Experiment(
        key="exp",
        started_on=START,
        ended_on=(T0 + dt.timedelta(days=ended)).date() if ended else None,
        target_count=15,
        metric=Metric.RESPONSE,
    )
    result = experiment_result(experiment, records, now=day(now), quiet_days=21)
    assert result.status == status
    assert result.waiting_for == waiting_for
    assert (result.comparison is not None) == (status == ExperimentStatus.RESULT)
    assert result.reasons


def test_result_compares_with_before() -> None:
    experiment = Experiment("exp", START, 15, Metric.RESPONSE)
    records = [*BEFORE_SILENT, *BEFORE_ANSWERED, *_during(15, 12)]
    result = experiment_result(experiment, records, now=day(80), quiet_days=21)
    assert (result.during.successes, result.during.n) == (12, 15)
    assert (result.baseline.successes, result.baseline.n) == (4, 20)
    assert result.comparison is not None
    assert result.comparison.verdict == Verdict.A_BETTER
    assert result.comparison.family_size == 1
    assert len(result.applications) == 15


def test_waiting_message_names_the_missing_outcomes() -> None:
    experiment = Experiment("exp", START, 15, Metric.RESPONSE)
    records = [*BEFORE_SILENT, *_during(15, 12)]
    result = experiment_result(experiment, records, now=day(50), quiet_days=21)
    assert result.reasons[0].startswith("Waiting for 15 more outcomes")
