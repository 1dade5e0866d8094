"""The per-owner figure cache: computed once per version of the inputs and per day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from django.utils import timezone

from onward.accounts.models import User
from onward.strategy import cache, services
from onward.strategy.models import FigureCache
from onward.strategy.tests.builders import applied, referral_search
from onward.tracker import services as tracker_services
from onward.tracker.choices import Stage

pytestmark = pytest.mark.django_db


def test_same_inputs_same_day_computed_once(alice: User, computed: list[int]) -> None:
    # This morning, so an hour later is still today whenever the test runs.
    now = timezone.localtime().replace(hour=9, minute=0, second=0, microsecond=0)
    referral_search(alice, now=now)
    first = cache.figures(alice, now=now)
    again = cache.figures(alice, now=now + dt.timedelta(hours=1))
    assert len(computed) == 1 and again == first


Change = Callable[[User, dt.datetime], object]


def _move(owner: User, now: dt.datetime) -> object:
    app = applied(owner, days_ago=30, now=now, channel="network")
    return tracker_services.application_move(application=app, stage=Stage.SCREENING, now=now)


def _experiment(owner: User, now: dt.datetime) -> object:
    return services.experiment_create(owner=owner, name="Referrals first", metric="response")


def _posting_edit(owner: User, now: dt.datetime) -> object:
    app = owner_first_application(owner)
    return tracker_services.posting_update(posting=app.posting, industry="Fintech")


def owner_first_application(owner: User) -> Any:
    from onward.tracker.models import Application

    return Application.objects.filter(owner=owner).order_by("pk").first()


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(_move, id="event-log"),
        pytest.param(_experiment, id="experiment"),
        pytest.param(_posting_edit, id="posting-field"),
    ],
)
def test_a_change_to_the_inputs_recomputes(
    alice: User, computed: list[int], change: Change
) -> None:
    now = timezone.now()
    referral_search(alice, now=now)
    cache.figures(alice, now=now)
    change(alice, now)
    cache.figures(alice, now=now)
    assert len(computed) == 2


def test_a_new_day_recomputes(alice: User, computed: list[int]) -> None:
    now = timezone.now()
    cache.figures(alice, now=now)
    cache.figures(alice, now=now + dt.timedelta(days=1))
    assert len(computed) == 2


def test_an_unreadable_row_is_computed_again(alice: User, computed: list[int]) -> None:
    now = timezone.now()
    cache.figures(alice, now=now)
    FigureCache.objects.filter(owner=alice).update(payload=b"not a pickle")
    assert cache.figures(alice, now=now).funnel.applications == 0
    assert len(computed) == 2


def test_background_refresh(alice: User, bob: User, computed: list[int]) -> None:
    referral_search(alice, now=timezone.now())
    assert services.figures_refresh_all() == 2  # alice and bob, once each
    assert services.figures_refresh_all() == 0
    assert cache.figures(alice).funnel.applications == 31
    assert len(computed) == 2


def test_cached_figures_answer_in_few_queries(
    alice: User, django_assert_max_num_queries: Any
) -> None:
    referral_search(alice, now=timezone.now())
    cache.figures(alice)
    with django_assert_max_num_queries(8):  # small aggregates, and the row itself
        cache.figures(alice)
