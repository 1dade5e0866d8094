"""The growth report's charts, drawn on the server with matplotlib as SVG.

One drawing serves the page (an ``<img>`` from ``strategy:report_chart``), the HTML file of
``onward report`` and its PDF (the same SVG as a data URI); see ``onward.core.charts``. Their
text alternatives are in ``report_html``; the page shows each chart's numbers as a table.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import Any

from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from onward.core.chart_cache import cached_chart
from onward.core.charts import ACCENT, BAR, INK, MUTED, SOFT, Chart, new_figure, plain, to_chart
from onward.strategy.figures import FunnelView, RateView
from onward.strategy.report import ExperimentRow, GoalReport, Report
from onward.strategy.report_gaps import GapsReport

CHARTS = ("funnel", "goals", "mood", "gaps", "wins", "experiments")


def funnel_chart(funnel: FunnelView) -> Chart:
    """Each step's rate as a dot with its 90% range as a bar; thin steps say so."""
    return to_chart("funnel", _ranges([(s.name, s.rate) for s in funnel.steps]))


def experiments_chart(experiments: Sequence[ExperimentRow]) -> Chart:
    """Each experiment's metric during it and before it, with their 90% ranges."""
    rows: list[tuple[str, RateView]] = []
    for e in experiments:
        if e.during is not None and e.baseline is not None:
            name = textwrap.shorten(e.name, 40, placeholder="…")
            rows += [(f"{name}: during", e.during), ("before it", e.baseline)]
    return to_chart("experiments", _ranges(rows))


def _ranges(items: Sequence[tuple[str, RateView]]) -> Figure:
    """Rates as dots with their 90% ranges as bars, top to bottom; thin ones say so."""
    steps = list(reversed(items))
    figure = new_figure(0.55 * len(steps) + 0.9)
    axes = figure.add_subplot()
    for row, (_name, rate) in enumerate(steps):
        if rate.mean is None or rate.low is None or rate.high is None:
            axes.text(0.01, row, "not enough data yet", va="center", color=MUTED)
            continue
        axes.plot(
            [rate.low, rate.high], [row, row], color=SOFT, linewidth=8, solid_capstyle="round"
        )
        axes.plot([rate.mean], [row], "o", color=ACCENT, markersize=7)
    axes.set_yticks(range(len(steps)), [name for name, _rate in steps], color=INK)
    axes.set_xlim(0, 1)
    axes.set_ylim(-0.6, len(steps) - 0.4)
    axes.xaxis.set_major_formatter(lambda x, _pos: f"{x:.0%}")
    axes.set_xlabel("rate, with its 90% range", color=MUTED)
    plain(axes)
    return figure


def goals_chart(goals: Sequence[GoalReport]) -> Chart:
    """Each week, the share of each goal's target done (100% = met), side by side."""
    figure = new_figure(3.0)
    axes = figure.add_subplot()
    weeks = [w.week_start for w in goals[0].weeks] if goals else []
    width = 0.8 / max(len(goals), 1)
    for index, goal in enumerate(goals):
        shares = [min(w.done / goal.target, 1.5) for w in goal.weeks]
        xs = [k + index * width - 0.4 + width / 2 for k in range(len(weeks))]
        axes.bar(xs, shares, width=width * 0.9, label=goal.name)
    axes.axhline(1.0, color=INK, linewidth=1, linestyle="--")
    axes.set_xticks(range(len(weeks)), [f"{w.day} {w:%b}" for w in weeks], color=INK)
    axes.yaxis.set_major_formatter(lambda y, _pos: f"{y:.0%}")
    axes.set_ylabel("of the weekly target", color=MUTED)
    axes.set_xlabel("week starting", color=MUTED)
    if goals:
        axes.legend(frameon=False, loc="upper center", bbox_to_anchor=(0.5, -0.28), ncols=3)
    plain(axes)
    return to_chart("goals", figure)


# Closed is the strongest colour; no plan yet the palest.
STAGE_COLOURS = {"closed": ACCENT, "done": "#5f9c8a", "in_progress": SOFT, "planned": "#e4e8e6"}


def gaps_chart(gaps: GapsReport) -> Chart:
    """The most pressing gaps: how much evidence each has (rejections asking for it, times
    named as missing), coloured by how far it is from closed."""
    rows = list(reversed(gaps.rows))
    figure = new_figure(0.38 * len(rows) + 0.9)
    axes = figure.add_subplot()
    for index, row in enumerate(rows):
        evidence = row.rejected + row.named
        colour = STAGE_COLOURS.get(row.stage, BAR)
        axes.barh(index, evidence, color=colour, edgecolor=MUTED, linewidth=0.5, height=0.6)
        axes.text(evidence, index, f"  {row.stage_words}", va="center", color=MUTED, fontsize=9)
    axes.set_yticks(range(len(rows)), [r.label for r in rows], color=INK)
    longest = max((r.rejected + r.named for r in rows), default=1)
    axes.set_xlim(0, longest * 1.6 + 1)
    axes.set_xlabel("rejections asking for it + times named as missing", color=MUTED)
    plain(axes)
    return to_chart("gaps", figure)


def wins_chart(by_kind: Sequence[tuple[str, int]]) -> Chart:
    """The period's wins by kind, most first (from the top)."""
    rows = list(reversed(by_kind))
    figure = new_figure(0.34 * len(rows) + 0.8)
    axes = figure.add_subplot()
    axes.barh(range(len(rows)), [n for _kind, n in rows], color=ACCENT, height=0.6)
    for index, (_kind, n) in enumerate(rows):
        axes.text(n, index, f" {n}", va="center", color=INK)
    axes.set_yticks(range(len(rows)), [kind for kind, _n in rows], color=INK)
    axes.set_xlim(0, max((n for _k, n in rows), default=1) * 1.15 + 0.5)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_xlabel("wins in the period", color=MUTED)
    plain(axes)
    return to_chart("wins", figure)


def part_of(name: str, report: Report) -> object:
    """Exactly the part of ``report`` that chart ``name`` (one of ``CHARTS``) draws."""
    parts = {
        "funnel": report.funnel,
        "goals": report.goals,
        "experiments": report.experiments,
        "wins": report.wins_by_kind,
        "gaps": report.gaps,
        "mood": report.mood.days,
    }
    if name not in parts:
        raise ValueError(f"Unknown chart {name!r}.")
    return parts[name]


def draw_part(name: str, part: Any) -> Chart:
    """Chart ``name`` of its part of a report (see ``part_of``)."""
    if name == "funnel":
        return funnel_chart(part)
    if name == "goals":
        return goals_chart(part)
    if name == "experiments":
        return experiments_chart(part)
    if name == "wins":
        return wins_chart(part)
    if name == "gaps":
        return gaps_chart(part)
    if name == "mood":
        from onward.growth.charts import mood_chart

        return mood_chart(part)
    raise ValueError(f"Unknown chart {name!r}.")


def draw_cached(name: str, part: object) -> Chart:
    """``draw_part``, kept by exactly the part it draws (``core.chart_cache``)."""
    return cached_chart(name, part, lambda: draw_part(name, part))


def draw(name: str, report: Report) -> Chart:
    """One of ``CHARTS`` for this report."""
    return draw_cached(name, part_of(name, report))
