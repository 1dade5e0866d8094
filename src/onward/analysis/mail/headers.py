"""Header reading that survives broken mail: decoded text, addresses, dates, message ids."""

from __future__ import annotations

import datetime as dt
import re
from email.header import decode_header
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime

from onward.analysis.mail.charsets import clean_surrogates, decode_bytes
from onward.analysis.mail.model import Address

_WS = re.compile(r"\s+")
_COMMENT = re.compile(r"\([^()]*\)")
_MSGID = re.compile(r"<([^<>\s]{1,900})>")
_ZONES = {
    "UTC": 0,
    "UT": 0,
    "GMT": 0,
    "Z": 0,
    "WET": 0,
    "BST": 60,
    "WEST": 60,
    "CET": 60,
    "MET": 60,
    "CEST": 120,
    "MEST": 120,
    "EET": 120,
    "EEST": 180,
    "MSK": 180,
    "IST": 330,
    "SGT": 480,
    "HKT": 480,
    "JST": 540,
    "KST": 540,
    "AEST": 600,
    "AEDT": 660,
    "NZST": 720,
    "NZDT": 780,
    "EST": -300,
    "EDT": -240,
    "CST": -360,
    "CDT": -300,
    "MST": -420,
    "MDT": -360,
    "PST": -480,
    "PDT": -420,
    "AKST": -540,
    "AKDT": -480,
    "HST": -600,
}
_MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}
_LOOSE_DATE = re.compile(
    r"(?P<day>\d{1,2})\.?\s*(?P<mon>[A-Za-z]{3})[a-z]*\.?,?\s*(?P<year>\d{2,4})"
    r"(?:\s+(?P<h>\d{1,2})[:.](?P<m>\d{2})(?:[:.](?P<s>\d{2}))?)?"
    r"\s*(?P<tz>[+-]\d{1,2}:?\d{2}|(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?|[A-Z]{1,5})?"
)
_ISO = re.compile(
    r"(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})(?:[T ](?P<h>\d{2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?"
    r"(?:\.\d+)?\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
)


def header_text(msg: Message, name: str) -> str:
    """The first ``name`` header, RFC 2047 decoded, whitespace collapsed; "" when absent."""
    try:
        value = msg.get(name)
        text = "" if value is None else str(value)
    except Exception:  # the header registry choked on a malformed value: decode it ourselves
        text = _decode_raw(_raw_header(msg, name))
    return _WS.sub(" ", clean_surrogates(text)).strip()


def raw_header_text(msg: Message, name: str) -> str:
    """The first ``name`` header as it was written (no registry normalisation), decoded."""
    return _WS.sub(" ", clean_surrogates(_decode_raw(_raw_header(msg, name)))).strip()


def _raw_header(msg: Message, name: str) -> str:
    wanted = name.lower()
    for key, value in msg.raw_items():
        if key.lower() == wanted:
            return str(value)
    return ""


def _decode_raw(raw: str) -> str:
    try:
        chunks = decode_header(raw)
    except Exception:
        return raw
    out = []
    for chunk, charset in chunks:
        if isinstance(chunk, bytes):
            out.append(decode_bytes(chunk, charset)[0])
        else:
            out.append(chunk)
    return "".join(out)


def parse_addresses(value: str) -> tuple[Address, ...]:
    """Mailboxes of an address header (already decoded); junk entries are skipped."""
    if not value:
        return ()
    try:
        pairs = getaddresses([value])
    except Exception:
        return ()
    out = []
    for name, address in pairs:
        address = address.strip().strip("<>")
        if "@" not in address:
            continue
        domain = address.rsplit("@", 1)[1].lower().rstrip(".")
        out.append(
            Address(name=_WS.sub(" ", name).strip().strip("\"'"), address=address, domain=domain)
        )
    return tuple(out)


def message_ids(value: str) -> tuple[str, ...]:
    """Ids in a Message-ID / In-Reply-To / References value, without angle brackets."""
    found = _MSGID.findall(value)
    if found:
        return tuple(found)
    return tuple(token for token in value.split() if "@" in token)


def parse_date(value: str) -> tuple[dt.datetime | None, str]:
    """An aware datetime for a Date header, however broken, and a note when repaired.

    Times without a zone (or with ``-0000``) are read as UTC and say so.
    """
    text = _WS.sub(" ", _COMMENT.sub(" ", value)).strip()
    if not text:
        return None, "no Date header"
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        parsed = None
    note = ""
    if parsed is None:
        parsed = _iso_date(text) or _loose_date(text)
        note = f"irregular Date header {value[:60]!r} repaired"
    if parsed is None:
        return None, f"unreadable Date header {value[:60]!r}"
    if not 1970 <= parsed.year <= 2200:
        return None, f"implausible Date header {value[:60]!r}"
    if parsed.tzinfo is None:
        zone = _trailing_zone(text)
        if zone is not None:
            return parsed.replace(tzinfo=zone), note or "time zone read from its abbreviation"
        parsed = parsed.replace(tzinfo=dt.UTC)
        note = note or "Date header without a time zone, read as UTC"
    return parsed, note


def _trailing_zone(text: str) -> dt.timezone | None:
    match = re.search(r"\b([A-Z]{2,5})\s*$", text)
    return _offset(match[1]) if match else None


def _iso_date(text: str) -> dt.datetime | None:
    match = _ISO.search(text)
    if not match:
        return None
    g = match.groupdict()
    tz = _offset(g["tz"]) if g["tz"] else None
    try:
        return dt.datetime(
            int(g["y"]),
            int(g["mo"]),
            int(g["d"]),
            int(g["h"] or 0),
            int(g["mi"] or 0),
            int(g["s"] or 0),
            tzinfo=tz,
        )
    except ValueError:
        return None


def _loose_date(text: str) -> dt.datetime | None:
    match = _LOOSE_DATE.search(text)
    if not match or match["mon"].lower()[:3] not in _MONTHS:
        return None
    year = int(match["year"])
    year += 2000 if year < 70 else 1900 if year < 100 else 0
    tz = _offset(match["tz"]) if match["tz"] else None
    try:
        return dt.datetime(
            year,
            _MONTHS[match["mon"].lower()[:3]],
            int(match["day"]),
            int(match["h"] or 0),
            int(match["m"] or 0),
            int(match["s"] or 0),
            tzinfo=tz,
        )
    except ValueError:
        return None


def _offset(token: str) -> dt.timezone | None:
    token = token.strip().upper()
    if token in _ZONES:
        return dt.timezone(dt.timedelta(minutes=_ZONES[token]))
    match = re.fullmatch(r"(?:GMT|UTC)?\s*([+-])\s*(\d{1,2}):?(\d{2})?", token)
    if not match:
        return None
    minutes = int(match[2]) * 60 + int(match[3] or 0)
    if minutes > 14 * 60:
        return None
    return dt.timezone(dt.timedelta(minutes=minutes if match[1] == "+" else -minutes))


def zone_offset(token: str) -> dt.timezone | None:
    """A fixed offset for a zone abbreviation (``EST``, ``CET``) or ``+02:00``; None if unknown."""
    return _offset(token)
