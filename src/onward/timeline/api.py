"""The timeline: JSON endpoint."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Query, Router

from onward.accounts.auth import current_user
from onward.core import keyset
from onward.growth.api.common import application_or_none
from onward.timeline import selectors
from onward.timeline.schemas import TimelineItemOut, TimelineQuery

timeline = Router(tags=["timeline"])


@timeline.get("", response=list[TimelineItemOut])
def timeline_list(request: HttpRequest, filters: Query[TimelineQuery]) -> Any:
    """Everything, newest first; page with ``cursor`` = the last item's ``cursor`` (or
    ``before`` = a moment: only items strictly older)."""
    owner = current_user(request)
    return selectors.timeline(
        owner=owner,
        application=application_or_none(owner, filters.application_id),
        kinds=filters.kinds or None,
        before=keyset.parse(filters.cursor) if filters.cursor else filters.before,
        limit=filters.limit,
    )
