"""Hiding a skill gap that is not relevant (with htmx: in place, with an Undo; without
JavaScript: plain forms), restoring it, and the timeline filter's "(n chosen)" count
following htmx updates. Photographed with ONWARD_SCREENSHOTS=1."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Browser, Page, expect
from pytest_django.live_server_helper import LiveServer

from onward.accounts import services as account_services
from onward.accounts.models import User
from onward.skills.models import GapDismissal
from onward.tracker import services

from .conftest import DESKTOP, PHONE, overflow_width, screenshot

pytestmark = pytest.mark.browser

SignIn = Callable[[User], Page]
POSTING = "Requirements:\n- Strong dbt experience.\n- You must model data for Looker."
DBT = "dbt (data build tool)"


def _rejected(owner: User) -> None:
    app = services.application_create_with_posting(
        owner=owner,
        company_name="Globex",
        posting_fields={"title": "Analytics Engineer", "description": POSTING},
    )
    services.rejection_record(application=app)


def _fits(page: Page, name: str) -> None:
    screenshot(page, f"gaps-{name}-desktop")
    page.set_viewport_size(PHONE)  # type: ignore[arg-type]
    width = overflow_width(page)
    assert width <= PHONE["width"], f"{name} is {width}px wide on a phone"
    screenshot(page, f"gaps-{name}-phone")
    page.set_viewport_size(DESKTOP)  # type: ignore[arg-type]


def test_hide_a_gap_undo_and_restore(owner: User, sign_in: SignIn, live_server: LiveServer) -> None:
    _rejected(owner)
    page = sign_in(owner)
    page.goto(f"{live_server.url}/skills/gaps/")
    gap = page.locator(".gap", has_text=DBT)
    gap.get_by_text("Not relevant to me").click()
    gap.get_by_label("Why").fill("We don't use it where I want to work")
    _fits(page, "1-dismiss-form")
    gap.get_by_role("button", name="Hide this gap").click()
    note = page.get_by_role("status").filter(has_text=f"Hid {DBT} from your gaps.")
    expect(note).to_be_focused()
    expect(page.locator(".gap", has_text=DBT)).to_have_count(0)
    toggle = page.locator("#dismissed > summary")
    expect(toggle).to_have_text("Show dismissed (1)", use_inner_text=True)
    _fits(page, "2-hidden")
    note.get_by_role("button", name="Undo").click()
    expect(page.get_by_role("status")).to_contain_text(f"{DBT} is back in your gaps.")
    expect(page.locator(".gap", has_text=DBT)).to_have_count(1)
    gap = page.locator(".gap", has_text=DBT)
    gap.get_by_text("Not relevant to me").click()
    gap.get_by_role("button", name="Hide this gap").click()
    toggle.click()
    expect(toggle).to_have_text("Hide dismissed (1)", use_inner_text=True)
    dismissed = page.locator("#dismissed")
    expect(dismissed).to_contain_text("In 1 rejection")
    _fits(page, "3-dismissed-list")
    dismissed.get_by_role("button", name=re.compile(f"^Restore.*{re.escape(DBT)}")).click()
    expect(page.locator(".gap", has_text=DBT)).to_have_count(1)
    assert not GapDismissal.objects.exists()


def test_hide_and_restore_without_javascript(
    owner: User, browser: Browser, live_server: LiveServer
) -> None:
    _rejected(owner)
    context = browser.new_context(java_script_enabled=False, viewport=DESKTOP)  # type: ignore[arg-type]
    try:
        page = context.new_page()
        secret = account_services.signin_link_create(user=owner)
        page.goto(f"{live_server.url}/accounts/signin/link/{secret}/")
        page.goto(f"{live_server.url}/skills/gaps/")
        gap = page.locator(".gap", has_text="Looker")
        gap.get_by_text("Not relevant to me").click()
        gap.get_by_role("button", name="Hide this gap").click()
        expect(page).to_have_url(re.compile(r"/skills/gaps/$"))
        expect(page.get_by_text("Hid Looker from your gaps.")).to_be_visible()
        expect(page.locator(".gap", has_text="Looker")).to_have_count(0)
        toggle = page.locator("#dismissed > summary")
        expect(toggle).to_have_text("Show dismissed (1)", use_inner_text=True)
        toggle.click()
        page.get_by_role("button", name=re.compile("^Restore.*Looker")).click()
        expect(page.get_by_text("Looker is back in your gaps.")).to_be_visible()
        expect(page.locator(".gap", has_text="Looker")).to_have_count(1)
    finally:
        context.close()


def test_timeline_filter_count_follows_htmx(
    owner: User, sign_in: SignIn, live_server: LiveServer
) -> None:
    _rejected(owner)
    page = sign_in(owner)
    page.goto(f"{live_server.url}/growth/")
    summary = page.locator(".kind-filter__details > summary")
    summary.click()
    expect(page.locator("#timeline-chosen")).to_have_text("")
    page.get_by_label("Rejections", exact=True).check()
    expect(page.locator("#timeline-chosen")).to_have_text("(1 chosen)")
    expect(page.get_by_role("link", name="Show everything")).to_be_visible()
    page.get_by_label("Applications", exact=True).check()
    expect(page.locator("#timeline-chosen")).to_have_text("(2 chosen)")
    screenshot(page, "timeline-filter-desktop")
    page.get_by_label("Rejections", exact=True).uncheck()
    page.get_by_label("Applications", exact=True).uncheck()
    expect(page.locator("#timeline-chosen")).to_have_text("")
    expect(page.get_by_role("link", name="Show everything")).to_have_count(0)
