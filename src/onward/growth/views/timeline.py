"""The growth timeline (everything, newest first) and the lessons search."""

from __future__ import annotations

import datetime as dt
from itertools import groupby
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from onward.growth import selectors
from onward.growth.forms import KindsForm, LessonSearchForm
from onward.growth.views.common import is_htmx, owner_of, page

PAGE = 60
LESSON_CHOICES = [("reflection", "Reflections"), ("feedback", "Feedback"), ("reframe", "Reframes")]


def by_day(items: list[Any]) -> list[tuple[dt.date, list[Any]]]:
    """Timeline items grouped under their local day, keeping the order."""

    def day(item: Any) -> dt.date:
        return timezone.localtime(item.at).date()

    return [(key, list(group)) for key, group in groupby(items, key=day)]


def _before(request: HttpRequest) -> dt.datetime | None:
    raw = request.GET.get("before", "")
    try:
        value = parse_datetime(raw) if raw else None
    except ValueError:
        return None
    if value is not None and timezone.is_naive(value):
        value = timezone.make_aware(value)
    return value


@login_required
def timeline(request: HttpRequest) -> HttpResponse:
    form = KindsForm(request.GET or None, kinds=selectors.TIMELINE_KINDS)
    kinds = form.selected() or None
    items = selectors.timeline(
        owner=owner_of(request), kinds=kinds, before=_before(request), limit=PAGE + 1
    )
    more = len(items) > PAGE
    items = items[:PAGE]
    context = {
        "form": form,
        "days": by_day(items),
        "older": items[-1].at.isoformat() if more and items else "",
        "filtered": bool(kinds),
    }
    partial = is_htmx(request)
    template = "growth/_timeline_items.html" if partial else "growth/timeline.html"
    return page(request, template, {"partial": partial, **context}, section="timeline")


@login_required
def lessons(request: HttpRequest) -> HttpResponse:
    form = LessonSearchForm(request.GET or None, kinds=LESSON_CHOICES)
    q = form.query()
    hits = (
        selectors.lessons_search(owner=owner_of(request), q=q, kinds=form.selected() or None)
        if q
        else []
    )
    context = {"form": form, "q": q, "hits": hits}
    template = "growth/_lesson_hits.html" if is_htmx(request) else "growth/lessons.html"
    return page(request, template, context, section="lessons")
