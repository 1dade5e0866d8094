"""The check-in trend next to activity, and the lighter-week suggestion."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import time_machine
from django.test import Client
from django.urls import reverse
from tests import factories

from onward.accounts.models import User
from onward.growth import selectors, services
from onward.growth.tests.conftest import NOW

pytestmark = pytest.mark.django_db

DAY = dt.timedelta(days=1)
START = NOW - 10 * DAY


# --- check-in trend and the guardrail ----------------------------------------------------


def test_checkin_trend_next_to_activity(alice: User) -> None:
    today = NOW.date()
    with time_machine.travel(NOW, tick=False):
        for days_ago, mood in [(6, 4), (4, 3), (2, 2), (2, 4), (0, 1)]:
            services.checkin_create(owner=alice, mood=mood, energy=3, at=NOW - days_ago * DAY)
        factories.application(alice, now=NOW - 2 * DAY, applied_on=today - 2 * DAY)
        habit = services.habit_create(owner=alice, name="Walk")
        services.habit_check(habit=habit, on=today)
    trend, days = selectors.checkin_trend(owner=alice, today=today, days=7)
    assert [d.day for d in days] == [today - (6 - i) * DAY for i in range(7)]
    assert [d.mood for d in days] == [4, None, 3, None, 3, None, 1]
    assert [d.activity for d in days] == [0, 0, 0, 0, 1, 0, 1]
    assert trend.count == 5 and trend.direction == "down"


def _rejections(owner: User, count: int) -> None:
    for _ in range(count):
        factories.rejection(owner, received_on=NOW.date() - DAY)


@pytest.mark.parametrize(
    ("rejections", "moods", "fires"),
    [
        pytest.param(3, [4, 3, 2, 1], True, id="run-of-rejections-mood-down"),
        pytest.param(3, [3, 3, 3, 3], False, id="mood-steady"),
        pytest.param(1, [4, 3, 2, 1], False, id="few-rejections"),
        pytest.param(4, [], False, id="no-checkins"),
    ],
)
def test_lighter_week_suggestion(
    alice: User, rejections: int, moods: list[int], fires: bool
) -> None:
    with time_machine.travel(NOW, tick=False):
        _rejections(alice, rejections)
        for index, mood in enumerate(moods):
            at = NOW - (len(moods) - index) * DAY
            services.checkin_create(owner=alice, mood=mood, energy=2, at=at)
    suggestion = selectors.wellbeing_suggestion(owner=alice, today=NOW.date())
    assert (suggestion is not None) == fires


def test_dismissal_quiets_the_suggestion_for_a_week(alice: User) -> None:
    with time_machine.travel(NOW, tick=False):
        _rejections(alice, 3)
        for index, mood in enumerate([4, 3, 2, 1]):
            services.checkin_create(owner=alice, mood=mood, energy=2, at=NOW - (4 - index) * DAY)
        services.wellbeing_dismiss(owner=alice)
    assert selectors.wellbeing_suggestion(owner=alice, today=NOW.date()) is None
    assert selectors.wellbeing_dismissed_on(owner=alice) == NOW.date()


def test_three_very_low_check_ins_bring_care_and_support(
    alice: User, alice_client: Client, settings: Any, tmp_path: Path
) -> None:
    with time_machine.travel(NOW, tick=False):
        for days_ago in (3, 2, 1):
            services.checkin_create(owner=alice, mood=1, energy=1, at=NOW - days_ago * DAY)
        note = selectors.care_note(owner=alice, today=NOW.date())
        assert note is not None and "Find A Helpline" in [r.name for r in note.resources]
        text = alice_client.get(reverse("growth:checkins")).content.decode()
        assert "How are you doing?" in text and "https://findahelpline.com" in text
        # A career centre names its own services.
        own = tmp_path / "support.txt"
        own.write_text("# ours\nCampus counselling | Free, same week | https://c.example\n")
        settings.SUPPORT_RESOURCES = str(own)
        note = selectors.care_note(owner=alice, today=NOW.date())
        assert note is not None and [r.name for r in note.resources] == ["Campus counselling"]
        services.checkin_create(owner=alice, mood=3, energy=2, at=NOW)
        assert selectors.care_note(owner=alice, today=NOW.date()) is None
