"""The parts every app's timeline gatherer shares: the item, the scope, small helpers.

Each app turns its own rows into ``TimelineItem``s (``tracker.timeline``,
``growth.timeline``, ``skills.timeline``); the ``onward.timeline`` app merges them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import EmptyResultSet
from django.db import connection, models
from django.db.models import F, Q, QuerySet
from django.utils import timezone

from onward.core import timeline_sql
from onward.core.keyset import Cursor

TIES = 1000  # items sharing one exact moment fetched at a page boundary, at most


@dataclass(frozen=True)
class TimelineItem:
    kind: str
    at: dt.datetime
    title: str
    detail: str
    url: str
    application_id: int | None
    obj_id: int
    win: bool = False  # this item was also recorded as a win
    # The source key an automatic win from this item has ("event:<uid>"): the timeline
    # marks ``win`` on the items of its page whose win exists and is not hidden.
    win_key: str = ""


ProbePart = tuple[str, bool, str | None, tuple[Any, ...]]


def _compiled(qs: QuerySet[Any], key: str, day: bool) -> ProbePart:
    try:
        sql, params = qs.query.get_compiler(using=qs.db).as_sql()
    except EmptyResultSet:
        return key, day, None, ()
    return key, day, sql, tuple(params)


@dataclass(frozen=True)
class _RowPlan:
    parts: tuple[tuple[str, timeline_sql.Slots], ...]  # (sql, where its values go)
    converters: dict[int, Any]  # the ORM's converters, by column


_row_plans: dict[tuple[Any, ...], _RowPlan | None] = {}
_UNPLANNED: Any = object()


def _run_rows(plan: _RowPlan, scope: Scope) -> list[tuple[Any, ...]]:
    found: list[tuple[Any, ...]] = []
    with connection.cursor() as cursor:
        for sql, kept in plan.parts:
            cursor.execute(sql, timeline_sql.fill(kept, scope))
            found += cursor.fetchall()
    if not plan.converters:
        return found
    converted = []
    for row in found:
        values = list(row)
        for column, (functions, expression) in plan.converters.items():
            value = values[column]
            for function in functions:
                value = function(value, expression, connection)
            values[column] = value
        converted.append(tuple(values))
    return converted


@dataclass(frozen=True)
class Scope:
    owner_id: int
    application_id: int | None
    before: Cursor | None  # only items after this one, newest first (the next page)
    limit: int
    # Two passes keep a page cheap on a long history: the first (``probe``, a list to fill)
    # reads only each gatherer's moments; the second reads whole rows ``since`` the
    # moment of the page's last item, instead of ``limit`` rows of every kind.
    probe: list[dt.datetime] | None = None
    since: dt.datetime | None = None
    # perf: the probe also notes each query's newest moment (by model and field; ``None``:
    # it found nothing), so the second pass skips the queries that would read nothing.
    newest: dict[str, dt.datetime | None] | None = None
    # Compiling instead of running the probe (``onward.timeline.probe``): each probe query
    # is appended here as (key, day, sql, params), or (key, day, None, ()) when it can
    # match nothing.
    compiled: list[ProbePart] | None = None

    def filter(
        self,
        qs: QuerySet[Any],
        at: str,
        app: str | None = "application_id",
        *,
        day: bool = False,
        order_id: str = "id",
        values: tuple[str, ...] = (),
    ) -> list[Any]:
        """Owner, application and cursor filters; newest first, at most ``limit``, plus
        the rows at the cursor's very moment (they may still follow it by kind and id:
        the timeline keeps those whose ``(at, kind, id)`` key is below the cursor's).

        ``day``: ``at`` is a date field (items sit at midday of it). ``order_id``: the
        field that breaks ties at one moment (the item's id; another model's when ``qs``
        reads the item's rows through a related model's index). ``values``: the rows are
        read as dicts of these fields (the probe reads only ``at``, without their joins).
        """
        key = f"{qs.model._meta.label}.{at}.{order_id}"
        if self.probe is None and self._nothing_since(key, day):
            return []
        parts = self._parts(qs, at, app, day, order_id)
        if self.compiled is not None:
            self.compiled.extend(_compiled(part.values_list(at), key, day) for part in parts)
            return []
        if self.probe is not None:
            for part in parts:
                moments = part.values_list(at, flat=True)
                found = [midday(m) if day else m for m in moments if m is not None]
                self.probe.extend(found)
                self._note_newest(key, found)
            return []
        if values:
            parts = [part.values(*values) for part in parts]
        return [row for part in parts for row in part]

    def _parts(
        self, qs: QuerySet[Any], at: str, app: str | None, day: bool, order_id: str
    ) -> list[QuerySet[Any]]:
        if self.application_id is None:
            qs = qs.filter(owner_id=self.owner_id)
        elif app:
            # perf: one application's rows come by its index; the owner check stays, written
            # so that SQLite (which keeps no table statistics) cannot pick the (owner,
            # moment) index instead and walk all of the owner's rows in order.
            qs = qs.alias(_owner=F("owner_id") + 0)
            qs = qs.filter(_owner=self.owner_id, **{app: self.application_id})
        else:
            qs = qs.none()
        if self.since is not None:
            since = timezone.localdate(self.since) if day else self.since
            qs = qs.filter(**{f"{at}__gte": since})
        order = (f"-{at}", f"-{order_id}")
        parts = [qs.order_by(*order)[: self.limit]]
        if self.before is not None:
            older, same = self._bounds(at, day)
            parts = [qs.filter(older).order_by(*order)[: self.limit]]
            if same is not None and self.before.rank >= 0:
                parts.append(qs.filter(same).order_by(*order)[:TIES])
        return parts

    def rows(
        self,
        qs: QuerySet[Any],
        at: str,
        fields: tuple[str, ...],
        *,
        name: str,
        app: str | None = "application_id",
        day: bool = False,
        order_id: str = "id",
    ) -> list[tuple[Any, ...]]:
        """As ``filter``, as tuples of ``fields``, with the SQL compiled once per shape of
        page (``core.timeline_sql``): ``qs`` must hold no value of the page (owner, ids,
        moments), and ``name`` tells it apart from every other ``qs`` read here."""
        if self.probe is not None or self.compiled is not None:
            return self.filter(qs, at, app, day=day, order_id=order_id)
        key = f"{qs.model._meta.label}.{at}.{order_id}"
        if self._nothing_since(key, day) or (app is None and self.application_id is not None):
            return []
        shape = (name, fields, at, app, day, order_id, *timeline_sql.shape(self))
        plan = _row_plans.get(shape, _UNPLANNED)
        if plan is _UNPLANNED:
            plan = self._row_plan(qs, at, fields, app, day, order_id)
            if len(_row_plans) >= timeline_sql.MAX_SHAPES:
                _row_plans.clear()
            _row_plans[shape] = plan
        if plan is None:  # the ORM's way
            found = self.filter(qs, at, app, day=day, order_id=order_id, values=fields)
            return [tuple(row[f] for f in fields) for row in found]
        return _run_rows(plan, self)

    def _row_plan(
        self,
        qs: QuerySet[Any],
        at: str,
        fields: tuple[str, ...],
        app: str | None,
        day: bool,
        order_id: str,
    ) -> _RowPlan | None:
        stand_in = timeline_sql.stand_in(self, probe=None, newest=None, compiled=None)
        planned: list[tuple[str, timeline_sql.Slots]] = []
        converters: dict[int, Any] = {}
        for part in stand_in._parts(qs, at, app, day, order_id):
            compiler = part.values_list(*fields).query.get_compiler(using=part.db)
            sql, params = compiler.as_sql()
            kept = timeline_sql.slots(sql, tuple(params), stand_in)
            real = {self.owner_id, self.application_id} - {None}
            if kept is None or any(v in real for n, v in kept if not n and type(v) is int):
                return None  # a value of this page built into ``qs``: not reusable
            planned.append((sql, kept))
            converters = compiler.get_converters([column for column, *_ in compiler.select])
        return _RowPlan(tuple(planned), converters)

    def _note_newest(self, key: str, moments: list[dt.datetime]) -> None:
        if self.newest is None:
            return
        known = [m for m in (self.newest.get(key), *moments) if m is not None]
        self.newest[key] = max(known) if known else None

    def _nothing_since(self, key: str, day: bool) -> bool:
        """Whether the probe ran this query and it found nothing, or nothing that reaches
        ``since`` (the second pass would read nothing)."""
        if self.newest is None or key not in self.newest:
            return False
        newest = self.newest[key]
        if newest is None:
            return True
        if self.since is None:
            return False
        if day:
            return timezone.localdate(newest) < timezone.localdate(self.since)
        return newest < self.since

    def _bounds(self, at: str, day: bool) -> tuple[Q, Q | None]:
        """(rows strictly older than the cursor's moment, rows at exactly that moment)."""
        assert self.before is not None
        moment = self.before.at
        if not day:
            return Q(**{f"{at}__lt": moment}), Q(**{at: moment})
        cursor_day = timezone.localdate(moment)
        noon = midday(cursor_day)
        if noon < moment:  # that day's items are older than the cursor
            return Q(**{f"{at}__lte": cursor_day}), None
        return Q(**{f"{at}__lt": cursor_day}), (Q(**{at: cursor_day}) if noon == moment else None)

    def before_cursor(self, items: list[TimelineItem]) -> list[TimelineItem]:
        return [i for i in items if self.before is None or i.at <= self.before.at]


def labels(model: type[models.Model], name: str) -> dict[str, str]:
    """A choice field's labels by value, as ``get_<name>_display`` gives them."""
    field = model._meta.get_field(name)
    assert isinstance(field, models.Field)
    return {str(value): str(label) for value, label in field.flatchoices}


def midday(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(12, 0)))


def short(text: str, size: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"
