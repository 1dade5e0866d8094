"""API schemas of profile skills and resumes."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated

from ninja import Field, Schema
from pydantic import StringConstraints

from onward.core.api.fields import OMITTED, In, Text
from onward.skills.choices import (
    SkillLevel,
    SkillSource,
    SkillStatus,
)
from onward.skills.schemas.common import Label, SkillId


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
