"""API schemas of follow-ups."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated

from ninja import Field, Schema
from pydantic import StringConstraints

from onward.core.api.fields import OMITTED, In, Name, ObjectId, Text


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
