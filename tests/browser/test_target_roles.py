"""Target roles in a real browser, with the built-in vocabulary: the adjacent roles page
ranks its role families, one is saved as a target role, a new application whose title
names it is tagged by default, and the strategy segments list it. Desktop and phone."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from onward.accounts.models import User
from onward.skills import services as skills_services
from onward.skills.engine import reset_engine
from onward.tracker.models import Application, TargetRole

from .conftest import DESKTOP, PHONE, overflow_width, screenshot

pytestmark = pytest.mark.browser

SignIn = Callable[[User], Page]


@pytest.fixture
def builtin(settings: Any, tmp_path: Path) -> Iterator[None]:
    settings.DATA_DIR = tmp_path
    settings.SKILLS_TAXONOMY = "builtin"
    reset_engine()
    yield
    reset_engine()


def _fits(page: Page, name: str) -> None:
    screenshot(page, f"target-roles-{name}-desktop")
    page.set_viewport_size(PHONE)  # type: ignore[arg-type]
    width = overflow_width(page)
    assert width <= PHONE["width"], f"{name} is {width}px wide on a phone"
    screenshot(page, f"target-roles-{name}-phone")
    page.set_viewport_size(DESKTOP)  # type: ignore[arg-type]


def test_save_a_role_family_tag_an_application_and_see_the_segment(
    builtin: None, live_server: LiveServer, sign_in: SignIn, owner: User
) -> None:
    for label in ("SQL", "Python", "Tableau", "Statistics"):
        skills_services.profile_skill_add_by_label(owner=owner, label=label)
    page = sign_in(owner)
    page.goto(f"{live_server.url}/skills/adjacent-roles/")
    expect(page.get_by_text("built-in role families", exact=False)).to_be_visible()
    first = page.locator("li.card.gap").first
    expect(first.get_by_role("heading")).to_have_text("Data & analytics")
    _fits(page, "adjacent")

    first.get_by_role("button", name="Save as a target role").click()
    expect(page.get_by_text("Saved Data & analytics as a target role")).to_be_visible()
    expect(page.locator("li.card.gap").first.get_by_text("Saved as a target role.")).to_be_visible()
    assert TargetRole.objects.filter(owner=owner).count() == 1

    page.goto(f"{live_server.url}/applications/new/")
    select = page.get_by_label("Target role")
    expect(select).to_have_value("auto")
    page.get_by_label("Company").fill("Brightside")
    page.get_by_label("Job title").fill("Senior Data Analyst")
    page.get_by_role("button", name="Save application").click()
    expect(page.get_by_text("Target role", exact=True)).to_be_visible()
    app = Application.objects.get(owner=owner)
    assert app.target_role is not None and app.target_role.label == "Data & analytics"

    page.goto(f"{live_server.url}/strategy/segments/?dimension=target_role")
    expect(page.get_by_role("link", name="Target role").first).to_be_visible()
    expect(page.get_by_text("Data & analytics").first).to_be_visible()
    _fits(page, "segments")

    page.goto(f"{live_server.url}/skills/adjacent-roles/")
    page.locator("section[aria-labelledby=targets-h]").get_by_role("button", name="Remove").click()
    expect(page.get_by_text("Removed Data & analytics from your target roles.")).to_be_visible()
    app.refresh_from_db()
    assert app.target_role is None
