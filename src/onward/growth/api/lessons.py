"""Lessons search: JSON endpoint."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Query, Router

from onward.accounts.auth import current_user
from onward.growth import selectors
from onward.growth.schemas.lessons import LessonHitOut, LessonQuery

lessons = Router(tags=["lessons"])


@lessons.get("", response=list[LessonHitOut])
def lessons_search(request: HttpRequest, filters: Query[LessonQuery]) -> Any:
    """Full-text search over reflections, feedback and reframes, best matches first."""
    return selectors.lessons_search(
        owner=current_user(request), q=filters.q, kinds=filters.kinds or None, limit=filters.limit
    )
