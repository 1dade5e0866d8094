"""Small helpers shared by the networking pages."""

from __future__ import annotations

from functools import partial

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest

from onward.accounts.models import User
from onward.core import http
from onward.core.errors import validation_message
from onward.tracker import selectors as tracker_selectors

page = partial(http.page, nav="network")


def application_choices(owner: User) -> list[tuple[int, str]]:
    rows = tracker_selectors.application_list(owner=owner)
    return [(a.pk, f"{a.posting.title} at {a.posting.company.name}") for a in rows]


def report(request: HttpRequest, exc: ValidationError) -> None:
    messages.error(request, validation_message(exc))
