"""API schemas of the timeline."""

from __future__ import annotations

import datetime as dt

from ninja import Field, Schema
from pydantic import field_validator

from onward.core.api.fields import AwareDatetime, ObjectId
from onward.core.timeline import TimelineItem
from onward.timeline.selectors import TIMELINE_KINDS, cursor_of


class TimelineQuery(Schema):
    kinds: list[str] = Field(
        default_factory=list, description="Repeat (?kinds=a&kinds=b) or comma-separate."
    )
    application_id: ObjectId | None = None
    before: AwareDatetime | None = Field(None, description="Only items before this (paging).")
    cursor: str = Field(
        "",
        max_length=100,
        description="Page on from this item's ``cursor`` (keeps items that share a moment).",
    )
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
    cursor: str = Field(description="Pass as ``cursor`` for the items after this one.")

    @staticmethod
    def resolve_cursor(obj: TimelineItem) -> str:
        return cursor_of(obj).encode()
