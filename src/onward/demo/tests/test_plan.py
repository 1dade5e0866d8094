"""The demo plan, without the database: timelines, texts and determinism."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from django.utils import timezone

from onward.demo import data, plan, texts
from onward.tracker.choices import Stage


def _aware(year: int, month: int, day: int, hour: int, minute: int) -> dt.datetime:
    return timezone.make_aware(dt.datetime(year, month, day, hour, minute))


NOWS = [
    pytest.param(_aware(2025, 3, 14, 9, 30), id="friday-morning"),
    pytest.param(_aware(2025, 3, 17, 0, 5), id="monday-just-after-midnight"),
    pytest.param(_aware(2025, 3, 16, 23, 55), id="sunday-night"),
    pytest.param(_aware(2026, 1, 2, 12, 0), id="new-year"),
]


@pytest.mark.parametrize("now", NOWS)
def test_timelines_are_chronological_recent_and_in_the_past(now: dt.datetime) -> None:
    earliest = now - dt.timedelta(days=data.MAX_DAYS_AGO + 1)
    for planned in plan.build(now=now):
        times = [event.at for event in planned.events]
        assert times == sorted(set(times)), planned.story
        assert earliest <= times[0]
        assert times[-1].date() < timezone.localdate(now)


@pytest.mark.parametrize("now", NOWS)
def test_employers_answer_on_weekdays(now: dt.datetime) -> None:
    for planned in plan.build(now=now):
        assert all(event.at.weekday() < 5 for event in planned.events[1:]), planned.story


@pytest.mark.parametrize("story", [pytest.param(s, id=s.name) for s in data.STORIES])
def test_each_story_fits_in_the_window(story: data.Story) -> None:
    low, _high = story.end
    assert 1 <= low <= data.MAX_DAYS_AGO - plan.max_span(story)


def test_about_forty_applications() -> None:
    assert 38 <= sum(story.count for story in data.STORIES) <= 42


def test_same_seed_same_search_other_seed_other_search() -> None:
    now = _aware(2025, 3, 14, 9, 30)
    first = plan.build(now=now)
    assert plan.build(now=now) == first
    assert [p.posting["title"] for p in plan.build(now=now, seed=1)] != [
        p.posting["title"] for p in first
    ]


def test_postings_read_like_postings() -> None:
    for planned in plan.build(now=_aware(2025, 3, 14, 9, 30)):
        text = planned.posting["description"]
        assert 1500 <= len(text) <= 3000, planned.posting["title"]
        assert "SQL" in text
        assert "Nice to have" in text
        assert any(heading in text for heading in texts.REQUIRED_HEADINGS)


def test_rejections_quote_the_company() -> None:
    for planned in plan.build(now=_aware(2025, 3, 14, 9, 30)):
        for event in planned.events:
            if event.rejection is not None and "Talent Team" in event.rejection.message:
                assert planned.company.name in event.rejection.message
                assert "{" not in event.rejection.message


def test_saved_applications_have_no_applied_date() -> None:
    for planned in plan.build(now=_aware(2025, 3, 14, 9, 30)):
        saved = planned.events[0].stage == Stage.SAVED
        assert ("applied_on" in planned.fields) is not saved


def test_deck_deals_every_item_before_repeating() -> None:
    deck = plan.Deck(random.Random(1), ["a", "b", "c"])
    first_round = {deck.draw() for _ in range(3)}
    assert first_round == {"a", "b", "c"}
    assert deck.draw() in first_round


@pytest.mark.parametrize("now", NOWS)
def test_rejections_come_spread_out(now: dt.datetime) -> None:
    days = [
        timezone.localdate(planned.events[-1].at)
        for planned in plan.build(now=now)
        if planned.events[-1].stage == Stage.REJECTED
    ]
    assert len(days) >= 15
    assert max(days.count(day) for day in days) <= plan.REJECTIONS_A_DAY
    fridays = sum(day.weekday() == 4 for day in days)
    assert len({day.weekday() for day in days}) >= 4 and fridays <= len(days) * 0.4
