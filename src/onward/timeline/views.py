"""The growth timeline: everything, newest first, filtered by kind, paged by a cursor."""

from __future__ import annotations

import datetime as dt
from itertools import groupby
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from onward.accounts.http import owner_of
from onward.core import keyset
from onward.core.http import is_htmx
from onward.growth.forms.lessons import KindsForm
from onward.growth.views.nav import page
from onward.timeline import selectors

PAGE = 60


def by_day(items: list[Any]) -> list[tuple[dt.date, list[Any]]]:
    """Timeline items grouped under their local day, keeping the order."""

    def day(item: Any) -> dt.date:
        return timezone.localtime(item.at).date()

    return [(key, list(group)) for key, group in groupby(items, key=day)]


def _before(request: HttpRequest) -> keyset.Cursor | None:
    """The page cursor (``Cursor.encode``), or a bare date-time; junk or dates out of any
    database's range are ignored or clamped, never a server error."""
    return keyset.parse(request.GET.get("before", ""))


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
        "older": selectors.cursor_of(items[-1]).encode() if more and items else "",
        "filtered": bool(kinds),
    }
    partial = is_htmx(request)
    template = "timeline/_timeline_items.html" if partial else "timeline/timeline.html"
    return page(request, template, {"partial": partial, **context}, section="timeline")
