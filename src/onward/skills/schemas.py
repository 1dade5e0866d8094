"""JSON shapes of the skills API: the learning plan, profile skills, resumes, fit, gaps
and the gaps you dismissed."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Annotated, Any

from ninja import Field, Schema
from pydantic import StringConstraints

from onward.api.fields import OMITTED, Name, ObjectId, Text
from onward.skills.choices import (
    LearningKind,
    LearningStatus,
    SkillLevel,
    SkillSource,
    SkillStatus,
)
from onward.skills.models import LearningAction
from onward.tracker.schemas import In

Hours = Annotated[Decimal, Field(ge=0, le=99_999, max_digits=6, decimal_places=1)]
Url = Annotated[Text, StringConstraints(strip_whitespace=True, max_length=1000)]
Notes = Annotated[Text, StringConstraints(max_length=20_000)]
Label = Annotated[Text, StringConstraints(strip_whitespace=True, max_length=200)]
SkillId = Annotated[Text, StringConstraints(strip_whitespace=True, max_length=300)]
RequiredSkillId = Annotated[
    Text, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)
]


class LearningActionIn(In):
    title: Name
    kind: LearningKind = LearningKind.COURSE
    skill_label: Label = ""
    hours_planned: Hours | None = None
    due_on: dt.date | None = None
    url: Url = ""
    notes: Notes = ""
    application_ids: list[ObjectId] = Field(default_factory=list, max_length=50)
    reframe_id: ObjectId | None = None
    skill_id: SkillId = ""


class LearningActionPatch(In):
    title: Name = Field(OMITTED)
    kind: LearningKind = Field(OMITTED)
    skill_label: Label = Field(OMITTED)
    skill_id: SkillId = Field(OMITTED)
    status: LearningStatus = Field(OMITTED)
    hours_planned: Hours | None = None
    hours_spent: Hours = Field(OMITTED)
    due_on: dt.date | None = None
    url: Url = Field(OMITTED)
    notes: Notes = Field(OMITTED)
    application_ids: list[ObjectId] = Field(OMITTED, max_length=50)


class LearningActionOut(Schema):
    id: int
    uid: uuid.UUID
    title: str
    kind: LearningKind
    skill_label: str
    skill_id: str
    status: LearningStatus
    hours_planned: Decimal | None
    hours_spent: Decimal
    due_on: dt.date | None
    url: str
    notes: str
    completed_at: dt.datetime | None
    application_ids: list[int]
    reframe_id: int | None
    created_at: dt.datetime
    updated_at: dt.datetime

    @staticmethod
    def resolve_application_ids(obj: LearningAction) -> list[Any]:
        return sorted(app.pk for app in obj.surfaced_by.all())


class LearningActionQuery(Schema):
    status: LearningStatus | None = None
    application_id: ObjectId | None = None


# --- profile skills and resumes ------------------------------------------------------------


class ProfileSkillIn(In):
    skill_id: SkillId = Field("", description="A taxonomy skill id (see /taxonomy/skills).")
    label: Label = Field("", description="Or a skill's name; refused when ambiguous.")
    level: SkillLevel = SkillLevel.UNSET


class ProfileSkillPatch(In):
    level: SkillLevel = Field(OMITTED)
    status: SkillStatus = Field(OMITTED)


class ProfileSkillOut(Schema):
    id: int
    uid: uuid.UUID
    skill_id: str
    label: str
    taxonomy_key: str
    level: str
    source: SkillSource
    status: SkillStatus
    evidence: str
    created_at: dt.datetime
    updated_at: dt.datetime


class ProfileSkillQuery(Schema):
    status: SkillStatus | None = None


class ResumeIn(In):
    text: Annotated[Text, StringConstraints(max_length=200_000)]
    filename: Annotated[Text, StringConstraints(strip_whitespace=True, max_length=255)] = ""


class ResumeOut(Schema):
    id: int
    uid: uuid.UUID
    filename: str
    text: str
    created_at: dt.datetime


class ResumeAddedOut(Schema):
    resume: ResumeOut
    found: int
    suggested: list[ProfileSkillOut]


# --- taxonomy, posting skills, fit and gaps ------------------------------------------------


class TaxonomySkillOut(Schema):
    id: str
    label: str
    alt_labels: list[str]
    kind: str
    category: str


class TaxonomySearchOut(Schema):
    taxonomy: str
    attribution: str
    items: list[TaxonomySkillOut]


class TaxonomyQuery(Schema):
    q: Annotated[str, StringConstraints(max_length=200)] = ""
    limit: int = Field(10, ge=1, le=50)


class PostingSkillOut(Schema):
    skill_id: str
    label: str
    taxonomy_key: str
    surface: str
    start: int
    end: int
    method: str
    score: float
    requirement: str
    sentence: str


class PostingSkillsOut(Schema):
    posting_id: int
    analysed: bool
    attribution: str
    items: list[PostingSkillOut]


class FitSkillOut(Schema):
    skill_id: str
    label: str
    requirement: str
    matched: bool
    sentences: list[str]


class FitOut(Schema):
    score: float | None
    percent: int | None
    reasons: list[str]
    skills: list[FitSkillOut]
    attribution: str


class PostingCheckIn(In):
    text: Annotated[Text, StringConstraints(min_length=1, max_length=100_000)]


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
    lift: float | None
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
