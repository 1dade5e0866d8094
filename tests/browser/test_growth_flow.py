"""The growth loop in a real browser: log a rejection, walk the rebound flow to a saved
reframe and a new weekly goal, see a win celebrated once, and the timeline tell the story.
Every step is also checked (and, with ONWARD_SCREENSHOTS=1, photographed) on a phone."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect
from pytest_django.live_server_helper import LiveServer

from onward.accounts import services as account_services
from onward.accounts.models import User
from onward.growth import selectors
from onward.growth.choices import ReboundStep
from onward.growth.models import Goal, Reframe
from onward.tracker import services
from onward.tracker.choices import Stage
from onward.tracker.models import Application
from tests import factories

from .conftest import DESKTOP, PHONE, overflow_width, screenshot

pytestmark = pytest.mark.browser

SignIn = Callable[[User], Page]


def _interviewed(owner: User) -> Application:
    app = factories.application(owner, title="Data Analyst", company_name="Acme Analytics")
    services.application_move(application=app, stage=Stage.SCREENING)
    services.application_move(application=app, stage=Stage.INTERVIEW, interview_kind="phone")
    return app


def _fits(page: Page, name: str) -> None:
    """Photograph the page at desktop and phone width; the phone must not scroll sideways."""
    screenshot(page, f"growth-{name}-desktop")
    page.set_viewport_size(PHONE)  # type: ignore[arg-type]
    width = overflow_width(page)
    assert width <= PHONE["width"], f"{name} is {width}px wide on a phone"
    screenshot(page, f"growth-{name}-phone")
    page.set_viewport_size(DESKTOP)  # type: ignore[arg-type]


def _log_rejection(page: Page, live_server: LiveServer, app: Application) -> None:
    page.goto(f"{live_server.url}/applications/{app.pk}/")
    page.get_by_role("link", name="Log rejection").click()
    page.get_by_label("Reason given").select_option("skills_mismatch")
    page.get_by_label("Their message, word for word").fill("We chose someone with more dbt.")
    page.get_by_role("button", name="Log rejection").click()
    expect(page).to_have_url(re.compile(r"/growth/rebound/\d+/reflect/$"))
    expect(page.get_by_text("Rejection logged.")).to_be_visible()


def _reflect(page: Page) -> None:
    expect(page.get_by_role("heading", level=1)).to_contain_text("Reflect")
    page.get_by_label("What went well").fill("I explained my dashboard project clearly.")
    page.get_by_label("When").select_option(label="Interview round 1 (Phone)")
    page.get_by_label("The question, if there was one").fill("How would you model events in dbt?")
    page.get_by_label("What made you unsure").fill("I have only used dbt in a course.")
    page.get_by_label("Qualifications you felt you lacked").fill("dbt in production")
    page.get_by_label("Skills to name").fill("dbt, data modelling")
    page.get_by_label("Factor 1").fill("I was nervous and rushed the SQL task")
    page.get_by_label("Factor 2").fill("They hired an internal candidate")
    page.get_by_role("button", name="Add another factor").click()
    expect(page.get_by_label("Factor 3")).to_be_focused()
    page.get_by_label("Factor 3").fill("The market is slow")
    page.get_by_role("button", name="Suggest a sort").click()
    factor_1 = page.locator(".repeat__row--factor").nth(0)
    expect(factor_1.get_by_label("Within my control")).to_be_checked()
    expect(
        page.locator(".repeat__row--factor").nth(1).get_by_label("Outside my control")
    ).to_be_checked()
    expect(factor_1.locator(".repeat__why")).to_contain_text("nervous")
    expect(page.get_by_label("Factor 3")).to_have_value("The market is slow")
    _fits(page, "1-reflect")
    page.get_by_role("button", name="Save and continue").click()


def _ask_for_feedback(page: Page) -> None:
    expect(page.get_by_role("heading", level=1)).to_contain_text("Ask for feedback")
    page.get_by_role("link", name="Warm").click()
    body = page.get_by_label("Message")
    expect(body).to_contain_text("Data Analyst")
    mailto = page.get_by_role("link", name="Open in your email app")
    expect(mailto).to_have_attribute("href", re.compile(r"^mailto:\?subject=.+&body=.+"))
    page.get_by_role("button", name="Copy to clipboard").click()
    expect(page.get_by_text("Copied the message.")).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("button", name="Download .eml").click()
    assert download.value.suggested_filename == "ask-for-feedback-acme-analytics.eml"
    _fits(page, "2-feedback")
    page.get_by_role("button", name="I've sent it").click()


def _check_in(page: Page) -> None:
    expect(page.get_by_role("heading", level=1)).to_contain_text("Check in")
    page.get_by_role("radio", name="2 Low").check()
    page.get_by_role("radio", name="3 Steady").focus()
    page.keyboard.press("ArrowRight")  # the scale is an ordinary, keyboard-usable radio group
    expect(page.get_by_role("radio", name="4 Lively")).to_be_checked()
    page.get_by_label("One line, if you like").fill("Disappointed, but OK.")
    _fits(page, "3-checkin")
    page.get_by_role("button", name="Check in and continue").click()


def _reframe(page: Page) -> None:
    expect(page.get_by_role("heading", level=1)).to_contain_text("Reframe")
    page.get_by_label("The thought").fill("I'm not good enough for data jobs.")
    page.get_by_label("What seems to support it").fill("Two rejections this month.")
    page.get_by_label("What does not fit it").fill("I reached the interview stage twice.")
    page.get_by_label("A more balanced view").fill(
        "I am close; dbt is the gap, and it is learnable."
    )
    page.get_by_label("What this points toward").fill("Analytics engineering roles using dbt")
    _fits(page, "4-reframe")
    page.get_by_role("button", name="Save and continue").click()


def _next_actions(page: Page) -> None:
    expect(page.get_by_role("heading", level=1)).to_contain_text("Next actions")
    goal_form = page.locator("#next-goal")
    expect(goal_form.get_by_label("Name")).to_have_value("Analytics engineering roles using dbt")
    expect(page.locator("#next-learning").get_by_label("What to do")).to_have_value("Practise dbt")
    _fits(page, "5-next")
    goal_form.get_by_label("Each week").fill("2")
    goal_form.get_by_role("button", name="Add weekly goal").click()
    expect(page.get_by_text("Weekly goal added")).to_be_visible()
    page.locator("#next-learning").get_by_role("button", name="Add to learning plan").click()
    expect(page.get_by_text("Added to your learning plan: Practise dbt.")).to_be_visible()
    page.get_by_role("button", name="Finish", exact=True).click()
    expect(page.get_by_text("All done.")).to_be_visible()


def test_rebound_flow_from_rejection_to_goal(
    owner: User, sign_in: SignIn, live_server: LiveServer, context: BrowserContext
) -> None:
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    app = _interviewed(owner)
    page = sign_in(owner)
    _log_rejection(page, live_server, app)
    _reflect(page)
    _ask_for_feedback(page)
    _check_in(page)
    _reframe(page)
    _next_actions(page)

    flow = selectors.rebound_get(owner=owner, rejection_id=app.rejection.pk)
    assert flow.step == ReboundStep.DONE
    reframe = Reframe.objects.get(owner=owner)
    assert reframe.points_toward == "Analytics engineering roles using dbt"
    assert Goal.objects.get(owner=owner, reframe=reframe).target == 2
    expect(page.locator(".app-growth")).to_contain_text("Reframe")
    _fits(page, "6-detail")

    # Real progress elsewhere becomes a win, celebrated once on the next page.
    other = factories.application(owner, title="Analytics Engineer", company_name="Globex")
    page.emulate_media(reduced_motion="reduce")  # the banner's gentle entrance is skipped
    page.goto(f"{live_server.url}/applications/{other.pk}/")
    page.get_by_label("Move to").select_option("interview")
    page.get_by_label("Interview kind").select_option("technical")
    page.get_by_role("button", name="Save move").click()
    celebration = page.locator(".celebrate")
    expect(celebration).to_contain_text("Interview round 1 at Globex")
    expect(celebration).to_have_css("animation-name", "none")
    _fits(page, "7-celebration")
    page.reload()
    expect(celebration).to_have_count(0)

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Growth").click()
    page.get_by_role("navigation", name="Growth").get_by_role("link", name="Wins").click()
    expect(page.locator(".ledger")).to_contain_text("Interview round 1 at Globex")
    _fits(page, "8-wins")

    page.get_by_role("navigation", name="Growth").get_by_role("link", name="Timeline").click()
    items = page.locator("#timeline-items")
    for kind in ("Rejection", "Reflection", "Check-in", "Reframe", "Goal"):
        expect(items.locator(".badge", has_text=re.compile(f"^{kind}$")).first).to_be_visible()
    _fits(page, "9-timeline")
    page.locator(".kind-filter").get_by_text("Filter by kind").click()
    page.locator(".kind-filter").get_by_label("Reflections").check()
    expect(page).to_have_url(re.compile(r"kinds=reflection"))
    expect(items.locator(".badge", has_text=re.compile("^Reflection$"))).to_have_count(1)
    expect(items.locator(".badge", has_text=re.compile("^Rejection$"))).to_have_count(0)


def test_finish_later_and_continue_from_the_dashboard(
    owner: User, sign_in: SignIn, live_server: LiveServer
) -> None:
    app = _interviewed(owner)
    page = sign_in(owner)
    _log_rejection(page, live_server, app)
    page.get_by_role("button", name="Skip this step").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Ask for feedback")
    page.get_by_role("button", name="Finish later").click()
    expect(page).to_have_url(f"{live_server.url}/")
    continue_link = page.get_by_role("link", name=re.compile("^Continue your reflection"))
    expect(page.get_by_text("Continue your reflection", exact=True)).to_be_visible()
    _fits(page, "dashboard")
    continue_link.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Ask for feedback")
    expect(page.locator(".flow-steps__item--skipped")).to_have_count(1)


def test_growth_pages_fit_a_phone(owner: User, sign_in: SignIn, live_server: LiveServer) -> None:
    from onward.growth.tests.test_views_pages import build_world

    world = build_world(owner)
    page = sign_in(owner)
    paths = {
        "checkins": "/growth/checkins/",
        "goals": "/growth/goals/",
        "habits": "/growth/habits/",
        "reflection": f"/growth/reflections/{world.reflection.pk}/",
        "feedback": f"/growth/feedback/{world.feedback.pk}/",
        "feedback-new": f"/growth/applications/{world.application.pk}/feedback/new/",
        "lessons": "/growth/lessons/?q=dbt",
        "learning": "/learning/",
        "followups": "/growth/followups/",
        "reflect-on-round": f"/growth/applications/{world.application.pk}/reflect/",
        "feedback-request": f"/growth/applications/{world.application.pk}/feedback/",
        "reframe": f"/growth/reframes/{world.reframe.pk}/",
        "timeline": "/growth/",
    }
    for name, path in paths.items():
        page.goto(live_server.url + path)
        expect(page.locator("main h1")).to_be_visible()
        _fits(page, f"page-{name}")


def test_feedback_themes_and_habits_work_with_and_without_javascript(
    owner: User, sign_in: SignIn, live_server: LiveServer, browser: Browser
) -> None:
    from onward.growth import services as growth_services

    app = _interviewed(owner)
    growth_services.habit_create(owner=owner, name="Evening walk")
    page = sign_in(owner)
    page.goto(f"{live_server.url}/growth/applications/{app.pk}/feedback/new/")
    page.get_by_label("Their feedback, word for word").fill(
        "Your communication was excellent, but your SQL skills were not at the level we need."
    )
    themes = page.locator("#feedback-themes")
    expect(themes.locator("mark").first).to_be_visible()
    expect(themes.get_by_label("Technical skills")).to_be_checked()
    expect(themes.locator(".suggest")).to_contain_text("SQL skills")
    _fits(page, "feedback-suggest")
    themes.get_by_label("Communication").uncheck()
    page.get_by_role("button", name="Save feedback").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Feedback from Acme Analytics")

    page.goto(f"{live_server.url}/growth/habits/")
    toggle = page.get_by_role("button", name="Evening walk: done today")
    toggle.click()
    expect(toggle).to_have_attribute("aria-pressed", "true")

    context = browser.new_context(java_script_enabled=False, viewport=DESKTOP)  # type: ignore[arg-type]
    try:
        plain = context.new_page()
        secret = account_services.signin_link_create(user=owner)
        plain.goto(f"{live_server.url}/accounts/signin/link/{secret}/")
        plain.goto(f"{live_server.url}/growth/applications/{app.pk}/feedback/new/")
        plain.get_by_label("Their feedback, word for word").fill("A stronger candidate was chosen.")
        plain.get_by_role("button", name="Suggest themes").click()
        expect(plain.locator("#feedback-themes mark").first).to_be_visible()
        expect(plain.get_by_label("Competition / other candidate")).to_be_checked()
        plain.goto(f"{live_server.url}/growth/habits/")
        plain.get_by_role("button", name="Evening walk: done today").click()
        expect(plain.get_by_role("button", name="Evening walk: done today")).to_have_attribute(
            "aria-pressed", "false"
        )
    finally:
        context.close()
