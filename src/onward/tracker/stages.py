"""The stage machine: which moves are allowed from where. Pure functions, no database."""

from __future__ import annotations

from onward.tracker.choices import CLOSED, FUNNEL, Stage

_ORDER = {stage: index for index, stage in enumerate(FUNNEL)}
# The dashboard's order: open stages along the funnel (ghosted last), then closed ones.
ACTIVE_ORDER = (*FUNNEL, Stage.GHOSTED)
CLOSED_ORDER = (Stage.ACCEPTED, Stage.DECLINED, Stage.REJECTED, Stage.WITHDRAWN)
DISPLAY_ORDER = {stage.value: i for i, stage in enumerate((*ACTIVE_ORDER, *CLOSED_ORDER))}
# Stages an application can go ghosted from (waiting on the employer).
GHOSTABLE = frozenset({Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEW})


def allowed_moves(current: Stage, *, before_ghosted: Stage | None = None) -> list[Stage]:
    """Stages reachable from ``current`` by a user move, in display order.

    Rejection is recorded through ``rejection_record`` (it needs details), but it is
    listed here so callers can offer it. ``before_ghosted`` is the stage an application
    was in when it went quiet: a ghosted application can resume from there.
    """
    if current in CLOSED:
        return []
    forward: list[Stage]
    if current == Stage.GHOSTED:
        base = before_ghosted or Stage.APPLIED
        forward = [s for s in FUNNEL if _ORDER[s] >= _ORDER[base] and s != Stage.SAVED]
        return [*forward, Stage.REJECTED, Stage.WITHDRAWN]
    if current == Stage.OFFER:
        return [Stage.ACCEPTED, Stage.DECLINED, Stage.REJECTED, Stage.WITHDRAWN]
    forward = [s for s in FUNNEL if _ORDER[s] > _ORDER[current]]
    if current == Stage.INTERVIEW:
        forward = [Stage.INTERVIEW, *forward]  # the next round
    if current == Stage.SAVED:
        return [*forward, Stage.WITHDRAWN]
    return [*forward, Stage.REJECTED, Stage.WITHDRAWN, Stage.GHOSTED]


def move_error(current: Stage, target: Stage, *, before_ghosted: Stage | None = None) -> str | None:
    """Why ``current -> target`` is not allowed, or None when it is."""
    if current in CLOSED:
        return f"This application is closed ({current.label.lower()}); it cannot move."
    if target not in allowed_moves(current, before_ghosted=before_ghosted):
        return f"Cannot move from {current.label.lower()} to {target.label.lower()}."
    return None
