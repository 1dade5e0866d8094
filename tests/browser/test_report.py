"""The growth report in Chromium on the demo account: every section, the mood chart's text
alternative and table, the funnel's table with its ranges, and the print rules.
Photographed with ONWARD_SCREENSHOTS=1."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from onward.accounts.models import User
from onward.demo.seed import demo_seed_if_empty

from .conftest import DESKTOP, PHONE, overflow_width, screenshot

pytestmark = pytest.mark.browser

SignIn = Callable[[User], Page]


@pytest.mark.parametrize("period", ["week", "month"])
def test_demo_report_has_charts_with_text_and_tables(
    owner: User, sign_in: SignIn, live_server: LiveServer, period: str
) -> None:
    assert demo_seed_if_empty(owner=owner)
    page = sign_in(owner)
    page.goto(f"{live_server.url}/strategy/")
    page.locator(".subnav").get_by_role("link", name="Report").click()
    if period == "month":
        page.get_by_role("navigation", name="Report period").get_by_role(
            "link", name="Month"
        ).click()
    expect(page.locator("main h1")).to_have_text(f"Your {period}ly growth report")

    activity = page.locator("#report-activity")
    expect(activity.get_by_role("rowheader", name="Applications sent")).to_be_visible()
    expect(
        page.get_by_role("table", name="Each step of your funnel, given the one before")
    ).to_be_attached()
    charts = page.locator("img.report-chart")
    # funnel, goals, mood; gaps, wins and experiments when there are some: matplotlib's SVG
    optional = ("#report-gaps", "#report-wins", "#report-experiments")
    shown = 3 + sum(page.locator(table).count() for table in optional)
    expect(charts).to_have_count(shown)
    for index in range(shown):
        chart = charts.nth(index)
        chart.scroll_into_view_if_needed()
        expect(chart).to_have_attribute("alt", re.compile(r"\w+ .{20,}"))
        assert chart.evaluate("img => img.decode().then(() => img.naturalWidth > 0)"), index
    expect(page.locator(".mood-chart img")).to_have_attribute(
        "alt", re.compile("^Mood and energy by day")
    )
    mood_table = page.get_by_role("table", name="Mood, energy and application updates by day")
    expect(mood_table).to_be_visible()  # shown open, so it prints too
    assert mood_table.locator("tbody tr").count() >= 1
    expect(page.locator("#report-goals")).to_be_visible()
    screenshot(page, f"report-{period}-desktop")

    download = page.get_by_role("link", name="Download PDF")
    pdf = page.request.get(live_server.url + (download.get_attribute("href") or ""))
    assert pdf.ok and pdf.headers["content-type"] == "application/pdf"
    assert pdf.body().startswith(b"%PDF-")

    page.emulate_media(media="print")
    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.locator(".subnav")).to_be_hidden()
    expect(page.get_by_role("heading", name="Mood and energy")).to_be_visible()
    screenshot(page, f"report-{period}-print")
    page.emulate_media(media="screen")

    page.set_viewport_size(PHONE)  # type: ignore[arg-type]
    width = overflow_width(page)
    screenshot(page, f"report-{period}-phone")
    page.set_viewport_size(DESKTOP)  # type: ignore[arg-type]
    assert width <= PHONE["width"] + 1, f"the report is {width}px wide on a phone"
