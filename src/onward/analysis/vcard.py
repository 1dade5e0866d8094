"""vCard 2.1 / 3.0 / 4.0 in, vCard 4.0 out (RFC 2426, RFC 6350): pure Python, no I/O.

Reading handles line folding (a line starting with a space or tab continues the previous
one), quoted-printable values with soft line breaks and a ``CHARSET`` (vCard 2.1 and 3.0),
parameters with quoted values, bare 2.1 type parameters (``TEL;WORK;VOICE``), RFC 6868
caret escapes, grouped properties (``item1.EMAIL``) and text escaping (``\\n``, ``\\,``,
``\\;``, ``\\\\``). Binary values (photos, keys) are skipped. A malformed file raises
``VCardError`` with the physical line and the card it belongs to; nothing is half-read.

Writing gives vCard 4.0 with CRLF line endings, escaped text and lines folded at 75 octets
without splitting a UTF-8 character.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

VERSIONS = frozenset({"2.1", "3.0", "4.0"})
_FOLD_OCTETS = 75
_NAME = re.compile(r"^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)$")
_BINARY = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})


class VCardError(ValueError):
    """A malformed vCard file: ``line`` is the physical line (from 1), ``card`` from 1."""

    def __init__(self, message: str, *, line: int, card: int | None = None) -> None:
        where = f"line {line}" + (f" (card {card})" if card else "")
        super().__init__(f"{where}: {message}")
        self.line, self.card, self.reason = line, card, message


@dataclass(frozen=True)
class VCard:
    """One contact read from a vCard: what Onward keeps of it."""

    line: int  # where its BEGIN:VCARD is
    version: str
    name: str  # FN, or built from N
    given: str = ""
    family: str = ""
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    org: str = ""
    title: str = ""
    urls: tuple[str, ...] = ()
    note: str = ""
    uid: str = ""
    categories: tuple[str, ...] = ()


@dataclass(frozen=True)
class ContentLine:
    line: int
    name: str  # upper case, group removed
    params: dict[str, tuple[str, ...]]
    value: str  # raw (still escaped; decoded from quoted-printable)


@dataclass
class _Card:
    line: int
    index: int
    props: list[ContentLine] = field(default_factory=list)


# --- reading -----------------------------------------------------------------------------


def decode(data: bytes | str) -> str:
    """Text of a vCard file: UTF-8 (a BOM is dropped), else Latin-1 (older phones)."""
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _is_qp(head: str) -> bool:
    return "QUOTED-PRINTABLE" in head.upper()


def logical_lines(text: str) -> Iterator[tuple[int, str]]:
    """Unfolded lines with the physical line number where each starts."""
    start, current = 0, None
    for number, raw in enumerate(re.split(r"\r\n|\n|\r", text), start=1):
        if current is not None and raw[:1] in (" ", "\t"):
            current += raw[1:]
            continue
        if current is not None and current.endswith("=") and _is_qp(current.split(":", 1)[0]):
            current = current[:-1] + "=\n" + raw  # a quoted-printable soft line break
            continue
        if current is not None:
            yield start, current
        start, current = number, raw
    if current is not None:
        yield start, current


def _split_unquoted(text: str, sep: str) -> list[str]:
    parts: list[str] = []
    buf: list[str] = []
    quoted = False
    for char in text:
        if char == '"':
            quoted = not quoted
        if char == sep and not quoted:
            parts.append("".join(buf))
            buf = []
        else:
            buf.append(char)
    parts.append("".join(buf))
    return parts


def _caret(value: str) -> str:
    """RFC 6868 parameter escapes: ^n newline, ^' double quote, ^^ caret."""
    return re.sub(r"\^(\^|n|')", lambda m: {"^": "^", "n": "\n", "'": '"'}[m.group(1)], value)


def _params(parts: Sequence[str]) -> dict[str, tuple[str, ...]]:
    params: dict[str, list[str]] = {}
    for part in parts:
        if "=" in part:
            key, _, raw = part.partition("=")
            values = [_caret(v.strip().strip('"')) for v in _split_unquoted(raw, ",")]
        else:  # vCard 2.1: TEL;WORK;VOICE, or a bare encoding
            bare = part.upper() in {"QUOTED-PRINTABLE", "BASE64", "B"}
            key, values = ("ENCODING" if bare else "TYPE"), [part]
        params.setdefault(key.strip().upper(), []).extend(v for v in values if v)
    return {key: tuple(values) for key, values in params.items()}


def _first(params: dict[str, tuple[str, ...]], key: str) -> str:
    return next(iter(params.get(key, ())), "")


def _decode_qp(value: str, charset: str, line: int) -> str:
    raw = quopri.decodestring(value.replace("=\n", "=\r\n").encode("latin-1", "replace"))
    try:
        return raw.decode(charset or "utf-8")
    except (LookupError, UnicodeDecodeError):
        try:
            return raw.decode("latin-1")
        except UnicodeDecodeError:  # pragma: no cover (latin-1 decodes any byte)
            raise VCardError("quoted-printable value cannot be decoded", line=line) from None


def parse_line(number: int, text: str) -> ContentLine:
    head, colon, value = text.partition(":")
    if not colon:
        raise VCardError(f"expected NAME:value, got {text[:40]!r}", line=number)
    parts = _split_unquoted(head, ";")
    match = _NAME.match(parts[0].strip())
    if match is None:
        raise VCardError(f"bad property name {parts[0][:40]!r}", line=number)
    params = _params(parts[1:])
    if _first(params, "ENCODING").upper() == "QUOTED-PRINTABLE":
        value = _decode_qp(value, _first(params, "CHARSET"), number)
    return ContentLine(number, match.group(1).upper(), params, value)


def unescape(value: str) -> str:
    """Text value escapes: ``\\n`` and ``\\N`` are newlines, ``\\,``, ``\\;``, ``\\\\``."""
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _split_escaped(value: str, sep: str) -> list[str]:
    """Split on ``sep`` where it is not escaped; components stay escaped."""
    parts: list[str] = []
    buf: list[str] = []
    i = 0
    while i < len(value):
        char = value[i]
        if char == "\\" and i + 1 < len(value):
            buf.append(value[i : i + 2])
            i += 2
            continue
        if char == sep:
            parts.append("".join(buf))
            buf = []
        else:
            buf.append(char)
        i += 1
    parts.append("".join(buf))
    return parts


def _cards(text: str) -> Iterator[_Card]:
    card: _Card | None = None
    count = 0
    for number, line in logical_lines(text):
        if not line.strip():
            continue
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            if card is not None:
                raise VCardError("BEGIN:VCARD inside another card", line=number, card=card.index)
            count += 1
            card = _Card(number, count)
        elif upper == "END:VCARD":
            if card is None:
                raise VCardError("END:VCARD without BEGIN:VCARD", line=number)
            yield card
            card = None
        elif card is None:
            raise VCardError(f"text outside a card: {line[:40]!r}", line=number)
        else:
            try:
                card.props.append(parse_line(number, line))
            except VCardError as exc:
                raise VCardError(exc.reason, line=number, card=card.index) from None
    if card is not None:
        raise VCardError(
            "the file ends inside this card (no END:VCARD)", line=card.line, card=card.index
        )


def _texts(props: Sequence[ContentLine], name: str) -> tuple[str, ...]:
    found = (unescape(p.value).strip() for p in props if p.name == name)
    return tuple(dict.fromkeys(v for v in found if v))


def _structured(props: Sequence[ContentLine], name: str) -> list[str]:
    prop = next((p for p in props if p.name == name), None)
    return [] if prop is None else [unescape(c).strip() for c in _split_escaped(prop.value, ";")]


def _social(props: Sequence[ContentLine]) -> tuple[str, ...]:
    names = {"X-SOCIALPROFILE", "X-LINKEDIN", "IMPP"}
    found = [unescape(p.value).strip() for p in props if p.name in names]
    return tuple(v for v in found if "linkedin." in v.lower())


def _version(card: _Card) -> str:
    versions = [p for p in card.props if p.name == "VERSION"]
    if not versions:
        raise VCardError("no VERSION", line=card.line, card=card.index)
    version = versions[0].value.strip()
    if version not in VERSIONS:
        raise VCardError(
            f"unsupported VERSION {version!r} (2.1, 3.0 or 4.0)",
            line=versions[0].line,
            card=card.index,
        )
    return version


def _card(card: _Card) -> VCard:
    version = _version(card)
    props = [p for p in card.props if p.name not in _BINARY]
    n = [*_structured(props, "N"), "", ""]
    family, given = n[0], n[1]
    fn = next(iter(_texts(props, "FN")), "")
    name = fn or " ".join(part for part in (given, family) if part)
    if not name:
        raise VCardError("the card has no name (FN or N)", line=card.line, card=card.index)
    org = [part for part in _structured(props, "ORG") if part]
    categories = tuple(
        unescape(c).strip()
        for p in props
        if p.name == "CATEGORIES"
        for c in _split_escaped(p.value, ",")
        if unescape(c).strip()
    )
    return VCard(
        line=card.line,
        version=version,
        name=" ".join(name.split()),
        given=given,
        family=family,
        emails=tuple(e.removeprefix("mailto:") for e in _texts(props, "EMAIL")),
        phones=tuple(t.removeprefix("tel:") for t in _texts(props, "TEL")),
        org=org[0] if org else "",
        title=next(iter(_texts(props, "TITLE")), "") or next(iter(_texts(props, "ROLE")), ""),
        urls=tuple(dict.fromkeys(_texts(props, "URL") + _social(props))),
        note="\n\n".join(_texts(props, "NOTE")),
        uid=next(iter(_texts(props, "UID")), ""),
        categories=tuple(dict.fromkeys(categories)),
    )


def parse_vcards(data: bytes | str) -> tuple[VCard, ...]:
    """Every card of a file, in order; ``VCardError`` at the first malformed line or card."""
    cards = tuple(_card(card) for card in _cards(decode(data)))
    if not cards:
        raise VCardError("no BEGIN:VCARD found (is this a vCard file?)", line=1)
    return cards


# --- writing -----------------------------------------------------------------------------


@dataclass(frozen=True)
class VCardOut:
    """One contact to write as vCard 4.0."""

    uid: str
    name: str
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    org: str = ""
    title: str = ""
    urls: tuple[str, ...] = ()
    note: str = ""
    categories: tuple[str, ...] = ()


def escape(value: str) -> str:
    value = value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line at 75 octets (continuations start with a space)."""
    out: list[str] = []
    current: list[str] = []
    size = 0
    for char in line:
        width = len(char.encode("utf-8"))
        limit = _FOLD_OCTETS if not out else _FOLD_OCTETS - 1
        if size + width > limit:
            out.append("".join(current))
            current, size = [], 0
        current.append(char)
        size += width
    out.append("".join(current))
    return "\r\n ".join(out)


def _name_parts(name: str) -> tuple[str, str]:
    words = name.split()
    if len(words) < 2:
        return (words[0] if words else ""), ""
    return " ".join(words[:-1]), words[-1]


def _card_lines(card: VCardOut) -> Iterator[str]:
    given, family = _name_parts(card.name)
    yield "BEGIN:VCARD"
    yield "VERSION:4.0"
    yield f"UID:{card.uid}"
    yield f"FN:{escape(card.name)}"
    yield f"N:{escape(family)};{escape(given)};;;"
    if card.org:
        yield f"ORG:{escape(card.org)}"
    if card.title:
        yield f"TITLE:{escape(card.title)}"
    yield from (f"EMAIL:{escape(email)}" for email in card.emails)
    yield from (f"TEL:{escape(phone)}" for phone in card.phones)
    yield from (f"URL:{url}" for url in card.urls)
    if card.categories:
        yield "CATEGORIES:" + ",".join(escape(c) for c in card.categories)
    if card.note:
        yield f"NOTE:{escape(card.note)}"
    yield "END:VCARD"


def write_vcards(cards: Sequence[VCardOut]) -> str:
    """The cards as one vCard 4.0 file (CRLF line endings, folded lines)."""
    return "".join(fold(line) + "\r\n" for card in cards for line in _card_lines(card))
