"""People in a real browser: import LinkedIn connections, log an interview round with an
imported contact as interviewer, see the thank-you reminder with its drafts, log the
thank-you, and subscribe to the private calendar feed (read back with icalendar)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import icalendar
import pytest
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from onward.accounts.models import User
from onward.networking.models import Interaction
from onward.tracker import services

from .conftest import PHONE, overflow_width, screenshot

pytestmark = pytest.mark.browser

SignIn = Callable[[User], Page]

CONNECTIONS = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    'are missing."\n'
    "\n"
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Jo,Park,https://www.linkedin.com/in/jopark,jo@acme.example,Acme,Data Lead,15 Mar 2023\n"
    "Sam,Reyes,https://www.linkedin.com/in/samreyes,,Globex,Recruiter,02 Jan 2024\n"
)


def _phone_fits(page: Page, name: str) -> None:
    screenshot(page, f"network-{name}-desktop")
    size = page.viewport_size
    page.set_viewport_size(PHONE)  # type: ignore[arg-type]
    assert overflow_width(page) <= PHONE["width"], f"{name} scrolls sideways on a phone"
    screenshot(page, f"network-{name}-phone")
    assert size is not None
    page.set_viewport_size(size)


def test_import_interview_thank_you_and_feed(
    owner: User, sign_in: SignIn, live_server: LiveServer, tmp_path: Path
) -> None:
    application = services.application_create_with_posting(
        owner=owner, posting_fields={"title": "Data Analyst"}, company_name="Acme"
    )
    page = sign_in(owner)

    # Import the connections.
    csv = tmp_path / "Connections.csv"
    csv.write_text(CONNECTIONS, encoding="utf-8")
    page.goto(f"{live_server.url}/network/import/")
    page.get_by_label("File", exact=True).set_input_files(str(csv))
    page.get_by_role("button", name="Import").click()
    expect(page.get_by_text("Imported: 2 new")).to_be_visible()
    expect(page.get_by_role("link", name="Jo Park")).to_be_visible()
    _phone_fits(page, "contacts")

    # Log an interview round with Jo as the interviewer, from the application's page.
    page.goto(f"{live_server.url}/applications/{application.pk}/")
    people = page.get_by_role("region", name="People")
    expect(people.get_by_text("works there as Data Lead")).to_be_visible()
    people.get_by_role("link", name="Log an interview with interviewers").click()
    page.get_by_label("Jo Park (Acme)").check()
    page.get_by_role("button", name="Log interview").click()
    expect(page.get_by_text("Interview logged")).to_be_visible()
    linked = page.get_by_role("region", name="People").get_by_role("listitem")
    expect(linked.filter(has_text="Interviewer").first).to_contain_text("Jo Park")
    _phone_fits(page, "application")

    # The thank-you reminder, with drafts in three tones.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Applications").click()
    page.get_by_role("navigation", name="Applications").get_by_role("link", name="People").click()
    main_nav = page.get_by_role("navigation", name="Main")
    expect(main_nav.locator("[aria-current=page]")).to_have_text(["Applications"])
    page.get_by_role("navigation", name="People").get_by_role("link", name="Reminders").click()
    reminder = page.get_by_role("link", name="Thank Jo Park for round 1 at Acme")
    expect(reminder).to_be_visible()
    _phone_fits(page, "reminders")
    reminder.click()
    page.get_by_role("navigation", name="Tone of the draft").get_by_role(
        "link", name="Warm"
    ).click()
    expect(page.get_by_label("Message")).to_contain_text("Hi Jo,")
    _phone_fits(page, "reminder")

    # Sent it: mark done and log the thank-you in Jo's history.
    page.get_by_role("button", name="Mark done").click()
    expect(page.get_by_text("Done and logged")).to_be_visible()
    assert Interaction.objects.filter(kind="thank_you", contact__name="Jo Park").exists()
    expect(page.get_by_role("link", name="Thank Jo Park for round 1 at Acme")).to_have_count(0)
    page.get_by_role("navigation", name="People").get_by_role("link", name="Contacts").click()
    page.get_by_role("link", name="Jo Park").click()
    expect(page.get_by_role("region", name="History")).to_contain_text("Thank-you note")
    _phone_fits(page, "contact")

    # Subscribe: the feed URL is shown once and serves the interview to a calendar app.
    page.get_by_role("link", name="Calendar & digest").click()
    page.get_by_role("button", name="Create a feed URL").click()
    url = page.get_by_label("Calendar feed URL").input_value()
    assert url.startswith(live_server.url) and url.endswith(".ics")
    _phone_fits(page, "calendar")
    response = page.request.get(url)
    assert response.ok
    calendar = icalendar.Calendar.from_ical(response.body())
    summaries = [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")]
    assert "Interview round 1: Data Analyst at Acme" in summaries
