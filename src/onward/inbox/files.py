"""Where imported files wait while an import runs: ``<data dir>/imports/``, readable by
this user only, deleted when the run is over. Files given on the command line stay where
they are (the run remembers their path and never deletes them)."""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterable
from pathlib import Path

from django.conf import settings

CHUNK = 1024 * 1024


def uploads_dir() -> Path:
    folder = Path(settings.DATA_DIR) / "imports"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def store_chunks(chunks: Iterable[bytes], *, suffix: str) -> tuple[str, int]:
    """Write an upload to a new private file; its name (relative to the uploads folder)
    and size. Written to ``.part`` first, so a half-written file is never read."""
    name = f"{uuid.uuid4().hex}{suffix.lower()[:10]}"
    target = uploads_dir() / name
    part = target.with_name(name + ".part")
    size = 0
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            for chunk in chunks:
                size += handle.write(chunk)
        part.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise
    return name, size


def resolve(stored: str) -> Path:
    """The path of a run's file: an upload's name, or an absolute path from the CLI."""
    path = Path(stored)
    return path if path.is_absolute() else uploads_dir() / path


def is_upload(stored: str) -> bool:
    return bool(stored) and not Path(stored).is_absolute()


def remove_upload(stored: str) -> None:
    """Delete an uploaded file (never a file the person pointed the CLI at)."""
    if is_upload(stored):
        with contextlib.suppress(OSError):
            resolve(stored).unlink()
