"""Seeding the demo through the real services: a coherent, repeatable job search."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from django.utils import timezone

from onward.accounts.models import User
from onward.demo import seed
from onward.tracker import selectors, services
from onward.tracker.choices import Stage

NOW = timezone.make_aware(dt.datetime(2025, 3, 14, 9, 30))


@pytest.fixture
def seeded(alice: User) -> User:
    assert seed.demo_seed_if_empty(owner=alice, now=NOW) is True
    return alice


def _stages(owner: User) -> Counter[str]:
    return Counter(app.stage for app in selectors.application_list(owner=owner))


def test_about_forty_applications_with_a_realistic_spread(seeded: User) -> None:
    stages = _stages(seeded)
    assert 38 <= sum(stages.values()) <= 42
    assert stages[Stage.REJECTED] >= 15
    assert stages[Stage.GHOSTED] >= 3
    assert stages[Stage.OFFER] + stages[Stage.DECLINED] >= 1
    assert stages[Stage.SCREENING] + stages[Stage.INTERVIEW] >= 3
    assert stages[Stage.SAVED] >= 1
    assert stages[Stage.WITHDRAWN] == 1


def test_event_log_is_chronological_and_never_in_the_future(seeded: User) -> None:
    for app in selectors.application_list(owner=seeded):
        times = [event.occurred_at for event in selectors.application_events(application=app)]
        assert times == sorted(set(times)), str(app)
        assert times[-1] <= NOW
        assert app.stage_changed_at == times[-1]


def test_ghosting_was_decided_when_each_went_quiet(seeded: User) -> None:
    assert services.applications_mark_ghosted(now=NOW) == 0
    ghosted = selectors.application_list(owner=seeded).filter(stage=Stage.GHOSTED)
    period = dt.timedelta(days=seeded.effective_ghost_days())
    for app in ghosted:
        *_, before, last = selectors.application_events(application=app)
        assert last.occurred_at == before.occurred_at + period < NOW
        assert last.source == "system"


def test_seeding_leaves_other_accounts_alone(alice: User, bob: User) -> None:
    quiet = services.application_create_with_posting(
        owner=bob, company_name="Acme", posting_fields={"title": "Analyst"},
        now=NOW - dt.timedelta(days=200),
    )  # fmt: skip
    assert seed.demo_seed_if_empty(owner=alice, now=NOW)
    quiet.refresh_from_db()
    assert quiet.stage == Stage.APPLIED  # the demo does not run bob's ghosting


def test_rejections_at_several_stages_with_varied_details(seeded: User) -> None:
    rejections = list(selectors.rejection_list(owner=seeded))
    assert {r.stage_reached for r in rejections} >= {
        Stage.APPLIED,
        Stage.SCREENING,
        Stage.INTERVIEW,
    }
    assert len({r.reason for r in rejections}) >= 4
    assert {r.channel for r in rejections} >= {"email", "portal", "call"}
    assert all(r.received_on <= NOW.date() for r in rejections)


def test_interviews_have_kinds_and_several_rounds(seeded: User) -> None:
    events = selectors.event_list(owner=seeded).filter(stage=Stage.INTERVIEW)
    assert {e.interview_kind for e in events} >= {"phone", "technical", "final"}
    assert max(e.interview_round or 0 for e in events) >= 3


def test_same_time_same_search(seeded: User, bob: User) -> None:
    seed.demo_seed_if_empty(owner=bob, now=NOW)

    def summary(owner: User) -> list[tuple[str, str, str]]:
        apps = selectors.application_list(owner=owner).order_by("created_at")
        return [(a.posting.title, a.posting.company.name, a.stage) for a in apps]

    assert summary(bob) == summary(seeded)


def test_second_call_does_nothing(seeded: User) -> None:
    before = _stages(seeded)
    assert seed.demo_seed_if_empty(owner=seeded, now=NOW + dt.timedelta(days=1)) is False
    assert _stages(seeded) == before


def test_existing_company_of_the_same_name_is_reused(alice: User) -> None:
    services.company_create(owner=alice, name="lumen freight")
    assert seed.demo_seed_if_empty(owner=alice, now=NOW) is True
    assert selectors.company_list(owner=alice, q="lumen").count() == 1
