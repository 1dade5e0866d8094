"""iCalendar (RFC 5545) output: a calendar of all-day and timed events, pure Python.

Text is escaped (backslash, semicolon, comma, newline), lines end in CRLF and are folded
at 75 octets without splitting a UTF-8 character. Timed events are written in UTC. The
caller passes ``stamp`` (DTSTAMP), so the same events always give the same text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from onward.analysis.vcard import fold

PRODID = "-//Onward//Networking reminders//EN"


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    summary: str
    start: dt.date | dt.datetime  # a date: an all-day event; a datetime: aware
    end: dt.date | dt.datetime | None = None  # default: the next day, or an hour later
    description: str = ""
    url: str = ""
    categories: tuple[str, ...] = ()


def escape_text(value: str) -> str:
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def _utc(moment: dt.datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("timed events need an aware datetime")
    return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def _when(name: str, value: dt.date | dt.datetime) -> str:
    if isinstance(value, dt.datetime):
        return f"{name}:{_utc(value)}"
    return f"{name};VALUE=DATE:{value:%Y%m%d}"


def _end(event: CalendarEvent) -> dt.date | dt.datetime:
    if event.end is not None:
        return event.end
    if isinstance(event.start, dt.datetime):
        return event.start + dt.timedelta(hours=1)
    return event.start + dt.timedelta(days=1)


def _event_lines(event: CalendarEvent, stamp: str) -> Iterator[str]:
    if isinstance(event.start, dt.datetime) != isinstance(_end(event), dt.datetime):
        raise ValueError("start and end must both be dates or both be datetimes")
    yield "BEGIN:VEVENT"
    yield f"UID:{escape_text(event.uid)}"
    yield f"DTSTAMP:{stamp}"
    yield _when("DTSTART", event.start)
    yield _when("DTEND", _end(event))
    yield f"SUMMARY:{escape_text(event.summary)}"
    if event.description:
        yield f"DESCRIPTION:{escape_text(event.description)}"
    if event.url:
        yield f"URL:{event.url}"
    if event.categories:
        yield "CATEGORIES:" + ",".join(escape_text(c) for c in event.categories)
    yield "TRANSP:TRANSPARENT"
    yield "END:VEVENT"


def calendar_text(
    events: Sequence[CalendarEvent], *, name: str, stamp: dt.datetime, refresh_hours: int = 1
) -> str:
    """One VCALENDAR holding ``events`` in the given order."""
    when = _utc(stamp)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
        f"REFRESH-INTERVAL;VALUE=DURATION:PT{refresh_hours}H",
        f"X-PUBLISHED-TTL:PT{refresh_hours}H",
    ]
    for event in events:
        lines.extend(_event_lines(event, when))
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
