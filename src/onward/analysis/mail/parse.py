"""Parse one RFC 5322 message (an .eml file, or one mbox message) into a :class:`ParsedMail`."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from email.message import Message
from email.parser import BytesParser
from email.policy import EmailPolicy
from typing import Any

from onward.analysis.mail.body import attachments, body_text
from onward.analysis.mail.charsets import clean_surrogates
from onward.analysis.mail.errors import NotAnEmailError, binary_kind
from onward.analysis.mail.headers import (
    header_text,
    message_ids,
    parse_addresses,
    parse_date,
    raw_header_text,
)
from onward.analysis.mail.layout import body_layout
from onward.analysis.mail.model import ParsedMail
from onward.analysis.mail.raw import RawMail

_HEADER_START = re.compile(rb"[!-9;-~]{1,76}:")


@functools.lru_cache(maxsize=1024)
def _parsed_header(policy: EmailPolicy, name: str, value: str) -> Any:
    return EmailPolicy.header_fetch_parse(policy, name, value)


class _ReadingPolicy(EmailPolicy):
    """``policy.default``, with parsed headers memoised: a part's Content-Type is read many
    times while walking a message, and the same header values recur across a mailbox.
    Header objects are immutable, so sharing them is safe."""

    def header_fetch_parse(self, name: str, value: str) -> Any:
        if hasattr(value, "name") or len(value) > 2000:
            return super().header_fetch_parse(name, value)
        return _parsed_header(self, name, value)


READING_POLICY = _ReadingPolicy()
_TRUNCATION_DEFECTS = ("CloseBoundaryNotFoundDefect", "StartBoundaryNotFoundDefect")


def parse_raw(raw: RawMail) -> ParsedMail:
    """Parse a message from :func:`iter_mbox` or :func:`iter_eml_folder`."""
    if raw.error:
        raise NotAnEmailError(f"{raw.source}: {raw.error}")
    return parse_eml(raw.data, fallback_date=raw.envelope_date, truncated=raw.truncated)


def parse_eml(
    data: bytes, *, fallback_date: dt.datetime | None = None, truncated: bool = False
) -> ParsedMail:
    """Decode one message. Raises :class:`NotAnEmailError` for input that is not an email.

    ``fallback_date`` (an mbox envelope date) is used when the Date header is missing or
    unreadable. Never raises on odd charsets, broken headers or broken MIME structure:
    those are repaired as well as possible and listed in ``defects``.
    """
    data = _check(data)
    try:
        msg = BytesParser(policy=READING_POLICY).parsebytes(data)
    except Exception as exc:  # the parser is lenient; this is a last line of defence
        raise NotAnEmailError(f"not an email message: {exc}") from exc
    notes: list[str] = []
    subject = header_text(msg, "Subject")
    date, date_note = parse_date(raw_header_text(msg, "Date"))
    if date is None and fallback_date is not None:
        date, date_note = fallback_date, f"{date_note}; used the mbox envelope date"
    notes += [date_note] if date_note else []
    text, source, body_notes = body_text(msg)
    found_attachments, attachment_notes = attachments(msg)
    message_id, generated = _message_id(msg, data)
    defects = _defects(msg) + notes + body_notes + attachment_notes
    senders = parse_addresses(header_text(msg, "From"))
    return ParsedMail(
        message_id=message_id,
        message_id_generated=generated,
        sender=senders[0] if senders else None,
        to=parse_addresses(header_text(msg, "To")),
        cc=parse_addresses(header_text(msg, "Cc")),
        date=date,
        subject=subject,
        in_reply_to=next(iter(message_ids(header_text(msg, "In-Reply-To"))), ""),
        references=message_ids(header_text(msg, "References")),
        body=text,
        body_source=source,
        layout=body_layout(text, subject=subject),
        attachments=found_attachments,
        bulk=_is_bulk(msg),
        truncated=truncated or any(d in _TRUNCATION_DEFECTS for d in defects),
        defects=tuple(dict.fromkeys(defects)),
    )


def _check(data: bytes) -> bytes:
    if not data.strip():
        raise NotAnEmailError("not an email message: the input is empty")
    what = binary_kind(data)
    if what:
        raise NotAnEmailError(f"not an email message: it is {what}")
    if data.startswith(b"From "):  # an mbox envelope line left in front of one message
        data = data.split(b"\n", 1)[1] if b"\n" in data else b""
    data = data.removeprefix(b"\xef\xbb\xbf").lstrip(b"\r\n")
    head = data[:8192].split(b"\n", 10)[:10]
    # A damaged first header is tolerated; a text with no header line at its top is not mail.
    if b"\x00" in data[:4096] or not any(_HEADER_START.match(line) for line in head):
        shown = head[0][:80].decode("utf-8", errors="replace").rstrip("\r")
        raise NotAnEmailError(f"not an email message: first line is {shown!r}")
    return data


def _message_id(msg: Message, data: bytes) -> tuple[str, bool]:
    found = message_ids(header_text(msg, "Message-ID"))
    if found:
        return found[0], False
    head = "\n".join(header_text(msg, n) for n in ("From", "To", "Subject", "Date"))
    separator = re.search(rb"\r?\n\r?\n", data)
    body = data[separator.end() :] if separator else b""
    digest = hashlib.sha256(head.encode("utf-8") + b"\n\n" + body).hexdigest()
    return f"sha256:{digest[:40]}", True


def _is_bulk(msg: Message) -> bool:
    if header_text(msg, "List-Unsubscribe") or header_text(msg, "List-Id"):
        return True
    return header_text(msg, "Precedence").lower() in ("bulk", "list", "junk")


def _defects(msg: Message) -> list[str]:
    names: list[str] = []
    for part in msg.walk():
        names += [type(defect).__name__ for defect in getattr(part, "defects", ())]
    return [clean_surrogates(name) for name in names]
