"""The demo's history is settled when it is loaded: the periodic jobs, run once right after,
find nothing to do, nothing happened "today", and the first screen looks like a real,
balanced search (not a wall of ghosted marks and unfinished flows)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
import time_machine
from django.utils import timezone

from onward.accounts.models import User
from onward.config import jobs
from onward.demo import seed
from onward.growth import selectors as growth_selectors
from onward.growth.models import Goal, Habit, ReboundFlow, Win
from onward.timeline import selectors as timeline_selectors
from onward.tracker import selectors as tracker_selectors
from onward.tracker.choices import Stage
from onward.tracker.models import ApplicationEvent

pytestmark = pytest.mark.django_db(transaction=True)

NOWS = [
    pytest.param(timezone.make_aware(dt.datetime(2025, 3, 14, 9, 30)), id="friday-morning"),
    pytest.param(timezone.make_aware(dt.datetime(2025, 3, 17, 0, 5)), id="monday-midnight"),
    pytest.param(timezone.make_aware(dt.datetime(2026, 1, 2, 18, 0)), id="new-year-evening"),
]


def _seed_then_run_jobs(owner: User, now: dt.datetime) -> None:
    with time_machine.travel(now, tick=False):
        assert seed.demo_seed_if_empty(owner=owner)
    with time_machine.travel(now + dt.timedelta(minutes=5), tick=False):
        jobs.run_once()  # what `onward serve` does right after start-up


def _today(owner: User, now: dt.datetime) -> list[str]:
    items = timeline_selectors.timeline(owner=owner, limit=2000)
    today = timezone.localdate(now)
    return [item.title for item in items if timezone.localdate(item.at) == today]


@pytest.mark.parametrize("now", NOWS)
def test_nothing_new_happened_today(alice: User, now: dt.datetime) -> None:
    _seed_then_run_jobs(alice, now)
    assert _today(alice, now) == []
    today = timezone.localdate(now)
    events = ApplicationEvent.objects.filter(owner=alice)
    assert not [e for e in events if timezone.localdate(e.occurred_at) >= today]
    wins = Win.objects.filter(owner=alice)
    assert not [w for w in wins if timezone.localdate(w.occurred_at) >= today]
    # Ghosting was decided when each application went quiet, by Onward.
    ghosted = events.filter(stage=Stage.GHOSTED)
    assert ghosted.count() >= 3
    assert {e.source for e in ghosted} == {"system"}


@pytest.mark.parametrize("now", NOWS)
def test_goals_and_habits_were_set_weeks_ago(alice: User, now: dt.datetime) -> None:
    _seed_then_run_jobs(alice, now)
    weeks_ago = now - dt.timedelta(weeks=3)
    assert Goal.objects.filter(owner=alice).count() == 3
    assert all(g.created_at <= weeks_ago for g in Goal.objects.filter(owner=alice))
    assert all(h.created_at <= weeks_ago for h in Habit.objects.filter(owner=alice))


@pytest.mark.parametrize("now", NOWS)
def test_flows_are_mostly_finished_with_one_open(alice: User, now: dt.datetime) -> None:
    _seed_then_run_jobs(alice, now)
    flows = ReboundFlow.objects.filter(owner=alice)
    assert flows.count() >= 15
    [open_flow] = growth_selectors.rebound_open_list(owner=alice)
    newest = tracker_selectors.rejection_list(owner=alice).first()
    assert newest is not None and open_flow.rejection_id == newest.pk
    assert open_flow.step == "feedback"  # reflected already, paused at asking for feedback
    today = timezone.localdate(now)
    for flow in flows:
        assert timezone.localdate(flow.created_at) < today
        if flow.finished_at is not None:
            assert timezone.localdate(flow.finished_at) < today


@pytest.mark.parametrize("now", NOWS)
def test_the_first_screen_is_a_balanced_search(alice: User, now: dt.datetime) -> None:
    _seed_then_run_jobs(alice, now)
    board = tracker_selectors.dashboard(owner=alice, now=now)
    recent = Counter(e.stage for e in board.recent_events)
    assert recent[Stage.GHOSTED] <= 3, recent
    assert len(recent) >= 4, recent  # applied, screening, interview, rejected...
    assert board.pipeline[Stage.GHOSTED] < board.active_total / 2
    rejected_on = Counter(r.received_on for r in tracker_selectors.rejection_list(owner=alice))
    assert max(rejected_on.values()) <= 2, "rejections pile up on one day"
    newest = board.recent_events[0].occurred_at
    assert now - newest < dt.timedelta(days=4), "the search has gone quiet"
    today = timezone.localdate(now)
    goals = growth_selectors.goal_list_with_progress(owner=alice, today=today)
    if today.weekday() >= 3:  # by Thursday the week's goals are under way
        assert any(g.progress.done for g in goals)
