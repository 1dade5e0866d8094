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


def test_about_seventy_applications_with_a_realistic_spread(seeded: User) -> None:
    stages = _stages(seeded)
    assert 64 <= sum(stages.values()) <= 72
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


def test_skills_can_wait_until_after_start_up(alice: User) -> None:
    from onward.demo import skills as skills_demo
    from onward.skills import selectors as skills_selectors

    assert seed.demo_seed_if_empty(owner=alice, now=NOW, skills=False) is True
    assert not skills_selectors.resume_list(owner=alice).exists()
    assert skills_demo.seed_skills_if_missing(owner=alice, now=NOW) is True
    confirmed = skills_selectors.profile_skill_list(owner=alice, status="confirmed")
    assert {"SQL", "Tableau"} <= {skill.label for skill in confirmed}
    # a second start (or one after an interrupted first) adds nothing
    assert skills_demo.seed_skills_if_missing(owner=alice, now=NOW) is False
    assert skills_selectors.resume_list(owner=alice).count() == 1


@pytest.mark.django_db(transaction=True)
def test_serve_reads_the_demo_resume_in_the_background() -> None:
    from onward.accounts import services as account_services
    from onward.cli import serve
    from onward.skills import selectors as skills_selectors

    owner, _ = account_services.owner_ensure()
    assert seed.demo_seed_if_empty(owner=owner, now=NOW, skills=False)
    thread = serve._demo_skills_in_background()
    thread.join(timeout=120)
    assert not thread.is_alive() and thread.daemon
    assert skills_selectors.resume_list(owner=owner).count() == 1


def test_a_target_role_tags_the_applications_its_titles_name(seeded: User) -> None:
    (role,) = selectors.target_role_list(owner=seeded)
    assert role.occupation_id == "family:data"
    apps = list(selectors.application_list(owner=seeded).select_related("posting"))
    tagged = {a.posting.title for a in apps if a.target_role_id == role.pk}
    untagged = {a.posting.title for a in apps if a.target_role_id is None}
    assert "Data Engineer" in tagged and "Data Analyst" in tagged
    assert "Product Analyst" in untagged  # its title names no Data & analytics role
