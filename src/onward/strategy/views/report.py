"""The weekly or monthly growth report: one printable page (the browser's print gives the
PDF-like copy; see the print rules in onward.css)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse

from onward.accounts.http import owner_of
from onward.strategy import selectors
from onward.strategy.report import PERIODS
from onward.strategy.report_html import context_of
from onward.strategy.views.nav import page


@login_required
def report(request: HttpRequest) -> HttpResponse:
    period = request.GET.get("period") or "week"
    if period not in PERIODS:
        raise Http404("Unknown period: use week or month.")
    data = selectors.report(owner=owner_of(request), period=period)
    context = context_of(data) | {"periods": list(PERIODS)}
    return page(request, "strategy/report.html", context, section="report")


# The chart is matplotlib's SVG, which styles itself inline: it is an image of its own, with
# a policy that lets its styles apply and runs nothing.
CHART_POLICY = "default-src 'none'; style-src 'unsafe-inline'"


@login_required
def report_chart(request: HttpRequest) -> HttpResponse:
    from onward.strategy import charts  # matplotlib loads only when a chart is drawn

    name, period = request.GET.get("chart") or "", request.GET.get("period") or "week"
    if name not in charts.CHARTS or period not in PERIODS:
        raise Http404("Unknown chart or period.")
    data = selectors.report(owner=owner_of(request), period=period)
    response = HttpResponse(charts.draw(name, data).svg, content_type="image/svg+xml")
    response.headers["Content-Security-Policy"] = CHART_POLICY
    response.headers["Cache-Control"] = "private, no-cache"
    return response
