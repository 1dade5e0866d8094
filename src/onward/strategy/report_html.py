"""The growth report as HTML: the context its templates need, and a standalone document
(for ``onward report --format html``) with the stylesheet inlined, print rules included."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string

from onward.growth.views import chart
from onward.strategy.report import Report

STYLESHEET = "onward/onward.css"


def context_of(report: Report) -> dict[str, Any]:
    """The mood chart (the growth app's hand-drawn SVG, with its table) and its text."""
    return {
        "report": report,
        "chart": chart.build(report.mood.days),
        "trend_text": chart.readable_dates(report.mood.reason, today=report.period.last),
    }


def _stylesheet() -> str:
    found = finders.find(STYLESHEET)
    if not isinstance(found, str):
        return ""
    return Path(found).read_text(encoding="utf-8")


def document(report: Report) -> str:
    """One self-contained HTML file: open it in a browser, or print it to PDF."""
    context = context_of(report) | {"css": _stylesheet()}
    return render_to_string("strategy/report_document.html", context)
