"""Shared option types and parsers: which account, dates, and fixed vocabularies."""

from __future__ import annotations

import contextlib
import datetime as dt
import zoneinfo
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer

from onward.cli.output import fail

if TYPE_CHECKING:
    from onward.accounts.models import User

E = TypeVar("E", bound=Enum)

OutputOption = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write to this file instead of stdout.", dir_okay=False),
]
UserOption = Annotated[
    str | None,
    typer.Option(
        "--user",
        "-u",
        envvar="ONWARD_USER",
        help="Account to use. Defaults to $ONWARD_USER, or the only account in local mode.",
        show_default=False,
    ),
]


def current_user(username: str | None) -> User:
    """The account a command acts for: ``--user``/``ONWARD_USER``, else the only one.

    Activates the account's time zone, so dates are read and shown in its local time.
    """
    user = _find_user(username)
    if user.time_zone:
        from django.utils import timezone

        with contextlib.suppress(zoneinfo.ZoneInfoNotFoundError, ValueError):
            timezone.activate(zoneinfo.ZoneInfo(user.time_zone))
    return user


def _find_user(username: str | None) -> User:
    from onward.accounts import selectors

    if username:
        user = selectors.user_find(username=username)
        if user is None:
            fail(f"no account called {username!r}")
        if not user.is_active:
            fail(f"the account {user.username!r} is deactivated")
        return user
    only = selectors.user_only() or _local_owner_on_first_use()
    if only is None:
        fail(
            "which account? Pass --user NAME or set ONWARD_USER "
            "(there is no single account to pick; `onward user create NAME` makes one)"
        )
    return only


def _local_owner_on_first_use() -> User | None:
    """Local mode with no account yet (the CLI used before `onward serve`): create the
    owner, as the first `onward serve` would, and say so."""
    from django.conf import settings

    from onward.accounts import services
    from onward.accounts.models import User

    if settings.SERVER_MODE or User.objects.exists():
        return None
    owner, created = services.owner_ensure()
    if created:
        from onward.cli.output import note

        note(f"Created your account {owner.username} (the first run of Onward on this machine).")
    return owner


def parse_choice(value: str, choices: type[E], label: str, allowed: list[E] | None = None) -> E:
    options = allowed if allowed is not None else list(choices)
    for option in options:
        if value.strip().lower() == str(option.value):
            return option
    names = ", ".join(str(option.value) for option in options if option.value)
    fail(f"{label}: {value!r} is not one of {names}")


def parse_date(value: str, label: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        fail(f"{label}: {value!r} is not a date (use YYYY-MM-DD)")


def parse_when(value: str, label: str) -> dt.datetime:
    """A date (taken as midday) or an ISO datetime; naive times are in the local time zone."""
    from django.utils import timezone

    text = value.strip()
    try:
        if len(text) == 10:
            moment = dt.datetime.combine(dt.date.fromisoformat(text), dt.time(12, 0))
        else:
            moment = dt.datetime.fromisoformat(text)
    except ValueError:
        fail(f"{label}: {value!r} is not a date or time (use YYYY-MM-DD or YYYY-MM-DDTHH:MM)")
    return timezone.make_aware(moment) if timezone.is_naive(moment) else moment
