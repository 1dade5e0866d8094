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
