"""The weekly or monthly growth report: one printable page (the browser's print gives the
PDF-like copy; see the print rules in onward.css)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone

from onward.accounts.http import owner_of
from onward.growth.views import chart
from onward.strategy import selectors
from onward.strategy.report import PERIODS
from onward.strategy.views.nav import page


@login_required
def report(request: HttpRequest) -> HttpResponse:
    period = request.GET.get("period") or "week"
    if period not in PERIODS:
        raise Http404("Unknown period: use week or month.")
    data = selectors.report(owner=owner_of(request), period=period)
    context = {
        "report": data,
        "periods": list(PERIODS),
        "chart": chart.build(data.mood.days),
        "trend_text": chart.readable_dates(data.mood.reason, today=timezone.localdate()),
    }
    return page(request, "strategy/report.html", context, section="report")
