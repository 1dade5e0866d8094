"""The parts every app's timeline gatherer shares: the item, the scope, small helpers.

Each app turns its own rows into ``TimelineItem``s (``tracker.timeline``,
``growth.timeline``, ``skills.timeline``); the ``onward.timeline`` app merges them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone


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


@dataclass(frozen=True)
class Scope:
    owner_id: int
    application_id: int | None
    before: dt.datetime | None
    limit: int
    win_keys: frozenset[str]  # source keys of (visible) automatic wins

    def filter(
        self, qs: QuerySet[Any], at: str, app: str | None = "application_id", *, day: bool = False
    ) -> QuerySet[Any]:
        """Owner, application and cursor filters; newest first, at most ``limit``.

        ``day``: ``at`` is a date field (items sit at midday), so the cursor compares
        by day here and exactly in ``before_cursor``.
        """
        qs = qs.filter(owner_id=self.owner_id)
        if self.application_id is not None:
            qs = qs.filter(**{app: self.application_id}) if app else qs.none()
        if self.before is not None:
            cursor = timezone.localdate(self.before) if day else self.before
            qs = qs.filter(**{f"{at}__{'lte' if day else 'lt'}": cursor})
        return qs.order_by(f"-{at}", "-id")[: self.limit]

    def before_cursor(self, items: list[TimelineItem]) -> list[TimelineItem]:
        return [i for i in items if self.before is None or i.at < self.before]


def midday(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(12, 0)))


def short(text: str, size: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"
