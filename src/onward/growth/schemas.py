"""JSON shapes of the growth API: the journal (reflections, feedback, check-ins, reframes).

Inputs forbid unknown fields; choices are enums (422 if bad). Progress shapes (wins,
goals, habits, follow-ups, the rebound flow, search, timeline) are in ``schemas_progress``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any, Literal

from ninja import Field, Schema
from pydantic import StringConstraints

from onward.analysis.feedback import FeedbackAnalysis, ThemeSuggestion
from onward.api.fields import OMITTED, AwareDatetime, ObjectId, ShortText, Text
from onward.growth.choices import (
    CheckInContext,
    Control,
    DraftTone,
    FeedbackStatus,
    FeedbackTheme,
    ReflectionKind,
)
from onward.growth.models import FeedbackRequest, Reflection
from onward.tracker.choices import Stage
from onward.tracker.schemas import In

Scale = Annotated[int, Field(ge=1, le=5)]
Tag = Annotated[str, StringConstraints(strip_whitespace=True, max_length=80)]
Round = Annotated[int, Field(ge=1, le=50)]
Days = Annotated[int, Field(ge=1, le=180)]
Email = Annotated[str, StringConstraints(strip_whitespace=True, max_length=254)]

# --- reflections -------------------------------------------------------------------------


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


# --- feedback requests -------------------------------------------------------------------


class FeedbackRequestOut(Schema):
    id: int | None = Field(description="None until something is saved for the application.")
    application_id: int
    status: FeedbackStatus
    contact_name: str
    contact_email: str
    tone: DraftTone | Literal[""]
    subject: str
    body: str
    requested_on: dt.date | None
    no_reply_after_days: int
    no_reply_on: dt.date | None = Field(description="When it counts as no reply.")
    replied_on: dt.date | None

    @staticmethod
    def resolve_no_reply_on(obj: FeedbackRequest) -> dt.date | None:
        if obj.requested_on is None:
            return None
        return obj.requested_on + dt.timedelta(days=obj.no_reply_after_days)


class RequestedIn(In):
    """You sent the request (with the draft you used)."""

    requested_on: dt.date | None = None
    tone: DraftTone
    subject: Annotated[Text, StringConstraints(max_length=300)]
    body: Text
    contact_name: ShortText = ""
    contact_email: Email = ""
    no_reply_after_days: Days = 14


class FeedbackRequestPatch(In):
    status: FeedbackStatus = Field(OMITTED)
    no_reply_after_days: Days = Field(OMITTED)
    requested_on: dt.date = Field(OMITTED)
    replied_on: dt.date = Field(OMITTED)
    contact_name: ShortText = Field(OMITTED)
    contact_email: Email = Field(OMITTED)
    tone: DraftTone = Field(OMITTED)
    subject: Annotated[Text, StringConstraints(max_length=300)] = Field(OMITTED)
    body: Text = Field(OMITTED)


class DraftQuery(Schema):
    specific_question: ShortText = Field("", description="For the one-question draft.")
    contact_name: ShortText = Field("", description="Defaults to the saved contact.")
    contact_email: Email = Field("", description="Defaults to the saved contact.")


class EmlQuery(DraftQuery):
    tone: DraftTone = DraftTone.BRIEF


class DraftOut(Schema):
    tone: DraftTone
    subject: str
    body: str
    mailto: str


class FeedbackRequestQuery(Schema):
    status: FeedbackStatus | None = None


# --- feedback ----------------------------------------------------------------------------


class FeedbackIn(In):
    application_id: ObjectId
    text: Annotated[Text, StringConstraints(min_length=1, max_length=20_000)]
    received_on: dt.date | None = None
    themes: list[FeedbackTheme] = Field(default_factory=list, max_length=20)


class FeedbackPatch(In):
    text: Annotated[Text, StringConstraints(min_length=1, max_length=20_000)] = Field(OMITTED)
    received_on: dt.date = Field(OMITTED)
    themes: list[FeedbackTheme] = Field(OMITTED, max_length=20)


class FeedbackOut(Schema):
    id: int
    uid: uuid.UUID
    application_id: int
    request_id: int | None
    received_on: dt.date
    text: str
    themes: list[FeedbackTheme]
    created_at: dt.datetime
    updated_at: dt.datetime


class FeedbackQuery(Schema):
    application_id: ObjectId | None = None
    theme: FeedbackTheme | None = None


class SuggestIn(In):
    text: Annotated[Text, StringConstraints(max_length=20_000)]


class EvidenceOut(Schema):
    phrase: str
    start: int
    end: int
    polarity: str
    reason: str


class ThemeOut(Schema):
    theme: FeedbackTheme
    label: str
    polarity: str
    confidence: float
    reason: str
    evidence: list[EvidenceOut]


class SuggestOut(Schema):
    themes: list[ThemeOut]
    theme_values: list[FeedbackTheme] = Field(description="What to pre-tick, concerns first.")

    @staticmethod
    def resolve_themes(obj: FeedbackAnalysis) -> list[dict[str, Any]]:
        return [_theme(t) for t in obj.themes]


def _theme(suggestion: ThemeSuggestion) -> dict[str, Any]:
    return {
        "theme": suggestion.theme.value,
        "label": suggestion.label,
        "polarity": suggestion.polarity.value,
        "confidence": suggestion.confidence,
        "reason": suggestion.reason,
        "evidence": [
            {
                "phrase": e.phrase,
                "start": e.start,
                "end": e.end,
                "polarity": e.polarity.value,
                "reason": e.reason,
            }
            for e in suggestion.evidence
        ],
    }


# --- check-ins ---------------------------------------------------------------------------


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


class GuardrailOut(Schema):
    suggestion: SuggestionOut | None
    dismissed_on: dt.date | None


# --- reframes ----------------------------------------------------------------------------

LongText = Annotated[Text, StringConstraints(max_length=10_000)]


class ReframeIn(In):
    thought: Annotated[Text, StringConstraints(min_length=1, max_length=10_000)]
    evidence_for: LongText = ""
    evidence_against: LongText = ""
    balanced_view: LongText = ""
    points_toward: LongText = ""
    application_id: ObjectId | None = None


class ReframePatch(In):
    thought: Annotated[Text, StringConstraints(min_length=1, max_length=10_000)] = Field(OMITTED)
    evidence_for: LongText = Field(OMITTED)
    evidence_against: LongText = Field(OMITTED)
    balanced_view: LongText = Field(OMITTED)
    points_toward: LongText = Field(OMITTED)


class ReframeOut(Schema):
    id: int
    uid: uuid.UUID
    thought: str
    evidence_for: str
    evidence_against: str
    balanced_view: str
    points_toward: str
    application_id: int | None
    created_at: dt.datetime
    updated_at: dt.datetime
