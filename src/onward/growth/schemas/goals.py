"""API schemas of weekly goals, their entries, progress and streaks."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Annotated, Any

from ninja import Field, Schema
from pydantic import StringConstraints, field_validator

from onward.analysis.streaks import Progress, Streak
from onward.core.api.fields import OMITTED, In, ObjectId, Text
from onward.growth.choices import GoalMetric
from onward.growth.selectors import GoalStatus
from onward.growth.services.goals import goal_name

Target = Annotated[int, Field(ge=1, le=1000)]


class GoalIn(In):
    metric: GoalMetric
    target: Target
    label: Annotated[Text, StringConstraints(strip_whitespace=True, max_length=120)] = ""
    reframe_id: ObjectId | None = None
    started_on: dt.date | None = None


class GoalPatch(In):
    target: Target = Field(OMITTED)
    label: Annotated[Text, StringConstraints(strip_whitespace=True, max_length=120)] = Field(
        OMITTED
    )
    active: bool = Field(OMITTED)


class ProgressOut(Schema):
    done: int
    target: int
    ratio: float
    met: bool
    remaining: int
    extra: int
    label: str


class StreakOut(Schema):
    unit: str
    current: int
    longest: int
    last_done: dt.date | None
    done_now: bool
    at_risk: bool
    reason: str


def progress_fields(progress: Progress) -> dict[str, Any]:
    return {name: getattr(progress, name) for name in ProgressOut.model_fields}


def streak_fields(streak: Streak) -> dict[str, Any]:
    return {name: getattr(streak, name) for name in StreakOut.model_fields}


class GoalOut(Schema):
    id: int
    uid: uuid.UUID
    metric: GoalMetric
    label: str
    name: str = Field(description='How the goal reads, e.g. "5 tailored applications a week".')
    target: int
    active: bool
    started_on: dt.date
    reframe_id: int | None
    week_start: dt.date
    progress: ProgressOut = Field(description="This week.")
    streak: StreakOut = Field(description="Weeks met in a row.")

    @classmethod
    def of(cls, status: GoalStatus) -> dict[str, Any]:
        goal = status.goal
        fields = ("id", "uid", "metric", "label", "target", "active", "started_on", "reframe_id")
        return {name: getattr(goal, name) for name in fields} | {
            "name": goal_name(goal),
            "week_start": status.week_start,
            "progress": progress_fields(status.progress),
            "streak": streak_fields(status.streak),
        }


class GoalEntryIn(In):
    amount: Decimal = Field(Decimal(1), gt=0, le=9999, max_digits=6, decimal_places=2)
    on: dt.date | None = None
    note: Annotated[Text, StringConstraints(max_length=200)] = ""

    @field_validator("amount")
    @classmethod
    def _finite(cls, value: Decimal) -> Decimal:
        if not value.is_finite():
            raise ValueError("Log a number.")
        return value


class GoalEntryOut(Schema):
    id: int
    uid: uuid.UUID
    goal_id: int
    on: dt.date
    amount: Decimal
    note: str
