"""The main pages under the Content-Security-Policy in Chromium: no violation and no other
console error (htmx logs its failed requests and swaps there), and the interactive parts
(drag and drop, htmx forms and searches, the check-ins chart) still work."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from onward.accounts.models import User
from onward.growth import services as growth_services
from onward.growth.tests.test_views_pages import World, build_world
from onward.tracker.choices import Stage
from tests import factories

from .conftest import screenshot

pytestmark = pytest.mark.browser

SignIn = Callable[[User], Page]


@pytest.fixture
def problems(page: Page) -> Iterator[list[str]]:
    """Console errors and uncaught exceptions; the test fails if any are left at the end."""
    found: list[str] = []
    page.on("console", lambda m: found.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda error: found.append(f"uncaught: {error}"))
    yield found
    assert not found, "console errors:\n" + "\n".join(found)


@pytest.fixture
def world(owner: User) -> World:
    world = build_world(owner)
    now = timezone.now()
    for days, mood in ((6, 2), (4, 3), (2, 4)):  # enough points for the check-ins chart
        growth_services.checkin_create(
            owner=owner, mood=mood, energy=3, at=now - dt.timedelta(days=days)
        )
    return world


def _open(page: Page, url: str) -> None:
    response = page.goto(url)
    assert response is not None and response.ok, url
    policy = response.headers.get("content-security-policy", "")
    assert "script-src 'self'" in policy and "style-src 'self'" in policy
    expect(page.locator("main h1").first).to_be_visible()


@pytest.mark.usefixtures("problems")
def test_main_pages_and_their_interactions_work_under_the_policy(
    owner: User, world: World, sign_in: SignIn, live_server: LiveServer
) -> None:
    url = live_server.url
    designer = factories.application(owner, title="Product Designer", company_name="Globex")
    page = sign_in(owner)

    _open(page, f"{url}/")
    expect(page.locator(".bars progress").first).to_be_visible()
    screenshot(page, "csp-dashboard")

    _open(page, f"{url}/applications/board/")
    card = f'.kcard[data-application="{designer.pk}"]'
    page.drag_and_drop(card, ".kcolumn--screening")
    expect(page.locator(f".kcolumn--screening {card}")).to_be_visible()
    expect(page.get_by_text("Moved to screening.")).to_be_visible()

    _open(page, f"{url}/applications/")
    page.get_by_label("Search").fill("globex")
    expect(page.locator("#results tbody tr")).to_have_count(1)

    _open(page, f"{url}/applications/{designer.pk}/")
    page.get_by_label("Move to").select_option("interview")
    expect(page.get_by_label("Interview kind")).to_be_visible()  # onward.js ran

    _open(page, f"{url}/skills/gaps/")
    _open(page, f"{url}/growth/checkins/")
    screenshot(page, "csp-checkins")
    chart = page.locator(".mood-chart img")
    expect(chart).to_be_visible()
    assert chart.evaluate(
        "img => img.decode().then(() => img.naturalWidth > 0)"
    )  # drawn, not blocked
    _open(page, f"{url}/growth/goals/")
    expect(page.locator("progress.progress").first).to_be_visible()
    screenshot(page, "csp-goals")
    _open(page, f"{url}/accounts/")

    _open(page, f"{url}/growth/")
    page.locator(".kind-filter__details > summary").click()
    page.get_by_label("Rejections", exact=True).check()
    expect(page.locator("#timeline-chosen")).to_have_text("(1 chosen)")


@pytest.mark.usefixtures("problems")
def test_rebound_flow_under_the_policy(
    owner: User, sign_in: SignIn, live_server: LiveServer
) -> None:
    app = factories.application(owner, title="Data Analyst", company_name="Acme Analytics")
    page = sign_in(owner)
    _open(page, f"{live_server.url}/applications/{app.pk}/")
    page.get_by_role("link", name="Log rejection").click()
    page.get_by_label("Their message, word for word").fill("We chose someone with more dbt.")
    page.get_by_role("button", name="Log rejection").click()
    expect(page).to_have_url(re.compile(r"/growth/rebound/\d+/reflect/$"))
    page.get_by_label("What went well").fill("I explained my dashboard project clearly.")
    page.get_by_role("button", name=re.compile("^(Save and continue|Next|Continue)")).first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Ask for feedback")
    app.refresh_from_db()
    assert app.stage == Stage.REJECTED


@pytest.mark.usefixtures("problems")
def test_gap_hidden_in_place_under_the_policy(
    owner: User, sign_in: SignIn, live_server: LiveServer
) -> None:
    from tests.browser.test_gaps_and_timeline import DBT, _rejected

    _rejected(owner)
    page = sign_in(owner)
    _open(page, f"{live_server.url}/skills/gaps/")
    gap = page.locator(".gap", has_text=DBT)
    gap.get_by_text("Not relevant to me").click()
    gap.get_by_role("button", name="Hide this gap").click()
    expect(page.get_by_role("status").filter(has_text=f"Hid {DBT} from your gaps.")).to_be_focused()


def test_signed_out_pages_under_the_policy(
    page: Page, problems: list[str], live_server: LiveServer, transactional_db: None
) -> None:
    _open(page, f"{live_server.url}/accounts/signin/")
    page.get_by_label("Username").fill("nobody")
    page.get_by_label("Password").fill("wrong")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_text("do not match")).to_be_visible()
    problems[:] = [p for p in problems if "status of 400" not in p]  # the refused sign-in
