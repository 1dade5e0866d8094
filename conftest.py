"""Shared fixtures: two personas, alice and bob, and signed-in clients for them."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.utils import timezone
from tests import factories

from onward.accounts.models import User
from onward.core import memo
from onward.web import page_cache


@pytest.fixture(autouse=True)
def _fresh_memos() -> None:
    """Per-process memos and kept pages start empty in every test (ids are reused after a
    rollback), and no time zone is left active by an earlier test."""
    memo.clear_all()
    page_cache.clear()
    timezone.deactivate()


@pytest.fixture
def pages_drawn_afresh(settings: Any) -> None:
    """Every page rendered, none answered from the page cache: for tests that count the
    queries of drawing a page."""
    settings.PAGE_CACHE = False


@pytest.fixture
def alice(db: None) -> User:
    return factories.user("alice")


@pytest.fixture
def bob(db: None) -> User:
    return factories.user("bob")


@pytest.fixture
def alice_client(alice: User) -> Client:
    client = Client()
    client.force_login(alice)
    return client


@pytest.fixture
def bob_client(bob: User) -> Client:
    client = Client()
    client.force_login(bob)
    return client


@pytest.fixture(autouse=True)
def _postings_analysed_inline(monkeypatch: pytest.MonkeyPatch) -> None:
    """``onward serve`` sets the engine's module-level ``defer_while_cold``; a test that runs
    it must not leave later tests in the same process deferring posting analysis."""
    from onward.skills import engine

    monkeypatch.setattr(engine, "defer_while_cold", False)
