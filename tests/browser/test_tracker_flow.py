"""The tracker in a real browser: sign in, apply, move through interviews, log a rejection,
use the board (buttons and drag and drop), and check the pages fit a 360 px phone."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Browser, Page, expect
from pytest_django.live_server_helper import LiveServer

from onward.accounts import services as account_services
from onward.accounts.models import User
from onward.tracker import services
from onward.tracker.choices import Stage
from onward.tracker.models import Application
from tests import factories

from .conftest import DESKTOP, PHONE, overflow_width, screenshot

pytestmark = pytest.mark.browser

SignIn = Callable[[User], Page]


def _create_application(page: Page) -> None:
    page.get_by_role("link", name="New application").first.click()
    expect(page.get_by_role("heading", name="New application")).to_be_visible()
    page.get_by_label("Company").fill("Acme Analytics")
    page.get_by_label("Job title").fill("Data Analyst")
    page.get_by_label("Link to the posting").fill("https://jobs.example.com/acme/42")
    page.get_by_label("Location").fill("Leeds")
    page.get_by_label("Work mode").select_option("hybrid")
    page.get_by_label("Role family").select_option("data")
    page.get_by_label("Salary from").fill("42000")
    page.get_by_label("Salary to").fill("48000")
    page.get_by_label("Currency").fill("GBP")
    page.get_by_label("Full job description").fill("SQL, dashboards and stakeholder work.")
    page.get_by_label("Where it stands").select_option("applied")
    page.get_by_label("I tailored my resume for this job").check()
    page.get_by_role("button", name="Save application").click()
    expect(page.get_by_role("heading", level=1, name="Data Analyst")).to_be_visible()
    expect(page.get_by_text("Saved Data Analyst at Acme Analytics")).to_be_visible()


def _move(page: Page, stage: str, kind: str = "") -> None:
    page.get_by_label("Move to").select_option(stage)
    kind_select = page.get_by_label("Interview kind")
    if kind:
        expect(kind_select).to_be_visible()
        kind_select.select_option(kind)
    else:
        expect(kind_select).to_be_hidden()
    page.get_by_role("button", name="Save move").click()


def test_tracker_flow(owner: User, sign_in: SignIn, live_server: LiveServer) -> None:
    page = sign_in(owner)
    expect(page).to_have_url(f"{live_server.url}/")
    expect(page.get_by_text("Welcome to Onward")).to_be_visible()

    _create_application(page)
    _move(page, "screening")
    expect(page.get_by_text("Moved to screening.")).to_be_visible()
    _move(page, "interview", kind="phone")
    expect(page.get_by_text("Round 1 · Phone")).to_be_visible()
    _move(page, "interview", kind="technical")
    expect(page.get_by_text("Round 2 · Technical")).to_be_visible()

    page.get_by_role("link", name="Log rejection").click()
    page.get_by_label("Reason given").select_option("skills_mismatch")
    message = "Thank you for your time.\nWe chose a candidate with more dbt experience."
    page.get_by_label("Their message, word for word").fill(message)
    page.get_by_role("button", name="Log rejection").click()
    expect(page.get_by_text("Rejection logged.")).to_be_visible()
    expect(page.locator(".verbatim blockquote")).to_have_text(message)
    expect(page.get_by_text("Skills mismatch")).to_be_visible()

    page.get_by_role("navigation", name="Main").get_by_role(
        "link", name="Board", exact=True
    ).click()
    rejected = page.locator(".kgroup--rejected")  # folded up in the Closed column
    expect(rejected.locator(".kcard")).to_have_count(1)
    rejected.locator("summary").click()
    expect(rejected.get_by_role("link", name="Data Analyst")).to_be_visible()


def _card(page: Page, app: Application) -> str:
    return f'.kcard[data-application="{app.pk}"]'


def test_board_drag_and_drop(owner: User, sign_in: SignIn, live_server: LiveServer) -> None:
    designer = factories.application(owner, title="Product Designer", company_name="Globex")
    saved = factories.application(owner, title="UX Writer", stage=Stage.SAVED)
    page = sign_in(owner)
    page.goto(f"{live_server.url}/applications/board/")
    card = _card(page, designer)
    expect(page.locator(f".kcolumn--applied {card}")).to_be_visible()

    page.drag_and_drop(card, ".kcolumn--screening")
    expect(page.locator(f".kcolumn--screening {card}")).to_be_visible()
    expect(page.get_by_text("Moved to screening.")).to_be_visible()
    designer.refresh_from_db()  # the move was saved on the server
    assert designer.stage == Stage.SCREENING

    page.drag_and_drop(_card(page, saved), ".kcolumn--ghosted")
    expect(page.get_by_role("alert")).to_have_text("Cannot move from saved to ghosted.")
    expect(page.locator(f".kcolumn--saved {_card(page, saved)}")).to_be_visible()

    page.locator(".kgroup--rejected").scroll_into_view_if_needed()
    page.drag_and_drop(card, ".kgroup--rejected")
    expect(page).to_have_url(re.compile(rf"/applications/{designer.pk}/reject/$"))
    expect(page.get_by_role("heading", name="Log a rejection")).to_be_visible()


def test_board_buttons_and_live_search(
    owner: User, sign_in: SignIn, live_server: LiveServer
) -> None:
    app = factories.application(owner, title="Support Lead", company_name="Initech")
    factories.application(owner, title="Data Engineer", company_name="Hooli")
    page = sign_in(owner)
    page.goto(f"{live_server.url}/applications/board/")
    card = page.locator(_card(page, app))
    card.locator("summary").click()
    card.get_by_role("button", name="Move to Interview").click()
    expect(page.locator(f".kcolumn--interview {_card(page, app)}")).to_be_visible()
    expect(page.locator(f"{_card(page, app)} .kcard__title a")).to_be_focused()

    page.goto(f"{live_server.url}/applications/")
    expect(page.locator("#results tbody tr")).to_have_count(2)
    page.get_by_label("Search").fill("hooli")
    expect(page.locator("#results tbody tr")).to_have_count(1)
    expect(page.locator("#results")).to_contain_text("Data Engineer")
    expect(page.locator("#results-count")).to_contain_text("1 application matches")
    expect(page).to_have_url(re.compile(r"q=hooli"))

    page.get_by_label("Search").fill("")
    page.get_by_text("More filters").click()
    page.get_by_label("Interview", exact=True).check()
    expect(page.locator("#results tbody tr")).to_have_count(1)
    expect(page.locator("#results")).to_contain_text("Support Lead")
    page.get_by_label("Applied", exact=True).check()
    expect(page.locator("#results tbody tr")).to_have_count(2)
    expect(page.get_by_role("link", name="Clear filters")).to_be_visible()
    screenshot(page, "list-filters-desktop")


def _sample_data(owner: User) -> dict[str, Application]:
    interview = factories.application(owner, title="Senior Data Analyst", company_name="Acme")
    services.application_move(application=interview, stage=Stage.SCREENING)
    services.application_move(application=interview, stage=Stage.INTERVIEW, interview_kind="phone")
    factories.application(owner, title="Analytics Engineer", company_name="Globex Corporation")
    factories.application(owner, title="BI Developer", company_name="Initech", stage=Stage.SAVED)
    factories.application(
        owner, title="Product Analyst", company_name="Hooli", stage=Stage.SCREENING
    )
    rejected = factories.application(owner, title="Data Scientist", company_name="Umbrella")
    services.rejection_record(
        application=rejected, reason="more_experienced", message="We went another way."
    )
    return {"detail": interview}


PAGES = [
    ("dashboard", "/"),
    ("list", "/applications/"),
    ("board", "/applications/board/"),
    ("detail", "/applications/{id}/"),
    ("create", "/applications/new/"),
    ("reject", "/applications/{id}/reject/"),
    ("companies", "/applications/companies/"),
    ("company", "/applications/companies/{company}/"),
    ("edit", "/applications/{id}/edit/"),
]


def test_pages_fit_a_phone(owner: User, sign_in: SignIn, live_server: LiveServer) -> None:
    page = sign_in(owner)
    page.set_viewport_size(PHONE)  # type: ignore[arg-type]
    screenshot(page, "dashboard-empty-phone")
    assert overflow_width(page) <= PHONE["width"]
    app = _sample_data(owner)["detail"]
    for viewport, suffix in ((PHONE, "phone"), (DESKTOP, "desktop")):
        page.set_viewport_size(viewport)  # type: ignore[arg-type]
        for name, path in PAGES:
            page.goto(live_server.url + path.format(id=app.pk, company=app.posting.company_id))
            expect(page.locator("main h1")).to_be_visible()
            width = overflow_width(page)
            assert width <= viewport["width"], f"{name} is {width}px wide at {suffix} size"
            screenshot(page, f"{name}-{suffix}")


def test_form_errors_show_next_to_fields(
    owner: User, sign_in: SignIn, live_server: LiveServer
) -> None:
    page = sign_in(owner)
    page.goto(f"{live_server.url}/applications/new/")
    page.get_by_label("Salary from").fill("900")
    page.get_by_label("Salary to").fill("100")
    page.get_by_role("button", name="Save application").click()
    expect(page.get_by_role("alert")).to_contain_text("Some details need another look.")
    expect(page.locator("#id_company_error")).to_have_text("This field is required.")
    expect(page.locator("#id_salary_max_error")).to_have_text("The maximum is below the minimum.")
    expect(page.get_by_label("Company")).to_have_attribute("aria-invalid", "true")
    screenshot(page, "create-errors-desktop")

    app = factories.application(owner, title="Ops Lead")
    page.goto(f"{live_server.url}/applications/{app.pk}/")
    page.get_by_label("Move to").select_option("screening")
    page.get_by_label("When").fill("2001-01-01T09:00")
    page.get_by_role("button", name="Save move").click()
    expect(page.locator("#id_when_error")).to_contain_text("before the last recorded change")
    screenshot(page, "detail-error-desktop")


def test_board_buttons_work_without_javascript(
    owner: User, browser: Browser, live_server: LiveServer
) -> None:
    app = factories.application(owner, title="Archivist", company_name="Library")
    context = browser.new_context(java_script_enabled=False, viewport=DESKTOP)  # type: ignore[arg-type]
    try:
        page = context.new_page()
        secret = account_services.signin_link_create(user=owner)
        page.goto(f"{live_server.url}/accounts/signin/link/{secret}/")
        page.goto(f"{live_server.url}/applications/board/")
        card = page.locator(_card(page, app))
        card.locator("summary").click()
        card.get_by_role("button", name="Move to Screening").click()
        expect(page).to_have_url(f"{live_server.url}/applications/board/")
        expect(page.get_by_text("Moved to screening.")).to_be_visible()
        expect(page.locator(f".kcolumn--screening {_card(page, app)}")).to_be_visible()
    finally:
        context.close()
