"""The readable text of a message and the list of its attachments (never their content)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email.message import Message

from onward.analysis.mail.charsets import clean_surrogates, decode_bytes
from onward.analysis.mail.headers import header_text
from onward.analysis.mail.html_text import INVISIBLE, html_to_text
from onward.analysis.mail.model import Attachment
from onward.analysis.mail.raw import SKIP_MARKER_RE

MAX_TEXT_BYTES = 2 * 1024 * 1024
_POOR_PLAIN = re.compile(
    r"html|view (?:this|it) in (?:your|a) browser|does not support|plain text version", re.I
)
_LETTERS = re.compile(r"[^\W\d_]{2,}")


@dataclass
class _Found:
    pieces: list[str] = field(default_factory=list)
    sources: set[str] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)

    def add(self, other: _Found) -> None:
        self.pieces += other.pieces
        self.sources |= other.sources
        self.notes += other.notes


def body_text(msg: Message) -> tuple[str, str, list[str]]:
    """``(text, source, notes)``: source is "plain", "html", "plain+html" or "none"."""
    found = _text_of(msg, depth=0)
    text = "\n\n".join(p.strip("\n") for p in found.pieces if p.strip())
    source = "+".join(s for s in ("plain", "html") if s in found.sources) or "none"
    return text, source, found.notes


def _text_of(part: Message, depth: int) -> _Found:
    if depth > 20:
        return _Found(notes=["MIME nesting too deep; inner parts ignored"])
    ctype = part.get_content_type()
    if ctype == "message/rfc822" or (part.is_multipart() and ctype.startswith("message/")):
        return _forwarded(part, depth)
    if part.is_multipart():
        children = [c for c in _children(part) if isinstance(c, Message)]
        if ctype == "multipart/alternative":
            return _best_alternative(children, depth)
        found = _Found()
        for child in children:
            if not _is_attachment(child) or child.get_content_type() == "message/rfc822":
                found.add(_text_of(child, depth + 1))
        return found
    if _is_attachment(part) or ctype not in ("text/plain", "text/html"):
        return _Found()
    text, note = _decoded(part)
    if ctype == "text/html":
        return _Found([html_to_text(text)], {"html"}, [note] if note else [])
    return _Found(
        [INVISIBLE.sub("", text).replace("\r\n", "\n")], {"plain"}, [note] if note else []
    )


def _children(part: Message) -> list[object]:
    payload = part.get_payload()
    return list(payload) if isinstance(payload, list) else []


def _best_alternative(children: list[Message], depth: int) -> _Found:
    options = [_text_of(child, depth + 1) for child in children]
    plain = next((o for o in options if o.sources == {"plain"} and _has_text(o)), None)
    html = next((o for o in options if "html" in o.sources and _has_text(o)), None)
    if plain and html and _poor(plain, html):
        return html
    return plain or html or next((o for o in reversed(options) if _has_text(o)), _Found())


def _has_text(found: _Found) -> bool:
    return any(_LETTERS.search(p) for p in found.pieces)


def _poor(plain: _Found, html: _Found) -> bool:
    """A plain part that is only a stub ("view this email in your browser")."""
    plain_len = sum(len(p.strip()) for p in plain.pieces)
    html_len = sum(len(p.strip()) for p in html.pieces)
    if plain_len < 40 and html_len > 2 * plain_len:
        return True
    return (
        plain_len < 400 and html_len > 3 * plain_len and bool(_POOR_PLAIN.search(plain.pieces[0]))
    )


def _forwarded(part: Message, depth: int) -> _Found:
    inner = [c for c in _children(part) if isinstance(c, Message)]
    if not inner:
        return _Found()
    message = inner[0]
    header = ["---------- Forwarded message ----------"]
    for name in ("From", "Date", "Subject", "To"):
        value = header_text(message, name)
        if value:
            header.append(f"{name}: {value}")
    found = _Found(["\n".join(header)])
    found.add(_text_of(message, depth + 1))
    return found


def _is_attachment(part: Message) -> bool:
    try:
        disposition = part.get_content_disposition()
    except Exception:
        disposition = None
    return disposition == "attachment"


def _decoded(part: Message) -> tuple[str, str]:
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        payload = None
    if not isinstance(payload, bytes):
        raw = part.get_payload()
        payload = raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else b""
    note = ""
    if len(payload) > MAX_TEXT_BYTES:
        payload, note = payload[:MAX_TEXT_BYTES], "text part over 2 MB: the rest ignored"
    try:
        charset = part.get_content_charset()
    except Exception:
        charset = None
    text, charset_note = decode_bytes(payload, charset)
    return text, "; ".join(n for n in (note, charset_note) if n)


def attachments(msg: Message) -> tuple[tuple[Attachment, ...], list[str]]:
    """Name, type and size of each attachment; the payload is never decoded."""
    found: list[Attachment] = []
    notes: list[str] = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        filename = _filename(part)
        inline_text = ctype in ("text/plain", "text/html") and not filename
        if inline_text and not _is_attachment(part):
            continue
        size, estimated, skipped = _size(part)
        if skipped:
            notes.append(f"attachment {filename or ctype!r}: {skipped} bytes not read into memory")
        found.append(Attachment(filename or f"(unnamed {ctype})", ctype, size, estimated))
    return tuple(found), notes


def _filename(part: Message) -> str:
    try:
        name = part.get_filename()
    except Exception:
        return ""
    return clean_surrogates(str(name)).strip() if name else ""


def _size(part: Message) -> tuple[int, bool, int]:
    """(decoded size, whether estimated, bytes skipped by the reader) from the raw payload."""
    raw = part.get_payload()
    if not isinstance(raw, str):
        return 0, True, 0
    skipped = sum(int(m[1]) for m in SKIP_MARKER_RE.finditer(raw))
    if skipped:
        raw = SKIP_MARKER_RE.sub("", raw)
    encoding = header_text(part, "Content-Transfer-Encoding").lower()
    if encoding == "base64":
        compact = re.sub(r"\s+", "", raw)
        size = len(compact) * 3 // 4 - compact[-2:].count("=")
        return size + skipped * 3 // 4, bool(skipped), skipped
    estimated = bool(skipped) or encoding == "quoted-printable"
    return len(raw.encode("utf-8", "surrogateescape")) + skipped, estimated, skipped
