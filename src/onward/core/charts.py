"""Charts drawn on the server with matplotlib, as SVG.

One drawing serves a page (an ``<img>`` from a chart route, see :func:`svg_response`), the
standalone HTML file of ``onward report`` and its PDF (the same SVG as a data URI). Text stays
text in the SVG (smaller, searchable). Every chart comes with a text alternative and a table of
its numbers in the template that shows it. Matplotlib's SVG carries inline styles, so it is
served as an image of its own, never inlined into a page under the Content-Security-Policy.
"""

from __future__ import annotations

import base64
import io
from contextlib import AbstractContextManager
from dataclasses import dataclass

import matplotlib
from django.http import HttpResponse
from matplotlib.axes import Axes
from matplotlib.figure import Figure

matplotlib.use("Agg")  # no display, no pyplot: figures are drawn straight to SVG

INK, MUTED, ACCENT, SOFT, WARM = "#1f2a28", "#6b7370", "#2f6b5c", "#c9ddd6", "#b8682c"
BAR = "#d9d5c9"

# An SVG chart is an image of its own, with a policy that lets its styles apply and runs
# nothing.
CHART_POLICY = "default-src 'none'; style-src 'unsafe-inline'"


@dataclass(frozen=True)
class Chart:
    name: str
    svg: str

    def data_uri(self) -> str:
        return "data:image/svg+xml;base64," + base64.b64encode(self.svg.encode()).decode()


def style() -> AbstractContextManager[None]:
    """Text stays text; ids are stable from one drawing to the next."""
    return matplotlib.rc_context(
        {"svg.fonttype": "none", "svg.hashsalt": "onward", "font.size": 10}
    )


def new_figure(height: float, width: float = 7.2) -> Figure:
    with style():
        figure = Figure(figsize=(width, height))
    return figure


def plain(axes: Axes) -> None:
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)


def to_chart(name: str, figure: Figure) -> Chart:
    buffer = io.StringIO()
    with style():
        figure.savefig(buffer, format="svg", metadata={"Date": None}, bbox_inches="tight")
    return Chart(name, buffer.getvalue())


def svg_response(chart: Chart) -> HttpResponse:
    response = HttpResponse(chart.svg, content_type="image/svg+xml")
    response.headers["Content-Security-Policy"] = CHART_POLICY
    response.headers["Cache-Control"] = "private, no-cache"
    return response
