"""API schemas of feedback requests (drafts, .eml) and the feedback you received."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any, Literal

from ninja import Field, Schema
from pydantic import StringConstraints

from onward.analysis.feedback import FeedbackAnalysis, ThemeSuggestion
from onward.core.api.fields import OMITTED, In, ObjectId, ShortText, Text
from onward.growth.choices import (
    DraftTone,
    FeedbackStatus,
    FeedbackTheme,
)
from onward.growth.models import FeedbackRequest
from onward.growth.schemas.common import Days, Email


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
