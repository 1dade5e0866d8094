"""The timeline's first pass (the moments that tell where a page ends) as one query, its
SQL built by the ORM once per process and shape.

The probe asks every kind for its newest ``limit`` moments: about 16 small queries whose
building and compiling cost more than running them (~10 ms of a page at 5,000
applications). Their SQL depends only on the page's *shape* (the kinds, whether it is one
application's, whether it has a cursor and where that cursor's moment lies in its day,
the limit); the values (owner, application, the cursor's moment and day) are parameters.
So the gatherers run once per shape against a stand-in scope whose values are sentinels,
``Scope.filter`` compiles each query instead of running it, and the parts are joined into
one ``UNION ALL`` whose parameters are the sentinels' places. Later pages of that shape
put their own values in those places and run the one query.

A shape whose SQL holds a sentinel anywhere else (or an owner nowhere) is not kept: its
pages take the ORM path (``Scope.probe``), which gives the same moments.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from django.db import connection
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from onward.core.keyset import Cursor
from onward.core.timeline import ProbePart, Scope, midday

# Values no real row or page has, recognisable among a query's parameters.
_OWNER = -730_157_301
_APP = -730_157_303
_DAY = dt.date(1903, 4, 5)
_MAX_SHAPES = 256


@dataclass(frozen=True)
class _Plan:
    sql: str
    slots: tuple[tuple[str, Any], ...]  # ("owner" | "app" | "moment" | "day" | "", value)
    parts: tuple[tuple[str, bool], ...]  # (key, day) by the part number the rows carry
    keys: tuple[str, ...]  # every key probed, those that can match nothing included


_plans: dict[tuple[Any, ...], _Plan | None] = {}
_lock = threading.Lock()

Gather = Callable[[Scope, tuple[str, ...]], object]


def moments(
    scope: Scope, kinds: tuple[str, ...], gather: Gather
) -> tuple[list[dt.datetime], dict[str, dt.datetime | None]]:
    """Every probed moment, and each query's newest (None: it found nothing), as the ORM
    pass ``gather(replace(scope, probe=..., newest=...), kinds)`` would note them."""
    shape = _shape(scope, kinds)
    with _lock:
        known = shape in _plans
        plan = _plans.get(shape)
    if not known:
        plan = _plan(scope, kinds, gather)
        with _lock:
            if len(_plans) >= _MAX_SHAPES:
                _plans.clear()
            _plans[shape] = plan
    if plan is None:
        found: list[dt.datetime] = []
        newest: dict[str, dt.datetime | None] = {}
        gather(replace(scope, probe=found, newest=newest), kinds)
        return found, newest
    return _run(plan, scope)


def _relation(before: Cursor | None) -> str:
    """Where the cursor's moment lies in its day: the day kinds' filters depend on it."""
    if before is None:
        return "none"
    noon = midday(timezone.localdate(before.at))
    return "after" if noon < before.at else ("at" if noon == before.at else "before")


def _shape(scope: Scope, kinds: tuple[str, ...]) -> tuple[Any, ...]:
    before = scope.before
    return (
        connection.alias,
        connection.vendor,
        tuple(sorted(kinds)),
        scope.application_id is None,
        _relation(before),
        before is not None and before.rank >= 0,
        scope.limit,
    )


def _stand_in_moment(relation: str) -> dt.datetime:
    noon = midday(_DAY)
    step = {"after": 1, "at": 0, "before": -1}[relation]
    return noon + dt.timedelta(microseconds=step)


def _plan(scope: Scope, kinds: tuple[str, ...], gather: Gather) -> _Plan | None:
    relation = _relation(scope.before)
    before = None
    if scope.before is not None:
        before = Cursor(_stand_in_moment(relation), scope.before.rank, 0)
    compiled: list[ProbePart] = []
    stand_in = replace(
        scope,
        owner_id=_OWNER,
        application_id=None if scope.application_id is None else _APP,
        before=before,
        compiled=compiled,
    )
    gather(stand_in, kinds)
    sentinels = _sentinels(before)
    return _assemble(compiled, sentinels)


def _sentinels(before: Cursor | None) -> dict[str, Any]:
    ops = connection.ops
    found: dict[str, Any] = {"owner": _OWNER, "app": _APP}
    if before is not None:
        found["moment"] = ops.adapt_datetimefield_value(before.at)
        found["day"] = ops.adapt_datefield_value(_DAY)
    return found


def _slot(value: Any, sentinels: dict[str, Any]) -> str:
    # isinstance: on PostgreSQL an expression's number comes wrapped (psycopg's Int4).
    for name, sentinel in sentinels.items():
        if isinstance(value, type(sentinel)) and value == sentinel:
            return name
    return ""


def _assemble(compiled: Sequence[ProbePart], sentinels: dict[str, Any]) -> _Plan | None:
    selects: list[str] = []
    slots: list[tuple[str, Any]] = []
    parts: list[tuple[str, bool]] = []
    # Typed on PostgreSQL: it resolves a UNION's column types pair by pair, and two bare
    # NULLs in a row would make a text column.
    postgres = connection.vendor == "postgresql"
    nulls = ("NULL::timestamptz", "NULL::date") if postgres else ("NULL", "NULL")
    for key, day, sql, params in compiled:
        if sql is None:
            continue
        named = [(_slot(value, sentinels), value) for value in params]
        if "owner" not in {name for name, _ in named}:
            return None  # a part not scoped to its owner by a parameter: keep the ORM
        if any(str(value).strip("-") in sql for value in (_OWNER, _APP, _DAY.isoformat())):
            return None  # a sentinel written into the SQL itself
        columns = f"{nulls[0]}, t.*" if day else f"t.*, {nulls[1]}"
        selects.append(f"SELECT {len(parts)}, {columns} FROM ({sql}) t")
        slots += named
        parts.append((key, day))
    return _Plan(
        sql=" UNION ALL ".join(selects),
        slots=tuple(slots),
        parts=tuple(parts),
        keys=tuple(dict.fromkeys(key for key, *_ in compiled)),
    )


def _params(plan: _Plan, scope: Scope) -> list[Any]:
    ops = connection.ops
    values: dict[str, Any] = {"owner": scope.owner_id, "app": scope.application_id}
    if scope.before is not None:
        values["moment"] = ops.adapt_datetimefield_value(scope.before.at)
        values["day"] = ops.adapt_datefield_value(timezone.localdate(scope.before.at))
    # A sentinel's own type is kept (psycopg's Int4 tells PostgreSQL the expression's type).
    return [
        (type(value)(values[name]) if isinstance(value, int) else values[name]) if name else value
        for name, value in plan.slots
    ]


def _moment(value: Any, day: bool) -> dt.datetime | None:
    if value is None:
        return None
    if day:
        found = parse_date(value) if isinstance(value, str) else value
        assert isinstance(found, dt.date)
        return midday(found.date() if isinstance(found, dt.datetime) else found)
    moment = parse_datetime(value) if isinstance(value, str) else value
    assert isinstance(moment, dt.datetime)
    return moment if timezone.is_aware(moment) else moment.replace(tzinfo=dt.UTC)


def _run(plan: _Plan, scope: Scope) -> tuple[list[dt.datetime], dict[str, dt.datetime | None]]:
    newest: dict[str, dt.datetime | None] = dict.fromkeys(plan.keys)
    found: list[dt.datetime] = []
    if not plan.parts:
        return found, newest
    with connection.cursor() as cursor:
        cursor.execute(plan.sql, _params(plan, scope))
        rows = cursor.fetchall()
    for number, at, on in rows:
        key, day = plan.parts[number]
        moment = _moment(on if day else at, day)
        if moment is None:
            continue
        found.append(moment)
        latest = newest[key]
        newest[key] = moment if latest is None or moment > latest else latest
    return found, newest
