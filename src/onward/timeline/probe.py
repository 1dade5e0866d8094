"""The timeline's first pass (the moments that tell where a page ends) as one query, its
SQL built by the ORM once per process and shape.

The probe asks every kind for its newest ``limit`` moments: about 16 small queries whose
building and compiling cost more than running them (~10 ms of a page at 5,000
applications). Their SQL depends only on the page's *shape* (the kinds, whether it is one
application's, whether it has a cursor and where that cursor's moment lies in its day,
the limit); the values (owner, application, the cursor's moment and day) are parameters.
So the gatherers run once per shape against a stand-in scope whose values are sentinels
(``core.timeline_sql``), ``Scope.filter`` compiles each query instead of running it, and
the parts are joined into one ``UNION ALL`` whose parameters are the sentinels' places.
Later pages of that shape put their own values in those places and run the one query.

A shape whose SQL cannot be kept that way takes the ORM path (``Scope.probe``), which
gives the same moments.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from django.db import connection
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from onward.core import timeline_sql
from onward.core.timeline import ProbePart, Scope, midday


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
            if len(_plans) >= timeline_sql.MAX_SHAPES:
                _plans.clear()
            _plans[shape] = plan
    if plan is None:
        found: list[dt.datetime] = []
        newest: dict[str, dt.datetime | None] = {}
        gather(replace(scope, probe=found, newest=newest), kinds)
        return found, newest
    return _run(plan, scope)


def _shape(scope: Scope, kinds: tuple[str, ...]) -> tuple[Any, ...]:
    return (tuple(sorted(kinds)), *timeline_sql.shape(scope))


def _plan(scope: Scope, kinds: tuple[str, ...], gather: Gather) -> _Plan | None:
    compiled: list[ProbePart] = []
    stand_in = timeline_sql.stand_in(scope, compiled=compiled)
    gather(stand_in, kinds)
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
        kept = timeline_sql.slots(sql, params, stand_in)
        if kept is None:
            return None
        columns = f"{nulls[0]}, t.*" if day else f"t.*, {nulls[1]}"
        selects.append(f"SELECT {len(parts)}, {columns} FROM ({sql}) t")
        slots += kept
        parts.append((key, day))
    return _Plan(
        sql=" UNION ALL ".join(selects),
        slots=tuple(slots),
        parts=tuple(parts),
        keys=tuple(dict.fromkeys(key for key, *_ in compiled)),
    )


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
        cursor.execute(plan.sql, timeline_sql.fill(plan.slots, scope))
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
