"""Uploaded import files waiting for their owner to confirm the preview.

The web import is two steps: upload and preview, then confirm. Between them the file waits
in the data dir (``pending-imports/``, readable by the server only), under a random name
that starts with the owner's id, so nobody else can confirm it. Files older than a day
are removed whenever another one is saved.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import secrets
import time
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from django.conf import settings

if TYPE_CHECKING:
    from onward.accounts.models import User

MAX_AGE = dt.timedelta(days=1)
_TOKEN = re.compile(r"[A-Za-z0-9_-]{20,64}")


def _folder() -> Path:
    folder = Path(settings.DATA_DIR) / "pending-imports"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def _path(owner: User, token: str) -> Path | None:
    if not _TOKEN.fullmatch(token or ""):
        return None
    return _folder() / f"{owner.pk}-{token}.json"


def pending_import_save(*, owner: User, text: str) -> str:
    """Keep ``text`` for ``owner``; returns the token that reads it back."""
    _forget_old()
    token = secrets.token_urlsafe(24)
    path = _path(owner, token)
    assert path is not None
    part = path.with_suffix(".part")
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)
    part.replace(path)
    return token


def pending_import_read(*, owner: User, token: str) -> str | None:
    """The text ``owner`` uploaded under ``token``, or None (unknown, expired, not theirs)."""
    path = _path(owner, token)
    if path is None or not path.is_file() or _expired(path):
        return None
    return path.read_text(encoding="utf-8")


def pending_import_discard(*, owner: User, token: str) -> None:
    path = _path(owner, token)
    if path is not None:
        with suppress(FileNotFoundError):
            path.unlink()


def _expired(path: Path) -> bool:
    return time.time() - path.stat().st_mtime > MAX_AGE.total_seconds()


def _forget_old() -> None:
    for path in _folder().glob("*"):
        with suppress(FileNotFoundError):
            if _expired(path):
                path.unlink()
