"""Skills in a real browser: upload a resume, review and confirm its skills, add one with
the autocomplete, check a posting before applying (matched and missing skills with their
sentences), save it as an application, and turn a gap from a rejection into a plan item.
Every step is also checked (and, with ONWARD_SCREENSHOTS=1, photographed) on a phone."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from onward.accounts.models import User
from onward.skills.models import LearningAction
from onward.tracker import services
from onward.tracker.models import Application

from .conftest import DESKTOP, PHONE, overflow_width, screenshot

pytestmark = pytest.mark.browser

SignIn = Callable[[User], Page]

RESUME = """Robin Lee, Data Analyst

Four years of retail analytics.
- Weekly sales dashboards in Tableau for 40 store managers.
- SQL against the warehouse every day; Python scripts for reports.
- Kept our Excel models tidy.
"""

REJECTED_POSTING = """Analytics Engineer

Requirements:
- Strong SQL and dbt experience.
- You must model data for Looker.
Nice to have:
- Airflow is a plus.
"""

CHECKED_POSTING = """Data Analyst at Brightside

Requirements:
- 3+ years of SQL and Python.
- Experience with dbt is required.
Nice to have:
- Power BI is a plus.
"""


def _fits(page: Page, name: str) -> None:
    """Photograph the page at desktop and phone width; the phone must not scroll sideways."""
    screenshot(page, f"skills-{name}-desktop")
    page.set_viewport_size(PHONE)  # type: ignore[arg-type]
    width = overflow_width(page)
    assert width <= PHONE["width"], f"{name} is {width}px wide on a phone"
    screenshot(page, f"skills-{name}-phone")
    page.set_viewport_size(DESKTOP)  # type: ignore[arg-type]


def _rejected(owner: User) -> Application:
    app = services.application_create_with_posting(
        owner=owner,
        company_name="Globex",
        posting_fields={"title": "Analytics Engineer", "description": REJECTED_POSTING},
    )
    services.rejection_record(application=app, message="We went with someone with more dbt.")
    return app


def _upload_and_review(page: Page, live_server: LiveServer, tmp_path: Path) -> None:
    resume = tmp_path / "robin-cv.txt"
    resume.write_text(RESUME, encoding="utf-8")
    page.goto(f"{live_server.url}/skills/")
    page.get_by_role("link", name="Add from a resume").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Add your resume")
    page.get_by_label("Upload a file").set_input_files(str(resume))
    _fits(page, "1-resume")
    page.get_by_role("button", name="Read my skills").click()
    expect(page).to_have_url(re.compile(r"/skills/$"))
    expect(page.get_by_text(re.compile(r"Found \d+ skills in your resume"))).to_be_visible()
    review = page.locator("#review")
    expect(review.get_by_text("Resume: Kept our Excel models tidy.")).to_be_visible()
    _fits(page, "2-review")
    review.get_by_label("Excel").uncheck()
    review.get_by_role("button", name="Confirm ticked skills").click()
    expect(page.get_by_text(re.compile(r"Confirmed \d+ skills\."))).to_be_visible()
    confirmed = page.locator("#confirmed-h + .skill-list")
    expect(confirmed.get_by_role("button", name="Remove Tableau")).to_be_visible()
    page.get_by_label("Level of SQL").select_option("advanced")
    page.get_by_role("button", name="Save level of SQL").click()
    expect(page.get_by_text("Saved SQL.")).to_be_visible()
    expect(page.get_by_label("Level of SQL")).to_have_value("advanced")


def _add_with_autocomplete(page: Page) -> None:
    page.get_by_label("Skill", exact=True).fill("power b")
    choice = page.locator("#skill-choices").get_by_role(
        "button", name="Power BI (Data & analytics)"
    )
    expect(choice).to_be_visible()
    _fits(page, "3-autocomplete")
    choice.click()
    expect(page.get_by_text("Power BI is in your skills.")).to_be_visible()


def _check_posting(page: Page) -> None:
    page.get_by_role("link", name="Check a posting").click()
    page.get_by_label("The posting's text").fill(CHECKED_POSTING)
    page.get_by_role("button", name="Check my fit").click()
    result = page.locator("#result")
    expect(result.get_by_text("Required: 1 of 3 missing")).to_be_visible()
    missing = result.locator(".fit-item--missing", has_text="dbt (data build tool)")
    expect(missing.get_by_text("“Experience with dbt is required.”")).to_be_visible()
    have = result.locator(".fit-item--have").filter(
        has=page.locator(".strong", has_text=re.compile(r"^Python$"))
    )
    expect(have.get_by_text("“3+ years of SQL and Python.”")).to_be_visible()
    expect(result.locator(".fit-item--have", has_text="Power BI")).to_be_visible()
    _fits(page, "4-check")
    page.get_by_label("Company").fill("Brightside")
    page.get_by_label("Job title").fill("Data Analyst")
    page.get_by_role("button", name="Save as application").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Data Analyst")
    section = page.locator(".app-skills")
    expect(section.get_by_text("You have it").first).to_be_visible()
    expect(section.locator(".fit-item--missing", has_text="dbt (data build tool)")).to_be_visible()
    _fits(page, "5-application")


def _plan_a_gap(page: Page, live_server: LiveServer, rejected: Application) -> None:
    page.goto(f"{live_server.url}/skills/gaps/")
    gap = page.locator(".gap", has_text="dbt (data build tool)")
    gap.get_by_text("Evidence").click()
    expect(gap.get_by_text("“Strong SQL and dbt experience.”")).to_be_visible()
    expect(gap.get_by_role("link", name="Analytics Engineer at Globex")).to_be_visible()
    _fits(page, "6-gaps")
    gap.get_by_role("link", name="Plan this").click()
    expect(page.get_by_label("What to do")).to_have_value("Learn dbt (data build tool)")
    page.get_by_label("Kind").select_option("practice")
    page.get_by_label("Hours planned").fill("6")
    _fits(page, "7-plan")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Added to your learning plan.")).to_be_visible()
    expect(page.get_by_role("heading", name="Learn dbt (data build tool)")).to_be_visible()
    expect(page.get_by_role("link", name="Analytics Engineer at Globex")).to_be_visible()
    _fits(page, "8-learning")
    action = LearningAction.objects.get(title="Learn dbt (data build tool)")
    assert list(action.surfaced_by.all()) == [rejected]
    assert action.skill_id == "dbt"


def test_resume_review_check_and_plan(
    owner: User, sign_in: SignIn, live_server: LiveServer, tmp_path: Path
) -> None:
    rejected = _rejected(owner)
    page = sign_in(owner)
    page.get_by_role("link", name="Skills", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your skills")
    _upload_and_review(page, live_server, tmp_path)
    _add_with_autocomplete(page)
    _check_posting(page)
    _plan_a_gap(page, live_server, rejected)
