"""Turning domain errors into one line a person can read."""

from __future__ import annotations

import sqlite3

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import DatabaseError

# SQLite's primary result codes for "another connection holds the lock": SQLITE_BUSY (the
# busy timeout ran out) and SQLITE_LOCKED (a lock inside this process's shared cache).
_SQLITE_BUSY = frozenset({5, 6})
# PostgreSQL: lock_not_available (lock_timeout ran out), deadlock_detected.
_POSTGRES_BUSY = frozenset({"55P03", "40P01"})


def validation_message(exc: ValidationError) -> str:
    """One line from a Django ValidationError: ``field: message; other: message``."""
    if not hasattr(exc, "error_dict"):
        return " ".join(exc.messages)
    parts = []
    for field, messages in exc.message_dict.items():
        text = " ".join(messages)
        parts.append(text if field == NON_FIELD_ERRORS else f"{field}: {text}")
    return "; ".join(parts)


def database_busy(exc: BaseException) -> bool:
    """Whether ``exc`` means a write gave up waiting for another one's lock: the database
    is busy, not broken, and the same request will work in a moment."""
    if not isinstance(exc, DatabaseError | sqlite3.Error):
        return False
    for error in (exc, exc.__cause__):
        code = getattr(error, "sqlite_errorcode", None)
        if isinstance(code, int) and code & 0xFF in _SQLITE_BUSY:
            return True
        if getattr(error, "sqlstate", None) in _POSTGRES_BUSY:
            return True
    text = str(exc)
    return "database is locked" in text or "database table is locked" in text
