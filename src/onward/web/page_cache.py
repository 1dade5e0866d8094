"""Rendered pages and API lists kept per signed-in browser (or API token) and data version.

A repeat view of a page whose data have not changed is answered from memory instead of
being rendered again. The key holds everything a page is drawn from:

- the owner's data version: every change stamp of theirs (``core.changes``: database
  triggers replace a table's token on every write to any of their rows, whatever wrote
  it) but the strategy figure cache's (written by reads, derived from the rest), and the
  account row's own fields (name, time zone, settings); read first, so a kept page is
  never older than the version it is kept under;
- who is asking: the session's key, its contents and its CSRF secret (the page carries a
  CSRF token made from it), or the API token's digest;
- the scheme, host, full path with its query and the ``Accept`` header, the owner's time
  zone and today's date there, the language, and Onward's version.

Kept for ``TTL_SECONDS`` at most, so words that depend on the clock alone ("due today",
"3 hours ago") are never more than that late. Only plain ``GET`` answers of 200 up to
``MAX_BYTES`` are kept (pages, JSON, charts, a report's PDF, a calendar file): never a
response with pending messages, one that sets a cookie of its own, a streamed export, an
htmx fragment or anything marked ``no-store``. Pages are held in
this process's memory only (``CACHES["pages"]``), never on disk; a process restart or
``ONWARD_PAGE_CACHE=false`` starts without them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import zoneinfo
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import caches
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.utils import timezone, translation

from onward import __version__
from onward.accounts import services as account_services
from onward.accounts.models import User
from onward.core.changes import every_stamp
from onward.strategy.models import FigureCache

TTL_SECONDS = 120
MAX_BYTES = 1024 * 1024
ALIAS = "pages"
# Tables that reads write (derived from the rest): a write there is not a change of data.
DERIVED_TABLES = (FigureCache._meta.db_table,)


def clear() -> None:
    """Forget every kept page of this process (tests start each case empty)."""
    caches[ALIAS].clear()


class PageCacheMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        who = _identity(request) if _eligible(request) else None
        if who is None:
            return self.get_response(request)
        owner, identity, from_session = who
        key = _key(request, owner, identity)
        kept = caches[ALIAS].get(key)
        if kept is not None:
            if from_session:
                get_token(request)  # the cookie is refreshed as a rendered page does
            return _rebuild(kept)
        response = self.get_response(request)
        if _storable(request, response):
            caches[ALIAS].set(key, _freeze(response), TTL_SECONDS)
        return response


def _eligible(request: HttpRequest) -> bool:
    return settings.PAGE_CACHE and request.method == "GET" and not request.headers.get("HX-Request")


def _identity(request: HttpRequest) -> tuple[User, str, bool] | None:
    """(owner, who exactly is asking, whether by session) or None when not cacheable."""
    authorization = request.headers.get("Authorization", "")
    if request.path.startswith("/api/") and authorization.startswith("Bearer "):
        owner = account_services.api_token_authenticate(secret=authorization[7:].strip())
        if owner is None:
            return None
        return owner, "token:" + _digest(authorization), False
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or not isinstance(user, User):
        return None
    secret = request.META.get("CSRF_COOKIE")
    session = getattr(request, "session", None)
    if not secret or session is None or not session.session_key:
        return None  # a page rendered now would mint a new CSRF secret: not shareable
    if len(get_messages(request)):
        return None  # they must be shown, and only once
    contents = repr(sorted((k, repr(v)) for k, v in session.items()))
    return user, f"session:{session.session_key}:{secret}:{_digest(contents)}", True


def _key(request: HttpRequest, owner: User, identity: str) -> str:
    version = data_version(owner)  # first: what follows is at least this new
    zone = owner.time_zone or settings.TIME_ZONE
    parts = (
        str(owner.pk),
        str(version),
        identity,
        request.scheme or "",
        str(request.META.get("HTTP_HOST", "")),
        request.get_full_path(),
        request.headers.get("Accept", ""),
        zone,
        _local_date(zone).isoformat(),
        translation.get_language() or "",
        __version__,
    )
    return "onward:page:" + _digest("\x1f".join(parts))


def data_version(owner: User) -> str:
    """A value that changes with any change to the owner's data or account settings."""
    stamps = every_stamp(owner_id=owner.pk, excluding=DERIVED_TABLES)
    account = repr([getattr(owner, field.attname) for field in owner._meta.concrete_fields])
    return _digest(stamps + "\x1f" + account)


def _local_date(zone: str) -> dt.date:
    try:
        return timezone.now().astimezone(zoneinfo.ZoneInfo(zone)).date()
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return timezone.now().date()


def _storable(request: HttpRequest, response: HttpResponse) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if "no-store" in response.get("Cache-Control", ""):
        return False
    if len(response.content) > MAX_BYTES:
        return False
    return not len(get_messages(request))


def _freeze(response: HttpResponse) -> dict[str, Any]:
    return {"content": response.content, "headers": list(response.items())}


def _rebuild(kept: dict[str, Any]) -> HttpResponse:
    response = HttpResponse(kept["content"])
    for name, value in kept["headers"]:
        response[name] = value
    return response


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()
