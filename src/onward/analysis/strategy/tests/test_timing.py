from __future__ import annotations

import pytest

from onward.analysis.strategy.tests.builders import app, day, many
from onward.analysis.strategy.timing import ALL, response_times

NOW = day(60)


def test_medians_and_spread_by_channel_and_company() -> None:
    records = [
        app(f"j{d}", ("applied", 0), ("rejected", d), channel="job_board", company="Acme")
        for d in (2, 4, 6, 8, 10)
    ]
    records += [app(f"r{d}", ("applied", 0), ("screening", d), channel="referral") for d in (1, 2)]
    result = response_times(records, now=NOW)
    assert result.overall.group == ALL and result.overall.n == 7
    job = next(g for g in result.by_channel if g.group == "job_board")
    assert (job.n, job.median_days, job.q1_days, job.q3_days) == (5, 6, 4, 8)
    referral = next(g for g in result.by_channel if g.group == "referral")
    assert referral.n == 2 and not referral.enough and referral.median_days is None
    assert [(c.group, c.n, c.median_days) for c in result.by_company] == [("Acme", 5, 6)]


@pytest.mark.parametrize(
    ("steps", "channel", "overdue"),
    [
        pytest.param((("applied", 50),), "job_board", True, id="past-its-channel"),
        pytest.param((("applied", 55),), "job_board", False, id="still-within"),
        pytest.param((("applied", 50),), "referral", True, id="thin-channel-uses-all"),
        pytest.param((("applied", 20), ("ghosted", 50)), "job_board", False, id="already-ghosted"),
        pytest.param((("applied", 40), ("screening", 58)), "job_board", False, id="answered"),
        pytest.param((("applied", 40), ("withdrawn", 45)), "job_board", False, id="closed"),
    ],
)
def test_overdue(steps: tuple[tuple[str, float], ...], channel: str, overdue: bool) -> None:
    history = [
        app(f"j{d}", ("applied", 0), ("rejected", d), channel="job_board") for d in (2, 4, 6, 8, 10)
    ]
    result = response_times([*history, app("x", *steps, channel=channel)], now=NOW)
    assert [o.key for o in result.overdue] == (["x"] if overdue else [])
    if overdue:
        assert result.overdue[0].usual_days == 8
        assert result.overdue[0].compared_with == ("job_board" if channel == "job_board" else ALL)


def test_no_answers_yet() -> None:
    result = response_times(many("a", 6, ("applied", 0)), now=NOW)
    assert result.overall.n == 0 and not result.overall.enough
    assert result.overdue == ()  # nothing to compare with
    assert result.overall.reason.startswith("Not enough data yet")
