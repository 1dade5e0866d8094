"""API schemas of the learning plan."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

from ninja import Field, Schema

from onward.core.api.fields import OMITTED, In, Name, ObjectId
from onward.skills.choices import (
    LearningKind,
    LearningStatus,
)
from onward.skills.models import LearningAction
from onward.skills.schemas.common import Hours, Label, Notes, SkillId, Url


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
