"""API schemas of habits and their check-offs."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any

from ninja import Field, Schema
from pydantic import StringConstraints

from onward.core.api.fields import OMITTED, In, Name
from onward.growth.choices import Cadence, HabitKind
from onward.growth.schemas.goals import StreakOut, streak_fields
from onward.growth.selectors import HabitStatus


class HabitIn(In):
    name: Annotated[Name, StringConstraints(max_length=120)]
    kind: HabitKind = HabitKind.OTHER
    cadence: Cadence = Cadence.DAILY


class HabitPatch(In):
    name: Annotated[Name, StringConstraints(max_length=120)] = Field(OMITTED)
    kind: HabitKind = Field(OMITTED)
    cadence: Cadence = Field(OMITTED)
    active: bool = Field(OMITTED)


class HabitOut(Schema):
    id: int
    uid: uuid.UUID
    name: str
    kind: HabitKind
    cadence: Cadence
    active: bool
    streak: StreakOut
    done_today: bool
    done_this_week: bool

    @classmethod
    def of(cls, status: HabitStatus) -> dict[str, Any]:
        habit = status.habit
        fields = ("id", "uid", "name", "kind", "cadence", "active")
        return {name: getattr(habit, name) for name in fields} | {
            "streak": streak_fields(status.streak),
            "done_today": status.done_today,
            "done_this_week": status.done_this_week,
        }


class HabitCheckIn(In):
    on: dt.date | None = None


class HabitCheckQuery(Schema):
    on: dt.date | None = Field(None, description="Default: today.")


class HabitCheckOut(Schema):
    id: int
    habit_id: int
    on: dt.date
