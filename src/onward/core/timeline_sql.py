"""SQL built by the ORM once per shape of timeline query, then reused with each page's
values (owner, application, cursor, the page's oldest moment).

A timeline page runs a dozen small queries whose building and compiling by the ORM cost
more than running them. Their SQL depends only on the page's *shape* (is it one
application's, does it have a cursor and where does that cursor's moment lie in its day,
has the probe set ``since``, the limit); the rest are parameters. So a query is built once
per shape from a stand-in scope whose values are sentinels, and compiled; the sentinels'
places among the parameters are noted (``slots``); later pages of that shape put their
own values in those places (``fill``). A compiled query holding a sentinel anywhere else
(or no owner among its parameters) is not kept: callers then take the ORM path.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from django.db import connection
from django.utils import timezone

from onward.core.keyset import Cursor

if TYPE_CHECKING:
    from onward.core.timeline import Scope

# Values no real row or page has, recognisable among a query's parameters.
OWNER = -730_157_301
APP = -730_157_303
BEFORE_DAY = dt.date(1903, 4, 5)
SINCE_DAY = dt.date(1903, 4, 9)
MAX_SHAPES = 512

Slots = tuple[tuple[str, Any], ...]  # (sentinel name or "" for a constant, the value)


def _midday(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(12, 0)))


def relation(before: Cursor | None) -> str:
    """Where the cursor's moment lies in its day (the date kinds' filters depend on it)."""
    if before is None:
        return "none"
    noon = _midday(timezone.localdate(before.at))
    return "after" if noon < before.at else ("at" if noon == before.at else "before")


def shape(scope: Scope) -> tuple[Any, ...]:
    before = scope.before
    return (
        connection.alias,
        connection.vendor,
        scope.application_id is None,
        relation(before),
        before is not None and before.rank >= 0,
        scope.since is None,
        scope.limit,
    )


def stand_in(scope: Scope, **fields: Any) -> Scope:
    """``scope`` with sentinels for its values (same shape)."""
    before = None
    if scope.before is not None:
        step = {"after": 1, "at": 0, "before": -1}[relation(scope.before)]
        moment = _midday(BEFORE_DAY) + dt.timedelta(microseconds=step)
        before = Cursor(moment, scope.before.rank, 0)
    return replace(
        scope,
        owner_id=OWNER,
        application_id=None if scope.application_id is None else APP,
        before=before,
        since=None if scope.since is None else _midday(SINCE_DAY),
        **fields,
    )


def _values(scope: Scope, *, sentinel: bool) -> dict[str, Any]:
    ops = connection.ops
    found: dict[str, Any] = {"owner": scope.owner_id}
    if scope.application_id is not None:
        found["app"] = scope.application_id
    if scope.before is not None:
        found["moment"] = ops.adapt_datetimefield_value(scope.before.at)
        day = BEFORE_DAY if sentinel else timezone.localdate(scope.before.at)
        found["day"] = ops.adapt_datefield_value(day)
    if scope.since is not None:
        found["since"] = ops.adapt_datetimefield_value(scope.since)
        day = SINCE_DAY if sentinel else timezone.localdate(scope.since)
        found["since_day"] = ops.adapt_datefield_value(day)
    return found


def slots(sql: str, params: tuple[Any, ...], stand_in_scope: Scope) -> Slots | None:
    """Each parameter's sentinel (or "" for a constant); None when the query cannot be
    kept (no owner among its parameters, or a sentinel written into the SQL)."""
    sentinels = _values(stand_in_scope, sentinel=True)
    found: list[tuple[str, Any]] = []
    for value in params:
        # isinstance: on PostgreSQL an expression's number comes wrapped (psycopg's Int4).
        name = next(
            (n for n, s in sentinels.items() if isinstance(value, type(s)) and value == s), ""
        )
        found.append((name, value))
    if "owner" not in {name for name, _ in found}:
        return None
    written = (str(OWNER)[1:], str(APP)[1:], BEFORE_DAY.isoformat(), SINCE_DAY.isoformat())
    if any(text in sql for text in written):
        return None
    return tuple(found)


def fill(kept: Slots, scope: Scope) -> list[Any]:
    """The parameters for ``scope``'s page: its own values in the sentinels' places (a
    sentinel's own type kept: psycopg's Int4 tells PostgreSQL an expression's type)."""
    values = _values(scope, sentinel=False)
    return [
        (type(value)(values[name]) if isinstance(value, int) else values[name]) if name else value
        for name, value in kept
    ]
