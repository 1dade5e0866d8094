"""What accepting should change, given the news and where the application is."""

from __future__ import annotations

import datetime as dt

import pytest

from onward.inbox.proposals import describe, path_to, propose
from onward.tracker.choices import Stage

DAY = dt.datetime(2025, 3, 1, tzinfo=dt.UTC)
S = Stage

CASES = [
    pytest.param(S.REJECTED, S.INTERVIEW, "rejected", "", id="rejection"),
    pytest.param(S.REJECTED, S.REJECTED, "", "already rejected", id="already-closed"),
    pytest.param(S.APPLIED, S.SAVED, "applied", "", id="ack-for-a-saved-one"),
    pytest.param(S.APPLIED, S.INTERVIEW, "", "already past that", id="ack-after-interview"),
    pytest.param(S.SCREENING, S.APPLIED, "screening", "", id="assessment"),
    pytest.param(S.OFFER, S.INTERVIEW, "offer", "", id="offer"),
    pytest.param(S.INTERVIEW, S.GHOSTED, "interview", "", id="back-from-ghosted"),
    pytest.param(S.WITHDRAWN, S.SCREENING, "withdrawn", "", id="withdrawal"),
    pytest.param(S.INTERVIEW, S.INTERVIEW, "", "already at interview", id="same-round"),
    pytest.param(S.REJECTED, S.SAVED, "rejected", "", id="saved-then-rejected"),
    pytest.param(S.OFFER, None, "offer", "", id="new-application"),
    pytest.param(None, S.APPLIED, "", "no stage", id="unknown-status"),
]


@pytest.mark.parametrize(("target", "current", "stage", "note"), CASES)
def test_propose(target: Stage | None, current: Stage | None, stage: str, note: str) -> None:
    proposal = propose(target, current)
    assert proposal.stage == stage
    assert note in proposal.note


def test_a_later_interview_invitation_is_the_next_round() -> None:
    later = propose(S.INTERVIEW, S.INTERVIEW, when=DAY + dt.timedelta(days=9), changed_at=DAY)
    assert (later.stage, later.note) == ("interview", "the next interview round")
    soon = propose(S.INTERVIEW, S.INTERVIEW, when=DAY + dt.timedelta(days=1), changed_at=DAY)
    assert soon.stage == ""


@pytest.mark.parametrize(
    ("current", "target", "path"),
    [
        pytest.param(S.APPLIED, S.ACCEPTED, [S.OFFER, S.ACCEPTED], id="via-offer"),
        pytest.param(S.SAVED, S.REJECTED, [S.APPLIED, S.REJECTED], id="saved-rejected"),
        pytest.param(S.APPLIED, S.INTERVIEW, [S.INTERVIEW], id="direct"),
        pytest.param(S.OFFER, S.OFFER, [], id="there"),
        pytest.param(S.REJECTED, S.OFFER, None, id="closed"),
    ],
)
def test_path_to(current: Stage, target: Stage, path: list[Stage] | None) -> None:
    assert path_to(current, target) == path


@pytest.mark.parametrize(
    ("stage", "new", "text"),
    [
        pytest.param("rejected", False, "Log the rejection", id="reject"),
        pytest.param("interview", False, "Move it to interview", id="move"),
        pytest.param("", False, "Nothing to change", id="nothing"),
        pytest.param("applied", True, "Add a new application at Acme (applied)", id="new"),
        pytest.param(
            "rejected",
            True,
            "Add a new application at Acme, then log the rejection",
            id="new-then-reject",
        ),
        pytest.param("withdrawn", False, "Mark it withdrawn", id="withdrawn"),
    ],
)
def test_describe(stage: str, new: bool, text: str) -> None:
    assert describe(stage, new=new, company="Acme") == text
