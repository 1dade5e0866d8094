"""Dates and times proposed in an email: interview slots, deadlines, start dates.

Each mention keeps its span and a kind read from its context ("interview", "deadline",
"start", "other"). Dates without a year take the first matching date on or after the
email's own date (minus a week); without a reference date they are skipped. A time with
a known zone abbreviation (EST, CET, +02:00) gives an aware datetime, otherwise a naive
one marked ``timezone_known=False``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from onward.analysis.mail.cue_engine import compile_pattern
from onward.analysis.mail.headers import zone_offset

_MONTH = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,? )?"
_DATE_PATTERNS = (
    compile_pattern(
        _WEEKDAY + _MONTH + r" (?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,? (?P<year>\d{4}))?"
    ),
    compile_pattern(
        _WEEKDAY
        + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?(?: of)? "
        + _MONTH
        + r"(?:,? (?P<year>\d{4}))?"
    ),
    re.compile(r"\b(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})\b"),
    re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4}|\d{2})\b"),
    re.compile(r"\b(?P<day>\d{1,2})\.(?P<mnum>\d{1,2})\.(?P<year>\d{4})\b"),
)
_RELATIVE = compile_pattern(
    r"\b(?:(?P<tomorrow>tomorrow)|(?P<next>next|this|coming) (?P<wd>monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)|within (?P<n>\d{1,2}|one|two|three|four|five|seven|ten|"
    r"fourteen) (?P<unit>hours|days|business days|working days|calendar days))\b"
)
_TIME = re.compile(
    r"\b(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*(?P<ampm>[ap]\.?\s?m\b\.?)"
    r"|\b(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)\b(?!\s*[ap]\.?m)",
    re.I,
)
_ZONE = re.compile(
    r"\s*\(?(?P<tz>(?:UTC|GMT)\s?[+-]\s?\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}|[A-Z]{2,5})\b\)?"
)
_MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "seven": 7,
    "ten": 10,
    "fourteen": 14,
}
_KINDS = (
    (
        "deadline",
        compile_pattern(
            r"\b(?:deadline|due|by|before|no later than|until|expires?|expiry|valid (?:until|"
            r"through)|"
            r"complete[ds]? (?:it |this |the \w+ )?(?:by|within|before)|submit|respond by|within)\b"
        ),
    ),
    (
        "start",
        compile_pattern(
            r"\b(?:start(?:ing)? (?:date|on)|start on|commence|first day|joining date|onboarding)\b"
        ),
    ),
    (
        "interview",
        compile_pattern(
            r"\b(?:interview|call|meet|meeting|chat|talk|speak|catch up|available|availability|"
            r"slot|"
            r"scheduled|screen|"
            r"conversation|invite|works for you|onsite|on-site|zoom|teams)\b"
        ),
    ),
)
_LABEL = re.compile(r"\b(?:date|time|when)s?\s*:", re.I)
_SENTENCE_END = re.compile(r"[.!?](?=\s)")
_PAST = compile_pattern(r"\b(?:applied|submitted|received|sent|posted|dated|on file since)\b")


@dataclass(frozen=True)
class DateMention:
    """A date (and maybe time) found in a text, with what it seems to be for."""

    kind: str  # "interview", "deadline", "start", "other"
    value: dt.datetime | dt.date
    has_time: bool
    timezone_known: bool
    field: str
    start: int
    end: int
    text: str
    note: str = ""


def find_dates(
    text: str, *, field: str = "body", reference: dt.datetime | None = None
) -> tuple[DateMention, ...]:
    """Date and time mentions of ``text`` in order of appearance."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            mention = _mention(text, match, field, reference)
            if mention is not None:
                found.append(mention)
                taken.append((mention.start, mention.end))
    if reference is not None:
        found += _relative(text, field, reference, taken)
    return tuple(sorted(found, key=lambda m: m.start))


def _mention(
    text: str, match: re.Match[str], field: str, reference: dt.datetime | None
) -> DateMention | None:
    day, note = _calendar_day(match, reference)
    if day is None:
        return None
    value: dt.datetime | dt.date = day
    end = match.end()
    has_time = zone_known = False
    timed = _time_after(text, end)
    if timed is not None:
        clock, zone, end = timed
        has_time, zone_known = True, zone is not None
        value = dt.datetime.combine(day, clock, tzinfo=zone)
    return DateMention(
        kind=_kind(text, match.start()),
        value=value,
        has_time=has_time,
        timezone_known=zone_known,
        field=field,
        start=match.start(),
        end=end,
        text=text[match.start() : end],
        note=note,
    )


def _calendar_day(
    match: re.Match[str], reference: dt.datetime | None
) -> tuple[dt.date | None, str]:
    groups = match.groupdict()
    note = ""
    if groups.get("a"):
        first, second = int(groups["a"]), int(groups["b"])
        month, day = (first, second) if first <= 12 else (second, first)
        note = "month/day order assumed" if first <= 12 and second <= 12 and first != second else ""
    else:
        day = int(groups["day"])
        mon = groups.get("mon")
        month = _MONTHS[mon.lower()[:3]] if mon else int(groups["mnum"])
    year_text = groups.get("year")
    if year_text:
        year = int(year_text) + (2000 if len(year_text) == 2 else 0)
        return _safe_date(year, month, day), note
    if reference is None:
        return None, ""
    for year in (reference.year, reference.year + 1):
        candidate = _safe_date(year, month, day)
        if candidate and candidate >= reference.date() - dt.timedelta(days=7):
            return candidate, "year taken from the email's date"
    return None, ""


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day) if 1990 <= year <= 2100 else None
    except ValueError:
        return None


def _time_after(text: str, end: int) -> tuple[dt.time, dt.tzinfo | None, int] | None:
    """A clock time within a short distance after a date (same line or a "Time:" line)."""
    window = text[end : end + 60]
    match = _TIME.search(window)
    if not match or "\n\n" in window[: match.start()] or window[: match.start()].count("\n") > 1:
        return None
    if match["h24"] is not None:
        hour, minute = int(match["h24"]), int(match["m24"])
    else:
        hour, minute = int(match["h"]) % 12, int(match["m"] or 0)
        if hour > 11 or int(match["h"]) > 12:
            return None
        hour += 12 if match["ampm"].lower().startswith("p") else 0
    stop = match.end()
    zone = None
    zone_match = _ZONE.match(window, stop)
    if zone_match:
        zone = zone_offset(zone_match["tz"].replace(" ", ""))
        if zone is not None:
            stop = zone_match.end()
    return dt.time(hour, minute), zone, end + stop


def _kind(text: str, start: int) -> str:
    """The kind whose cue word sits closest before the date, in the same sentence or line
    label ("Deadline: ...")."""
    context = text[max(0, start - 90) : start]
    context = context[context.rfind("\n\n") + 1 :]
    line = text[text.rfind("\n", 0, start) + 1 : start]
    if re.search(r"\w\s*:\s*$", line):  # a labelled line ("Deadline: ...") speaks for itself
        context = line
    ends = list(_SENTENCE_END.finditer(context))
    context = context[ends[-1].end() :] if ends else context
    if _PAST.search(context[-40:]):
        return "other"
    best, best_end = "other", -1
    for kind, pattern in _KINDS:
        for match in pattern.finditer(context):
            if match.end() > best_end:
                best, best_end = kind, match.end()
    if best == "other" and _LABEL.search(context):
        return "interview"  # "Date: ... Time: ..." blocks are how invitations give a slot
    return best


def _relative(
    text: str, field: str, reference: dt.datetime, taken: list[tuple[int, int]]
) -> list[DateMention]:
    out = []
    base = reference.date()
    for match in _RELATIVE.finditer(text):
        if any(a < match.end() and match.start() < b for a, b in taken):
            continue
        if match["tomorrow"]:
            day = base + dt.timedelta(days=1)
        elif match["wd"]:
            ahead = (_WEEKDAYS.index(match["wd"].lower()) - base.weekday()) % 7 or 7
            day = base + dt.timedelta(days=ahead)
        else:
            day = _after(base, match["n"], match["unit"])
        kind = "deadline" if match["n"] else _kind(text, match.start())
        out.append(
            DateMention(
                kind,
                day,
                False,
                False,
                field,
                match.start(),
                match.end(),
                match.group(),
                "relative to the email's date",
            )
        )
    return out


def _after(base: dt.date, amount: str, unit: str) -> dt.date:
    count = int(amount) if amount.isdigit() else _NUMBERS[amount.lower()]
    unit = unit.lower()
    if unit == "hours":
        return base + dt.timedelta(days=max(1, round(count / 24)))
    if unit.startswith(("business", "working")):
        day = base
        while count:
            day += dt.timedelta(days=1)
            count -= day.weekday() < 5
        return day
    return base + dt.timedelta(days=count)
