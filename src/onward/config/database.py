"""Turn ``ONWARD_DATABASE_URL`` (or the local data dir) into Django's DATABASES entry."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

# How long a write waits for another one's lock before it fails (with a 503 on the web).
LOCK_TIMEOUT_SECONDS = 10
SQLITE_INIT = ";".join(
    [
        "PRAGMA journal_mode=WAL",
        "PRAGMA synchronous=NORMAL",
        "PRAGMA foreign_keys=ON",
        f"PRAGMA busy_timeout={LOCK_TIMEOUT_SECONDS * 1000}",
    ]
)


# perf: a server thread keeps its SQLite connection between requests, as PostgreSQL's do
# (``conn_max_age``): opening one per request (the file, the PRAGMAs above, Django's SQL
# functions, the schema read on first use) cost about 2 ms of every request's CPU.
SQLITE_CONN_MAX_AGE = 60


def sqlite_config(path: Path) -> dict[str, Any]:
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(path),
        "CONN_MAX_AGE": SQLITE_CONN_MAX_AGE,
        "OPTIONS": {
            "init_command": SQLITE_INIT,
            "transaction_mode": "IMMEDIATE",
            "timeout": LOCK_TIMEOUT_SECONDS,
        },
        "TEST": {"NAME": ":memory:"} if str(path) == ":memory:" else {},
    }


def parse_database_url(url: str) -> dict[str, Any]:
    """Parse ``postgresql://user:pass@host:port/name?sslmode=...`` or ``sqlite:///path``."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme == "sqlite":
        # sqlite:////abs/path.sqlite3 (absolute) or sqlite:///relative/path.sqlite3
        if not url.lower().startswith("sqlite:///"):
            raise ImproperlyConfigured(
                "ONWARD_DATABASE_URL: use sqlite:////absolute/path.sqlite3 "
                "(sqlite:/// then the path)"
            )
        raw_path = unquote(url[len("sqlite:///") :].split("?", 1)[0])
        if not raw_path:
            raise ImproperlyConfigured("ONWARD_DATABASE_URL: the sqlite URL has no file path")
        return sqlite_config(Path(raw_path))
    if scheme in ("postgres", "postgresql", "pgsql"):
        name = unquote(parts.path.lstrip("/"))
        if not name:
            raise ImproperlyConfigured(
                "ONWARD_DATABASE_URL: the PostgreSQL URL has no database name"
            )
        options = dict(parse_qsl(parts.query))
        conn_max_age = int(options.pop("conn_max_age", "60"))
        # A write waits for another's row lock this long, then fails (answered with a 503,
        # like SQLite's busy timeout); ?options=... replaces it.
        options.setdefault("options", f"-c lock_timeout={LOCK_TIMEOUT_SECONDS}s")
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": name,
            "USER": unquote(parts.username or ""),
            "PASSWORD": unquote(parts.password or ""),
            "HOST": parts.hostname or "",
            "PORT": str(parts.port or ""),
            "CONN_MAX_AGE": conn_max_age,
            "CONN_HEALTH_CHECKS": True,
            "OPTIONS": options,
        }
    raise ImproperlyConfigured(
        f"ONWARD_DATABASE_URL: unsupported scheme {scheme!r}; use postgresql:// or sqlite:///"
    )
