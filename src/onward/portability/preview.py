"""What importing a file would do, without writing anything: per section, how many records
are new, changed or the same as what the account has (matched by uid, as the import does).

The file is checked exactly as the import checks it (``parse_document`` and
``validate_records``), so a file with
problems raises ``ImportFileError`` here too. The import itself has the last word: a few
records can still turn out differently (a new company whose name you already use is
matched by name, for one).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.utils import timezone

from onward.portability.account import PROFILE_FIELDS, account_dump
from onward.portability.document import parse_document
from onward.portability.errors import ImportFileError, Problem
from onward.portability.sections import SECTIONS
from onward.portability.validation import validate_records

if TYPE_CHECKING:
    from onward.accounts.models import User

BOM = "\ufeff"


@dataclass(frozen=True)
class SectionPreview:
    name: str  # the key in the file, e.g. "companies"
    added: int
    updated: int
    unchanged: int

    @property
    def total(self) -> int:
        return self.added + self.updated + self.unchanged

    @property
    def title(self) -> str:
        return self.name.replace("_", " ").capitalize()


@dataclass(frozen=True)
class ImportPreview:
    sections: tuple[SectionPreview, ...]
    profile_fields: tuple[str, ...]  # empty profile settings the file would fill in

    @property
    def added(self) -> int:
        return sum(s.added for s in self.sections)

    @property
    def updated(self) -> int:
        return sum(s.updated for s in self.sections)

    @property
    def unchanged(self) -> int:
        return sum(s.unchanged for s in self.sections)

    @property
    def changes_anything(self) -> bool:
        return bool(self.added or self.updated or self.profile_fields)


def import_preview(*, owner: User, data: object) -> ImportPreview:
    """What ``account_import(owner=owner, data=data)`` would write; raises
    ``ImportFileError`` with every problem, as the import would."""
    document = parse_document(data)
    validate_records(document, now=timezone.now())
    sections = []
    for section in SECTIONS:
        have = {record.uid: record for record in section.dump(owner=owner)}
        added = updated = unchanged = 0
        for record in document.sections[section.name]:
            if record.uid not in have:
                added += 1
            elif have[record.uid] == record:
                unchanged += 1
            else:
                updated += 1
        sections.append(SectionPreview(section.name, added, updated, unchanged))
    current = account_dump(owner=owner)
    filled = tuple(
        name
        for name in PROFILE_FIELDS
        if getattr(current, name) in ("", None)
        and getattr(document.account, name) not in ("", None)
    )
    return ImportPreview(tuple(sections), filled)


def import_preview_json(*, owner: User, text: str) -> ImportPreview:
    """``import_preview`` of a JSON text (a leading byte order mark is allowed)."""
    try:
        data = json.loads(text.removeprefix(BOM))
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise ImportFileError([Problem(f"not valid JSON: {exc.msg} ({where})")]) from exc
    return import_preview(owner=owner, data=data)
