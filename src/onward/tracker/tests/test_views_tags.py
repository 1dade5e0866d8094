"""The display filters used by the tracker templates."""

from __future__ import annotations

import datetime as dt

import pytest

from onward.tracker.models import JobPosting
from onward.tracker.templatetags import tracker_tags

NOW = dt.datetime(2026, 3, 10, 12, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("since", "in_stage", "ago"),
    [
        pytest.param(None, "", "", id="none"),
        pytest.param(NOW - dt.timedelta(hours=3), "today", "today", id="hours"),
        pytest.param(NOW + dt.timedelta(hours=3), "today", "today", id="clock-skew"),
        pytest.param(NOW - dt.timedelta(days=1, hours=1), "1 day", "yesterday", id="one"),
        pytest.param(NOW - dt.timedelta(days=12), "12 days", "12 days ago", id="many"),
    ],
)
def test_day_counts(since: dt.datetime | None, in_stage: str, ago: str) -> None:
    assert tracker_tags.days_in_stage(since, NOW) == in_stage
    assert tracker_tags.days_ago(since, NOW) == ago


@pytest.mark.parametrize(
    ("value", "text"),
    [
        pytest.param(None, "\u2013", id="none"),
        pytest.param(0.2, "under a day", id="hours"),
        pytest.param(1.04, "1 day", id="one"),
        pytest.param(2.46, "2.5 days", id="fraction"),
        pytest.param(10.0, "10 days", id="whole"),
    ],
)
def test_days(value: float | None, text: str) -> None:
    assert tracker_tags.days(value) == text


@pytest.mark.parametrize(
    ("fields", "text"),
    [
        pytest.param({}, "", id="none"),
        pytest.param(
            {
                "salary_min": 45000,
                "salary_max": 55000,
                "salary_currency": "EUR",
                "salary_period": "year",
            },
            "45,000\u201355,000 EUR per year",
            id="range",
        ),
        pytest.param({"salary_min": 30}, "from 30", id="from"),
        pytest.param(
            {"salary_max": 4000, "salary_period": "month"}, "up to 4,000 per month", id="to"
        ),
    ],
)
def test_salary(fields: dict[str, object], text: str) -> None:
    assert tracker_tags.salary(JobPosting(**fields)) == text


@pytest.mark.parametrize(
    ("stage", "current", "label"),
    [
        pytest.param("interview", "interview", "Interview (next round)", id="next-round"),
        pytest.param("interview", "screening", "Interview", id="first-interview"),
        pytest.param("offer", "interview", "Offer", id="offer"),
    ],
)
def test_move_label(stage: str, current: str, label: str) -> None:
    assert tracker_tags.move_label(stage, current) == label


def test_stage_label_passes_unknown_values_through() -> None:
    assert tracker_tags.stage_label("screening") == "Screening"
    assert tracker_tags.stage_label("mystery") == "mystery"


@pytest.mark.parametrize(
    ("fields", "text"),
    [
        pytest.param({}, "", id="none"),
        pytest.param(
            {"salary_min": 45000, "salary_max": 55000, "salary_currency": "GBP"},
            "£45k\u201355k",
            id="pounds",
        ),
        pytest.param(
            {"salary_min": 45500, "salary_currency": "EUR", "salary_period": "year"},
            "from €45.5k/yr",
            id="from-euros",
        ),
        pytest.param(
            {"salary_max": 500, "salary_currency": "USD", "salary_period": "day"},
            "up to $500/day",
            id="day-rate",
        ),
        pytest.param(
            {
                "salary_min": 4000,
                "salary_max": 4500,
                "salary_currency": "CHF",
                "salary_period": "month",
            },
            "4,000\u20134,500 CHF/mo",
            id="other-currency",
        ),
        pytest.param({"salary_min": 30, "salary_period": "hour"}, "from 30/h", id="hourly"),
    ],
)
def test_salary_short(fields: dict[str, object], text: str) -> None:
    assert tracker_tags.salary_short(JobPosting(**fields)) == text


@pytest.mark.parametrize(
    ("day", "text"),
    [
        pytest.param(None, "", id="none"),
        pytest.param(dt.date(2026, 3, 2), "2 Mar", id="this-year"),
        pytest.param(dt.date(2025, 12, 24), "24 Dec 2025", id="last-year"),
    ],
)
def test_short_date(day: dt.date | None, text: str) -> None:
    assert tracker_tags.short_date(day, dt.date(2026, 3, 10)) == text
