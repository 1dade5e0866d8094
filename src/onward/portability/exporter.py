"""Export an account as a versioned, deterministic JSON document (see docs/export-format.md)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from django.db import connection, transaction

from onward.portability.account import account_dump
from onward.portability.document import FORMAT, VERSION
from onward.portability.sections import SECTIONS

if TYPE_CHECKING:
    from onward.accounts.models import User


@contextmanager
def _snapshot() -> Iterator[None]:
    """Read every section from one consistent view of the database."""
    outermost = not connection.in_atomic_block
    with transaction.atomic():
        if outermost and connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        yield


def account_export(*, owner: User) -> dict[str, Any]:
    """Everything ``owner`` has, as plain JSON-ready data. The same data gives the same dict."""
    with _snapshot():
        data: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "account": account_dump(owner=owner).model_dump(mode="json"),
        }
        for section in SECTIONS:
            data[section.name] = [r.model_dump(mode="json") for r in section.dump(owner=owner)]
    return data


def account_export_json(*, owner: User) -> str:
    """The export as text: sorted keys, two-space indent, UTF-8, trailing newline."""
    document = account_export(owner=owner)
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
