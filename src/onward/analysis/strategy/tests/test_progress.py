from __future__ import annotations

import pytest

from onward.analysis.strategy.progress import Milestone, read_progress
from onward.analysis.strategy.records import ApplicationRecord, StageEvent
from onward.analysis.strategy.tests.builders import app, day

M = Milestone


@pytest.mark.parametrize(
    ("steps", "reached", "last_progress", "closed"),
    [
        pytest.param((("applied", 0),), {M.APPLIED: 0}, 0, None, id="just-applied"),
        pytest.param(
            (("applied", 0), ("rejected", 5)),
            {M.APPLIED: 0, M.RESPONSE: 5},
            0,
            "rejected",
            id="rejection-is-an-answer",
        ),
        pytest.param(
            (("applied", 0), ("interview", 9)),
            {M.APPLIED: 0, M.RESPONSE: 9, M.SCREENING: 9, M.INTERVIEW: 9},
            9,
            None,
            id="straight-to-interview-implies-screening",
        ),
        pytest.param(
            (("saved", 0), ("screening", 4)),
            {M.APPLIED: 4, M.RESPONSE: 4, M.SCREENING: 4},
            4,
            None,
            id="saved-then-screening-counts-as-applied-then",
        ),
        pytest.param(
            (("applied", 0), ("screening", 3), ("interview", 8), ("offer", 20), ("accepted", 22)),
            {M.APPLIED: 0, M.RESPONSE: 3, M.SCREENING: 3, M.INTERVIEW: 8, M.OFFER: 20},
            20,
            "accepted",
            id="the-whole-way",
        ),
        pytest.param(
            (("rejected", 5),),
            {M.APPLIED: 5, M.RESPONSE: 5},
            5,
            "rejected",
            id="imported-rejection-without-applied-event",
        ),
        pytest.param(
            (("applied", 0), ("ghosted", 30), ("applied", 33)),
            {M.APPLIED: 0},
            0,
            None,
            id="undone-ghost-mark-is-not-progress",
        ),
        pytest.param(
            (("applied", 0), ("ghosted", 30), ("screening", 36)),
            {M.APPLIED: 0, M.RESPONSE: 36, M.SCREENING: 36},
            36,
            None,
            id="late-answer-after-ghost-mark",
        ),
        pytest.param(
            (("applied", 0), ("rejected", 4), ("applied", 6)),
            {M.APPLIED: 0},
            0,
            None,
            id="retracted-rejection-is-dropped",
        ),
        pytest.param(
            (("applied", 0), ("screening", 2), ("rejected", 4), ("screening", 5), ("rejected", 9)),
            {M.APPLIED: 0, M.RESPONSE: 2, M.SCREENING: 2},
            2,
            "rejected",
            id="retracted-then-rejected-again",
        ),
    ],
)
def test_read_progress(
    steps: tuple[tuple[str, float], ...],
    reached: dict[Milestone, float],
    last_progress: float,
    closed: str | None,
) -> None:
    progress = read_progress(app("a", *steps))
    assert {m: t for m in Milestone if (t := progress.at(m)) is not None} == {
        m: day(d) for m, d in reached.items()
    }
    assert progress.last_progress_at == day(last_progress)
    assert progress.closed == closed


@pytest.mark.parametrize(
    "steps",
    [
        pytest.param((), id="no-events"),
        pytest.param((("saved", 0),), id="only-saved"),
        pytest.param((("saved", 0), ("withdrawn", 3)), id="saved-then-withdrawn"),
    ],
)
def test_never_applied_counts_nowhere(steps: tuple[tuple[str, float], ...]) -> None:
    progress = read_progress(app("a", *steps))
    assert progress.applied_at is None
    assert not progress.is_open
    assert progress.closed is None


def test_interview_rounds_and_ghost_marks() -> None:
    progress = read_progress(
        app(
            "a",
            ("applied", 0),
            ("interview", 5),
            ("ghosted", 35),
            ("interview", 37),  # the undo of the mark: not a new round
            ("interview", 44),
        )
    )
    assert progress.rounds == (day(5), day(44))
    assert progress.last_progress_at == day(44)
    assert not progress.ghosted


def test_events_are_read_in_time_order() -> None:
    record = ApplicationRecord(
        "a", (StageEvent("screening", day(4)), StageEvent("applied", day(1)))
    )
    progress = read_progress(record)
    assert progress.applied_at == day(1)
    assert progress.at(Milestone.RESPONSE) == day(4)


def test_currently_ghosted() -> None:
    progress = read_progress(app("a", ("applied", 0), ("ghosted", 30)))
    assert progress.ghosted and progress.is_open
