"""The iCalendar writer, read back with the ``icalendar`` library."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from onward.analysis.ical import CalendarEvent, calendar_text

STAMP = dt.datetime(2026, 3, 11, 15, 0, tzinfo=dt.UTC)


def test_events_read_back_with_icalendar() -> None:
    events = [
        CalendarEvent(
            uid="reminder-1@onward",
            summary="Thank Jo, Kim; and Sam",
            start=dt.date(2026, 3, 12),
            description="Line one\nLine two, with a comma; and more. " + "long " * 40,
            url="https://onward.example/network/reminders/#reminder-1",
            categories=("Onward", "Reminder"),
        ),
        CalendarEvent(
            uid="interview-2@onward",
            summary="Interview round 1: Data Analyst at Zoë's Café",
            start=dt.datetime(2026, 3, 10, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        ),
    ]
    text = calendar_text(events, name="Onward: Alice", stamp=STAMP)
    assert text.endswith("\r\n") and all(len(x.encode()) <= 75 for x in text.split("\r\n"))
    cal = icalendar.Calendar.from_ical(text)
    assert str(cal["X-WR-CALNAME"]) == "Onward: Alice"
    first, second = cal.walk("VEVENT")
    assert str(first["SUMMARY"]) == "Thank Jo, Kim; and Sam"
    assert str(first["DESCRIPTION"]) == events[0].description
    assert first.decoded("DTSTART") == dt.date(2026, 3, 12)
    assert first.decoded("DTEND") == dt.date(2026, 3, 13)
    assert second.decoded("DTSTART") == dt.datetime(2026, 3, 10, 8, 30, tzinfo=dt.UTC)
    assert second.decoded("DTEND") == dt.datetime(2026, 3, 10, 9, 30, tzinfo=dt.UTC)
    assert str(second["SUMMARY"]) == events[1].summary
    assert first.decoded("DTSTAMP") == STAMP


def test_same_events_give_the_same_text() -> None:
    event = CalendarEvent(uid="a", summary="x", start=dt.date(2026, 1, 1))
    assert calendar_text([event], name="n", stamp=STAMP) == calendar_text(
        [event], name="n", stamp=STAMP
    )


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        calendar_text(
            [CalendarEvent(uid="a", summary="x", start=dt.datetime(2026, 1, 1, 9))],
            name="n",
            stamp=STAMP,
        )
