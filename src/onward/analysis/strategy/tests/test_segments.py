from __future__ import annotations

import pytest

from onward.analysis.strategy.compare import Verdict
from onward.analysis.strategy.records import ApplicationRecord, Dimension
from onward.analysis.strategy.segments import (
    EXPLORATORY_ALPHA,
    PRIMARY_ALPHA,
    compare_segments,
)
from onward.analysis.strategy.steps import Metric
from onward.analysis.strategy.tests.builders import day, many

NOW = day(120)
ANSWERED = (("applied", 0), ("rejected", 6))
SILENT = (("applied", 0),)


def _search() -> list[ApplicationRecord]:
    """Referrals nearly always answered; tailoring made no difference."""
    return [
        *many("ref-yes", 9, *ANSWERED, channel="referral", tailored=True),
        *many("ref-yes-quiet", 1, *SILENT, channel="referral", tailored=True),
        *many("ref-no", 9, *ANSWERED, channel="referral"),
        *many("ref-no-quiet", 1, *SILENT, channel="referral"),
        *many("job-yes", 4, *ANSWERED, channel="job_board", tailored=True),
        *many("job-yes-quiet", 16, *SILENT, channel="job_board", tailored=True),
        *many("job-no", 4, *ANSWERED, channel="job_board"),
        *many("job-no-quiet", 16, *SILENT, channel="job_board"),
    ]


def test_real_difference_is_a_finding_and_null_is_not() -> None:
    report = compare_segments(_search(), now=NOW, quiet_days=21)
    assert report.family_size >= 2
    found = {(f.dimension, f.segment, f.metric) for f in report.findings}
    assert found == {(Dimension.CHANNEL, "referral", Metric.RESPONSE)}  # two values: one pair
    channel = [c for c in report.comparisons if c.dimension == Dimension.CHANNEL]
    response = next(c for c in channel if c.metric == Metric.RESPONSE)
    assert (response.segment, response.rest) == ("referral", "job_board")  # referral first
    assert response.comparison.verdict == Verdict.A_BETTER
    assert response.primary and response.comparison.one_sided
    tailored = next(
        c
        for c in report.comparisons
        if c.dimension == Dimension.TAILORED and c.metric == Metric.RESPONSE
    )
    assert (tailored.segment, tailored.rest) == ("yes", "no")
    assert tailored.comparison.verdict == Verdict.NO_CLEAR_DIFFERENCE


def test_preregistered_checks_have_their_own_budget() -> None:
    report = compare_segments(_search(), now=NOW, quiet_days=21)
    assert report.primary_family_size == 2  # referral and tailored; no cover letters at all
    assert report.primary_threshold == pytest.approx(1 - PRIMARY_ALPHA / 2)
    assert report.threshold == pytest.approx(1 - EXPLORATORY_ALPHA / (2 * report.family_size))
    primaries = {(c.dimension, c.segment) for c in report.comparisons if c.primary}
    assert primaries == {(Dimension.CHANNEL, "referral"), (Dimension.TAILORED, "yes")}


def _moderate(referral_answered: int) -> list[ApplicationRecord]:
    """12 referrals of which some were answered, against 40 job-board applications (10)."""
    return [
        *many("ref-a", referral_answered, *ANSWERED, channel="referral"),
        *many("ref-q", 12 - referral_answered, *SILENT, channel="referral"),
        *many("job-a", 10, *ANSWERED, channel="job_board"),
        *many("job-q", 30, *SILENT, channel="job_board"),
        *many("site-a", 3, *ANSWERED, channel="company_site"),
        *many("site-q", 7, *SILENT, channel="company_site"),
    ]


@pytest.mark.parametrize(
    ("answered", "finding"),
    [
        pytest.param(8, True, id="clears-the-preregistered-bar"),
        pytest.param(5, False, id="too-close"),
    ],
)
def test_referral_check_uses_the_lower_bar(answered: int, finding: bool) -> None:
    report = compare_segments(
        _moderate(answered), now=NOW, quiet_days=21, dimensions=(Dimension.CHANNEL,)
    )
    referral = next(
        c for c in report.comparisons if c.segment == "referral" and c.metric == Metric.RESPONSE
    )
    prob = referral.comparison.prob_a_better
    assert prob is not None and prob < report.threshold  # the exploratory bar alone: no
    assert referral.comparison.is_finding is finding


def test_segment_against_the_rest_with_three_values() -> None:
    records = [
        *many("ref", 12, *ANSWERED, channel="referral"),
        *many("job", 20, *SILENT, channel="job_board"),
        *many("site", 20, *SILENT, channel="company_site"),
        *many("site-answered", 4, *ANSWERED, channel="company_site"),
    ]
    report = compare_segments(
        records, now=NOW, quiet_days=21, dimensions=(Dimension.CHANNEL,), metrics=(Metric.RESPONSE,)
    )
    pairs = [(c.segment, c.rest) for c in report.comparisons]
    assert pairs == [("company_site", "rest"), ("job_board", "rest"), ("referral", "rest")]
    assert [(f.segment, f.comparison.verdict) for f in report.findings] == [
        ("job_board", Verdict.B_BETTER),  # never answered: truly worse than the others
        ("referral", Verdict.A_BETTER),
    ]


def test_single_segment_gives_no_comparison() -> None:
    records = many("a", 30, *ANSWERED, channel="referral")
    report = compare_segments(records, now=NOW, quiet_days=21, dimensions=(Dimension.CHANNEL,))
    assert report.comparisons == () and report.family_size == 0 and report.findings == ()


def test_not_stated_values_are_left_out() -> None:
    records = [*many("a", 12, *ANSWERED, industry="health"), *many("b", 12, *SILENT)]
    report = compare_segments(records, now=NOW, quiet_days=21, dimensions=(Dimension.INDUSTRY,))
    assert report.comparisons == ()


def test_thin_data_is_not_tested() -> None:
    records = [*many("a", 4, *ANSWERED, channel="referral"), *many("b", 4, *SILENT)]
    report = compare_segments(records, now=NOW, quiet_days=21)
    assert report.family_size == 0
    assert all(c.comparison.verdict == Verdict.NOT_ENOUGH_DATA for c in report.comparisons)


def test_no_applications() -> None:
    report = compare_segments([], now=NOW, quiet_days=21)
    assert report.comparisons == () and report.reasons
