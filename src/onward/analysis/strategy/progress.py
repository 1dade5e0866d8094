"""How far one application got, read from its event log alone.

Milestones, in funnel order: applied, response (any answer from the employer: a screening
call, an interview, an offer or a rejection), screening, interview, offer. Reaching a
milestone implies the earlier ones at the same moment (an application moved straight
from applied to interview was screened and answered then), as in ``analysis.pipeline``.

The log is read as the tracker writes it:

- A ``ghosted`` event is a mark, not progress. The move that undoes it (back to the stage
  held before the mark) is not progress either; a later stage after a ghosted mark is.
- A ``rejected`` event followed by any other event was retracted (a closed stage cannot
  move otherwise): it is dropped with the event that undid it.
- ``last_progress_at`` is the employer's last move (applied, a screening, each interview
  round, an offer). The quiet period is counted from it; marks and undos do not reset it.
- An application never applied (only ``saved``, or saved then withdrawn) has no
  ``applied_at`` and counts nowhere.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import IntEnum

from onward.analysis.strategy.records import (
    ACCEPTED,
    APPLIED,
    CLOSED,
    DECLINED,
    GHOSTED,
    INTERVIEW,
    OFFER,
    REJECTED,
    SCREENING,
    ApplicationRecord,
    StageEvent,
)


class Milestone(IntEnum):
    APPLIED = 0
    RESPONSE = 1
    SCREENING = 2
    INTERVIEW = 3
    OFFER = 4


# The milestone a stage reaches (with every earlier one).
_REACHES = {
    APPLIED: Milestone.APPLIED,
    SCREENING: Milestone.SCREENING,
    INTERVIEW: Milestone.INTERVIEW,
    OFFER: Milestone.OFFER,
    ACCEPTED: Milestone.OFFER,
    DECLINED: Milestone.OFFER,
    REJECTED: Milestone.RESPONSE,
}
_PROGRESS = frozenset({APPLIED, SCREENING, INTERVIEW, OFFER})


@dataclass(frozen=True)
class Progress:
    key: str
    reached: tuple[dt.datetime | None, ...]  # indexed by Milestone: first time reached
    rounds: tuple[dt.datetime, ...]  # start of each interview round
    last_progress_at: dt.datetime | None
    closed: str | None  # accepted, declined, rejected, withdrawn; None while open
    closed_at: dt.datetime | None
    ghosted: bool  # the last event is a ghosted mark

    @property
    def applied_at(self) -> dt.datetime | None:
        return self.reached[Milestone.APPLIED]

    def at(self, milestone: Milestone) -> dt.datetime | None:
        return self.reached[milestone]

    @property
    def is_open(self) -> bool:
        return self.applied_at is not None and self.closed is None


def _clean(events: tuple[StageEvent, ...]) -> list[StageEvent]:
    """Events in time order, without retracted rejections and their undo events."""
    ordered = sorted(events, key=lambda e: e.at)  # stable: same-time events keep log order
    kept: list[StageEvent] = []
    skip_next = False
    for index, event in enumerate(ordered):
        if skip_next:
            skip_next = False
            continue
        is_last = index == len(ordered) - 1
        if event.stage in CLOSED and not is_last:
            skip_next = event.stage == REJECTED  # the next event is the retraction
            continue
        kept.append(event)
    return kept


class _Reader:
    """Walks the cleaned log once, keeping the milestones and the clock."""

    def __init__(self) -> None:
        self.reached: list[dt.datetime | None] = [None] * len(Milestone)
        self.rounds: list[dt.datetime] = []
        self.last_progress: dt.datetime | None = None
        self.closed: str | None = None
        self.closed_at: dt.datetime | None = None
        self.previous = ""
        self.before_mark = ""

    def reach(self, milestone: Milestone, at: dt.datetime) -> None:
        for step in Milestone:
            if step <= milestone and self.reached[step] is None:
                self.reached[step] = at

    def read(self, event: StageEvent) -> None:
        stage = event.stage
        if stage == GHOSTED:
            self.before_mark = self.previous if self.previous != GHOSTED else self.before_mark
            self.previous = stage
            return
        undo = self.previous == GHOSTED and stage == self.before_mark
        self.previous = stage
        if stage in CLOSED:
            self.closed, self.closed_at = stage, event.at
        if stage not in _REACHES or undo:
            return
        if stage == APPLIED and self.reached[Milestone.APPLIED] is not None:
            return
        self.reach(_REACHES[stage], event.at)
        if stage == INTERVIEW:
            self.rounds.append(event.at)
        if stage in _PROGRESS:
            self.last_progress = event.at


def read_progress(record: ApplicationRecord) -> Progress:
    """The milestones, interview rounds, clock and closure of one application."""
    reader = _Reader()
    events = _clean(record.events)
    for event in events:
        reader.read(event)
    if reader.reached[Milestone.APPLIED] is None:
        reader = _Reader()  # never applied: nothing counts
    return Progress(
        key=record.key,
        reached=tuple(reader.reached),
        rounds=tuple(reader.rounds),
        last_progress_at=reader.last_progress or reader.reached[Milestone.APPLIED],
        closed=reader.closed,
        closed_at=reader.closed_at,
        ghosted=bool(events) and events[-1].stage == GHOSTED,
    )
