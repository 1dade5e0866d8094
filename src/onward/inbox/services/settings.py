"""The person's Inbox settings: auto-accept and its confidence, keeping bodies, and the
IMAP connection they used last (never its password)."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError

from onward.accounts.models import User
from onward.core.services import save
from onward.inbox import selectors
from onward.inbox.models import InboxSettings

FIELDS = (
    "auto_accept",
    "auto_accept_min",
    "keep_bodies",
    "imap_host",
    "imap_port",
    "imap_user",
    "imap_folder",
    "imap_security",
)


def inbox_settings_update(*, owner: User, **fields: Any) -> InboxSettings:
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise ValidationError(f"Unknown field(s): {', '.join(sorted(unknown))}")
    prefs = selectors.inbox_settings(owner=owner)
    for name, value in fields.items():
        setattr(prefs, name, value.strip() if isinstance(value, str) else value)
    save(prefs)
    return prefs
