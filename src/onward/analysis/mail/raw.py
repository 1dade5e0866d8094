"""Raw messages as read from disk, with huge encoded attachments left out as we go.

A reader feeds a message line by line into an :class:`Accumulator`. Base64 lines of a part
that is not text (its last ``Content-Type:`` line says image, application, video...) are
counted, not stored; other long base64 runs are kept up to ``keep_base64`` bytes. What was
skipped is replaced by one marker line inside the part's payload, so the parser can still
report the attachment's full size. A message is never held beyond ``max_bytes``. Memory
stays flat however large the attachments are, and attachments never reach the parser.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

KEEP_BASE64 = 4 * 1024 * 1024
MAX_MESSAGE = 64 * 1024 * 1024
MAX_LINE = 1024 * 1024
_B64_LINE = re.compile(rb"[A-Za-z0-9+/]{40,}={0,2}\r?\n")
_CONTENT_TYPE = re.compile(rb"content-type:\s*([a-z]+)/", re.I)
_READABLE_TYPES = (b"text", b"message", b"multipart")
SKIP_MARKER = b"ONWARDSKIPPEDBYTES"
SKIP_MARKER_RE = re.compile(SKIP_MARKER.decode() + r"(\d{16})")


@dataclass(frozen=True)
class RawMail:
    """One message's bytes and where they came from.

    ``offset`` is where the message starts in ``source`` (its ``From `` line in an mbox, 0 for
    an .eml file) and ``end`` the byte just past it: an import that stopped can resume at
    ``end``. ``data`` has the mbox envelope line removed and ``>From `` unescaped.
    ``truncated`` says the message ended early (file cut off, or over the size cap);
    ``skipped_bytes`` counts attachment bytes not kept in memory.
    """

    source: str
    offset: int
    end: int
    data: bytes
    envelope: str = ""
    envelope_date: dt.datetime | None = None
    truncated: bool = False
    skipped_bytes: int = 0
    error: str = ""


class Accumulator:
    """Collects one message's lines, skipping the tail of huge base64 runs."""

    def __init__(self, *, keep_base64: int = KEEP_BASE64, max_bytes: int = MAX_MESSAGE) -> None:
        self.keep_base64 = keep_base64
        self.max_bytes = max_bytes
        self.lines: list[bytes] = []
        self.kept = 0
        self.run_kept = 0
        self.run_skipped = 0
        self.skipped = 0
        self.over_cap = False
        self.binary_part = False

    def add(self, line: bytes) -> None:
        if line[:1] in b"Cc" and (match := _CONTENT_TYPE.match(line)):
            self.binary_part = match[1].lower() not in _READABLE_TYPES
        if _B64_LINE.fullmatch(line):
            if self.binary_part or self.run_kept >= self.keep_base64:
                self.run_skipped += len(line)
                return
            self.run_kept += len(line)
        elif self.run_kept or self.run_skipped:
            self._close_run()
        self._store(line)

    def _store(self, line: bytes) -> None:
        if self.kept + len(line) > self.max_bytes:
            self.over_cap = True
            self.skipped += len(line)
            return
        self.lines.append(line)
        self.kept += len(line)

    def _close_run(self) -> None:
        if self.run_skipped:
            self._store(SKIP_MARKER + b"%016d\n" % self.run_skipped)
            self.skipped += self.run_skipped
        self.run_kept = self.run_skipped = 0

    def finish(self) -> bytes:
        self._close_run()
        return b"".join(self.lines)


def headers_complete(data: bytes) -> bool:
    """Whether the header block ends (a blank line) somewhere in ``data``."""
    return b"\n\n" in data or b"\r\n\r\n" in data or data.startswith((b"\n", b"\r\n"))


_ENVELOPE_DATE = re.compile(
    r"([A-Z][a-z]{2})\s+(\d{1,2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s+(?:([+-]\d{4})\s+)?(\d{4})"
)
_MONTHS = {
    m: i
    for i, m in enumerate(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1
    )
}


def envelope_date(line: str) -> dt.datetime | None:
    """The date of an mbox ``From `` line (asctime form), as UTC when no offset is given."""
    match = _ENVELOPE_DATE.search(line)
    if not match or match[1] not in _MONTHS:
        return None
    mon, day, hour, minute, sec, offset, year = match.groups()
    tz = dt.UTC
    if offset:
        minutes = int(offset[1:3]) * 60 + int(offset[3:5])
        tz = dt.timezone(dt.timedelta(minutes=-minutes if offset[0] == "-" else minutes))
    try:
        return dt.datetime(
            int(year), _MONTHS[mon], int(day), int(hour), int(minute), int(sec or 0), tzinfo=tz
        )
    except ValueError:
        return None
