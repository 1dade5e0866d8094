"""The first hour, walked as a new user would, in one go: the first sign-in of a fresh
install, an application saved before any resume, the resume, the board at 1280 and 360 px,
a rejection through the rebound flow to a check-in, the export, and the demo. Each stop is
photographed with ONWARD_SCREENSHOTS=1 (the screenshots/ folder, not committed)."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from onward.accounts import services as account_services
from onward.accounts.models import User
from onward.demo import seed
from tests import factories

from .conftest import DESKTOP, PHONE, overflow_width, screenshot

pytestmark = pytest.mark.browser

RESUME = """Robin Park, Data Analyst

Three years turning messy sales data into decisions.

Experience
Analyst, Corner Shops Ltd (2022-now)
- Weekly dashboards in Tableau for regional managers.
- SQL queries against the warehouse; reports automated in Python.

Skills: SQL, Python, Tableau, Excel, data visualisation.
"""

POSTING = (
    "Data Analyst at Harbour Health. You will build reporting in SQL and Tableau and work "
    "with Python. Requirements: strong SQL, Tableau, Python, stakeholder management."
)


def _sign_in(page: Page, live_server: LiveServer, user: User) -> None:
    secret = account_services.signin_link_create(user=user)
    page.goto(f"{live_server.url}/accounts/signin/link/{secret}/")


def _fits_the_screen(page: Page, name: str) -> None:
    width = int(page.viewport_size["width"]) if page.viewport_size else 0
    assert overflow_width(page) <= width, f"{name} scrolls sideways at {width} px"
    screenshot(page, name)


def _first_sign_in(page: Page, live_server: LiveServer) -> User:
    owner, created = account_services.owner_ensure()  # what `onward serve` does on a first run
    assert created
    _sign_in(page, live_server, owner)
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.locator("body")).not_to_contain_text("Server Error")
    _fits_the_screen(page, "first-hour-01-dashboard-empty")
    return owner


def _application_before_any_resume(page: Page, live_server: LiveServer) -> str:
    page.goto(f"{live_server.url}/applications/new/")
    page.get_by_label("Company").fill("Harbour Health")
    page.get_by_label("Job title").fill("Data Analyst")
    page.get_by_label("Full job description").fill(POSTING)
    page.get_by_role("button", name=re.compile("^(Save|Add)")).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Data Analyst")
    # Without a skills profile there is nothing to score against: no fit, a resume first.
    expect(page.locator("main")).not_to_contain_text("% fit")
    expect(page.locator("main").get_by_role("link", name="Add your resume")).to_be_visible()
    _fits_the_screen(page, "first-hour-02-application-before-resume")
    return page.url


def _resume_first(page: Page, live_server: LiveServer) -> None:
    page.goto(f"{live_server.url}/skills/")
    page.get_by_role("link", name="Add from a resume").click()
    page.get_by_label("Or paste the text").fill(RESUME)
    page.get_by_role("button", name="Read my skills").click()
    review = page.locator("form", has=page.get_by_role("button", name="Confirm ticked skills"))
    expect(review.get_by_label("SQL", exact=True)).to_be_checked()
    screenshot(page, "first-hour-03-resume-review")
    review.get_by_role("button", name="Confirm ticked skills").click()
    expect(page.get_by_role("button", name="Remove Tableau")).to_be_visible()


def _board(page: Page, live_server: LiveServer) -> None:
    page.goto(f"{live_server.url}/applications/board/")
    expect(page.locator(".kcolumn--applied")).to_contain_text("Data Analyst")
    _fits_the_screen(page, "first-hour-04-board-1280")
    page.set_viewport_size(PHONE)  # type: ignore[arg-type]
    page.reload()
    _fits_the_screen(page, "first-hour-05-board-360")
    page.set_viewport_size(DESKTOP)  # type: ignore[arg-type]


def _rejection_to_check_in(page: Page, application_url: str) -> None:
    page.goto(application_url)
    page.get_by_role("link", name="Log rejection").click()
    page.get_by_label("Their message, word for word").fill(
        "Thank you for your time. We have decided to move forward with another candidate."
    )
    page.get_by_role("button", name="Log rejection").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Reflect")
    screenshot(page, "first-hour-06-rebound-reflect")
    page.get_by_role("button", name="Skip this step").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Ask for feedback")
    page.get_by_role("button", name="Skip this step").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Check in")
    page.get_by_role("radio", name="2 Low").check()
    page.get_by_role("radio", name="2 Tired").check()
    page.get_by_label("One line, if you like").fill("Flat today, but I know why.")
    screenshot(page, "first-hour-07-check-in")
    page.get_by_role("button", name="Check in and continue").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Reframe")


def _export(page: Page, live_server: LiveServer) -> None:
    page.goto(f"{live_server.url}/accounts/")
    with page.expect_download() as download:
        page.get_by_role("link", name="Export everything (JSON)").click()
    path = download.value.path()
    data = json.loads(path.read_text(encoding="utf-8"))
    titles = {posting["title"] for posting in data["postings"]}
    assert "Data Analyst" in titles
    assert data["rejections"], "the rejection logged in the walk is in the export"


def _demo(page: Page, live_server: LiveServer) -> None:
    visitor = factories.user("demo-visitor")
    now = timezone.now()
    assert seed.demo_seed_if_empty(owner=visitor, now=now)
    _sign_in(page, live_server, visitor)
    page.goto(f"{live_server.url}/")
    _fits_the_screen(page, "first-hour-08-demo-dashboard-1280")
    # A settled demo: nothing on the first screen happened "today".
    today = now.date()
    stamps = page.locator("main time[datetime]").evaluate_all(
        "els => els.map(e => e.getAttribute('datetime'))"
    )
    days = {dt.date.fromisoformat(stamp[:10]) for stamp in stamps if re.match(r"\d{4}-", stamp)}
    assert today not in days, f"the demo's first screen shows events dated today: {stamps}"
    page.set_viewport_size(PHONE)  # type: ignore[arg-type]
    page.reload()
    _fits_the_screen(page, "first-hour-09-demo-dashboard-360")
    page.goto(f"{live_server.url}/applications/board/")
    _fits_the_screen(page, "first-hour-10-demo-board-360")


def test_the_first_hour(page: Page, live_server: LiveServer, transactional_db: None) -> None:
    _first_sign_in(page, live_server)
    application_url = _application_before_any_resume(page, live_server)
    _resume_first(page, live_server)
    _board(page, live_server)
    _rejection_to_check_in(page, application_url)
    _export(page, live_server)
    _demo(page, live_server)
