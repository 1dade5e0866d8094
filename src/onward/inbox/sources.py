"""Mail files as a stream of steps: each message, where to resume after it, how far along.

A run's ``cursor`` is a small JSON object: ``{"offset": N}`` in an mbox, ``{"after":
"a/b.eml"}`` in a folder, ``{"entry": "x.mbox", "offset": N}`` in a zip, ``{"done": true}``
for one .eml. ``done`` and ``total`` are in the source's unit (bytes, or files) for the
progress bar.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from onward.analysis.inbox.archive import is_mbox_entry, iter_zip, mail_entries
from onward.analysis.mail import MailFormatError, iter_mbox
from onward.analysis.mail.folder import eml_paths, iter_eml_folder, read_eml_file
from onward.analysis.mail.raw import RawMail
from onward.inbox.choices import Source

Cursor = dict[str, Any]


@dataclass(frozen=True)
class Step:
    raw: RawMail
    cursor: Cursor
    done: int


@dataclass(frozen=True)
class Stream:
    total: int
    steps: Iterator[Step]


def open_stream(source: str, path: Path, cursor: Cursor) -> Stream:
    """The messages of ``path`` after ``cursor``. Raises :class:`MailFormatError` (or
    OSError) when the file cannot be read as that kind of source."""
    if source == Source.MBOX:
        return Stream(path.stat().st_size, _mbox(path, int(cursor.get("offset", 0))))
    if source == Source.EML:
        return Stream(1, iter(()) if cursor.get("done") else _one(path))
    if source == Source.FOLDER:
        paths = eml_paths(path)
        return Stream(len(paths), _folder(path, paths, str(cursor.get("after", ""))))
    if source == Source.ZIP:
        entries = mail_entries(path)
        return Stream(sum(e.file_size for e in entries), _zip(path, entries, cursor))
    raise MailFormatError(f"not a mail file source: {source}")


def _mbox(path: Path, start: int) -> Iterator[Step]:
    if start and start >= path.stat().st_size:
        return  # stopped right after the last message: nothing left
    for raw in iter_mbox(path, start=start):
        yield Step(raw, {"offset": raw.end}, raw.end)


def _one(path: Path) -> Iterator[Step]:
    yield Step(read_eml_file(path), {"done": True}, 1)


def _folder(root: Path, paths: list[Path], after: str) -> Iterator[Step]:
    seen = sum(1 for p in paths if after and p.relative_to(root).as_posix() <= after)
    for raw in iter_eml_folder(root, start_after=after):
        seen += 1
        relative = Path(raw.source).relative_to(root).as_posix()
        yield Step(raw, {"after": relative}, seen)


def _zip(path: Path, entries: list[zipfile.ZipInfo], cursor: Cursor) -> Iterator[Step]:
    entry, offset = str(cursor.get("entry", "")), int(cursor.get("offset", 0))
    before: dict[str, int] = {}
    total = 0
    for info in entries:  # in name order, as read
        before[info.filename] = total
        total += info.file_size
    sizes = {e.filename: e.file_size for e in entries}
    for raw in iter_zip(path, start_entry=entry, start_offset=offset):
        within = raw.end if is_mbox_entry(raw.source) else sizes.get(raw.source, 0)
        done = before.get(raw.source, 0) + within
        yield Step(raw, {"entry": raw.source, "offset": raw.end}, done)
