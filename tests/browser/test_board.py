"""The board in a real browser: every column visible at 1280 px, each column scrolls on its
own, the row scrolls sideways on a phone with arrows and fades, closed stages fold up, the
quick add per column (with and without JavaScript), and dragging onto closed groups.
Photographed with ONWARD_SCREENSHOTS=1."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from playwright.sync_api import Browser, FloatRect, Page, expect
from pytest_django.live_server_helper import LiveServer

from onward.accounts import services as account_services
from onward.accounts.models import User
from onward.tracker import selectors, services
from onward.tracker.choices import Stage
from onward.tracker.models import Application
from tests import factories

from .conftest import DESKTOP, PHONE, overflow_width, screenshot

pytestmark = pytest.mark.browser

SignIn = Callable[[User], Page]
BOARD = "/applications/board/"
LONG_COLUMN = 24


def _card(app: Application) -> str:
    return f'.kcard[data-application="{app.pk}"]'


def _offer(owner: User, title: str, company: str) -> Application:
    app = factories.application(owner, title=title, company_name=company)
    for stage in (Stage.SCREENING, Stage.INTERVIEW, Stage.OFFER):
        services.application_move(application=app, stage=stage)
    return app


def _busy_search(owner: User) -> dict[str, Application]:
    """One long column (applied), a few short ones, and some of every closed stage."""
    for n in range(LONG_COLUMN):
        factories.application(owner, title=f"Analyst {n}", company_name=f"Firm {n}")
    saved = factories.application(owner, title="Saved role", stage=Stage.SAVED)
    factories.application(owner, title="Screening role", stage=Stage.SCREENING)
    offer = _offer(owner, "Offer role", "Globex")
    for n in range(3):
        rejected = factories.application(owner, title=f"Rejected {n}", company_name=f"No {n}")
        services.rejection_record(application=rejected)
    withdrawn = factories.application(owner, title="Withdrawn role", company_name="Initech")
    services.application_move(application=withdrawn, stage=Stage.WITHDRAWN)
    return {"saved": saved, "offer": offer}


def _box(page: Page, selector: str) -> FloatRect:
    box = page.locator(selector).bounding_box()
    assert box is not None, selector
    return box


def _scrolls(page: Page, selector: str, axis: str = "y") -> bool:
    size = "Height" if axis == "y" else "Width"
    script = f"el => el.scroll{size} > el.client{size} + 1"
    return bool(page.eval_on_selector(selector, script))


def test_every_column_fits_at_1280_and_scrolls_on_its_own(
    owner: User, sign_in: SignIn, live_server: LiveServer
) -> None:
    _busy_search(owner)
    page = sign_in(owner)
    page.goto(live_server.url + BOARD)
    columns = page.locator(".kcolumn")
    expect(columns).to_have_count(7)  # six open stages and "Closed"
    assert not _scrolls(page, "[data-board-scroll]", "x"), "the board scrolls sideways at 1280"
    last = _box(page, ".kcolumn--closed")
    assert last["x"] + last["width"] <= DESKTOP["width"], "the Closed column is off-screen"
    # The long column scrolls inside itself; the page and the other columns stay short.
    assert _scrolls(page, ".kcolumn--applied .kcolumn__cards")
    applied = _box(page, ".kcolumn--applied")
    assert applied["height"] <= DESKTOP["height"]
    assert page.evaluate("document.documentElement.scrollHeight") <= DESKTOP["height"] + 200
    saved_cards = _box(page, ".kcolumn--saved .kcolumn__cards")
    assert saved_cards["height"] < 200
    page.locator(".kcolumn--applied .kcolumn__cards").hover()
    page.mouse.wheel(0, 600)
    cards = page.locator(".kcolumn--applied .kcolumn__cards")
    expect(cards).not_to_have_js_property("scrollTop", 0)
    assert page.evaluate("window.scrollY") == 0  # the column scrolled, not the page
    screenshot(page, "board-busy-desktop")


def test_on_a_phone_the_row_scrolls_sideways_with_arrows(
    owner: User, sign_in: SignIn, live_server: LiveServer
) -> None:
    _busy_search(owner)
    page = sign_in(owner)
    page.set_viewport_size(PHONE)  # type: ignore[arg-type]
    page.goto(live_server.url + BOARD)
    assert overflow_width(page) <= PHONE["width"]  # the board scrolls, not the page
    assert _scrolls(page, "[data-board-scroll]", "x")
    back = page.get_by_role("button", name="Scroll to the columns on the left")
    forward = page.get_by_role("button", name="Scroll to the columns on the right")
    expect(back).to_be_hidden()
    expect(forward).to_be_visible()
    expect(page.locator("[data-board-frame]")).to_have_class("board-frame is-more-next")
    screenshot(page, "board-busy-phone")
    forward.click()
    expect(back).to_be_visible()
    expect(page.locator(".kcolumn--applied")).to_be_in_viewport(ratio=0.95)  # one column on
    expect(page.locator(".kcolumn--saved")).not_to_be_in_viewport(ratio=0.5)
    assert _scrolls(page, ".kcolumn--applied .kcolumn__cards")
    screenshot(page, "board-busy-phone-scrolled")


def test_closed_stages_fold_up_and_open(
    owner: User, sign_in: SignIn, live_server: LiveServer
) -> None:
    _busy_search(owner)
    page = sign_in(owner)
    page.goto(live_server.url + BOARD)
    rejected = page.locator(".kgroup--rejected")
    expect(rejected.locator(".kgroup__head")).to_contain_text("Rejected")
    expect(rejected.locator(".kcolumn__count")).to_have_text("3")
    expect(page.locator(".kcolumn--closed .kcolumn__head .kcolumn__count")).to_have_text("4")
    expect(rejected.get_by_role("link", name="Rejected 0")).to_be_hidden()
    rejected.locator("summary").click()
    expect(rejected.get_by_role("link", name="Rejected 0")).to_be_visible()
    screenshot(page, "board-closed-open-desktop")


def test_drag_onto_withdrawn_and_declined(
    owner: User, sign_in: SignIn, live_server: LiveServer
) -> None:
    apps = _busy_search(owner)
    page = sign_in(owner)
    page.goto(live_server.url + BOARD)
    page.locator(".kgroup--withdrawn summary").click()  # stays open after the move
    page.drag_and_drop(_card(apps["saved"]), ".kgroup--withdrawn")
    expect(page.get_by_text("Moved to withdrawn.")).to_be_visible()
    expect(page.locator(f".kgroup--withdrawn {_card(apps['saved'])}")).to_be_visible()
    expect(page.locator(".kgroup--withdrawn .kcolumn__count")).to_have_text("2")
    page.drag_and_drop(_card(apps["offer"]), ".kgroup--declined summary")
    expect(page.get_by_text("Moved to declined.")).to_be_visible()
    apps["offer"].refresh_from_db()
    assert apps["offer"].stage == Stage.DECLINED
    expect(page.locator(f".kgroup--declined {_card(apps['offer'])}")).to_be_attached()
    # a closed card cannot be picked up again
    expect(page.locator(_card(apps["saved"]))).not_to_have_attribute("draggable", "true")


def test_quick_add_in_a_column(owner: User, sign_in: SignIn, live_server: LiveServer) -> None:
    page = sign_in(owner)
    page.goto(live_server.url + BOARD)
    column = page.locator(".kcolumn--screening")
    column.locator(".kadd__toggle").click()
    column.get_by_label("Company").fill("Hooli")
    column.get_by_label("Job title").fill("Data Engineer")
    screenshot(page, "board-quick-add-desktop")
    column.get_by_role("button", name="Add to Screening").click()
    expect(page.get_by_text("Added Data Engineer at Hooli to screening.")).to_be_visible()
    column = page.locator(".kcolumn--screening")
    expect(column.get_by_role("link", name="Data Engineer")).to_be_visible()
    expect(column.get_by_label("Company")).to_be_focused()  # ready for the next one
    column.get_by_role("button", name="Add to Screening").click()
    expect(page.locator("#id_add_screening_company_error")).to_have_text("This field is required.")
    app = selectors.application_list(owner=owner).get()
    assert (app.stage, app.posting.company.name) == (Stage.SCREENING, "Hooli")


@pytest.fixture
def no_js_page(browser: Browser, owner: User, live_server: LiveServer) -> Iterator[Page]:
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)  # type: ignore[arg-type]
    page = context.new_page()
    secret = account_services.signin_link_create(user=owner)
    page.goto(f"{live_server.url}/accounts/signin/link/{secret}/")
    yield page
    context.close()


def test_quick_add_and_closed_groups_work_without_javascript(
    owner: User, no_js_page: Page, live_server: LiveServer
) -> None:
    _busy_search(owner)
    page = no_js_page
    page.goto(live_server.url + BOARD)
    assert overflow_width(page) <= PHONE["width"]
    column = page.locator(".kcolumn--saved")
    column.locator(".kadd__toggle").click()
    column.get_by_label("Company").fill("Umbrella")
    column.get_by_role("button", name="Add to Saved").click()
    expect(page.locator("#id_add_saved_title_error")).to_have_text("This field is required.")
    column = page.locator(".kcolumn--saved")
    expect(column.get_by_label("Company")).to_have_value("Umbrella")
    column.get_by_label("Job title").fill("Archivist")
    column.get_by_role("button", name="Add to Saved").click()
    expect(page).to_have_url(live_server.url + BOARD)
    expect(page.get_by_text("Added Archivist at Umbrella to saved.")).to_be_visible()
    expect(page.locator(".kcolumn--saved").get_by_role("link", name="Archivist")).to_be_attached()
    page.locator(".kgroup--rejected summary").click()
    expect(page.locator(".kgroup--rejected").get_by_role("link", name="Rejected 1")).to_be_visible()
    screenshot(page, "board-nojs-phone")
