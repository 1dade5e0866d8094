from __future__ import annotations

from onward.analysis.strategy.compare import Verdict
from onward.analysis.strategy.records import ApplicationRecord, Dimension
from onward.analysis.strategy.segments import compare_segments
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
    assert found == {(Dimension.CHANNEL, "job_board", Metric.RESPONSE)}  # two values: one pair
    channel = [c for c in report.comparisons if c.dimension == Dimension.CHANNEL]
    response = next(c for c in channel if c.metric == Metric.RESPONSE)
    assert (response.segment, response.rest) == ("job_board", "referral")
    assert response.comparison.verdict == Verdict.B_BETTER
    tailored = next(
        c
        for c in report.comparisons
        if c.dimension == Dimension.TAILORED and c.metric == Metric.RESPONSE
    )
    assert (tailored.segment, tailored.rest) == ("yes", "no")
    assert tailored.comparison.verdict == Verdict.NO_CLEAR_DIFFERENCE


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
