"""API schemas of the rebound flow after a rejection."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from ninja import Field, Schema

from onward.core import links
from onward.core.api.fields import In, ObjectId
from onward.growth.choices import ReboundStep
from onward.growth.models import ReboundFlow
from onward.growth.schemas.common import API
from onward.tracker.schemas import RejectionOut


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
