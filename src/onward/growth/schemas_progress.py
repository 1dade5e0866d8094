"""JSON shapes of the growth API: wins, goals, habits, follow-ups, the rebound flow,
lessons search and the timeline."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Annotated, Any, Literal

from ninja import Field, Schema
from pydantic import StringConstraints, field_validator

from onward.analysis.streaks import Progress, Streak
from onward.api.fields import OMITTED, AwareDatetime, Name, ObjectId, ShortText, Text
from onward.growth import links
from onward.growth.choices import Cadence, GoalMetric, HabitKind, ReboundStep, WinKind
from onward.growth.models import ReboundFlow
from onward.growth.selectors import TIMELINE_KINDS, GoalStatus, HabitStatus
from onward.growth.services.goals import goal_name
from onward.tracker.schemas import In, RejectionOut

API = "/api/v1"

# --- wins --------------------------------------------------------------------------------


class WinIn(In):
    title: Name
    note: Annotated[Text, StringConstraints(max_length=5000)] = ""
    occurred_at: AwareDatetime | None = None
    application_id: ObjectId | None = None


class WinOut(Schema):
    id: int
    uid: uuid.UUID
    kind: WinKind
    title: str
    note: str
    occurred_at: dt.datetime
    application_id: int | None
    automatic: bool
    celebrated_at: dt.datetime | None

    @staticmethod
    def resolve_automatic(obj: Any) -> bool:
        return bool(obj.source_key)


class WinQuery(Schema):
    kind: WinKind | None = None
    application_id: ObjectId | None = None


# --- goals -------------------------------------------------------------------------------

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


def _progress(progress: Progress) -> dict[str, Any]:
    return {name: getattr(progress, name) for name in ProgressOut.model_fields}


def _streak(streak: Streak) -> dict[str, Any]:
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
            "progress": _progress(status.progress),
            "streak": _streak(status.streak),
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


# --- habits ------------------------------------------------------------------------------


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
            "streak": _streak(status.streak),
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


# --- follow-ups --------------------------------------------------------------------------


class FollowUpIn(In):
    title: Name
    due_on: dt.date | None = None
    application_id: ObjectId | None = None
    notes: Annotated[Text, StringConstraints(max_length=5000)] = ""


class FollowUpPatch(In):
    title: Name = Field(OMITTED)
    due_on: dt.date | None = None
    notes: Annotated[Text, StringConstraints(max_length=5000)] = Field(OMITTED)


class FollowUpOut(Schema):
    id: int
    uid: uuid.UUID
    title: str
    due_on: dt.date | None
    done_at: dt.datetime | None
    application_id: int | None
    notes: str
    created_at: dt.datetime


class FollowUpQuery(Schema):
    open_only: bool = False
    application_id: ObjectId | None = None


# --- the rebound flow --------------------------------------------------------------------


class ReboundIn(In):
    """``start`` it, finish (``advance``) or ``skip`` a step, or ``goto`` any step."""

    action: Literal["start", "advance", "skip", "goto"] = "start"
    step: ReboundStep | None = Field(None, description="Default: the current step.")
    reflection_id: ObjectId | None = None
    checkin_id: ObjectId | None = None
    reframe_id: ObjectId | None = None


def rebound_links(flow: ReboundFlow) -> dict[str, str]:
    """Where each step's data goes in the API, and the flow's web page."""
    app = flow.rejection.application_id
    return {
        "self": f"{API}/rebound/{flow.rejection_id}",
        "reflect": f"{API}/reflections",
        "feedback": f"{API}/applications/{app}/feedback-request/drafts",
        "checkin": f"{API}/checkins",
        "reframe": f"{API}/reframes",
        "next": f"{API}/follow-ups",
        "web": links.url_for("rebound", flow.rejection_id),
    }


class ReboundOut(Schema):
    id: int
    rejection_id: int
    application_id: int
    step: ReboundStep
    skipped: list[ReboundStep]
    reflection_id: int | None
    checkin_id: int | None
    reframe_id: int | None
    finished_at: dt.datetime | None
    created_at: dt.datetime
    links: dict[str, str]

    @staticmethod
    def resolve_application_id(obj: ReboundFlow) -> int:
        return obj.rejection.application_id

    @staticmethod
    def resolve_links(obj: ReboundFlow) -> dict[str, str]:
        return rebound_links(obj)


class RejectionWithReboundOut(RejectionOut):
    """A new rejection, with the guided flow it started."""

    rebound: ReboundOut | None

    @staticmethod
    def resolve_rebound(obj: Any) -> ReboundFlow | None:
        return getattr(obj, "rebound", None)


# --- search and timeline -----------------------------------------------------------------

LessonKind = Literal["reflection", "feedback", "reframe"]


class LessonQuery(Schema):
    q: ShortText = Field("", description='Words, "phrases", -exclude, OR.')
    kinds: list[LessonKind] = Field(default_factory=list, description="Repeat to narrow.")
    limit: int = Field(50, ge=1, le=200)


class LessonHitOut(Schema):
    kind: LessonKind
    obj_id: int
    title: str
    snippet: str = Field(description="HTML: the text escaped, matches in <mark>.")
    at: dt.datetime
    url: str
    application_id: int | None


class TimelineQuery(Schema):
    kinds: list[str] = Field(
        default_factory=list, description="Repeat (?kinds=a&kinds=b) or comma-separate."
    )
    application_id: ObjectId | None = None
    before: AwareDatetime | None = Field(None, description="Only items before this (paging).")
    limit: int = Field(100, ge=1, le=500)

    @field_validator("kinds")
    @classmethod
    def _kinds(cls, value: list[str]) -> list[str]:
        kinds = [part.strip() for item in value for part in item.split(",") if part.strip()]
        known = [kind for kind, _ in TIMELINE_KINDS]
        unknown = sorted(set(kinds) - set(known))
        if unknown:
            raise ValueError(f"Unknown kind(s): {', '.join(unknown)}. Use: {', '.join(known)}.")
        return kinds


class TimelineItemOut(Schema):
    kind: str = Field(description="One of the kinds listed under GET /timeline.")
    at: dt.datetime
    title: str
    detail: str
    url: str
    application_id: int | None
    obj_id: int
    win: bool
