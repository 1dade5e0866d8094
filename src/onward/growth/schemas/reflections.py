"""API schemas of reflections: moments, factors, what you would keep or change."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any, Literal

from ninja import Field, Schema
from pydantic import StringConstraints

from onward.core.api.fields import OMITTED, In, ObjectId, Text
from onward.growth.choices import (
    Control,
    ReflectionKind,
)
from onward.growth.models import Reflection
from onward.growth.schemas.common import Round, Tag
from onward.tracker.choices import Stage


class MomentIn(In):
    stage: Stage | Literal[""] = ""
    interview_round: Round | None = None
    question: Text = ""
    note: Text = ""


class FactorIn(In):
    text: Annotated[str, StringConstraints(max_length=300)]
    control: Control = Control.UNSURE


class ReflectionIn(In):
    kind: ReflectionKind = ReflectionKind.GENERAL
    application_id: ObjectId | None = None
    event_id: ObjectId | None = None
    went_well: Text = ""
    lacked: Text = ""
    skill_tags: list[Tag] = Field(default_factory=list, max_length=30)
    moments: list[MomentIn] = Field(default_factory=list, max_length=50)
    factors: list[FactorIn] = Field(default_factory=list, max_length=50)

    def content(self) -> dict[str, Any]:
        return self.model_dump(include={"went_well", "lacked", "skill_tags", "moments", "factors"})


class ReflectionPatch(In):
    went_well: Text = Field(OMITTED)
    lacked: Text = Field(OMITTED)
    skill_tags: list[Tag] = Field(OMITTED, max_length=30)
    moments: list[MomentIn] = Field(OMITTED, max_length=50)
    factors: list[FactorIn] = Field(OMITTED, max_length=50)

    def merged(self, reflection: Reflection) -> dict[str, Any]:
        """Every content field: what was sent, else what the reflection has now."""
        current: dict[str, Any] = {
            "went_well": reflection.went_well,
            "lacked": reflection.lacked,
            "skill_tags": reflection.skill_tags,
            "moments": [
                {
                    "stage": m.stage,
                    "interview_round": m.interview_round,
                    "question": m.question,
                    "note": m.note,
                }
                for m in reflection.moments.all()
            ],
            "factors": [{"text": f.text, "control": f.control} for f in reflection.factors.all()],
        }
        return current | self.changes()


class MomentOut(Schema):
    id: int
    stage: Stage | Literal[""]
    interview_round: int | None
    question: str
    note: str


class FactorOut(Schema):
    id: int
    text: str
    control: Control


class ReflectionOut(Schema):
    id: int
    uid: uuid.UUID
    kind: ReflectionKind
    application_id: int | None
    event_id: int | None
    went_well: str
    lacked: str
    skill_tags: list[str]
    moments: list[MomentOut]
    factors: list[FactorOut]
    created_at: dt.datetime
    updated_at: dt.datetime

    @staticmethod
    def resolve_moments(obj: Reflection) -> list[Any]:
        return list(obj.moments.all())

    @staticmethod
    def resolve_factors(obj: Reflection) -> list[Any]:
        return list(obj.factors.all())


class ReflectionQuery(Schema):
    application_id: ObjectId | None = None
