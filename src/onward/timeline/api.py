"""The timeline: JSON endpoint."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Query, Router

from onward.accounts.auth import current_user
from onward.growth.api.common import application_or_none
from onward.timeline import selectors
from onward.timeline.schemas import TimelineItemOut, TimelineQuery

timeline = Router(tags=["timeline"])


@timeline.get("", response=list[TimelineItemOut])
def timeline_list(request: HttpRequest, filters: Query[TimelineQuery]) -> Any:
    """Everything, newest first; page with ``before`` = the last item's ``at``."""
    owner = current_user(request)
    return selectors.timeline(
        owner=owner,
        application=application_or_none(owner, filters.application_id),
        kinds=filters.kinds or None,
        before=filters.before,
        limit=filters.limit,
    )
