"""The wins ledger: recorded from real events, or added by hand."""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone

from onward.accounts.http import owner_of
from onward.core import keyset
from onward.core.forms import add_service_errors
from onward.core.http import bound, status_of
from onward.growth import selectors, services
from onward.growth.choices import WinKind
from onward.growth.forms.wins import WinForm
from onward.growth.views.nav import page

SECTION = "wins"
PAGE = 50  # wins per page, newest first; "Older wins" pages by keyset


def _occurred_at(day: dt.date | None) -> dt.datetime | None:
    if day is None or day == timezone.localdate():
        return None  # now
    return timezone.make_aware(dt.datetime.combine(day, dt.time(12)))


@login_required
def win_list(request: HttpRequest) -> HttpResponse:
    owner = owner_of(request)
    form = WinForm(bound(request))
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        try:
            services.win_add(
                owner=owner,
                title=data["title"],
                note=data["note"],
                occurred_at=_occurred_at(data["occurred_on"]),
            )
        except ValidationError as exc:
            add_service_errors(form, exc, field_map={"occurred_at": "occurred_on"})
        else:
            messages.success(request, "Win added. Worth remembering.")
            return redirect("growth:wins")
    present = selectors.win_kinds(owner=owner)
    kind = request.GET.get("kind") or None
    if kind not in WinKind.values:
        kind = None
    before = keyset.parse(request.GET.get("before", ""))
    wins = selectors.win_page(owner=owner, kind=kind, before=before, limit=PAGE + 1)
    older = ""
    if len(wins) > PAGE:
        wins = wins[:PAGE]
        older = keyset.Cursor(wins[-1].occurred_at, 0, wins[-1].pk).encode()
    context = {
        "form": form,
        "wins": wins,
        "kinds": [(value, label) for value, label in WinKind.choices if value in present],
        "kind": kind,
        "older": older,
        "paged": before is not None,
    }
    return page(request, "growth/wins.html", context, section=SECTION, status=status_of(form))


@login_required
def win_delete(request: HttpRequest, win_id: int) -> HttpResponse:
    win = selectors.win_get(owner=owner_of(request), pk=win_id)
    if request.method == "POST":
        services.win_delete(win=win)
        messages.success(request, "Win removed from the ledger.")
        return redirect("growth:wins")
    context = {
        "title": "Remove this win?",
        "text": f"“{win.title}” leaves the ledger. This cannot be undone.",
        "confirm": "Remove win",
        "cancel_url": reverse("growth:wins"),
    }
    return page(request, "growth/confirm.html", context, section=SECTION)
