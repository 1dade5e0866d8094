"""Keyset paging for lists that run newest first: "older than this item" as a cursor.

A cursor is a moment plus a tie-breaker (the row id, and for mixed lists a kind rank), so
items that share a timestamp are neither skipped nor repeated across pages. Cursors come
from URLs: anything that does not parse, or lies outside the dates a database can hold,
is treated as no cursor (or clamped), never as an error.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.dateparse import parse_datetime

# Far enough to hold every real item, near enough for every database and time zone.
EARLIEST = dt.datetime(1900, 1, 1, tzinfo=dt.UTC)
LATEST = dt.datetime(9000, 1, 1, tzinfo=dt.UTC)


@dataclass(frozen=True, order=True)
class Cursor:
    """A position in a newest-first list: items strictly "before" come after it."""

    at: dt.datetime
    rank: int = 0  # for mixed lists: items at the same moment, in display order
    pk: int = 0

    def encode(self) -> str:
        return f"{self.at.isoformat()}~{self.rank}~{self.pk}"


def clamp(moment: dt.datetime) -> dt.datetime:
    """``moment`` made aware and kept within the dates every backend can store."""
    if timezone.is_naive(moment):
        try:
            moment = timezone.make_aware(moment)
        except (OverflowError, ValueError):
            moment = moment.replace(tzinfo=dt.UTC)
    try:
        return min(max(moment, EARLIEST), LATEST)
    except OverflowError:  # the offset pushed it past year 1 or 9999: it is far out anyway
        return EARLIEST if moment.year < EARLIEST.year else LATEST


def parse_moment(raw: str) -> dt.datetime | None:
    """An ISO date-time (or date) from a URL, clamped; None when it does not parse."""
    raw = raw.strip()[:64]
    if not raw:
        return None
    try:
        moment = parse_datetime(raw)
        if moment is None:
            day = dt.date.fromisoformat(raw)
            moment = dt.datetime.combine(day, dt.time.max)
    except (ValueError, OverflowError):
        return None
    return clamp(moment)


def parse(raw: str) -> Cursor | None:
    """A cursor from ``Cursor.encode`` (or a bare date-time: everything before it)."""
    at_text, _, rest = (raw or "").partition("~")
    at = parse_moment(at_text)
    if at is None:
        return None
    rank_text, _, pk_text = rest.partition("~")
    if not rest:  # a bare moment: strictly older than it, whatever the tie-breakers
        return Cursor(at, -1, 0)
    try:
        rank, pk = int(rank_text), int(pk_text)
    except ValueError:
        return Cursor(at, -1, 0)
    return Cursor(at, max(-1, min(rank, 10**6)), max(0, min(pk, 2**62)))


def older(qs: QuerySet[Any], cursor: Cursor | None, at: str = "occurred_at") -> QuerySet[Any]:
    """Rows of ``qs`` strictly after ``cursor`` in (``at`` desc, id desc) order."""
    if cursor is None:
        return qs
    return qs.filter(Q(**{f"{at}__lt": cursor.at}) | Q(**{at: cursor.at, "pk__lt": cursor.pk}))
