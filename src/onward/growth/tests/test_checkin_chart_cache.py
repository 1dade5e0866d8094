"""The check-ins chart image is kept by exactly the days it draws: a repeat view is not
drawn again, and a new check-in changes it at once."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from tests import factories

from onward.accounts.models import User
from onward.growth import charts, selectors

pytestmark = pytest.mark.django_db


@pytest.fixture
def drawn(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = charts.mood_chart

    def counting(raw: Any) -> Any:
        calls.append(1)
        return real(raw)

    monkeypatch.setattr(charts, "mood_chart", counting)
    return calls


def _svg(client: Client) -> str:
    response = client.get(reverse("growth:checkins_chart"))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    return response.content.decode()


def test_a_repeat_view_is_not_drawn_again(
    alice: User, alice_client: Client, drawn: list[int]
) -> None:
    factories.checkin(alice, mood=2, energy=3)
    first = _svg(alice_client)
    count = len(drawn)
    assert _svg(alice_client) == first
    assert len(drawn) == count


@pytest.mark.parametrize(
    ("mood", "energy"),
    [pytest.param(5, 1, id="another-check-in"), pytest.param(2, 3, id="same-values-again")],
)
def test_a_new_check_in_changes_the_chart_at_once(
    alice: User, bob: User, alice_client: Client, mood: int, energy: int
) -> None:
    factories.checkin(alice, mood=2, energy=3)
    before = _svg(alice_client)
    factories.checkin(bob, mood=1, energy=1)  # someone else's never shows
    assert _svg(alice_client) == before
    factories.checkin(alice, mood=mood, energy=energy)
    after = _svg(alice_client)
    _trend, raw = selectors.checkin_trend(owner=alice)
    assert after == charts.mood_chart(raw).svg  # what a fresh drawing gives
    if (mood, energy) != (2, 3):
        assert after != before
