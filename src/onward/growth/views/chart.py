"""Geometry for the server-rendered mood/energy chart (inline SVG, no JavaScript).

Days run left to right; mood and energy (1..5) are lines with dots, application activity
is a row of soft bars along the bottom. The template draws it; a table carries the same
numbers for screen readers and anyone who prefers them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

WIDTH = 640
HEIGHT = 240
LEFT, RIGHT, TOP, BOTTOM = 34, 10, 18, 32
BAR_SHARE = 0.28  # of the plot height, for the tallest activity bar
ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
SAME_DAY = re.compile(r"\bfrom (\d{1,2} [A-Z][a-z]{2}(?: \d{4})?) to \1\b")


@dataclass(frozen=True)
class Row:
    day: dt.date
    mood: float | None
    energy: float | None
    activity: int


@dataclass(frozen=True)
class Dot:
    x: float
    y: float
    value: float
    day: dt.date


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    count: int
    day: dt.date


@dataclass(frozen=True)
class Tick:
    pos: float
    label: str


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    plot_left: int
    plot_right: int
    plot_bottom: int
    mood_line: str
    energy_line: str
    mood_dots: list[Dot]
    energy_dots: list[Dot]
    bars: list[Bar]
    x_ticks: list[Tick]
    y_ticks: list[Tick]
    rows: list[Row]
    has_checkins: bool


def _rows(raw: Sequence[Sequence[object]]) -> list[Row]:
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


def _dots(
    rows: list[Row], x_of: dict[dt.date, float], attr: str, y_of: Callable[[float], float]
) -> list[Dot]:
    dots = []
    for row in rows:
        value = getattr(row, attr)
        if value is not None:
            dots.append(Dot(x_of[row.day], y_of(value), value, row.day))
    return dots


def _line(dots: list[Dot]) -> str:
    return " ".join(f"{d.x:.1f},{d.y:.1f}" for d in dots)


def _bars(rows: list[Row], x_of: dict[dt.date, float], slot: float, plot_h: float) -> list[Bar]:
    busiest = max((r.activity for r in rows), default=0) or 1
    bars = []
    for r in rows:
        if not r.activity:
            continue
        height = plot_h * BAR_SHARE * r.activity / busiest
        bars.append(
            Bar(
                x_of[r.day] - slot * 0.35,
                TOP + plot_h - height,
                slot * 0.7,
                height,
                r.activity,
                r.day,
            )
        )
    return bars


def build(raw: Sequence[Sequence[object]]) -> Chart:
    rows = _rows(raw)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    first = rows[0].day if rows else dt.date.today()
    span = max(1, (rows[-1].day - first).days) if rows else 1
    slot = plot_w / (span + 1)
    x_of = {r.day: LEFT + slot * ((r.day - first).days + 0.5) for r in rows}

    def y_of(value: float) -> float:
        return TOP + plot_h * (5 - value) / 4

    bars = _bars(rows, x_of, slot, plot_h)
    mood, energy = _dots(rows, x_of, "mood", y_of), _dots(rows, x_of, "energy", y_of)
    x_ticks = [Tick(x_of[r.day], f"{r.day.day} {r.day:%b}") for r in rows if r.day.weekday() == 0]
    y_ticks = [Tick(y_of(v), str(v)) for v in (1, 2, 3, 4, 5)]
    return Chart(
        width=WIDTH,
        height=HEIGHT,
        plot_left=LEFT,
        plot_right=WIDTH - RIGHT,
        plot_bottom=TOP + plot_h,
        mood_line=_line(mood),
        energy_line=_line(energy),
        mood_dots=mood,
        energy_dots=energy,
        bars=bars,
        x_ticks=x_ticks,
        y_ticks=y_ticks,
        rows=rows,
        has_checkins=bool(mood or energy),
    )


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
