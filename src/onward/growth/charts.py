"""The mood and energy chart (check-ins page and growth report), drawn with matplotlib.

Days run left to right; mood and energy (1 to 5) are lines with dots (energy dashed), and
application activity is a row of soft bars along the bottom, scaled to the busiest day. The
templates show the same numbers as a table, and a sentence about the trend as the text
alternative.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from onward.core.charts import ACCENT, BAR, INK, MUTED, WARM, Chart, new_figure, plain, to_chart
from onward.growth.views.chart import Row, rows_of

BAR_SHARE = 0.28  # of the 1..5 scale, for the busiest day's bar


def _series(rows: Sequence[Row], attr: str, first: dt.date) -> tuple[list[int], list[float]]:
    """Days (as days since ``first``) and values, where there is a value."""
    days, values = [], []
    for row in rows:
        value = getattr(row, attr)
        if value is not None:
            days.append((row.day - first).days)
            values.append(value)
    return days, values


def mood_chart(raw: Sequence[Sequence[object]]) -> Chart:
    rows = rows_of(raw)
    first = rows[0].day if rows else dt.date.today()
    figure = new_figure(2.6)
    axes = figure.add_subplot()
    busiest = max((r.activity for r in rows), default=0) or 1
    active = [r for r in rows if r.activity]
    axes.bar(
        [(r.day - first).days for r in active],
        [4 * BAR_SHARE * r.activity / busiest for r in active],
        bottom=1,
        width=0.7,
        color=BAR,
        label="Application updates",
    )
    for attr, colour, dash, label in (
        ("energy", WARM, "--", "Energy"),
        ("mood", ACCENT, "-", "Mood"),
    ):
        days, values = _series(rows, attr, first)
        axes.plot(
            days, values, dash, color=colour, linewidth=2, marker="o", markersize=4, label=label
        )
    mondays = [r.day for r in rows if r.day.weekday() == 0]
    axes.set_xticks(
        [(d - first).days for d in mondays], [f"{d.day} {d:%b}" for d in mondays], color=INK
    )
    axes.set_xlim(-0.6, (rows[-1].day - first).days + 0.6 if rows else 0.6)
    axes.set_ylim(0.8, 5.2)
    axes.set_yticks([1, 2, 3, 4, 5])
    axes.grid(axis="y", color=BAR, linewidth=0.6)
    axes.set_axisbelow(True)
    axes.set_ylabel("1 low to 5 high", color=MUTED)
    axes.legend(frameon=False, loc="upper center", bbox_to_anchor=(0.5, -0.14), ncols=3)
    plain(axes)
    return to_chart("mood", figure)
