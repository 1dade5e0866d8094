from __future__ import annotations

from onward.analysis.strategy.calibration import calibration_by_fit
from onward.analysis.strategy.compare import Verdict
from onward.analysis.strategy.tests.builders import day, many

NOW = day(90)
ANSWERED = (("applied", 0), ("screening", 3), ("interview", 9), ("rejected", 15))
SILENT = (("applied", 0),)


def test_rates_by_band_and_high_vs_low() -> None:
    records = [
        *many("low", 18, *SILENT, fit_score=0.2),
        *many("low-ok", 2, *ANSWERED, fit_score=0.3),
        *many("mid", 3, *ANSWERED, fit_score=0.5),
        *many("high", 14, *ANSWERED, fit_score=0.85),
        *many("high-quiet", 6, *SILENT, fit_score=0.7),
        *many("none", 5, *ANSWERED),
    ]
    result = calibration_by_fit(records, now=NOW, quiet_days=21)
    assert result.enough
    assert [(b.label, b.applications) for b in result.bands] == [
        ("under 40%", 20),
        ("40 to 70%", 3),
        ("70% and over", 20),
    ]
    assert result.without_score == 5
    middle = result.bands[1]
    assert middle.response.estimate is None  # three applications: no number
    assert [c.verdict for c in result.comparisons] == [Verdict.A_BETTER, Verdict.A_BETTER]
    assert result.comparisons[0].family_size == 2


def test_not_enough_with_one_band() -> None:
    records = many("high", 20, *ANSWERED, fit_score=0.9)
    result = calibration_by_fit(records, now=NOW, quiet_days=21)
    assert not result.enough
    assert result.comparisons == ()
    assert result.reasons[0].startswith("Not enough data yet")


def test_no_scores_at_all() -> None:
    result = calibration_by_fit(many("a", 10, *SILENT), now=NOW, quiet_days=21)
    assert not result.enough and result.without_score == 10
