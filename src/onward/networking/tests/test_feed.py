"""The private calendar feed and the one-off .ics, parsed with the icalendar library."""

from __future__ import annotations

import datetime as dt
import hashlib
import re

import icalendar
import pytest
from django.test import Client

from onward.accounts.models import User
from onward.networking import services
from onward.networking.models import CalendarFeed, Contact
from onward.tracker.models import Application

pytestmark = pytest.mark.django_db


def _feed_url(client: Client) -> str:
    response = client.post("/network/calendar/feed/")
    assert response.status_code == 200
    found = re.search(rb'value="http://testserver(/network/calendar/[^"]+\.ics)"', response.content)
    assert found is not None
    return found.group(1).decode()


def test_feed_holds_reminders_and_interviews(
    alice: User, alice_client: Client, app: Application, jo: Contact
) -> None:
    event = services.interview_log(application=app, interviewers=[jo], interview_kind="technical")
    url = _feed_url(alice_client)
    response = Client().get(url)  # a calendar app: no session
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    cal = icalendar.Calendar.from_ical(response.content)
    events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    thanks = next(e for uid, e in events.items() if uid.startswith("reminder-"))
    assert str(thanks["SUMMARY"]) == "Thank Jo Park for round 1 at Acme"
    assert thanks.decoded("DTSTART") == dt.date(2026, 3, 12)
    interview = events[f"interview-{event.uid}@onward"]
    assert str(interview["SUMMARY"]) == "Interview round 1 (Technical): Data Analyst at Acme"
    assert interview.decoded("DTSTART") == event.occurred_at


def test_the_secret_is_stored_hashed_and_a_new_url_revokes_the_old(
    alice: User, alice_client: Client
) -> None:
    first = _feed_url(alice_client)
    secret = first.rsplit("/", 1)[1].removesuffix(".ics")
    feed = CalendarFeed.objects.get()
    assert feed.digest == hashlib.sha256(secret.encode()).hexdigest()
    assert secret not in str(CalendarFeed.objects.values_list())
    second = _feed_url(alice_client)
    assert Client().get(first).status_code == 404
    assert Client().get(second).status_code == 200
    alice_client.post("/network/calendar/feed/revoke/")
    assert Client().get(second).status_code == 404


@pytest.mark.parametrize(
    "secret", ["cal_nope", "nope", "cal_" + "x" * 200], ids=["unknown", "no-prefix", "long"]
)
def test_unknown_secrets_are_404(secret: str, alice: User) -> None:
    assert Client().get(f"/network/calendar/{secret}.ics").status_code == 404


def test_a_deactivated_account_has_no_feed(alice: User, alice_client: Client) -> None:
    url = _feed_url(alice_client)
    alice.is_active = False
    alice.save()
    assert Client().get(url).status_code == 404


def test_one_off_export_needs_sign_in(alice: User, alice_client: Client, jo: Contact) -> None:
    services.reminder_create(owner=alice, title="Call Jo", due_on=dt.date(2026, 3, 20), contact=jo)
    response = alice_client.get("/network/reminders.ics")
    assert response["Content-Disposition"] == 'attachment; filename="onward-reminders.ics"'
    [event] = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Call Jo" and "With Jo Park" in str(event["DESCRIPTION"])
    assert Client().get("/network/reminders.ics").status_code == 302
