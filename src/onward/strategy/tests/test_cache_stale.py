"""Pages that only show the figures show the previous ones while a change is counted."""

from __future__ import annotations

import pickle

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from onward.accounts.models import User
from onward.core import background
from onward.strategy import cache, tasks
from onward.strategy.models import FigureCache
from onward.strategy.tests.builders import applied, referral_search

pytestmark = pytest.mark.django_db

REFRESH = str(tasks.refresh_owner.module_path)


def _queued(owner: User) -> int:
    rows = DBTaskResult.objects.filter(task_path=REFRESH).values_list("args_kwargs", flat=True)
    return sum(r["args"] == [owner.pk] for r in rows)


def test_the_first_view_ever_computes_in_the_request(alice: User, computed: list[int]) -> None:
    referral_search(alice, now=timezone.now())
    shown = cache.figures_or_previous(alice)
    assert not shown.stale and shown.figures.funnel.applications == 31
    assert len(computed) == 1 and _queued(alice) == 0


def test_after_a_change_the_previous_figures_show_and_one_refresh_is_queued(
    alice: User, computed: list[int]
) -> None:
    now = timezone.now()
    referral_search(alice, now=now)
    cache.figures_or_previous(alice, now=now)
    applied(alice, days_ago=2, now=now, channel="referral")
    views = [cache.figures_or_previous(alice, now=now) for _ in range(5)]
    assert all(v.stale and v.figures.funnel.applications == 31 for v in views)
    assert len(computed) == 1 and _queued(alice) == 1

    assert background.run_queue() == 1  # what the worker does within a second or so
    fresh = cache.figures_or_previous(alice, now=now)
    assert not fresh.stale and fresh.figures.funnel.applications == 32
    assert len(computed) == 2


def test_figures_stored_by_an_older_version_are_not_shown_as_previous(
    alice: User, computed: list[int]
) -> None:
    now = timezone.now()
    cache.figures_or_previous(alice, now=now)
    FigureCache.objects.filter(owner=alice).update(fingerprint="from an older version")
    row = FigureCache.objects.get(owner=alice)
    old_shape = ("0/0.0.0", cache._unpickle(alice, row.payload))
    FigureCache.objects.filter(owner=alice).update(payload=pickle.dumps(old_shape))
    shown = cache.figures_or_previous(alice, now=now)
    assert not shown.stale and len(computed) == 2 and _queued(alice) == 0


def test_another_owners_figures_are_never_shown(
    alice: User, bob: User, computed: list[int]
) -> None:
    now = timezone.now()
    referral_search(alice, now=now)
    cache.figures_or_previous(alice, now=now)
    shown = cache.figures_or_previous(bob, now=now)  # bob has none: computed for him
    assert not shown.stale and shown.figures.funnel.applications == 0


def test_the_page_and_the_api_say_the_figures_are_being_updated(
    alice: User, alice_client: Client
) -> None:
    now = timezone.now()
    referral_search(alice, now=now)
    cache.figures_or_previous(alice, now=now)
    applied(alice, days_ago=1, now=now, channel="job_board")
    page = alice_client.get(reverse("strategy:overview"))
    assert b"Your latest changes are being counted" in page.content
    body = alice_client.get("/api/v1/strategy/segments?dimension=channel").json()
    assert body["stale"] is True and body["computed_at"]
    background.run_queue()
    body = alice_client.get("/api/v1/strategy").json()
    assert body["stale"] is False
    page = alice_client.get(reverse("strategy:segments"))
    assert b"Your latest changes are being counted" not in page.content
