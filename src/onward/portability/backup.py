"""A consistent online copy of the SQLite database (safe while the server is running)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from django.db import connection

from onward.portability.errors import BackupError

PRIVATE = 0o600


def _check_target(target: Path, *, overwrite: bool) -> None:
    if target.is_dir():
        raise BackupError(
            f"{target} is a directory; give a file name, e.g. {target}/onward.sqlite3"
        )
    if target.exists() and not overwrite:
        raise BackupError(f"{target} already exists; pass --overwrite to replace it")
    if not target.parent.is_dir():
        raise BackupError(f"the folder {target.parent} does not exist")
    source = str(connection.settings_dict["NAME"])
    if Path(source).exists() and target.exists() and target.samefile(source):
        raise BackupError(f"{target} is the live database itself")


def database_backup(*, target: Path, overwrite: bool = False) -> Path:
    """Copy the database to ``target`` with SQLite's online backup API.

    The copy is written to ``<target>.part`` and renamed when complete, so ``target`` is
    never a half-written file. PostgreSQL databases are backed up with ``pg_dump``.
    """
    if connection.vendor != "sqlite":
        raise BackupError(
            f"backup copies SQLite databases only; this one is {connection.vendor}. "
            "Use pg_dump (or `onward export` for your own data)."
        )
    target = target.expanduser()
    _check_target(target, overwrite=overwrite)
    if connection.in_atomic_block:
        # SQLite would wait forever for our own open transaction to finish.
        raise BackupError("cannot back up from inside a database transaction")
    part = target.with_name(target.name + ".part")
    connection.ensure_connection()
    try:
        part.unlink(missing_ok=True)
        # Created readable by you only (0600) before SQLite opens it: the copy holds
        # everyone's data, and SQLite gives its journal the same permissions.
        os.close(os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE))
        copy = sqlite3.connect(part)
        try:
            connection.connection.backup(copy)
            # A self-contained file: no -wal/-shm companions needed to open it.
            copy.execute("PRAGMA journal_mode=DELETE")
        finally:
            copy.close()
        part.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise
    return target
