"""Turn bytes of unknown or wrongly declared charset into text, never raising."""

from __future__ import annotations

import codecs
import re

# Charset labels seen in real mail that Python does not know, or knows under another name.
_ALIASES = {
    "utf8": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
    "x-unknown": "",
    "unknown": "",
    "unknown-8bit": "",
    "x-user-defined": "",
    "default": "",
    "ks_c_5601-1987": "cp949",
    "x-mac-roman": "mac_roman",
    "macintosh": "mac_roman",
    "gb2312": "gbk",  # GBK is a superset and is what senders mean in practice
    "iso-8859-8-i": "iso-8859-8",
    "windows-874": "cp874",
    "ansi_x3.4-1968": "ascii",
}
# Declarations that real mail often gets wrong: the bytes are really UTF-8.
_OFTEN_WRONG = frozenset({"ascii", "iso8859-1", "iso8859-15", "cp1252"})  # codec names
_SURROGATES = re.compile("[\ud800-\udfff]")


def normalise_charset(declared: str | None) -> str:
    """A Python codec name for a declared charset, or "" when unknown or unusable."""
    if not declared:
        return ""
    label = declared.strip().strip("\"'").lower()
    label = _ALIASES.get(label, label)
    if not label:
        return ""
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return ""
    # utf-7 and the like can turn plain ASCII into surprises; treat as unknown.
    return "" if name in ("utf-7", "utf_7") else name


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """``(text, note)``: decoded text and, when we had to guess, a short note why.

    Order: the declared charset if it decodes cleanly (unless it claims ASCII/Latin-1 while
    the bytes are valid UTF-8 with non-ASCII letters), then UTF-8, then Windows-1252 with
    replacement characters. Never raises.
    """
    charset = normalise_charset(declared)
    if data.isascii():
        return data.decode("ascii"), ""
    if charset in _OFTEN_WRONG:
        utf8 = _strict(data, "utf-8")
        if utf8 is not None:
            return utf8, f"declared {declared} but the bytes are UTF-8"
    if charset:
        text = _strict(data, charset)
        if text is not None:
            return text, ""
    utf8 = _strict(data, "utf-8")
    if utf8 is not None:
        note = f"unknown charset {declared!r}, read as UTF-8" if declared and not charset else ""
        return utf8, note
    reason = f"{declared!r} did not decode" if declared else "no charset declared"
    return data.decode("cp1252", errors="replace"), f"{reason}; read as Windows-1252"


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def clean_surrogates(text: str) -> str:
    """Re-read raw bytes that the email package kept as surrogate escapes (8-bit headers)."""
    if not _SURROGATES.search(text):
        return text
    try:
        raw = text.encode("utf-8", errors="surrogateescape")
    except UnicodeEncodeError:  # surrogates that are not escaped bytes
        return _SURROGATES.sub("?", text)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace").replace("\ufffd", "?")
