"""The censoring rules, one row per situation (quiet period 21 days)."""

from __future__ import annotations

import datetime as dt

import pytest

from onward.analysis.strategy.progress import read_progress
from onward.analysis.strategy.steps import Metric, Outcome, round_outcome, step_outcome
from onward.analysis.strategy.tests.builders import app, day

QUIET = dt.timedelta(days=21)
C, F, P, W, N = (
    Outcome.CONVERTED,
    Outcome.FAILED,
    Outcome.PENDING,
    Outcome.WITHDRAWN,
    Outcome.NOT_AT_RISK,
)


@pytest.mark.parametrize(
    ("steps", "now", "expected"),
    [
        # expected outcomes for: response, screen, interview, offer
        pytest.param((("applied", 0),), 10, (P, N, N, N), id="fresh-and-silent"),
        pytest.param((("applied", 0),), 21, (F, N, N, N), id="silent-for-the-quiet-period"),
        pytest.param(
            (("applied", 0), ("ghosted", 12)), 15, (P, N, N, N), id="marked-ghosted-early"
        ),
        pytest.param((("applied", 0), ("ghosted", 30)), 40, (F, N, N, N), id="ghosted"),
        pytest.param(
            (("applied", 0), ("ghosted", 30), ("applied", 33)),
            40,
            (F, N, N, N),
            id="unghosted-still-silent",
        ),
        pytest.param(
            (("applied", 0), ("screening", 3)), 10, (P, P, P, N), id="quick-answer-waits-too"
        ),
        pytest.param(
            (("applied", 0), ("screening", 3)), 30, (C, C, F, N), id="screening-then-silence"
        ),
        pytest.param(
            (("applied", 0), ("screening", 15)), 30, (C, C, P, N), id="screening-recently"
        ),
        pytest.param(
            (("applied", 0), ("rejected", 2)), 10, (P, P, N, N), id="quick-rejection-waits"
        ),
        pytest.param((("applied", 0), ("rejected", 2)), 25, (C, F, N, N), id="rejected-at-applied"),
        pytest.param(
            (("applied", 0), ("ghosted", 30), ("screening", 40)),
            45,
            (C, C, P, N),
            id="late-answer-converts",
        ),
        pytest.param(
            (("applied", 0), ("withdrawn", 5)), 60, (W, N, N, N), id="withdrawn-before-due"
        ),
        pytest.param(
            (("applied", 0), ("withdrawn", 25)), 60, (F, N, N, N), id="withdrawn-after-silence"
        ),
        pytest.param(
            (("applied", 0), ("screening", 2), ("interview", 9), ("interview", 25)),
            40,
            (C, C, C, P),
            id="interviews-still-moving",
        ),
        pytest.param(
            (("applied", 0), ("screening", 2), ("interview", 9), ("rejected", 20)),
            40,
            (C, C, C, F),
            id="rejected-after-interview",
        ),
        pytest.param(
            (("applied", 0), ("interview", 2), ("offer", 20), ("declined", 22)),
            60,
            (C, C, C, C),
            id="offer-declined-is-converted",
        ),
        pytest.param(
            (("applied", 0), ("screening", 2), ("withdrawn", 10)),
            60,
            (C, C, W, N),
            id="withdrew-after-screening",
        ),
    ],
)
def test_step_outcomes(
    steps: tuple[tuple[str, float], ...], now: float, expected: tuple[Outcome, ...]
) -> None:
    progress = read_progress(app("a", *steps))
    metrics = (Metric.RESPONSE, Metric.SCREEN, Metric.INTERVIEW, Metric.OFFER)
    got = tuple(step_outcome(progress, m, now=day(now), quiet=QUIET) for m in metrics)
    assert got == expected


@pytest.mark.parametrize(
    ("steps", "now", "expected"),
    [
        pytest.param((("applied", 0),), 60, (F, F, F), id="silent-fails-every-overall-step"),
        pytest.param(
            (("applied", 0), ("screening", 2), ("interview", 9)),
            60,
            (C, C, F),
            id="interview-without-offer",
        ),
        pytest.param(
            (("applied", 0), ("screening", 2), ("interview", 50)),
            60,
            (C, C, P),
            id="recent-interview-offer-pending",
        ),
    ],
)
def test_overall_outcomes(
    steps: tuple[tuple[str, float], ...], now: float, expected: tuple[Outcome, ...]
) -> None:
    progress = read_progress(app("a", *steps))
    metrics = (Metric.APPLIED_TO_SCREEN, Metric.APPLIED_TO_INTERVIEW, Metric.APPLIED_TO_OFFER)
    assert tuple(step_outcome(progress, m, now=day(now), quiet=QUIET) for m in metrics) == expected


@pytest.mark.parametrize(
    ("steps", "now", "expected"),
    [
        pytest.param(
            (("applied", 0), ("interview", 5), ("interview", 12), ("offer", 20)),
            60,
            (C, C, N),
            id="two-rounds-then-offer",
        ),
        pytest.param(
            (("applied", 0), ("interview", 5), ("rejected", 12)), 60, (F, N, N), id="out-in-round-1"
        ),
        pytest.param(
            (("applied", 0), ("interview", 5), ("interview", 50)),
            60,
            (C, P, N),
            id="round-2-recent",
        ),
    ],
)
def test_round_outcomes(
    steps: tuple[tuple[str, float], ...], now: float, expected: tuple[Outcome, ...]
) -> None:
    progress = read_progress(app("a", *steps))
    got = tuple(round_outcome(progress, k, now=day(now), quiet=QUIET) for k in (1, 2, 3))
    assert got == expected
