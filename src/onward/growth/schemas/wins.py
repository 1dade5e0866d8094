"""API schemas of the wins ledger."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any

from ninja import Schema
from pydantic import StringConstraints

from onward.core.api.fields import AwareDatetime, In, Name, ObjectId, Text
from onward.growth.choices import WinKind


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
