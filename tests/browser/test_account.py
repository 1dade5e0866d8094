"""The Account page on a phone and at 1280 px: nothing scrolls sideways, the new API token
has a copy button (and stays selectable text without JavaScript), and the time zone is
searched in a list with the common zones first. Photographed with ONWARD_SCREENSHOTS=1."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect
from pytest_django.live_server_helper import LiveServer

from onward.accounts import services as account_services
from onward.accounts.models import User
from onward.tracker import selectors
from onward.tracker import services as tracker_services
from tests import factories

from .conftest import DESKTOP, PHONE, overflow_width, screenshot

pytestmark = pytest.mark.browser

SignIn = Callable[[User], Page]
ACCOUNT = "/accounts/"


@pytest.mark.parametrize(
    "viewport", [pytest.param(PHONE, id="phone"), pytest.param(DESKTOP, id="desktop")]
)
def test_account_page_fits_with_a_new_token(
    owner: User, sign_in: SignIn, live_server: LiveServer, viewport: dict[str, int]
) -> None:
    page = sign_in(owner)
    page.set_viewport_size(viewport)  # type: ignore[arg-type]
    page.goto(live_server.url + ACCOUNT)
    page.get_by_label("Token name").fill("laptop script")
    page.get_by_role("button", name="Create token").click()
    expect(page.locator("#new-token")).to_contain_text("onw_")
    width = overflow_width(page)
    assert width <= viewport["width"], f"the account page is {width}px wide"
    name = "phone" if viewport is PHONE else "desktop"
    screenshot(page, f"account-token-{name}")


def test_copy_the_new_token(owner: User, browser: Browser, live_server: LiveServer) -> None:
    context = browser.new_context(viewport=PHONE)  # type: ignore[arg-type]
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    try:
        page = _signed_in(context, owner, live_server)
        page.get_by_label("Token name").fill("backup script")
        page.get_by_role("button", name="Create token").click()
        secret = page.locator("#new-token").inner_text().strip()
        assert secret.startswith("onw_")
        page.get_by_role("button", name="Copy the token").click()
        expect(page.get_by_text("Copied.")).to_be_visible()
        assert page.evaluate("() => navigator.clipboard.readText()") == secret
        screenshot(page, "account-token-copied-phone")
    finally:
        context.close()


def test_without_javascript_the_token_is_selectable_text(
    owner: User, browser: Browser, live_server: LiveServer
) -> None:
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)  # type: ignore[arg-type]
    try:
        page = _signed_in(context, owner, live_server)
        page.get_by_label("Token name").fill("cron")
        page.get_by_role("button", name="Create token").click()
        token = page.locator("#new-token")
        expect(token).to_be_visible()
        expect(token).to_have_css("user-select", "all")  # one click selects all of it
        expect(page.get_by_role("button", name="Copy the token")).to_be_hidden()
        assert overflow_width(page) <= PHONE["width"]
    finally:
        context.close()


def _signed_in(context: BrowserContext, owner: User, live_server: LiveServer) -> Page:
    page = context.new_page()
    secret = account_services.signin_link_create(user=owner)
    page.goto(f"{live_server.url}/accounts/signin/link/{secret}/")
    page.goto(live_server.url + ACCOUNT)
    return page


def test_time_zone_search_with_this_device_first(
    owner: User, browser: Browser, live_server: LiveServer
) -> None:
    context = browser.new_context(viewport=DESKTOP, timezone_id="Asia/Tokyo")  # type: ignore[arg-type]
    try:
        page = _signed_in(context, owner, live_server)
        field = page.get_by_label("Time zone")
        expect(field).to_have_attribute("list", "time-zones")
        options = page.locator("#time-zones option")
        expect(options.first).to_have_attribute("value", "Asia/Tokyo")
        expect(options.nth(1)).to_have_text("UTC+09:00")  # then the zones of its offset
        page.get_by_role("button", name="Use this device's time zone: Asia/Tokyo").click()
        expect(field).to_have_value("Asia/Tokyo")
        screenshot(page, "account-zone-desktop")
        page.get_by_role("button", name="Save profile").click()
        expect(page.get_by_text("Profile saved.")).to_be_visible()
        owner.refresh_from_db()
        assert owner.time_zone == "Asia/Tokyo"
        expect(page.locator("#time-zones option").first).to_have_attribute("value", "Asia/Tokyo")
        expect(
            page.get_by_role("button", name="Use this device's time zone: Asia/Tokyo")
        ).to_be_hidden()
        page.get_by_label("Time zone").fill("berlin")  # a city alone is enough
        page.get_by_role("button", name="Save profile").click()
        expect(page.get_by_text("Profile saved.")).to_be_visible()
        owner.refresh_from_db()
        assert owner.time_zone == "Europe/Berlin"
    finally:
        context.close()


@pytest.mark.parametrize(
    "viewport", [pytest.param(PHONE, id="phone"), pytest.param(DESKTOP, id="desktop")]
)
def test_export_then_import_with_a_preview(
    owner: User, sign_in: SignIn, live_server: LiveServer, viewport: dict[str, int]
) -> None:
    kept = factories.application(owner, title="Data Analyst", company_name="Acme")
    gone = factories.application(owner, title="BI Developer", company_name="Globex")
    page = sign_in(owner)
    page.set_viewport_size(viewport)  # type: ignore[arg-type]
    page.goto(live_server.url + ACCOUNT)
    with page.expect_download() as download:
        page.get_by_role("link", name="Export everything (JSON)").click()
    exported = download.value.path()
    assert json.loads(exported.read_text())["format"] == "onward-export"
    with page.expect_download() as download:
        page.get_by_role("link", name="Export applications (CSV)").click()
    assert download.value.suggested_filename.endswith(".csv")

    tracker_services.application_delete(application=gone)
    page.get_by_label("Export file").set_input_files(exported)
    page.get_by_role("button", name="Check the file").click()
    expect(page.get_by_role("heading", name=re.compile("would change"))).to_be_visible()
    row = page.get_by_role("row", name=re.compile("^Applications"))
    expect(row.get_by_role("cell").first).to_have_text("1")  # new
    assert overflow_width(page) <= viewport["width"]
    name = "phone" if viewport is PHONE else "desktop"
    screenshot(page, f"import-preview-{name}")
    assert selectors.application_list(owner=owner).count() == 1  # nothing written yet
    page.get_by_role("button", name=re.compile(r"^Import \d+ changes$")).click()
    expect(page.get_by_text(re.compile(r"Imported: \d+ added, 0 updated\."))).to_be_visible()
    titles = {app.posting.title for app in selectors.application_list(owner=owner)}
    assert titles == {kept.posting.title, "BI Developer"}


def test_import_problems_are_listed(
    owner: User, sign_in: SignIn, live_server: LiveServer, tmp_path: Path
) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text('{"format": "onward-export", "version": 1, "companies": [{"uid": 1}]}')
    page = sign_in(owner)
    page.set_viewport_size(PHONE)  # type: ignore[arg-type]
    page.goto(live_server.url + ACCOUNT)
    page.get_by_label("Export file").set_input_files(bad)
    page.get_by_role("button", name="Check the file").click()
    expect(page.get_by_role("heading", name="broken.json cannot be imported")).to_be_visible()
    expect(page.get_by_role("alert")).to_contain_text("companies[0]")
    assert overflow_width(page) <= PHONE["width"]
    screenshot(page, "import-problems-phone")
