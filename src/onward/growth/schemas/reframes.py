"""API schemas of reframes."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated

from ninja import Field, Schema
from pydantic import StringConstraints

from onward.core.api.fields import OMITTED, In, ObjectId, Text

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
