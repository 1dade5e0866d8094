"""The wins ledger pages by keyset (occurred_at, id): wins sharing a moment are neither
skipped nor repeated; the kind filter and odd cursors are harmless."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse

from onward.accounts.models import User
from onward.growth import services
from onward.growth.views import wins as views

pytestmark = pytest.mark.django_db

INSTANT = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)


def _titles(client: Client, query: dict[str, str]) -> tuple[list[str], str]:
    response = client.get(reverse("growth:wins"), query)
    assert response.status_code == 200
    return [w.title for w in response.context["wins"]], response.context["older"]


def test_pages_cover_every_win_once(
    alice: User, alice_client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(views, "PAGE", 2)
    for n in range(5):
        services.win_add(owner=alice, title=f"Same moment {n}", occurred_at=INSTANT)
    services.win_add(owner=alice, title="Earlier", occurred_at=INSTANT - dt.timedelta(days=1))
    seen: list[str] = []
    query: dict[str, str] = {}
    for _ in range(6):
        titles, older = _titles(alice_client, query)
        seen += titles
        if not older:
            break
        query = {"before": older}
    assert seen == [f"Same moment {n}" for n in reversed(range(5))] + ["Earlier"]


@pytest.mark.parametrize(
    "query",
    [
        pytest.param({"before": "junk"}, id="junk-cursor"),
        pytest.param({"before": "9999-12-31T23:59:59"}, id="far-future"),
        pytest.param({"before": "0001-01-01"}, id="year-1"),
        pytest.param({"kind": "not-a-kind"}, id="unknown-kind"),
        pytest.param({"kind": "offer"}, id="kind-without-wins"),
    ],
)
def test_odd_queries_are_harmless(alice: User, alice_client: Client, query: dict[str, str]) -> None:
    services.win_add(owner=alice, title="Portfolio live", occurred_at=INSTANT)
    assert alice_client.get(reverse("growth:wins"), query).status_code == 200
