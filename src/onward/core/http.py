"""Request and response helpers shared by every app's HTML views."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.http import url_has_allowed_host_and_scheme


def is_htmx(request: HttpRequest) -> bool:
    """An htmx request that wants a fragment (a history restore wants the whole page)."""
    details = getattr(request, "htmx", None)
    return bool(details) and not getattr(details, "history_restore_request", False)


def bound(request: HttpRequest) -> Any:
    """The data to bind a form to: the POST body, or None for a GET."""
    return request.POST if request.method == "POST" else None


def status_of(*forms: Any) -> int:
    """400 when a submitted form has errors, else 200."""
    for form in forms:
        if form is not None and form.is_bound and form.errors:
            return 400
    return 200


def today() -> dt.date:
    return timezone.localdate()


def page(
    request: HttpRequest,
    template: str,
    context: dict[str, Any],
    *,
    nav: str,
    section: str = "",
    status: int = 200,
) -> HttpResponse:
    """Render a page with ``nav`` as the current tab and ``section`` in its sub-nav.

    The response varies on ``HX-Request``: the same URL answers htmx with a fragment.
    """
    context = {"nav": nav, "section": section, **context}
    response = render(request, template, context, status=status)
    patch_vary_headers(response, ("HX-Request",))
    return response


def safe_next(request: HttpRequest, fallback: str) -> str:
    """A same-site ``next`` from the form or query string, else ``fallback``."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


BUSY_RETRY_SECONDS = 5
BUSY_MESSAGE = (
    "The database is busy with another change (a large import, a backup). "
    "Nothing was saved; try again in a few seconds."
)


def busy_response(request: HttpRequest) -> HttpResponse:
    """503 with Retry-After for a write that timed out waiting for the database lock:
    JSON under /api/, a plain page elsewhere (rendered without touching the database)."""
    response: HttpResponse
    if request.path_info.startswith("/api/"):
        response = JsonResponse({"detail": BUSY_MESSAGE}, status=503)
    else:
        page_html = render_to_string("core/busy.html", {"message": BUSY_MESSAGE})
        response = HttpResponse(page_html, status=503)
    response["Retry-After"] = str(BUSY_RETRY_SECONDS)
    return response
