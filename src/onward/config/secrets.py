"""Local-mode secret key: generated once and kept in the data dir."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

MIN_SECRET_LENGTH = 50
MIN_SECRET_UNIQUE = 5


def load_or_create_secret_key(data_dir: Path) -> str:
    path = data_dir / "secret_key"
    if path.exists():
        key = path.read_text(encoding="utf-8").strip()
        if key:
            return key
    key = secrets.token_urlsafe(64)
    part = path.with_suffix(".part")
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(key)
    part.replace(path)
    return key


def is_weak_secret(key: str) -> bool:
    return (
        len(key) < MIN_SECRET_LENGTH
        or len(set(key)) < MIN_SECRET_UNIQUE
        or (key.startswith("django-insecure"))
    )
