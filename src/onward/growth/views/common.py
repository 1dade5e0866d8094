"""Small helpers shared by the growth views."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.http import url_has_allowed_host_and_scheme

from onward.accounts.models import User

NAV = "growth"


def owner_of(request: HttpRequest) -> User:
    assert isinstance(request.user, User)
    return request.user


def is_htmx(request: HttpRequest) -> bool:
    details = getattr(request, "htmx", None)
    return bool(details) and not getattr(details, "history_restore_request", False)


def bound(request: HttpRequest) -> Any:
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
    section: str = "",
    status: int = 200,
) -> HttpResponse:
    """Render a growth page: the Growth tab is current, and ``section`` in the sub-nav."""
    context = {"nav": NAV, "section": section, **context}
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
