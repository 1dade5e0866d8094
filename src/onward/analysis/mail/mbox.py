"""Stream an mbox file (a Google Takeout export is one) message by message.

The file is read line by line and never indexed, so memory stays flat for a multi-GB
mailbox. A message starts at a ``From `` line that follows a blank line (or the start of
the file) and looks like an envelope (it carries a time or a year). ``>From `` lines are
unescaped (mboxrd). A last message cut off mid-way is still yielded, marked truncated.
Each message reports its byte offsets so an import can resume where it stopped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from onward.analysis.mail.errors import MailFormatError, NotAnMboxError, binary_kind
from onward.analysis.mail.raw import (
    KEEP_BASE64,
    MAX_LINE,
    MAX_MESSAGE,
    Accumulator,
    RawMail,
    envelope_date,
    headers_complete,
)

_ENVELOPE = re.compile(rb"From \S*.*?(?:\d{1,2}:\d{2}|\d{4})")
_ESCAPED = re.compile(rb">+From ")


def iter_mbox(
    source: str | Path | BinaryIO,
    *,
    start: int = 0,
    keep_base64: int = KEEP_BASE64,
    max_message_bytes: int = MAX_MESSAGE,
) -> Iterator[RawMail]:
    """Yield the messages of an mbox file from byte ``start`` (0, or a previous ``end``).

    Raises :class:`NotAnMboxError` when the file does not begin like an mbox and
    :class:`MailFormatError` when ``start`` is not the beginning of a message.
    """
    if isinstance(source, str | Path):
        with Path(source).open("rb") as handle:
            yield from _read(handle, str(source), start, keep_base64, max_message_bytes)
    else:
        yield from _read(
            source, getattr(source, "name", "<stream>"), start, keep_base64, max_message_bytes
        )


def _read(
    handle: BinaryIO, name: str, start: int, keep_base64: int, max_bytes: int
) -> Iterator[RawMail]:
    handle.seek(start)
    position = start
    line = handle.readline(MAX_LINE)
    while line in (b"\n", b"\r\n"):  # tolerate blank lines before the first envelope
        position += len(line)
        line = handle.readline(MAX_LINE)
    _check_first_line(line, name, start)
    while line:
        offset, envelope = position, line
        position += len(line)
        acc = Accumulator(keep_base64=keep_base64, max_bytes=max_bytes)
        line, consumed, clean_end = _body(handle, acc)
        position += consumed
        data = acc.finish()
        yield _message(name, offset, position, envelope, data, acc, clean_end)


def _body(handle: BinaryIO, acc: Accumulator) -> tuple[bytes, int, bool]:
    """Feed lines until the next envelope; returns it, bytes consumed, and a clean ending."""
    consumed = 0
    previous_blank = False
    pending_blank = b""
    at_line_start = True
    while True:
        line = handle.readline(MAX_LINE)
        if not line:  # end of file; a trailing blank line is the usual separator
            return b"", consumed, at_line_start
        if at_line_start and previous_blank and _ENVELOPE.match(line):
            return line, consumed, True
        consumed += len(line)
        if pending_blank:
            acc.add(pending_blank)
            pending_blank = b""
        is_blank = at_line_start and line in (b"\n", b"\r\n")
        if is_blank:
            pending_blank = line  # the separator before an envelope is not message content
        elif at_line_start and _ESCAPED.match(line):
            acc.add(line[1:])
        else:
            acc.add(line)
        previous_blank = is_blank
        at_line_start = line.endswith(b"\n")


def _message(
    name: str,
    offset: int,
    end: int,
    envelope: bytes,
    data: bytes,
    acc: Accumulator,
    clean_end: bool,
) -> RawMail:
    text = envelope.decode("latin-1").rstrip("\r\n")
    truncated = acc.over_cap or not clean_end or not headers_complete(data)
    return RawMail(
        source=name,
        offset=offset,
        end=end,
        data=data,
        envelope=text,
        envelope_date=envelope_date(text),
        truncated=truncated,
        skipped_bytes=acc.skipped,
    )


def _check_first_line(line: bytes, name: str, start: int) -> None:
    if _ENVELOPE.match(line):
        return
    shown = line[:80].decode("utf-8", errors="replace").rstrip("\r\n")
    if start:
        raise MailFormatError(
            f"{name}: offset {start} is not the start of a message (the line there is {shown!r})"
        )
    if not line:
        raise NotAnMboxError(f"not an mbox file: {name} is empty")
    what = binary_kind(line)
    if what:
        raise NotAnMboxError(f"not an mbox file: it is {what}")
    hint = ""
    if re.match(rb"[!-9;-~]+:", line):
        hint = " (it looks like a single message: read it as an .eml file)"
    raise NotAnMboxError(f"not an mbox file: first line is {shown!r}{hint}")
