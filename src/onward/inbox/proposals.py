"""What accepting a message or row should change: the stage it points to, given where the
application is now. Pure functions over stages (no database)."""

from __future__ import annotations

import datetime as dt
from collections import deque
from dataclasses import dataclass

from onward.inbox.choices import ItemLabel
from onward.tracker import stages
from onward.tracker.choices import CLOSED, FUNNEL, Stage

# The stage each kind of message points to. An assessment (a test, a take-home, a
# background check) is the screening step of Onward's funnel.
LABEL_STAGE: dict[str, Stage] = {
    ItemLabel.APPLICATION_RECEIVED: Stage.APPLIED,
    ItemLabel.ASSESSMENT: Stage.SCREENING,
    ItemLabel.INTERVIEW_INVITATION: Stage.INTERVIEW,
    ItemLabel.OFFER: Stage.OFFER,
    ItemLabel.REJECTION: Stage.REJECTED,
    ItemLabel.WITHDRAWAL: Stage.WITHDRAWN,
}
_ORDER = {stage: index for index, stage in enumerate(FUNNEL)}
NEXT_ROUND_AFTER = dt.timedelta(days=5)
# Stages a new application can be created at; the rest are reached by moves after it.
START_STAGES = (Stage.SAVED, Stage.APPLIED)


@dataclass(frozen=True)
class Proposal:
    """The stage to move to ("" for nothing to change) and why not, when not."""

    stage: str
    note: str = ""


def propose(
    target: Stage | None,
    current: Stage | None,
    *,
    when: dt.datetime | None = None,
    changed_at: dt.datetime | None = None,
) -> Proposal:
    """The change for news pointing to ``target`` about an application at ``current``
    (None: a new application, which can be created at any stage)."""
    if target is None:
        return Proposal("", "no stage to move to")
    if current is None:
        return Proposal(target)
    if current in CLOSED:
        return Proposal("", f"the application is already {current.label.lower()}")
    if current == target:
        return _same_stage(current, when, changed_at)
    if target in _ORDER and current in _ORDER and _ORDER[target] < _ORDER[current]:
        return Proposal("", f"the application is already past that ({current.label.lower()})")
    if path_to(current, target) is None:
        return Proposal("", f"cannot move from {current.label.lower()} to {target.label.lower()}")
    return Proposal(target)


def _same_stage(
    current: Stage, when: dt.datetime | None, changed_at: dt.datetime | None
) -> Proposal:
    if current == Stage.INTERVIEW and when and changed_at and when > changed_at + NEXT_ROUND_AFTER:
        return Proposal(Stage.INTERVIEW, "the next interview round")
    return Proposal("", f"the application is already at {current.label.lower()}")


def path_to(current: Stage, target: Stage) -> list[Stage] | None:
    """The shortest list of moves from ``current`` to ``target`` (``[]`` when already
    there, None when it cannot be reached), e.g. applied -> accepted is offer, accepted."""
    if current == target:
        return []
    seen = {current}
    queue: deque[tuple[Stage, list[Stage]]] = deque([(current, [])])
    while queue:
        stage, path = queue.popleft()
        for step in stages.allowed_moves(stage):
            if step == target:
                return [*path, step]
            if step not in seen and step not in CLOSED:
                seen.add(step)
                queue.append((step, [*path, step]))
    return None


def start_stage(target: Stage) -> Stage:
    """Where a new application starts on its way to ``target``."""
    return Stage.SAVED if target == Stage.SAVED else Stage.APPLIED


def describe(stage: str, *, new: bool, company: str = "") -> str:
    """The change in words: "Move to interview", "Log the rejection", "Add ... at applied"."""
    if new:
        where = f" at {company}" if company else ""
        if not stage or stage in START_STAGES:
            return f"Add a new application{where} ({Stage(stage or Stage.APPLIED).label.lower()})"
        return f"Add a new application{where}, then {_verb(Stage(stage))}"
    if not stage:
        return "Nothing to change"
    return _verb(Stage(stage)).capitalize()


def _verb(stage: Stage) -> str:
    if stage == Stage.REJECTED:
        return "log the rejection"
    if stage == Stage.WITHDRAWN:
        return "mark it withdrawn"
    return f"move it to {stage.label.lower()}"
