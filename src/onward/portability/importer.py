"""Import an export file into an account: validate everything, then write in one transaction."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction

from onward.core.errors import validation_message
from onward.portability.account import account_load
from onward.portability.document import parse_document
from onward.portability.errors import ImportFileError, Problem
from onward.portability.sections import SECTIONS
from onward.portability.sections.base import Counts, LoadContext

if TYPE_CHECKING:
    from onward.accounts.models import User


@dataclass(frozen=True)
class ImportResult:
    counts: dict[str, Counts]
    profile_filled: bool

    @property
    def created(self) -> int:
        return sum(c.created for c in self.counts.values())

    @property
    def updated(self) -> int:
        return sum(c.updated for c in self.counts.values())


def account_import(*, owner: User, data: object) -> ImportResult:
    """Upsert every record of ``data`` into ``owner``'s account, by uid.

    Importing the same file twice changes nothing the second time. Any problem raises
    ``ImportFileError`` and nothing is written.
    """
    document = parse_document(data)
    with transaction.atomic():
        ctx = LoadContext(owner=owner)
        counts = {s.name: s.load(document.sections[s.name], ctx=ctx) for s in SECTIONS}
        for section in SECTIONS:
            section.finish(ctx=ctx)
        try:
            filled = account_load(owner=owner, record=document.account)
        except ValidationError as exc:
            raise ImportFileError([Problem(validation_message(exc), "account")]) from exc
    return ImportResult(counts=counts, profile_filled=filled)


def account_import_json(*, owner: User, text: str) -> ImportResult:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise ImportFileError([Problem(f"not valid JSON: {exc.msg} ({where})")]) from exc
    return account_import(owner=owner, data=data)
