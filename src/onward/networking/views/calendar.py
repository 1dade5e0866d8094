"""The calendar: a private feed URL (shown once), a one-off .ics, and the digest email."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from onward.accounts.http import owner_of
from onward.core.forms import add_service_errors
from onward.core.http import status_of
from onward.networking import formats, mail, selectors, services
from onward.networking.forms import DigestForm
from onward.networking.views.common import page

SECTION = "calendar"


def _context(request: HttpRequest, form: DigestForm | None = None) -> dict[str, object]:
    owner = owner_of(request)
    row = selectors.network_settings(owner=owner)
    return {
        "feed": selectors.calendar_feed_active(owner=owner),
        "form": form or DigestForm(initial={"digest": row.digest, "digest_to": row.digest_to}),
        "mail_configured": mail.configured(),
        "history": selectors.digest_history(owner=owner),
        "account_email": owner.email,
    }


@login_required
def calendar(request: HttpRequest) -> HttpResponse:
    return page(request, "networking/calendar.html", _context(request), section=SECTION)


@login_required
@require_POST
@never_cache
def feed_create(request: HttpRequest) -> HttpResponse:
    """The new URL is in this response only: it is never stored or shown again."""
    _feed, secret = services.calendar_feed_create(owner=owner_of(request))
    url = request.build_absolute_uri(reverse("networking:feed", kwargs={"secret": secret}))
    context = {**_context(request), "new_url": url}
    return page(request, "networking/calendar.html", context, section=SECTION)


@login_required
@require_POST
def feed_revoke(request: HttpRequest) -> HttpResponse:
    feed = selectors.calendar_feed_active(owner=owner_of(request))
    if feed is not None:
        services.calendar_feed_revoke(feed=feed)
        messages.success(request, "The calendar feed URL no longer works.")
    return redirect("networking:calendar")


@login_required
@require_POST
def digest_update(request: HttpRequest) -> HttpResponse:
    form = DigestForm(request.POST)
    if form.is_valid():
        try:
            services.network_settings_update(owner=owner_of(request), **form.cleaned_data)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, "Digest settings saved.")
            return redirect("networking:calendar")
    context = _context(request, form)
    return page(
        request, "networking/calendar.html", context, section=SECTION, status=status_of(form)
    )


def _ics(text: str, *, download: bool) -> HttpResponse:
    response = HttpResponse(text, content_type="text/calendar; charset=utf-8")
    if download:
        response["Content-Disposition"] = 'attachment; filename="onward-reminders.ics"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
def export_ics(request: HttpRequest) -> HttpResponse:
    base = request.build_absolute_uri("/").rstrip("/")
    return _ics(formats.calendar_ics(owner=owner_of(request), base_url=base), download=True)


def feed(request: HttpRequest, secret: str) -> HttpResponse:
    """The subscribed feed: no session, the secret in the URL is the key."""
    owner = services.calendar_feed_owner(secret=secret)
    if owner is None:
        raise Http404("No such calendar.")
    base = request.build_absolute_uri("/").rstrip("/")
    return _ics(formats.calendar_ics(owner=owner, base_url=base), download=False)
