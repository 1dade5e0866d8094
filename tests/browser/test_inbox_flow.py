"""The Inbox in a real browser: upload an mbox, watch the background import finish (the
page polls with htmx while the worker runs the queued task), review with the keyboard,
accept the rejection and land in the rebound flow. Also checked on a phone.

The test runs the queued task itself, in the test's thread: with SQLite's in-memory test
database, a worker thread of its own would lock the tables the live server shares."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from onward.accounts.models import User
from onward.core import background
from onward.inbox.tests import mail
from onward.tracker.choices import Stage
from onward.tracker.models import Application
from tests import factories

from .conftest import DESKTOP, PHONE, overflow_width, screenshot

pytestmark = pytest.mark.browser

SignIn = Callable[[User], Page]
FEB = dt.datetime(2025, 2, 1, 9, 0, tzinfo=dt.UTC)


def _worker_turn(page: Page) -> None:
    """The import page is polling; the worker takes the queued import now."""
    expect(page.get_by_text("Reading in the background.")).to_be_visible()
    assert background.run_queue() == 1


def _mailbox(tmp_path: Path) -> Path:
    path = tmp_path / "All mail Including Spam and Trash.mbox"
    path.write_bytes(
        mail.mbox(
            mail.email(mail.RECEIVED, company="Tessellate", message_id="<t@t.example>"),
            mail.email(
                mail.REJECTION,
                company="Acme Analytics",
                message_id="<a@acme.example>",
                date="Tue, 11 Mar 2025 16:20:00 +0000",
            ),
            mail.email(mail.NEWSLETTER, company="Plant Shop", subject="Spring sale"),
        )
    )
    return path


def _fits(page: Page, name: str) -> None:
    screenshot(page, f"inbox-{name}-desktop")
    page.set_viewport_size(PHONE)  # type: ignore[arg-type]
    width = overflow_width(page)
    assert width <= PHONE["width"], f"{name} is {width}px wide on a phone"
    screenshot(page, f"inbox-{name}-phone")
    page.set_viewport_size(DESKTOP)  # type: ignore[arg-type]


def test_upload_review_and_accept_a_rejection(
    live_server: LiveServer, sign_in: SignIn, owner: User, tmp_path: Path
) -> None:
    app = factories.application(
        owner,
        title="Data Analyst",
        company_name="Acme Analytics",
        stage=Stage.INTERVIEW,
        applied_on=FEB.date(),
        now=FEB,
    )
    page = sign_in(owner)
    page.goto(f"{live_server.url}/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Inbox").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Inbox")
    _fits(page, "empty")
    page.get_by_label("Your file").set_input_files(str(_mailbox(tmp_path)))
    page.get_by_role("button", name="Upload and read").click()
    expect(page).to_have_url(re.compile(r"/inbox/imports/\d+/$"))
    _worker_turn(page)
    expect(page.get_by_text("Review what it found")).to_be_visible(timeout=30_000)
    expect(page.get_by_text("2 to review")).to_be_visible()
    page.get_by_role("link", name="Review what it found").click()

    queue = page.locator("[data-queue] .qitem")
    expect(queue).to_have_count(2)
    rejection = queue.filter(has_text="Log the rejection")
    expect(rejection).to_contain_text("Data Analyst at Acme Analytics")
    expect(rejection.locator("mark").first).to_have_text("decided not to move")
    _fits(page, "queue")
    # Keyboard review: j/k move between suggestions, a accepts the current one.
    page.keyboard.press("j")
    first_is_rejection = "Log the rejection" in (page.locator(".qitem.is-current").inner_text())
    if not first_is_rejection:
        page.keyboard.press("j")
    expect(page.locator(".qitem.is-current")).to_contain_text("Log the rejection")
    page.keyboard.press("a")

    expect(page).to_have_url(re.compile(r"/growth/rebound/\d+/reflect/$"))
    expect(page.get_by_text("Rejection logged from your email")).to_be_visible()
    app.refresh_from_db()
    assert app.stage == Stage.REJECTED
    assert "decided not to move forward" in app.rejection.message
    _fits(page, "rebound")


def test_select_and_accept_in_bulk_with_the_keyboard(
    live_server: LiveServer, sign_in: SignIn, owner: User, tmp_path: Path
) -> None:
    page = sign_in(owner)
    page.goto(f"{live_server.url}/inbox/")
    page.get_by_label("Your file").set_input_files(str(_mailbox(tmp_path)))
    page.get_by_role("button", name="Upload and read").click()
    _worker_turn(page)
    expect(page.get_by_text("Review what it found")).to_be_visible(timeout=30_000)
    page.goto(f"{live_server.url}/inbox/")
    expect(page.locator("[data-queue] .qitem")).to_have_count(2)
    expect(page.locator(".qitem.is-current")).to_have_count(1)  # the first one, to begin
    page.keyboard.press("x")
    page.keyboard.press("j")
    page.keyboard.press("x")
    expect(page.get_by_text("2 selected")).to_be_visible()
    page.get_by_role("button", name="Accept selected").click()
    expect(page.get_by_text("Accepted 2.")).to_be_visible()
    assert Application.objects.filter(owner=owner).count() == 2
    expect(page.get_by_text("Nothing waiting for you")).to_be_visible()


def test_a_spreadsheet_through_the_column_check(
    live_server: LiveServer, sign_in: SignIn, owner: User, tmp_path: Path
) -> None:
    sheet = tmp_path / "my job hunt.csv"
    sheet.write_text(
        "Employer;Position;Progress;Submitted\n"
        "Lumenfold;ML Engineer;Waiting on Jo;03.02.2025\n"
        "Fieldnote;Writer;rejected;10.02.2025\n",
        encoding="utf-8",
    )
    page = sign_in(owner)
    page.goto(f"{live_server.url}/inbox/")
    page.get_by_label("Your file").set_input_files(str(sheet))
    page.get_by_role("button", name="Upload and read").click()
    expect(page.get_by_role("heading", name="Check the columns")).to_be_visible()
    expect(page.get_by_label("Company")).to_have_value("Employer")
    expect(page.get_by_role("cell", name="unknown: “Waiting on Jo”")).to_be_visible()
    _fits(page, "columns")
    page.get_by_label("“Waiting on Jo” (1 row)").select_option("interview")
    page.get_by_role("button", name="Update the preview").click()
    expect(page.get_by_role("table").get_by_text("Interview")).to_be_visible()
    page.get_by_role("button", name="Import 2 rows").click()
    _worker_turn(page)
    expect(page.get_by_text("Review what it found")).to_be_visible(timeout=30_000)
    page.get_by_role("link", name="Review what it found").click()
    queue = page.locator("[data-queue] .qitem")
    expect(queue).to_have_count(2)
    expect(queue.filter(has_text="Lumenfold")).to_contain_text(
        "Add a new application at Lumenfold, then move it to interview"
    )
