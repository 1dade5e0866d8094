"""API schemas of check-ins, their trend and the lighter-week suggestion."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated

from ninja import Field, Schema
from pydantic import StringConstraints

from onward.core.api.fields import AwareDatetime, In, ObjectId, Text
from onward.growth.choices import (
    CheckInContext,
)
from onward.growth.schemas.common import Scale


class CheckInIn(In):
    mood: Scale
    energy: Scale
    note: Annotated[Text, StringConstraints(max_length=280)] = ""
    context: CheckInContext = CheckInContext.MANUAL
    application_id: ObjectId | None = None
    at: AwareDatetime | None = None


class CheckInOut(Schema):
    id: int
    uid: uuid.UUID
    at: dt.datetime
    mood: int
    energy: int
    note: str
    context: CheckInContext
    application_id: int | None


class CheckInQuery(Schema):
    since: AwareDatetime | None = None


class TrendQuery(Schema):
    days: int = Field(28, ge=7, le=365)


class MoodTrendOut(Schema):
    count: int
    mean_mood: float | None
    mean_energy: float | None
    slope_per_week: float | None
    direction: str
    reason: str


class TrendDayOut(Schema):
    day: dt.date
    mood: float | None
    energy: float | None
    activity: int


class TrendOut(Schema):
    trend: MoodTrendOut
    days: list[TrendDayOut]


class SuggestionOut(Schema):
    title: str
    message: str
    focus_ideas: list[str]
    reasons: list[str]
    recent_rejections: int


class ResourceOut(Schema):
    name: str
    detail: str
    url: str


class CareOut(Schema):
    title: str
    message: str
    resources: list[ResourceOut]
    reasons: list[str]


class GuardrailOut(Schema):
    suggestion: SuggestionOut | None
    dismissed_on: dt.date | None
    care: CareOut | None = Field(
        None, description="After repeated very low check-ins: a note and where to find support."
    )
