"""Refuse to run a server with weak settings."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured

from onward.config.secrets import is_weak_secret


@dataclass(frozen=True)
class ServerSettings:
    secret_key: str
    debug: bool
    allowed_hosts: list[str]
    https: bool


def server_problems(s: ServerSettings) -> list[str]:
    problems: list[str] = []
    if not s.secret_key:
        problems.append("ONWARD_SECRET_KEY (or ONWARD_SECRET_KEY_FILE) is required in server mode")
    elif is_weak_secret(s.secret_key):
        problems.append(
            "ONWARD_SECRET_KEY is weak: use at least 50 random characters "
            "(python -c 'import secrets; print(secrets.token_urlsafe(64))')"
        )
    if s.debug:
        problems.append("ONWARD_DEBUG must be off in server mode")
    if not s.allowed_hosts:
        problems.append("ONWARD_ALLOWED_HOSTS is required in server mode (e.g. onward.example.org)")
    elif "*" in s.allowed_hosts:
        problems.append("ONWARD_ALLOWED_HOSTS must name hosts; '*' is refused in server mode")
    if not s.https:
        problems.append(
            "ONWARD_HTTPS=false is refused in server mode: journals and rejections are "
            "sensitive, serve them over TLS (a proxy terminating TLS is fine)"
        )
    return problems


def enforce_server_settings(s: ServerSettings) -> None:
    problems = server_problems(s)
    if problems:
        raise ImproperlyConfigured("refusing to start in server mode: " + "; ".join(problems))
