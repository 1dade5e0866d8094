"""Reading an import file: the header, every record, then references between records.

``parse_document`` validates the whole file before anything is written, and reports each
problem with the record it belongs to, e.g.
``applications[3] (uid 1f0c...): stage: 'foo' is not a valid stage``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import ValidationError as PydanticValidationError
from pydantic_core import ErrorDetails

from onward.portability.account import AccountRecord
from onward.portability.errors import ImportFileError, Problem
from onward.portability.sections import SECTIONS, section_named
from onward.portability.sections.base import Record, Section

FORMAT = "onward-export"
VERSION = 2  # 2 added the networking sections (contacts, links, interactions, reminders)
READABLE_VERSIONS = frozenset({1, 2})  # a version 1 file imports as it always did
HEADER_KEYS = frozenset({"format", "version", "account"})

R = TypeVar("R", bound=Record)


@dataclass(frozen=True)
class Document:
    """A validated import file."""

    account: AccountRecord
    sections: dict[str, list[Record]]

    def records(self, name: str, kind: type[R]) -> list[R]:
        return [record for record in self.sections.get(name, ()) if isinstance(record, kind)]


def parse_document(data: object) -> Document:
    """Validate a whole import file; raise ``ImportFileError`` naming every bad record."""
    if not isinstance(data, dict):
        raise ImportFileError([Problem("not an Onward export (expected a JSON object)")])
    _raise_if(list(_header_problems(data)))
    problems: list[Problem] = []
    account = _parse_account(data.get("account", {}), problems)
    sections = {s.name: _parse_section(s, data.get(s.name, []), problems) for s in SECTIONS}
    _raise_if(problems)
    document = Document(account=account, sections=sections)
    for section in SECTIONS:
        problems += _duplicate_uids(section, document)
        problems += _dangling_refs(section, document)
    _raise_if(problems)
    for section in SECTIONS:
        problems += section.check(document)
    _raise_if(problems)
    return document


def _raise_if(problems: list[Problem]) -> None:
    if problems:
        raise ImportFileError(problems)


def _header_problems(data: dict[str, Any]) -> Iterator[Problem]:
    if data.get("format") != FORMAT:
        yield Problem(f"format: expected {FORMAT!r}; is this an Onward export?")
        return
    version = data.get("version")
    if type(version) is not int:
        yield Problem("version: expected a whole number")
    elif version not in READABLE_VERSIONS:
        hint = " (made by a newer Onward; upgrade first)" if version > VERSION else ""
        yield Problem(f"version: unsupported export version {version}{hint}")
        return
    for key in sorted(set(data) - HEADER_KEYS):
        section = section_named(key)
        if section is None:
            yield Problem(f"unknown section {key!r} (made by a newer Onward?)")
        elif not isinstance(data[key], list):
            yield Problem(f"{key}: expected a list")
    if not isinstance(data.get("account", {}), dict):
        yield Problem("account: expected an object")


def _describe(error: ErrorDetails) -> str:
    where = ".".join(str(part) for part in error["loc"])
    kind = error["type"]
    if kind == "missing":
        message = "missing"
    elif kind == "extra_forbidden":
        message = "unknown field"
    elif kind == "model_type":
        message = "expected an object"
    else:
        message = error["msg"]
        message = message[:1].lower() + message[1:]
    return f"{where}: {message}" if where else message


def _parse_account(raw: Any, problems: list[Problem]) -> AccountRecord:
    try:
        return AccountRecord.model_validate(raw)
    except PydanticValidationError as exc:
        problems += [Problem(_describe(error), "account") for error in exc.errors()]
        return AccountRecord()


def _parse_section(section: Section, items: list[Any], problems: list[Problem]) -> list[Record]:
    records = []
    for index, raw in enumerate(items):
        try:
            records.append(section.record.model_validate(raw))
        except PydanticValidationError as exc:
            uid = raw.get("uid") if isinstance(raw, dict) else None
            uid_text = uid if isinstance(uid, str) else ""
            problems += [
                Problem(_describe(error), section.name, index, uid_text) for error in exc.errors()
            ]
    return records


def _duplicate_uids(section: Section, document: Document) -> Iterator[Problem]:
    first_index: dict[Any, int] = {}
    for index, record in enumerate(document.sections[section.name]):
        if record.uid in first_index:
            message = f"uid: already used by {section.name}[{first_index[record.uid]}]"
            yield section.problem(index, record, message)
        first_index.setdefault(record.uid, index)


def _dangling_refs(section: Section, document: Document) -> Iterator[Problem]:
    for field, target_name in section.refs.items():
        target = section_named(target_name)
        assert target is not None, f"{section.name}.{field} refers to unknown {target_name}"
        known = {record.uid for record in document.sections[target_name]}
        for index, record in enumerate(document.sections[section.name]):
            value = getattr(record, field)
            if value not in known:
                message = f"{field}: no {target.noun} with uid {value} in this file"
                yield section.problem(index, record, message)
