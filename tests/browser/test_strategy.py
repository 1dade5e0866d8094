"""The Strategy tab in Chromium on the demo account: a real finding with its probability,
a "not enough data yet" cell, the leak with its applications, an experiment started from a
suggestion, and the review the dashboard offers. Photographed with ONWARD_SCREENSHOTS=1."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from onward.accounts.models import User
from onward.demo.seed import demo_seed_if_empty
from onward.strategy.models import StrategyReview

from .conftest import DESKTOP, PHONE, overflow_width, screenshot

pytestmark = pytest.mark.browser

SignIn = Callable[[User], Page]


@pytest.fixture
def demo(owner: User) -> User:
    assert demo_seed_if_empty(owner=owner)
    return owner


@pytest.fixture
def problems(page: Page) -> Iterator[list[str]]:
    found: list[str] = []
    page.on("console", lambda m: found.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda error: found.append(f"uncaught: {error}"))
    yield found
    assert not found, "console errors:\n" + "\n".join(found)


def _fits_a_phone(page: Page, name: str) -> None:
    screenshot(page, f"strategy-{name}-desktop")
    page.set_viewport_size(PHONE)  # type: ignore[arg-type]
    width = overflow_width(page)
    screenshot(page, f"strategy-{name}-phone")
    page.set_viewport_size(DESKTOP)  # type: ignore[arg-type]
    assert width <= PHONE["width"] + 1, f"{name} is {width}px wide on a phone"


@pytest.mark.usefixtures("problems")
def test_demo_strategy_finding_thin_cell_experiment_and_review(
    demo: User, sign_in: SignIn, live_server: LiveServer
) -> None:
    page = sign_in(demo)
    page.goto(f"{live_server.url}/")
    prompt = page.locator(".review-prompt")
    expect(prompt).to_contain_text("Time for a strategy review?")

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Strategy").click()
    expect(page.locator("main h1")).to_have_text("Your strategy")
    finding = page.locator(".finding--found").first
    expect(finding).to_contain_text(
        "Referral applications got an answer more often than your other channels"
    )
    expect(finding).to_contain_text("How likely this is real and not luck")
    expect(finding.locator(".rate__bar").first).to_be_visible()
    leak = page.locator(".diagnosis")
    expect(leak).to_contain_text("Interview")
    expect(leak).to_contain_text("work on your pitch")
    expect(leak.locator("a[href^='/applications/']").first).to_be_visible()
    _fits_a_phone(page, "overview")

    page.get_by_role("navigation", name="Strategy").get_by_role("link", name="Segments").click()
    # Which channel is too thin depends on the day the demo is loaded (its dates are drawn).
    channels = page.locator("table").first
    thin = channels.get_by_role("row").filter(has_text="Not enough data yet").first
    expect(thin).to_be_visible()
    referral = channels.get_by_role("row", name="Referral")
    expect(referral).to_contain_text(re.compile(r"about \d+%"))
    _fits_a_phone(page, "segments")

    page.goto(f"{live_server.url}/strategy/")
    page.locator("a", has_text="Try it").first.click()
    form = page.locator("#new-experiment form")
    expect(form.get_by_label("The change")).not_to_have_value("")
    form.get_by_role("button", name="Start").click()
    expect(page.locator("main h1")).not_to_have_text("Experiments")
    expect(page.locator("main")).to_contain_text("Waiting for")
    screenshot(page, "strategy-experiment")

    page.goto(f"{live_server.url}/")
    page.get_by_role("link", name="Start the review").click()
    page.get_by_label("One change to commit to").fill("Practise my two-minute story")
    page.get_by_role("button", name="Save the review").click()
    expect(page.locator("main")).to_contain_text("Practise my two-minute story")
    expect(page.locator("main")).to_contain_text("Referral applications got an answer")
    screenshot(page, "strategy-review")
    assert StrategyReview.objects.filter(owner=demo).count() == 2
    page.goto(f"{live_server.url}/")
    expect(page.locator(".review-prompt")).to_have_count(0)
