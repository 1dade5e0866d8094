"""Shared Playwright fixtures: Debian's headless Chromium against pytest-django's live server.

Never run ``playwright install``: the tests use the system Chromium at /usr/bin/chromium.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop; Django must still allow ORM calls in tests.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright
from pytest_django.live_server_helper import LiveServer

from onward.accounts import services as account_services
from onward.accounts.models import User
from tests import factories

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 360, "height": 740}
SCREENSHOT_DIR = Path(__file__).resolve().parents[2] / "screenshots"


SCREENSHOTS = os.environ.get("ONWARD_SCREENSHOTS") == "1"


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail("Chromium is missing at /usr/bin/chromium: run scripts/ensure-chromium")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


# Reports every Content-Security-Policy violation on the console (Chromium prints most of
# them itself; this catches the rest). Init scripts are not subject to the page's policy.
CSP_REPORTER = """
document.addEventListener("securitypolicyviolation", function (e) {
  console.error("CSP violation: " + e.effectiveDirective + " blocked " +
    (e.blockedURI || "inline") + " at " + e.sourceFile + ":" + e.lineNumber);
});
"""


def is_csp_violation(text: str) -> bool:
    return "Content Security Policy" in text or text.startswith("CSP violation")


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    ctx = browser.new_context(viewport=DESKTOP)  # type: ignore[arg-type]
    ctx.set_default_timeout(10_000)
    ctx.add_init_script(CSP_REPORTER)
    yield ctx
    ctx.close()


@pytest.fixture
def page(context: BrowserContext) -> Iterator[Page]:
    """A page that fails the test on any CSP violation (no inline scripts or styles)."""
    page = context.new_page()
    violations: list[str] = []
    page.on("console", lambda m: violations.append(m.text) if is_csp_violation(m.text) else None)
    yield page
    assert not violations, "the Content-Security-Policy blocked:\n" + "\n".join(violations)


@pytest.fixture
def owner(transactional_db: None) -> User:
    return factories.user("robin")


@pytest.fixture
def sign_in(live_server: LiveServer, page: Page) -> Callable[[User], Page]:
    """Sign ``user`` in through a one-time link, as ``onward serve`` prints it."""

    def _sign_in(user: User) -> Page:
        secret = account_services.signin_link_create(user=user)
        page.goto(f"{live_server.url}/accounts/signin/link/{secret}/")
        return page

    return _sign_in


def screenshot(page: Page, name: str) -> None:
    """Save a full-page screenshot to /work/main/screenshots when ONWARD_SCREENSHOTS=1."""
    if not SCREENSHOTS:
        return
    SCREENSHOT_DIR.mkdir(exist_ok=True)
    # caret="initial": hiding the caret leaves style="" on every input, which htmx then
    # copies onto swapped-in inputs of the same id, and the CSP (rightly) blocks that.
    page.screenshot(path=str(SCREENSHOT_DIR / f"{name}.png"), full_page=True, caret="initial")


def overflow_width(page: Page) -> int:
    return int(page.evaluate("document.documentElement.scrollWidth"))
