"""Mail inside a zip archive: ``.eml`` files and ``.mbox`` files (a Google Takeout download
is a zip holding an mbox), read entry by entry without unpacking anything to disk.

Entries are taken in name order, so an import can resume: after an ``.eml`` entry by its
name, inside an ``.mbox`` entry by its name and a byte offset. Huge attachments are counted,
not kept, as for files on disk.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, BinaryIO, cast

from onward.analysis.mail.errors import MailFormatError
from onward.analysis.mail.folder import EML_SUFFIXES
from onward.analysis.mail.mbox import iter_mbox
from onward.analysis.mail.raw import MAX_LINE, Accumulator, RawMail, headers_complete

MBOX_SUFFIXES = (".mbox", ".mbx")


def mail_entries(path: str | Path) -> list[zipfile.ZipInfo]:
    """The mail files of the archive (``.eml`` and ``.mbox``), in name order.

    Raises :class:`MailFormatError` when it is not a zip or holds no mail.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise MailFormatError(f"cannot read the zip archive: {exc}") from exc
    found = [info for info in infos if _is_mail(info)]
    if not found:
        names = ", ".join(info.filename for info in infos[:5]) or "nothing"
        raise MailFormatError(f"the zip archive holds no .eml or .mbox files (it has {names})")
    return sorted(found, key=lambda info: info.filename)


def _is_mail(info: zipfile.ZipInfo) -> bool:
    name = info.filename.lower()
    if info.is_dir() or name.startswith("__macosx/") or "/." in f"/{name}":
        return False
    return name.endswith(EML_SUFFIXES + MBOX_SUFFIXES)


def is_mbox_entry(name: str) -> bool:
    return name.lower().endswith(MBOX_SUFFIXES)


def iter_zip(
    path: str | Path, *, start_entry: str = "", start_offset: int = 0
) -> Iterator[RawMail]:
    """Each message of the archive; ``source`` is the entry's name, ``offset``/``end``
    are positions inside that entry. Resume with the last message's ``source`` and ``end``:
    an ``.eml`` entry already read is skipped, an ``.mbox`` entry continues at the offset."""
    entries = mail_entries(path)
    with zipfile.ZipFile(path) as archive:
        for info in entries:
            name = info.filename
            if start_entry and name < start_entry:
                continue
            if name == start_entry and not is_mbox_entry(name):
                continue
            start = start_offset if name == start_entry else 0
            if start and start >= info.file_size:
                continue  # stopped right after its last message
            try:
                with archive.open(info) as handle:
                    yield from _entry(handle, name, start)
            except (zipfile.BadZipFile, OSError, EOFError) as exc:
                yield RawMail(source=name, offset=start, end=start, data=b"", error=str(exc))


def _entry(handle: IO[bytes], name: str, start: int) -> Iterator[RawMail]:
    if is_mbox_entry(name):
        for raw in iter_mbox(cast(BinaryIO, handle), start=start):
            yield RawMail(
                source=name, offset=raw.offset, end=raw.end, data=raw.data,
                envelope=raw.envelope, envelope_date=raw.envelope_date,
                truncated=raw.truncated, skipped_bytes=raw.skipped_bytes,
            )  # fmt: skip
        return
    yield read_eml_handle(handle, name)


def read_eml_handle(handle: IO[bytes], name: str) -> RawMail:
    """One message read line by line from an open binary file."""
    acc = Accumulator()
    size = 0
    last = b""
    while line := handle.readline(MAX_LINE):
        acc.add(line)
        size += len(line)
        last = line
    data = acc.finish()
    truncated = acc.over_cap or not headers_complete(data) or not last.endswith(b"\n")
    return RawMail(
        source=name, offset=0, end=size, data=data, truncated=truncated,
        skipped_bytes=acc.skipped,
    )  # fmt: skip
