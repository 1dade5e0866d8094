"""Date cells as spreadsheets write them: ISO, US and European numeric dates, month names,
two-digit years, Excel serial numbers, LinkedIn's "1/6/25, 9:04 AM"."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Literal

Order = Literal["dmy", "mdy"]
_MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[t ][\d:.]+(?:z|[+-]\d{2}:?\d{2})?)?")
_NUMERIC = re.compile(r"(\d{1,2})([/.\-])(\d{1,2})\2(\d{2}|\d{4})(?:,?\s+\d{1,2}:\d{2}.*)?")
_NAMED_MDY = re.compile(
    r"(?:[a-z]+,?\s+)?([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})"
)
_NAMED_DMY = re.compile(
    r"(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\.?\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})"
)
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_EMPTY = frozenset({"", "n/a", "na", "none", "null", "-", "--", "?", "tbd", "unknown"})


def is_empty(value: str) -> bool:
    return value.strip().lower() in _EMPTY


def numeric_order(values: Iterable[str]) -> Order | None:
    """Day-first or month-first for a column of numeric dates, when its values tell.

    A first number above 12 means day-first; a second number above 12 means month-first;
    None when every value is ambiguous (or there are none).
    """
    votes = {"dmy": 0, "mdy": 0}
    for value in values:
        match = _NUMERIC.fullmatch(value.strip())
        if not match or match[2] == ".":
            continue
        first, second = int(match[1]), int(match[3])
        if first > 12 >= second:
            votes["dmy"] += 1
        elif second > 12 >= first:
            votes["mdy"] += 1
    if votes["dmy"] == votes["mdy"]:
        return None
    return "dmy" if votes["dmy"] > votes["mdy"] else "mdy"


def parse_date(value: str, *, order: Order | None = None) -> tuple[dt.date | None, str]:
    """``(date, note)``: the date (the note may flag an ambiguous reading), or None and
    the problem. Empty cells give ``(None, "")``.

    Numeric dates with a slash or dash follow ``order`` (month-first when unknown, with a
    note when the value is ambiguous); dotted dates are day-first (European).
    """
    text = value.strip().lower()
    if text in _EMPTY:
        return None, ""
    for parse in (_iso, _serial, _named):
        found = parse(text)
        if found is not None:
            return _checked(found, value)
    match = _NUMERIC.fullmatch(text)
    if match:
        return _numeric(match, order, value)
    return None, f"{value.strip()!r} is not a date"


def _checked(found: dt.date | str, value: str) -> tuple[dt.date | None, str]:
    if isinstance(found, str):
        return None, found
    if not 1990 <= found.year <= 2100:
        return None, f"{value.strip()!r} is out of range"
    return found, ""


def _iso(text: str) -> dt.date | str | None:
    match = _ISO.fullmatch(text)
    if not match:
        return None
    return _make(int(match[1]), int(match[2]), int(match[3]), text)


def _serial(text: str) -> dt.date | str | None:
    """Excel's day count since 1899-12-30 (a date cell exported as a number)."""
    if not re.fullmatch(r"\d{5}(?:\.\d+)?", text):
        return None
    days = int(float(text))
    if not 30000 <= days <= 73000:  # 1982 .. 2099
        return f"{text!r} is not a date"
    return _EXCEL_EPOCH + dt.timedelta(days=days)


def _named(text: str) -> dt.date | str | None:
    match = _NAMED_MDY.fullmatch(text)
    if match and match[1] in _MONTHS:
        return _make(int(match[3]), _MONTHS[match[1]], int(match[2]), text)
    match = _NAMED_DMY.fullmatch(text)
    if match and match[2] in _MONTHS:
        return _make(int(match[3]), _MONTHS[match[2]], int(match[1]), text)
    return None


def _numeric(match: re.Match[str], order: Order | None, value: str) -> tuple[dt.date | None, str]:
    first, second, year = int(match[1]), int(match[3]), int(match[4])
    year += 2000 if year < 100 else 0
    day_first = match[2] == "." or order == "dmy" or (order is None and first > 12)
    day, month = (first, second) if day_first else (second, first)
    found = _make(year, month, day, value)
    if isinstance(found, str):
        return None, found
    note = ""
    if order is None and match[2] != "." and first <= 12 and second <= 12 and first != second:
        note = f"{value.strip()!r} read month-first"
    return _checked(found, value)[0], note


def _make(year: int, month: int, day: int, text: str) -> dt.date | str:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return f"{text.strip()!r} is not a real date"
