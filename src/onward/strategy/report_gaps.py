"""The growth report's "Skill gaps closing": the most pressing gaps (from the skills app's
cached gap report) and how far each is from closed: in your profile now, or a learning
action done, in progress or planned, or nothing yet; and the learning done in the period."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.utils import timezone

from onward.accounts.models import User
from onward.skills import selectors as skills_selectors
from onward.skills.choices import LearningStatus
from onward.skills.selectors_gaps import skill_gaps

SHOWN = 8
# The furthest a gap has got, from closed down to nothing yet.
STAGES = ("closed", LearningStatus.DONE, LearningStatus.IN_PROGRESS, LearningStatus.PLANNED, "")
STAGE_WORDS = {
    "closed": "in your profile now",
    LearningStatus.DONE: "learning done",
    LearningStatus.IN_PROGRESS: "learning in progress",
    LearningStatus.PLANNED: "learning planned",
    "": "no plan yet",
}


@dataclass(frozen=True)
class GapRow:
    label: str
    rejected: int  # rejected applications whose posting asks for it
    named: int  # times named as missing in feedback or reflections
    stage: str  # one of STAGES

    @property
    def stage_words(self) -> str:
        return STAGE_WORDS[self.stage]


@dataclass(frozen=True)
class GapsReport:
    rows: tuple[GapRow, ...]  # the most pressing gaps, SHOWN at most
    gaps_total: int
    closed: int  # of the rows, in your profile now
    learning_done: int  # learning actions completed in the period
    learning_open: int  # planned or in progress now


def _stage(in_profile: bool, statuses: set[str]) -> str:
    if in_profile:
        return "closed"
    return next((s for s in STAGES[1:-1] if s in statuses), "")


def gaps_in(owner: User, start: dt.datetime, end: dt.datetime) -> GapsReport:
    """Gaps as they stand now; learning completed between ``start`` and ``end``."""
    report = skill_gaps(owner=owner, today=timezone.localdate(), evidence_for=0)
    actions = skills_selectors.learning_action_list(owner=owner)
    statuses: dict[str, set[str]] = {}
    for skill_id, status in actions.values_list("skill_id", "status"):
        if skill_id:
            statuses.setdefault(skill_id, set()).add(status)
    rows = tuple(
        GapRow(
            g.label,
            g.rejected_count,
            g.named_count,
            _stage(g.in_profile, statuses.get(g.skill_id, set())),
        )
        for g in report.gaps[:SHOWN]
    )
    return GapsReport(
        rows=rows,
        gaps_total=len(report.gaps),
        closed=sum(r.stage == "closed" for r in rows),
        learning_done=actions.filter(
            status=LearningStatus.DONE, completed_at__gte=start, completed_at__lt=end
        ).count(),
        learning_open=actions.filter(
            status__in=[LearningStatus.PLANNED, LearningStatus.IN_PROGRESS]
        ).count(),
    )
