"""The header on a phone: the main nav keeps to one row at 360 px (scrolling sideways, with
shadows at the edges, only when it cannot fit), works from the keyboard, and marks the
current area; Companies lives under Applications. Photographed with ONWARD_SCREENSHOTS=1."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from onward.accounts.models import User
from onward.growth import services as growth_services
from onward.tracker import services
from tests import factories

from .conftest import DESKTOP, PHONE, overflow_width, screenshot

pytestmark = pytest.mark.browser

SignIn = Callable[[User], Page]
MAIN_NAV = ["Dashboard", "Board", "Applications", "Growth", "Skills", "Strategy", "Inbox"]
NARROW = {"width": 320, "height": 640}

# page, path, the main nav item that is current, the sub-nav item that is current
PAGES = [
    ("dashboard", "/", "Dashboard", None),
    ("applications", "/applications/", "Applications", "All applications"),
    ("companies", "/applications/companies/", "Applications", "Companies"),
    ("board", "/applications/board/", "Board", None),
    ("growth", "/growth/", "Growth", "Timeline"),
    ("checkins", "/growth/checkins/", "Growth", "Check-ins"),
    ("skills", "/skills/", "Skills", "Your skills"),
    ("gaps", "/skills/gaps/", "Skills", "Gaps"),
    ("strategy", "/strategy/", "Strategy", "Overview"),
    ("inbox", "/inbox/", "Inbox", None),
]


def _nav_rows(page: Page) -> int:
    """How many rows the main nav's links take."""
    tops = page.eval_on_selector_all(
        ".site-nav a", "links => links.map(a => Math.round(a.getBoundingClientRect().top))"
    )
    return len(set(tops))


def _nav_overflows(page: Page) -> bool:
    return bool(page.eval_on_selector(".site-nav", "n => n.scrollWidth > n.clientWidth + 1"))


def _sample(owner: User) -> None:
    app = factories.application(owner, title="Data Analyst", company_name="Acme Analytics")
    services.rejection_record(application=app, message="We went another way.")
    growth_services.checkin_create(owner=owner, mood=3, energy=4, note="Steady")
    growth_services.win_add(owner=owner, title="Portfolio live")


def test_one_row_of_nav_and_the_current_area(
    owner: User, sign_in: SignIn, live_server: LiveServer
) -> None:
    _sample(owner)
    page = sign_in(owner)
    for viewport, size in ((PHONE, "phone"), (DESKTOP, "desktop")):
        page.set_viewport_size(viewport)  # type: ignore[arg-type]
        for name, path, current, sub in PAGES:
            page.goto(live_server.url + path)
            nav = page.get_by_role("navigation", name="Main")
            expect(nav.get_by_role("link")).to_have_text(MAIN_NAV)
            expect(nav.locator("[aria-current=page]")).to_have_text([current])
            if sub is not None:
                expect(page.locator("main .subnav [aria-current=page]")).to_have_text([sub])
            assert _nav_rows(page) == 1, f"{name}: the nav wraps at {size} size"
            assert not _nav_overflows(page), f"{name}: the nav scrolls at {size} size"
            width = overflow_width(page)
            assert width <= viewport["width"], f"{name} is {width}px wide at {size} size"
            if name in ("dashboard", "growth", "gaps", "companies"):
                screenshot(page, f"nav-{name}-{size}")


def test_companies_are_reached_from_applications(
    owner: User, sign_in: SignIn, live_server: LiveServer
) -> None:
    factories.application(owner, title="Data Analyst", company_name="Acme Analytics")
    page = sign_in(owner)
    page.set_viewport_size(PHONE)  # type: ignore[arg-type]
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Applications").click()
    page.get_by_role("navigation", name="Applications").get_by_role(
        "link", name="Companies"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Companies")
    expect(page.get_by_role("link", name="Acme Analytics")).to_be_visible()


def test_a_narrow_screen_scrolls_the_nav_and_the_keyboard_reaches_every_link(
    owner: User, sign_in: SignIn, live_server: LiveServer
) -> None:
    page = sign_in(owner)
    page.set_viewport_size(NARROW)  # type: ignore[arg-type]
    page.goto(f"{live_server.url}/growth/")
    assert overflow_width(page) <= NARROW["width"]
    assert _nav_rows(page) == 1 and _nav_overflows(page)
    screenshot(page, "nav-growth-320")
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to content")).to_be_focused()
    page.keyboard.press("Tab")  # the brand
    for label in MAIN_NAV:
        page.keyboard.press("Tab")
        nav = page.get_by_role("navigation", name="Main")
        link = nav.get_by_role("link", name=label, exact=True)
        expect(link).to_be_focused()
        box = link.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= NARROW["width"]
    page.keyboard.press("Enter")  # the last link: the Inbox
    expect(page.get_by_role("heading", level=1)).to_have_text("Inbox")
    current = page.get_by_role("navigation", name="Main").locator("[aria-current=page]")
    box = current.bounding_box()  # the current area is scrolled into view on load
    assert box is not None and box["x"] + box["width"] <= NARROW["width"]
    screenshot(page, "nav-inbox-320")
