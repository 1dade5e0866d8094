"""What the mail parser hands on: frozen dataclasses a service can store as they are."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Address:
    """One mailbox: display name (decoded, may be empty), address, and its domain (lower case)."""

    name: str
    address: str
    domain: str

    def __str__(self) -> str:
        return f"{self.name} <{self.address}>" if self.name else self.address


@dataclass(frozen=True)
class Attachment:
    """An attachment we saw and did not keep: its name, type and (decoded) size in bytes.

    ``size_estimated`` is true when the size comes from the encoded length (base64 is never
    decoded here) or when part of a huge payload was skipped while reading.
    """

    filename: str
    content_type: str
    size: int
    size_estimated: bool = True


@dataclass(frozen=True)
class Region:
    """A half-open character range ``[start, end)`` of a body text, with what it is."""

    kind: str  # "main", "forwarded", "header", "quoted", "signature", "footer"
    start: int
    end: int


@dataclass(frozen=True)
class ForwardedHeader:
    """The header block of a forwarded message found inside a body (as far as it was given)."""

    sender: str
    subject: str
    date: str
    start: int  # offset of the forwarded content (after the header block) in the body


@dataclass(frozen=True)
class BodyLayout:
    """How a body text splits into the author's words, quotes, signature and footers.

    ``regions`` cover the whole text in order. "main" and "forwarded" regions are what a
    classifier should read; "header" is the From/Date/Subject block of a forwarded or quoted
    message; "quoted" is an older message in a reply; "signature" and "footer" are sign-offs
    and legal or notification boilerplate.
    """

    text: str
    regions: tuple[Region, ...]
    forwarded: tuple[ForwardedHeader, ...] = ()

    def ranges(self, *kinds: str) -> tuple[tuple[int, int], ...]:
        return tuple((r.start, r.end) for r in self.regions if r.kind in kinds)

    def readable(self) -> str:
        """The text a classifier should read: main and forwarded regions, in order."""
        return "".join(self.text[a:b] for a, b in self.ranges("main", "forwarded")).strip()


@dataclass(frozen=True)
class ParsedMail:
    """One email message, decoded and made readable; attachments only described.

    ``body`` is the full readable text (text/plain preferred, else HTML converted to text,
    attached messages appended as forwarded blocks); ``layout`` marks its quoted reply,
    signature and footer regions so classification can skip them. ``defects`` lists what
    was wrong with the input and how it was handled (bad date, unknown charset, truncation).
    """

    message_id: str
    message_id_generated: bool
    sender: Address | None
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    date: dt.datetime | None
    subject: str
    in_reply_to: str
    references: tuple[str, ...]
    body: str
    body_source: str  # "plain", "html", "plain+html" or "none"
    layout: BodyLayout
    attachments: tuple[Attachment, ...]
    bulk: bool  # List-Unsubscribe, List-Id or Precedence: bulk/list: a mailing, not a person
    truncated: bool
    defects: tuple[str, ...] = field(default=())

    @property
    def readable_body(self) -> str:
        """The body as a classifier should read it (quotes, signature and footers trimmed)."""
        return self.layout.readable()
