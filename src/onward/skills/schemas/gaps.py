"""API schemas of skill gaps, dismissals and planning from a gap."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated

from ninja import Field, Schema
from pydantic import StringConstraints

from onward.core.api.fields import In, Text
from onward.skills.choices import (
    LearningKind,
)
from onward.skills.schemas.common import Hours, Notes, RequiredSkillId, SkillId, Url


class EvidenceOut(Schema):
    application_id: int | None
    sentence: str
    requirement: str
    source: str


class GapOut(Schema):
    skill_id: str
    label: str
    score: float
    required_count: int
    preferred_count: int
    rejected_count: int
    progressing_count: int
    named_count: int
    in_profile: bool
    lift: float | None = Field(
        description=(
            "How much more often it shows up in rejections than in applications that moved "
            "forward; null below 3 rejections asking for it or 3 that moved forward."
        )
    )
    reasons: list[str]
    evidence: list[EvidenceOut]
    dismissal_id: int | None = None  # set when you marked the gap as not relevant


class GapsQuery(Schema):
    include_dismissed: bool = False


class GapsOut(Schema):
    rejected: int
    progressing: int
    attribution: str
    items: list[GapOut]
    more_in_rejections: list[str]
    dismissed_count: int
    pending: int = Field(
        description="Reflections and feedback not read for skills yet (within a minute)."
    )
    postings_pending: int = Field(
        0, description="Postings still being read for skills (after an import or install)."
    )
    postings_progress: int = Field(
        100, description="Percent of your postings read for skills (100: all done)."
    )


class GapDismissalIn(In):
    skill_id: RequiredSkillId
    reason: Annotated[Text, StringConstraints(strip_whitespace=True, max_length=500)] = ""


class GapDismissalOut(Schema):
    id: int
    uid: uuid.UUID
    skill_id: str
    label: str
    reason: str
    created_at: dt.datetime
    updated_at: dt.datetime


class PlanIn(In):
    skill_id: SkillId
    title: Annotated[Text, StringConstraints(strip_whitespace=True, max_length=200)] = ""
    kind: LearningKind = LearningKind.COURSE
    hours_planned: Hours | None = None
    due_on: dt.date | None = None
    url: Url = ""
    notes: Notes = ""
