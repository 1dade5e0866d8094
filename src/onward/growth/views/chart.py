"""The mood/energy chart's numbers: one row per day (mood, energy, application updates),
for the table next to the chart and for the drawing itself (``onward.growth.charts``,
matplotlib, loaded only when a chart is drawn); and explanations with readable dates.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
SAME_DAY = re.compile(r"\bfrom (\d{1,2} [A-Z][a-z]{2}(?: \d{4})?) to \1\b")


@dataclass(frozen=True)
class Row:
    day: dt.date
    mood: float | None
    energy: float | None
    activity: int


@dataclass(frozen=True)
class Table:
    rows: list[Row]
    has_checkins: bool


def rows_of(raw: Sequence[Sequence[object]]) -> list[Row]:
    rows = []
    for day, mood, energy, activity in raw:
        assert isinstance(day, dt.date)
        rows.append(
            Row(
                day=day,
                mood=float(mood) if isinstance(mood, int | float) else None,
                energy=float(energy) if isinstance(energy, int | float) else None,
                activity=int(activity) if isinstance(activity, int) else 0,
            )
        )
    return sorted(rows, key=lambda r: r.day)


def build(raw: Sequence[Sequence[object]]) -> Table:
    rows = rows_of(raw)
    return Table(rows, any(r.mood is not None or r.energy is not None for r in rows))


def short_day(day: dt.date, *, today: dt.date) -> str:
    """A day as people write it: "3 Nov", with the year when it is not this year's."""
    text = f"{day.day} {day:%b}"
    return text if day.year == today.year else f"{text} {day.year}"


def readable_dates(text: str, *, today: dt.date) -> str:
    """``text`` (an explanation from ``onward.analysis``) with its ISO dates written as
    short days ("2024-11-03" becomes "3 Nov", "from 3 Nov to 3 Nov" becomes "on 3 Nov");
    anything that is not a real date stays."""

    def replace(match: re.Match[str]) -> str:
        try:
            day = dt.date(*(int(part) for part in match.groups()))
        except ValueError:
            return match.group(0)
        return short_day(day, today=today)

    return SAME_DAY.sub(r"on \1", ISO_DATE.sub(replace, text))
