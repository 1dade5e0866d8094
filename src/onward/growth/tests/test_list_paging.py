"""Long journal lists come a page at a time, newest first (a long search has thousands)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse
from tests import factories

from onward.accounts.models import User
from onward.growth import services
from onward.growth.views import reflections as reflection_views
from onward.growth.views import replies as reply_views

pytestmark = pytest.mark.django_db


def test_reflections_page(
    alice: User, alice_client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reflection_views, "PAGE_SIZE", 2)
    for n in range(3):
        services.reflection_create(owner=alice, kind="general", went_well=f"Note {n}")
    first = alice_client.get(reverse("growth:reflections"))
    second = alice_client.get(reverse("growth:reflections"), {"page": "2"})
    assert [r.went_well for r in first.context["reflections"]] == ["Note 2", "Note 1"]
    assert [r.went_well for r in second.context["reflections"]] == ["Note 0"]
    assert 'rel="next"' in first.content.decode()


def test_feedback_pages(alice: User, alice_client: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reply_views, "PAGE_SIZE", 1)
    monkeypatch.setattr(reply_views, "REQUESTS_SHOWN", 1)
    day = dt.date(2026, 3, 2)
    for n in range(2):
        app = factories.rejection(alice).application
        services.feedback_record(application=app, text=f"Said {n}", received_on=day, themes=[])
    response = alice_client.get(reverse("growth:feedback_list"), {"page": "2"})
    assert [f.text for f, _labels in response.context["items"]] == ["Said 0"]
    assert response.status_code == 200
