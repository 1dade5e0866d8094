"""Site chrome: the dashboard and error pages."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from onward.tracker import selectors as tracker_selectors


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    data = tracker_selectors.dashboard(owner=request.user)  # type: ignore[arg-type]
    return render(request, "web/dashboard.html", {"nav": "dashboard", "data": data})


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "web/404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    return render(request, "web/500.html", status=500)
