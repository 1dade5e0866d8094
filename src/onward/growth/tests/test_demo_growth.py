"""The demo's growth loop: realistic reflections, feedback, check-ins and wins, all in the past."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from django.utils import timezone

from onward.accounts.models import User
from onward.demo import seed
from onward.growth import selectors
from onward.growth.choices import FeedbackStatus, WinKind
from onward.growth.models import CheckIn, Feedback, FeedbackRequest, Reflection, Reframe, Win
from onward.skills.models import LearningAction
from onward.timeline import selectors as timeline_selectors

pytestmark = pytest.mark.django_db

NOW = timezone.make_aware(dt.datetime(2025, 3, 14, 9, 30))


@pytest.fixture
def demo(alice: User) -> User:
    assert seed.demo_seed_if_empty(owner=alice, now=NOW) is True
    return alice


def test_journal(demo: User) -> None:
    reflections = list(selectors.reflection_list(owner=demo))
    assert len(reflections) >= 5
    assert all(r.went_well for r in reflections)
    assert sum(r.moments.count() for r in reflections) >= 5
    assert {f.control for r in reflections for f in r.factors.all()} == {"within", "outside"}
    assert Reframe.objects.filter(owner=demo).count() == 2
    feedback = list(Feedback.objects.filter(owner=demo))
    assert len(feedback) >= 2 and all(f.themes for f in feedback)
    statuses = Counter(FeedbackRequest.objects.filter(owner=demo).values_list("status", flat=True))
    assert statuses[FeedbackStatus.REPLIED] == len(feedback)
    assert statuses[FeedbackStatus.NO_REPLY] + statuses[FeedbackStatus.REQUESTED] >= 1


def test_checkins_trend_and_activity(demo: User) -> None:
    assert CheckIn.objects.filter(owner=demo).count() >= 15
    trend, days = selectors.checkin_trend(owner=demo, today=NOW.date(), days=42)
    assert trend.count > 0
    assert sum(1 for d in days if d.mood is not None) >= 15
    assert sum(d.activity for d in days) > 20


def test_wins_of_every_kind_and_one_to_celebrate(demo: User) -> None:
    kinds = set(Win.objects.filter(owner=demo).values_list("kind", flat=True))
    assert kinds >= {
        WinKind.INTERVIEW_INVITATION,
        WinKind.STAGE_REACHED,
        WinKind.FEEDBACK_RECEIVED,
        WinKind.GOAL_MET,
        WinKind.LEARNING_COMPLETED,
        WinKind.HABIT_STREAK,
        WinKind.MANUAL,
    }
    assert selectors.wins_uncelebrated(owner=demo).exists()
    assert selectors.win_list(owner=demo).filter(celebrated_at__isnull=False).exists()


def test_goals_habits_learning(demo: User) -> None:
    goals = selectors.goal_list_with_progress(owner=demo, today=NOW.date())
    assert {g.goal.metric for g in goals} == {
        "tailored_applications",
        "outreach_messages",
        "learning_hours",
    }
    assert max(g.streak.longest for g in goals) >= 2
    habits = {
        h.habit.name: h for h in selectors.habit_list_with_streaks(owner=demo, today=NOW.date())
    }
    assert habits["Morning walk"].streak.current >= 8
    statuses = set(LearningAction.objects.filter(owner=demo).values_list("status", flat=True))
    assert statuses == {"done", "in_progress", "planned"}


def test_one_flow_left_to_resume(demo: User) -> None:
    open_flows = list(selectors.rebound_open_list(owner=demo))
    assert [f.step for f in open_flows] == ["feedback"]  # the newest rejection's


def test_nothing_after_now_and_searchable(demo: User) -> None:
    assert not Win.objects.filter(owner=demo, occurred_at__gt=NOW).exists()
    assert not CheckIn.objects.filter(owner=demo, at__gt=NOW).exists()
    assert not Reflection.objects.filter(owner=demo, created_at__gt=NOW).exists()
    items = timeline_selectors.timeline(owner=demo, limit=500)
    assert items and all(i.at <= NOW for i in items)
    assert {h.kind for h in selectors.lessons_search(owner=demo, q="dbt")} >= {
        "reflection",
        "feedback",
    }
