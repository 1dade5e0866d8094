from __future__ import annotations

import pytest

from onward.analysis.strategy.diagnosis import (
    ADVICE,
    EXPECTED_PATTERN,
    DiagnosisStatus,
    diagnose,
    expected_from,
)
from onward.analysis.strategy.funnel import funnel
from onward.analysis.strategy.records import ApplicationRecord
from onward.analysis.strategy.steps import Metric
from onward.analysis.strategy.tests.builders import day, many

NOW = day(150)
INTERVIEWED_OUT = (("applied", 0), ("screening", 4), ("interview", 10), ("rejected", 20))
SCREENED_OUT = (("applied", 0), ("screening", 4), ("rejected", 9))


def _healthy_top(count: int = 40) -> list[ApplicationRecord]:
    """Answers and screenings as expected: a third answered, half of those screened."""
    return [
        *many("silent", count, ("applied", 0)),
        *many("no", count // 4, ("applied", 0), ("rejected", 5)),
    ]


@pytest.mark.parametrize(
    ("records", "status", "weakest"),
    [
        pytest.param(
            [*_healthy_top(), *many("int", 14, *INTERVIEWED_OUT)],
            DiagnosisStatus.WEAK_STAGE,
            Metric.OFFER,
            id="interviews-end-in-rejection",
        ),
        pytest.param(
            [*_healthy_top(), *many("scr", 14, *SCREENED_OUT)],
            DiagnosisStatus.WEAK_STAGE,
            Metric.INTERVIEW,
            id="screens-do-not-become-interviews",
        ),
        pytest.param(
            many("silent", 40, ("applied", 0)),
            DiagnosisStatus.WEAK_STAGE,
            Metric.RESPONSE,
            id="no-answers",
        ),
        pytest.param(
            [
                *many("silent", 28, ("applied", 0)),
                *many("no", 6, ("applied", 0), ("rejected", 4)),
                *many("scr", 3, *SCREENED_OUT),
                *many("int", 3, *INTERVIEWED_OUT),
            ],
            DiagnosisStatus.NOTHING_STANDS_OUT,
            None,
            id="as-expected",
        ),
        pytest.param(
            many("silent", 5, ("applied", 0)),
            DiagnosisStatus.NOT_ENOUGH_DATA,
            None,
            id="thin-data",
        ),
        pytest.param([], DiagnosisStatus.NOT_ENOUGH_DATA, None, id="nothing"),
    ],
)
def test_diagnosis(
    records: list[ApplicationRecord], status: DiagnosisStatus, weakest: Metric | None
) -> None:
    result = diagnose(funnel(records, now=NOW, quiet_days=21))
    assert result.status == status
    assert (result.weakest.step.metric if result.weakest else None) == weakest
    if weakest is not None:
        assert result.advice == ADVICE[weakest]
        assert result.application_keys == result.weakest.step.rate.tally.failed  # type: ignore[union-attr]
        assert len(result.application_keys) >= 10
    else:
        assert result.application_keys == () and result.advice == ""
    assert result.reasons


def test_interview_stage_cites_the_applications() -> None:
    records = [*_healthy_top(), *many("int", 14, *INTERVIEWED_OUT)]
    result = diagnose(funnel(records, now=NOW, quiet_days=21))
    assert result.application_keys == tuple(f"int-{i:02d}" for i in range(14))
    assert "interview" in result.advice.lower()


def test_own_baseline_changes_the_yardstick() -> None:
    earlier = funnel(many("silent", 40, ("applied", 0)), now=NOW, quiet_days=21)
    expected = expected_from(earlier)
    assert expected[Metric.RESPONSE] < 0.05  # their own earlier, low response rate
    assert expected[Metric.OFFER] == EXPECTED_PATTERN[Metric.OFFER]  # no data: the default
    now = funnel(many("silent", 40, ("applied", 0)), now=NOW, quiet_days=21)
    assert diagnose(now, expected=expected).status == DiagnosisStatus.NOTHING_STANDS_OUT
