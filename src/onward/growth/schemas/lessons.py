"""API schemas of the lessons search."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from ninja import Field, Schema

from onward.core.api.fields import ShortText

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
