"""Repeat views come from memory, and never show anything a fresh render would not."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.contrib import messages
from django.contrib.messages.storage.session import SessionStorage
from django.db import connection
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from onward.accounts import services as account_services
from onward.accounts.models import User
from onward.tracker.models import Company
from onward.web import page_cache
from tests import factories

pytestmark = pytest.mark.django_db


def _get(client: Client, url: str, **extra: str) -> tuple[int, bytes, int]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **extra)  # type: ignore[arg-type]
    return response.status_code, response.content, len(queries)


@pytest.fixture
def browser(alice: User) -> Client:
    """A signed-in browser that already holds its CSRF cookie, as after its first page."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)
    client.get(reverse("web:dashboard"))
    return client


def test_a_repeat_view_is_the_same_page_from_memory(browser: Client, alice: User) -> None:
    factories.application(alice, company_name="Lumen Labs")
    url = reverse("tracker:list")
    status, first, drawn = _get(browser, url)
    status_again, again, kept = _get(browser, url)
    assert (status, status_again) == (200, 200)
    assert again == first
    assert b"Lumen Labs" in again
    assert kept <= 4 < drawn  # session, user, version (and savepoints): no page queries


def test_any_write_shows_on_the_very_next_view(browser: Client, alice: User) -> None:
    url = reverse("tracker:list")
    factories.application(alice, company_name="Lumen Labs")
    _get(browser, url)
    Company.objects.filter(owner=alice).update(name="Harbour Analytics")  # no save signals
    _status, page, _queries = _get(browser, url)
    assert b"Harbour Analytics" in page
    assert b"Lumen Labs" not in page


def test_another_persons_write_keeps_my_page(browser: Client, alice: User, bob: User) -> None:
    url = reverse("tracker:list")
    _get(browser, url)
    factories.application(bob)
    _status, _page, queries = _get(browser, url)
    assert queries <= 4


def test_a_message_is_shown_once_even_over_a_kept_page(browser: Client, alice: User) -> None:
    url = reverse("accounts:account")
    _get(browser, url)
    _get(browser, url)  # kept
    session = browser.session
    request = RequestFactory().get(url)
    request.session = session
    storage = SessionStorage(request)
    storage.add(messages.SUCCESS, "Saved, thank you.")
    storage.update(HttpResponse())
    session.save()
    _status, shown, _queries = _get(browser, url)
    _status, after, _queries = _get(browser, url)
    assert b"Saved, thank you." in shown
    assert b"Saved, thank you." not in after


def test_a_kept_pages_csrf_token_still_posts(browser: Client, alice: User) -> None:
    url = reverse("accounts:account")
    _get(browser, url)
    page = browser.get(url).content.decode()
    token = page.split('name="csrfmiddlewaretoken" value="', 1)[1].split('"', 1)[0]
    response = browser.post(
        reverse("accounts:token_create"), {"name": "laptop", "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 200
    assert b"laptop" in browser.get(url).content


def test_two_browsers_of_one_person_keep_their_own_pages(browser: Client, alice: User) -> None:
    url = reverse("accounts:account")
    first = browser.get(url).content
    other = Client(enforce_csrf_checks=True)
    other.force_login(alice)
    other.get(reverse("web:dashboard"))
    second = other.get(url).content
    assert first != second  # each carries a token of its own browser's CSRF secret


def test_a_revoked_token_is_refused_even_for_a_kept_list(alice: User) -> None:
    token, secret = account_services.api_token_create(owner=alice, name="script")
    api = Client(headers={"authorization": f"Bearer {secret}"})
    assert api.get("/api/v1/applications").status_code == 200
    assert api.get("/api/v1/applications").status_code == 200
    account_services.api_token_revoke(token=token)
    assert api.get("/api/v1/applications").status_code == 401


def test_signed_out_gets_the_sign_in_page_not_a_kept_one(browser: Client) -> None:
    url = reverse("tracker:list")
    _get(browser, url)
    browser.logout()
    assert browser.get(url).status_code == 302


def test_htmx_fragments_and_a_switched_off_cache_are_always_drawn(
    browser: Client, alice: User, settings: Any
) -> None:
    factories.application(alice)
    url = reverse("tracker:list")
    fragment = _get(browser, url, HTTP_HX_REQUEST="true")[2]
    assert _get(browser, url, HTTP_HX_REQUEST="true")[2] == fragment
    settings.PAGE_CACHE = False
    drawn = _get(browser, url)[2]
    assert _get(browser, url)[2] == drawn > 4


def test_a_new_day_draws_the_page_again(
    browser: Client, alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = reverse("tracker:list")
    _get(browser, url)
    tomorrow = timezone.now() + dt.timedelta(days=1)
    monkeypatch.setattr(timezone, "now", lambda: tomorrow)
    assert _get(browser, url)[2] > 4


@pytest.mark.parametrize(
    ("response", "kept"),
    [
        (HttpResponse(b"<p>page</p>"), True),
        (HttpResponse(b"%PDF-1.7", content_type="application/pdf"), True),
        (HttpResponse(b"x" * (page_cache.MAX_BYTES + 1)), False),
        (HttpResponse(b"moved", status=302), False),
        (HttpResponse(b"secret", headers={"Cache-Control": "no-store"}), False),
    ],
    ids=["page", "small-download", "over-the-size-cap", "redirect", "no-store"],
)
def test_what_is_kept(response: HttpResponse, kept: bool, browser: Client) -> None:
    request = RequestFactory().get("/")
    request.session = browser.session
    request._messages = SessionStorage(request)  # type: ignore[attr-defined]
    assert page_cache._storable(request, response) is kept


def test_a_response_setting_its_own_cookie_is_not_kept(browser: Client) -> None:
    request = RequestFactory().get("/")
    request.session = browser.session
    request._messages = SessionStorage(request)  # type: ignore[attr-defined]
    response = HttpResponse(b"<p>page</p>")
    response.set_cookie("choice", "1")
    assert page_cache._storable(request, response) is False
