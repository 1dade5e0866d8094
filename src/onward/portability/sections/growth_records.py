"""The growth loop's and the learning plan's records in the export file."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, PlainSerializer, StrictStr
from pydantic_core import PydanticCustomError

from onward.growth.choices import (
    Cadence,
    CheckInContext,
    Control,
    DraftTone,
    FeedbackStatus,
    FeedbackTheme,
    GoalMetric,
    HabitKind,
    ReboundStep,
    ReflectionKind,
    WinKind,
)
from onward.portability.fields import Count, Day, Flag, Timestamp, Uid, one_of
from onward.portability.sections.base import Record
from onward.skills.choices import LearningKind, LearningStatus
from onward.tracker.choices import Stage


def _decimal(value: Any) -> Decimal:
    """Amounts are written as strings ("2.50") so no precision is lost."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, str):
        try:
            number = Decimal(value)
        except InvalidOperation:
            number = Decimal("NaN")
        if number.is_finite():
            return number
    raise PydanticCustomError("decimal", 'expected a number as a string, e.g. "2.5"')


Amount = Annotated[
    Decimal,
    BeforeValidator(_decimal),
    Field(ge=0, le=99_999),
    PlainSerializer(str, return_type=str),
]
Scale = Annotated[int, Field(strict=True, ge=1, le=5)]
Texts = list[StrictStr]


class ReflectionRecord(Record):
    application: Uid | None = None
    event: Uid | None = None
    kind: Annotated[StrictStr, one_of(ReflectionKind, "reflection kind")]
    went_well: StrictStr = ""
    lacked: StrictStr = ""
    skill_tags: Texts = []


class UnsureMomentRecord(Record):
    reflection: Uid
    stage: Annotated[StrictStr, one_of(Stage, "stage", blank=True)] = ""
    interview_round: Count | None = None
    question: StrictStr = ""
    note: StrictStr = ""


class ControlFactorRecord(Record):
    reflection: Uid
    text: StrictStr
    control: Annotated[StrictStr, one_of(Control, "control")]


class FeedbackRequestRecord(Record):
    application: Uid
    status: Annotated[StrictStr, one_of(FeedbackStatus, "feedback status")]
    contact_name: StrictStr = ""
    contact_email: StrictStr = ""
    tone: Annotated[StrictStr, one_of(DraftTone, "tone", blank=True)] = ""
    subject: StrictStr = ""
    body: StrictStr = ""
    requested_on: Day | None = None
    no_reply_after_days: Count = 14
    replied_on: Day | None = None


class FeedbackRecord(Record):
    application: Uid
    request: Uid | None = None
    received_on: Day
    text: StrictStr
    themes: list[Annotated[StrictStr, one_of(FeedbackTheme, "feedback theme")]] = []


class CheckInRecord(Record):
    at: Timestamp
    mood: Scale
    energy: Scale
    note: StrictStr = ""
    context: Annotated[StrictStr, one_of(CheckInContext, "check-in context")]
    application: Uid | None = None


class ReframeRecord(Record):
    application: Uid | None = None
    thought: StrictStr
    evidence_for: StrictStr = ""
    evidence_against: StrictStr = ""
    balanced_view: StrictStr = ""
    points_toward: StrictStr = ""


class GoalRecord(Record):
    metric: Annotated[StrictStr, one_of(GoalMetric, "goal metric")]
    label: StrictStr = ""
    target: Count
    active: Flag = True
    started_on: Day
    reframe: Uid | None = None


class GoalEntryRecord(Record):
    goal: Uid
    on: Day
    amount: Amount
    note: StrictStr = ""


class HabitRecord(Record):
    name: StrictStr
    kind: Annotated[StrictStr, one_of(HabitKind, "habit kind")]
    cadence: Annotated[StrictStr, one_of(Cadence, "cadence")]
    active: Flag = True


class HabitCheckRecord(Record):
    habit: Uid
    on: Day


class WinRecord(Record):
    kind: Annotated[StrictStr, one_of(WinKind, "win kind")]
    title: StrictStr
    note: StrictStr = ""
    occurred_at: Timestamp
    application: Uid | None = None
    source_key: StrictStr = ""
    celebrated_at: Timestamp | None = None
    hidden_at: Timestamp | None = None


class FollowUpRecord(Record):
    title: StrictStr
    due_on: Day | None = None
    done_at: Timestamp | None = None
    application: Uid | None = None
    notes: StrictStr = ""


class ReboundFlowRecord(Record):
    rejection: Uid
    step: Annotated[StrictStr, one_of(ReboundStep, "rebound step")]
    skipped: list[Annotated[StrictStr, one_of(ReboundStep, "rebound step")]] = []
    reflection: Uid | None = None
    checkin: Uid | None = None
    reframe: Uid | None = None
    finished_at: Timestamp | None = None


class GuardrailDismissalRecord(Record):
    dismissed_at: Timestamp


class LearningActionRecord(Record):
    title: StrictStr
    kind: Annotated[StrictStr, one_of(LearningKind, "learning kind")]
    skill_label: StrictStr = ""
    skill_id: StrictStr = ""
    status: Annotated[StrictStr, one_of(LearningStatus, "learning status")]
    hours_planned: Amount | None = None
    hours_spent: Amount = Decimal(0)
    due_on: Day | None = None
    url: StrictStr = ""
    notes: StrictStr = ""
    completed_at: Timestamp | None = None
    applications: list[Uid] = []
    reframe: Uid | None = None
