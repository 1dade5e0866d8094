"""The weekly or monthly growth report: one printable page (see the print rules in
onward.css), its charts as SVG images, and the same report as a PDF download."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse

from onward.accounts.http import owner_of
from onward.strategy import selectors
from onward.strategy.report import PERIODS
from onward.strategy.report_html import context_of
from onward.strategy.views.nav import page


def _period(request: HttpRequest) -> str:
    period = request.GET.get("period") or "week"
    if period not in PERIODS:
        raise Http404("Unknown period: use week or month.")
    return period


@login_required
def report(request: HttpRequest) -> HttpResponse:
    period = _period(request)
    data = selectors.report(owner=owner_of(request), period=period)
    context = context_of(data) | {"periods": list(PERIODS)}
    return page(request, "strategy/report.html", context, section="report")


@login_required
def report_chart(request: HttpRequest) -> HttpResponse:
    from onward.core.charts import svg_response
    from onward.strategy import charts  # matplotlib loads only when a chart is drawn

    name, period = request.GET.get("chart") or "", _period(request)
    if name not in charts.CHARTS:
        raise Http404("Unknown chart.")
    part = selectors.report_chart_part(owner=owner_of(request), period=period, name=name)
    return svg_response(charts.draw_cached(name, part))


@login_required
def report_pdf(request: HttpRequest) -> HttpResponse:
    """The report as a PDF download; where PDFs cannot be drawn here, back to the page with
    a message pointing to the browser's print (the page has a print layout)."""
    from onward.strategy.report_pdf import PdfUnavailable, filename, pdf_of

    period = _period(request)
    data = selectors.report(owner=owner_of(request), period=period)
    try:
        pdf = pdf_of(data)
    except PdfUnavailable as error:
        messages.warning(request, str(error))
        return redirect(f"{reverse('strategy:report')}?period={period}")
    response = HttpResponse(pdf, content_type="application/pdf")
    response.headers["Content-Disposition"] = f'attachment; filename="{filename(data)}"'
    return response
