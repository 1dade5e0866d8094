"""The growth report as HTML: the context its templates need, and a standalone document
(for ``onward report --format html``) with the stylesheet inlined, print rules included."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.urls import reverse

from onward.growth.views import chart
from onward.strategy.figures import FunnelView, RateView
from onward.strategy.report import ExperimentRow, GoalReport, Report
from onward.strategy.report_gaps import GapsReport
from onward.strategy.wording import percent

STYLESHEET = "onward/onward.css"


def funnel_alt(funnel: FunnelView) -> str:
    parts = []
    for step in funnel.steps:
        rate = step.rate
        if rate.enough:
            span = f"{percent(rate.low)} to {percent(rate.high)}"
            parts.append(f"{step.name}: about {percent(rate.mean)} ({span})")
        else:
            parts.append(f"{step.name}: not enough data yet")
    return "Funnel rates with their 90% ranges. " + "; ".join(parts) + "."


def goals_alt(goals: Sequence[GoalReport]) -> str:
    if not goals:
        return "No active weekly goals."
    parts = [f"{g.name}: met {g.met_weeks} of {len(g.weeks)} weeks" for g in goals]
    return "Weekly goals, the share of each target done, week by week. " + "; ".join(parts) + "."


def gaps_alt(gaps: GapsReport) -> str:
    if not gaps.rows:
        return "No skill gaps yet."
    parts = [
        f"{r.label}: {r.rejected} rejections asking for it, named {r.named} times, {r.stage_words}"
        for r in gaps.rows
    ]
    return (
        "Your most pressing skill gaps and how far each is from closed. " + "; ".join(parts) + "."
    )


def _rate_words(rate: RateView) -> str:
    if rate.mean is None or rate.low is None or rate.high is None:
        return f"not enough data yet ({rate.successes} of {rate.n})"
    span = f"{percent(rate.low)} to {percent(rate.high)}"
    return f"about {percent(rate.mean)} ({span}, {rate.successes} of {rate.n})"


def experiments_alt(experiments: Sequence[ExperimentRow]) -> str:
    parts = [
        f"{e.name}: during it {_rate_words(e.during)}, before it {_rate_words(e.baseline)}"
        for e in experiments
        if e.during is not None and e.baseline is not None
    ]
    lead = "Each experiment's measure during it and before it, with 90% ranges. "
    return lead + "; ".join(parts) + "."


def wins_alt(by_kind: Sequence[tuple[str, int]]) -> str:
    parts = [f"{kind}: {n}" for kind, n in by_kind]
    return "Wins in the period by kind. " + "; ".join(parts) + "."


def _sources(report: Report, *, inline: bool) -> dict[str, str]:
    """Where each chart's ``<img>`` comes from: the chart route, or (in a standalone file)
    the drawing itself as a data URI."""
    if inline:
        from onward.strategy import charts  # matplotlib loads only when a chart is drawn

        return {name: charts.draw(name, report).data_uri() for name in charts.CHARTS}
    base = reverse("strategy:report_chart")
    kind = report.period.kind
    return {
        name: f"{base}?chart={name}&period={kind}"
        for name in ("funnel", "goals", "mood", "gaps", "wins", "experiments")
    }


def context_of(report: Report, *, inline: bool = False) -> dict[str, Any]:
    """The charts' sources and text alternatives, and the mood chart (the growth app's
    hand-drawn SVG, with its table) with its sentence."""
    sources = _sources(report, inline=inline)
    return {
        "report": report,
        "chart_src": sources,
        "chart_alt": {
            "funnel": funnel_alt(report.funnel),
            "goals": goals_alt(report.goals),
            "gaps": gaps_alt(report.gaps),
            "wins": wins_alt(report.wins_by_kind),
            "experiments": experiments_alt(report.experiments),
        },
        "chart": chart.build(report.mood.days),
        "mood_chart_src": sources["mood"],
        "trend_text": chart.readable_dates(report.mood.reason, today=report.period.last),
    }


def _stylesheet() -> str:
    found = finders.find(STYLESHEET)
    if not isinstance(found, str):
        return ""
    return Path(found).read_text(encoding="utf-8")


def document(report: Report) -> str:
    """One self-contained HTML file: open it in a browser, or print it to PDF."""
    context = context_of(report, inline=True) | {"css": _stylesheet()}
    return render_to_string("strategy/report_document.html", context)
