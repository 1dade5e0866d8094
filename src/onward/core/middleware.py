from __future__ import annotations

import zoneinfo
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from onward.core.errors import database_busy
from onward.core.http import busy_response


class UserTimezoneMiddleware:
    """Activate the signed-in user's time zone so dates render in their local time."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        tz_name = getattr(user, "time_zone", "") if user is not None else ""
        if tz_name:
            try:
                timezone.activate(zoneinfo.ZoneInfo(tz_name))
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                timezone.deactivate()
        else:
            timezone.deactivate()
        try:
            return self.get_response(request)
        finally:
            # The zone (also one token auth activated) must not outlive the request: the
            # thread serves other people next, and the tests' client runs in theirs.
            timezone.deactivate()


# No inline scripts, styles or event handlers anywhere: every page works under this policy
# (tests/browser/test_csp.py loads each one in Chromium and fails on a violation).
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "object-src 'none'",
    ]
)
# Features Onward never uses, switched off for every page (and anything injected into one).
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
)


class SecurityHeadersMiddleware:
    """Content-Security-Policy and Permissions-Policy on every response that has none.

    Django's SecurityMiddleware already sends Referrer-Policy, X-Content-Type-Options,
    Cross-Origin-Opener-Policy and HSTS, and XFrameOptionsMiddleware X-Frame-Options.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


class DatabaseBusyMiddleware:
    """A view whose write timed out waiting for the database lock (SQLite's busy timeout,
    PostgreSQL's lock_timeout) answers 503 with Retry-After, never a 500: the database
    is busy, not broken. (Errors raised by other middleware reach ``handler500``, which
    does the same.)"""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        return busy_response(request) if database_busy(exception) else None
