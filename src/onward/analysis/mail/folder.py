"""Read single .eml files and folders of them, in a stable order, with flat memory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from onward.analysis.mail.errors import MailFormatError
from onward.analysis.mail.raw import (
    KEEP_BASE64,
    MAX_LINE,
    MAX_MESSAGE,
    Accumulator,
    RawMail,
    headers_complete,
)

EML_SUFFIXES = (".eml", ".msg.txt")


def read_eml_file(
    path: str | Path, *, keep_base64: int = KEEP_BASE64, max_message_bytes: int = MAX_MESSAGE
) -> RawMail:
    """One .eml file, read line by line (huge attachments counted, not kept)."""
    path = Path(path)
    acc = Accumulator(keep_base64=keep_base64, max_bytes=max_message_bytes)
    size = 0
    last = b""
    with path.open("rb") as handle:
        while line := handle.readline(MAX_LINE):
            acc.add(line)
            size += len(line)
            last = line
    data = acc.finish()
    return RawMail(
        source=str(path),
        offset=0,
        end=size,
        data=data,
        truncated=acc.over_cap or not headers_complete(data) or not last.endswith(b"\n"),
        skipped_bytes=acc.skipped,
    )


def eml_paths(folder: str | Path, *, recursive: bool = True) -> list[Path]:
    """The .eml files under ``folder``, sorted by their path relative to it (stable order)."""
    root = Path(folder)
    if not root.is_dir():
        raise MailFormatError(f"not a folder: {root}")
    pattern = "**/*" if recursive else "*"
    found = [p for p in root.glob(pattern) if p.is_file() and p.name.lower().endswith(EML_SUFFIXES)]
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def iter_eml_folder(
    folder: str | Path, *, recursive: bool = True, start_after: str = ""
) -> Iterator[RawMail]:
    """Each .eml file of ``folder`` as a :class:`RawMail`, in :func:`eml_paths` order.

    ``start_after`` (a relative path previously seen) resumes after that file. A file that
    cannot be read is yielded with ``error`` set rather than stopping the walk.
    """
    root = Path(folder)
    for path in eml_paths(root, recursive=recursive):
        relative = path.relative_to(root).as_posix()
        if start_after and relative <= start_after:
            continue
        try:
            yield read_eml_file(path)
        except OSError as exc:
            yield RawMail(source=str(path), offset=0, end=0, data=b"", error=str(exc))
