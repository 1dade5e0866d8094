"""Fit in a real browser. A posting pasted without line breaks (a job board's copy: words
glued across headings, a benefits paragraph and an equal-opportunity statement run into
the requirements) shows the skills it asks for and nothing from the benefits or the
equal-opportunity text; a skill that is not a requirement is marked so and restored in
place. Without a profile, no fit is shown: the pages ask for a resume instead.
Photographed with ONWARD_SCREENSHOTS=1."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from onward.accounts.models import User
from onward.skills import services as skills_services
from onward.skills.models import PostingSkillDismissal
from onward.tracker import services

from .conftest import DESKTOP, PHONE, overflow_width, screenshot

pytestmark = pytest.mark.browser

SignIn = Callable[[User], Page]

# Written for this test, glued the way pasting from a job board often leaves it.
GLUED_POSTING = (
    "Data Analyst (Logistics)Northwind Freight · Leeds · HybridAbout usNorthwind Freight moves "
    "fresh produce between farms and supermarkets, and our Sales teams rely on clean numbers "
    "every morning.ResponsibilitiesEnable planners to see delays early by building weekly "
    "dashboards in TableauWork with operations leads to define and track delivery KPIs"
    "Requirements3+ years in an analytics roleTableauExperience with SQL against a data "
    "warehouseStrong Excel skillsNice to havePython for automating reportsBenefitsWe offer a "
    "generous pension with employer matching, private dental and health insurance, 25 days of "
    "paid holiday, a cycle-to-work scheme and backup childcare.Equal opportunityNorthwind "
    "Freight is an equal opportunity employer. We welcome applicants regardless of race, "
    "religion, sex, pregnancy, sexual orientation, age or disability, and we provide "
    "reasonable adjustments throughout the hiring process."
)
# Words of the benefits and equal-opportunity text that must not come back as skills.
NOT_SKILLS = re.compile(
    r"pension|dental|insurance|holiday|benefit|childcare|backup|equal|employment opportunit|"
    r"pregnan|religio|disabilit|orientation|discriminat|adjustment|sales|compensation",
    re.IGNORECASE,
)


def _fits(page: Page, name: str) -> None:
    screenshot(page, f"fit-{name}-desktop")
    page.set_viewport_size(PHONE)  # type: ignore[arg-type]
    width = overflow_width(page)
    assert width <= PHONE["width"], f"{name} is {width}px wide on a phone"
    screenshot(page, f"fit-{name}-phone")
    page.set_viewport_size(DESKTOP)  # type: ignore[arg-type]


def _labels(page: Page, scope: str) -> list[str]:
    return [t.strip() for t in page.locator(f"{scope} .fit-item .strong").all_inner_texts()]


def _no_boilerplate(labels: list[str]) -> None:
    assert labels, "no skills were listed at all"
    wrong = [label for label in labels if NOT_SKILLS.search(label)]
    assert not wrong, f"benefits or equal-opportunity text read as skills: {wrong}"


def test_a_glued_posting_shows_its_requirements_only(
    owner: User, sign_in: SignIn, live_server: LiveServer
) -> None:
    skills_services.profile_skill_add(owner=owner, skill_id="sql")
    page = sign_in(owner)
    page.goto(f"{live_server.url}/skills/check/")
    page.get_by_label("The posting's text").fill(GLUED_POSTING)
    page.get_by_role("button", name="Check my fit").click()
    result = page.locator("#result")
    expect(result.locator(".fit__value")).to_be_visible()
    labels = _labels(page, "#result")
    _no_boilerplate(labels)
    assert {"Tableau", "SQL"} <= set(labels), labels
    required = result.locator(".fit-list").first
    expect(required.locator(".fit-item--have", has_text="SQL")).to_contain_text(
        "“Experience with SQL against a data warehouse”"
    )
    expect(result.locator(".fit-item--missing", has_text="Tableau").first).to_be_visible()
    _fits(page, "1-glued-check")

    page.get_by_label("Company").fill("Northwind Freight")
    page.get_by_label("Job title").fill("Data Analyst (Logistics)")
    page.get_by_role("button", name="Save as application").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Data Analyst (Logistics)")
    section = page.locator(".app-skills")
    _no_boilerplate(_labels(page, ".app-skills"))
    before = section.locator(".fit__value").inner_text()

    item = section.locator(".fit-item--missing", has_text="Data warehousing")
    item.get_by_role("button", name=re.compile(r"^Not a requirement\s*: Data warehousing")).click()
    note = page.get_by_role("status").filter(has_text="Data warehousing no longer counts")
    expect(note).to_be_focused()
    apart = section.locator(".fit-not-required")
    expect(apart.locator("summary")).to_have_text("Marked as not a requirement (1)")
    expect(section.locator(".fit-item--missing", has_text="Data warehousing")).to_have_count(0)
    expect(section.locator(".fit__value")).not_to_have_text(before)
    assert PostingSkillDismissal.objects.filter(owner=owner, skill_id="data-warehousing").exists()
    _fits(page, "2-not-required")

    apart.get_by_role("button", name=re.compile(r"^Restore\s*: Data warehousing")).click()
    restored = page.get_by_role("status").filter(has_text="Data warehousing counts for this")
    expect(restored).to_be_focused()
    expect(section.locator(".fit__value")).to_have_text(before)
    assert not PostingSkillDismissal.objects.exists()


def test_without_a_profile_the_pages_ask_for_a_resume(
    owner: User, sign_in: SignIn, live_server: LiveServer
) -> None:
    app = services.application_create_with_posting(
        owner=owner,
        company_name="Northwind Freight",
        posting_fields={"title": "Data Analyst (Logistics)", "description": GLUED_POSTING},
    )
    page = sign_in(owner)
    page.goto(f"{live_server.url}/applications/board/")
    hint = page.locator(".board-fit-hint")
    expect(hint.get_by_role("link", name="add your resume")).to_be_visible()
    expect(page.locator(".kcard__fit")).to_have_count(0)
    _fits(page, "0-board-no-profile")

    page.goto(f"{live_server.url}/applications/{app.pk}/")
    section = page.locator(".app-skills")
    expect(section.get_by_text("No fit yet: Onward doesn't know your skills.")).to_be_visible()
    expect(section.locator(".fit__value")).to_have_count(0)
    expect(section.locator(".badge--missing")).to_have_count(0)
    expect(section.get_by_text(re.compile(r"\d+% fit"))).to_have_count(0)
    labels = _labels(page, ".app-skills")
    _no_boilerplate(labels)
    assert {"Tableau", "SQL"} <= set(labels), labels
    _fits(page, "3-no-profile")

    section.get_by_role("link", name="Add your resume").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Add your resume")
