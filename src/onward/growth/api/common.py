"""Shared bits of the growth loop's JSON endpoints."""

from __future__ import annotations

from onward.accounts.models import User
from onward.tracker import selectors as tracker_selectors
from onward.tracker.models import Application


def application_or_none(owner: User, application_id: int | None) -> Application | None:
    if application_id is None:
        return None
    return tracker_selectors.application_get(owner=owner, pk=application_id)
