from __future__ import annotations

import datetime as dt

import pytest

from onward.analysis.strategy.records import ApplicationRecord, Dimension, segment_value
from onward.analysis.strategy.tests.builders import day

RECORD = ApplicationRecord(
    key="a",
    events=(),
    channel="referral",
    seniority="senior",
    industry=" health ",
    company_size="51-200",
    tailored=True,
    resume_version="",
    applied_on=dt.date(2026, 3, 30),
)


@pytest.mark.parametrize(
    ("record", "dimension", "applied_at", "expected"),
    [
        pytest.param(RECORD, Dimension.CHANNEL, None, "referral", id="channel"),
        pytest.param(RECORD, Dimension.INDUSTRY, None, "health", id="trimmed"),
        pytest.param(RECORD, Dimension.COMPANY_SIZE, None, "51-200", id="company-size"),
        pytest.param(RECORD, Dimension.TAILORED, None, "yes", id="tailored"),
        pytest.param(RECORD, Dimension.COVER_LETTER, None, "no", id="no-cover-letter"),
        pytest.param(RECORD, Dimension.RESUME_VERSION, None, None, id="not-stated"),
        pytest.param(RECORD, Dimension.WORK_MODE, None, None, id="work-mode-not-stated"),
        pytest.param(RECORD, Dimension.MONTH_APPLIED, day(200), "2026-03", id="month-from-date"),
        pytest.param(
            ApplicationRecord("b", ()),
            Dimension.MONTH_APPLIED,
            day(0),
            "2026-01",
            id="month-from-event",
        ),
        pytest.param(
            ApplicationRecord("c", ()), Dimension.MONTH_APPLIED, None, None, id="no-month"
        ),
    ],
)
def test_segment_value(
    record: ApplicationRecord,
    dimension: Dimension,
    applied_at: dt.datetime | None,
    expected: str | None,
) -> None:
    assert segment_value(record, dimension, applied_at) == expected
