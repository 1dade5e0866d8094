from __future__ import annotations

import pytest

from onward.tracker.choices import Stage
from onward.tracker.stages import allowed_moves, move_error


@pytest.mark.parametrize(
    ("current", "before", "expected"),
    [
        pytest.param(
            Stage.SAVED,
            None,
            ["applied", "screening", "interview", "offer", "withdrawn"],
            id="saved",
        ),
        pytest.param(
            Stage.APPLIED,
            None,
            ["screening", "interview", "offer", "rejected", "withdrawn", "ghosted"],
            id="applied",
        ),
        pytest.param(
            Stage.INTERVIEW,
            None,
            ["interview", "offer", "rejected", "withdrawn", "ghosted"],
            id="interview-next-round",
        ),
        pytest.param(
            Stage.OFFER, None, ["accepted", "declined", "rejected", "withdrawn"], id="offer"
        ),
        pytest.param(
            Stage.GHOSTED,
            Stage.SCREENING,
            ["screening", "interview", "offer", "rejected", "withdrawn"],
            id="ghosted-resumes",
        ),
        pytest.param(Stage.REJECTED, None, [], id="rejected-closed"),
        pytest.param(Stage.ACCEPTED, None, [], id="accepted-closed"),
    ],
)
def test_allowed_moves(current: Stage, before: Stage | None, expected: list[str]) -> None:
    assert [s.value for s in allowed_moves(current, before_ghosted=before)] == expected


def test_move_error_messages() -> None:
    assert move_error(Stage.APPLIED, Stage.SCREENING) is None
    assert "closed" in (move_error(Stage.WITHDRAWN, Stage.APPLIED) or "")
    assert "Cannot move from applied to saved" in (move_error(Stage.APPLIED, Stage.SAVED) or "")
