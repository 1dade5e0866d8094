"""The growth report's chart images: each reads only the part of the report it draws, and
is kept by exactly that part, so it changes as soon as its data do."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from tests import factories

from onward.accounts.models import User
from onward.growth import services as growth_services
from onward.growth.models import Goal
from onward.strategy import charts, selectors, services
from onward.strategy.tests.builders import applied

pytestmark = pytest.mark.django_db


def _search(owner: User) -> None:
    now = timezone.now()
    applied(owner, days_ago=2, now=now, answer="rejected", after=1)
    applied(owner, days_ago=10, now=now, answer="screening", after=1)
    applied(owner, days_ago=20, now=now)
    factories.goal(owner, target=2, label="")
    factories.checkin(owner, mood=2, energy=4)
    factories.win(owner, title="Asked for feedback", occurred_at=now, now=now)
    services.experiment_create(
        owner=owner, name="Shorter letters", metric="response", hypothesis="", now=now
    )


def _log_goal(owner: User) -> None:
    goal = Goal.objects.get(owner=owner)
    growth_services.goal_log(goal=goal, amount=1, on=timezone.localdate())


@pytest.fixture
def drawn(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the charts actually drawn (not taken from the cache)."""
    names: list[str] = []
    real = charts.draw_part

    def counting(name: str, part: Any) -> Any:
        names.append(name)
        return real(name, part)

    monkeypatch.setattr(charts, "draw_part", counting)
    return names


@pytest.mark.parametrize(
    "kind", [pytest.param("week", id="week"), pytest.param("month", id="month")]
)
@pytest.mark.parametrize("name", [pytest.param(n, id=n) for n in charts.CHARTS])
def test_a_chart_reads_the_same_part_as_the_whole_report(
    alice: User, bob: User, name: str, kind: str
) -> None:
    _search(alice)
    _search(bob)
    now = timezone.now()
    whole = selectors.report(owner=alice, period=kind, now=now)
    part = selectors.report_chart_part(owner=alice, period=kind, name=name, now=now)
    assert part == charts.part_of(name, whole)


def test_an_unknown_chart_part_is_refused(alice: User) -> None:
    with pytest.raises(ValueError, match="Unknown chart"):
        selectors.report_chart_part(owner=alice, period="week", name="pie")
    with pytest.raises(ValueError, match="Unknown chart"):
        charts.part_of("pie", selectors.report(owner=alice, period="week"))


def _svg(client: Client, name: str) -> str:
    response = client.get(reverse("strategy:report_chart"), {"chart": name, "period": "month"})
    assert response.status_code == 200
    return response.content.decode()


def test_a_repeat_view_is_not_drawn_again(
    alice: User, alice_client: Client, drawn: list[str]
) -> None:
    _search(alice)
    first = _svg(alice_client, "wins")
    count = len(drawn)
    assert _svg(alice_client, "wins") == first
    assert len(drawn) == count


@pytest.mark.parametrize(
    ("name", "change"),
    [
        pytest.param("wins", lambda owner: factories.win(owner, title="Another"), id="wins"),
        pytest.param("mood", lambda owner: factories.checkin(owner, mood=5, energy=1), id="mood"),
        pytest.param("goals", lambda owner: _log_goal(owner), id="goals"),
    ],
)
def test_a_chart_changes_as_soon_as_its_data_do(
    alice: User, alice_client: Client, name: str, change: Any
) -> None:
    _search(alice)
    before = _svg(alice_client, name)
    change(alice)
    after = _svg(alice_client, name)
    assert after != before
    part = selectors.report_chart_part(owner=alice, period="month", name=name)
    assert after == charts.draw_part(name, part).svg  # what a fresh drawing gives
