"""Typed helpers that read ``ONWARD_*`` environment variables.

Every setting Onward understands is read through these helpers, so the list of
variables is greppable (``tests/test_docs.py`` checks each one is documented).
Secrets may also come from a file named by ``<NAME>_FILE``.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

PREFIX = "ONWARD_"
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def _environ() -> Mapping[str, str]:
    return os.environ


def _check_name(name: str) -> None:
    if not name.startswith(PREFIX):
        raise ValueError(f"setting names start with {PREFIX}: {name}")


def get_str(name: str, default: str = "") -> str:
    """Return the variable's value, or the contents of ``<name>_FILE``, or ``default``."""
    _check_name(name)
    env = _environ()
    value = env.get(name)
    if value is not None:
        return value.strip()
    file_name = env.get(f"{name}_FILE")
    if file_name:
        try:
            return Path(file_name).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ImproperlyConfigured(f"{name}_FILE: cannot read {file_name}: {exc}") from exc
    return default


def get_bool(name: str, default: bool) -> bool:
    raw = get_str(name)
    if raw == "":
        return default
    lowered = raw.lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {raw!r}")


def get_int(name: str, default: int, *, minimum: int | None = None) -> int:
    raw = get_str(name)
    if raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {raw!r}") from None
    if minimum is not None and value < minimum:
        raise ImproperlyConfigured(f"{name} must be at least {minimum}, not {value}")
    return value


def get_list(name: str, default: list[str]) -> list[str]:
    raw = get_str(name)
    if raw == "":
        return list(default)
    return [item.strip() for item in raw.split(",") if item.strip()]


IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


def get_networks(name: str, default: list[str]) -> tuple[IPNetwork, ...]:
    """Comma-separated IP addresses or networks (``10.0.0.0/8``); an address is a /32 or /128."""
    networks: list[IPNetwork] = []
    for item in get_list(name, default):
        try:
            networks.append(ipaddress.ip_network(item, strict=False))
        except ValueError:
            raise ImproperlyConfigured(
                f"{name} must list IP addresses or networks (e.g. 127.0.0.1,10.0.0.0/8), "
                f"not {item!r}"
            ) from None
    return tuple(networks)


def get_choice(name: str, default: str, choices: tuple[str, ...]) -> str:
    raw = get_str(name, default).lower()
    if raw not in choices:
        raise ImproperlyConfigured(f"{name} must be one of {', '.join(choices)}, not {raw!r}")
    return raw
