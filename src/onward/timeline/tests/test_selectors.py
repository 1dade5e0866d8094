"""The growth timeline: order, kinds, per application, cursor, isolation."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.http import Http404
from tests import factories

from onward.accounts.models import User
from onward.core.timeline import Scope, TimelineItem
from onward.growth import services
from onward.growth.models import Win
from onward.growth.tests.conftest import NOW
from onward.skills import services as skills_services
from onward.timeline import selectors
from onward.tracker import services as tracker_services
from onward.tracker.models import Application

pytestmark = pytest.mark.django_db

DAY = dt.timedelta(days=1)
START = NOW - 10 * DAY


@pytest.fixture
def story(alice: User) -> dict[str, Application]:
    """Ten days of a job search, one thing a day, so the order is unambiguous."""
    with time_machine.travel(START, tick=False):
        acme = factories.application(alice, company_name="Acme", now=START)
    with time_machine.travel(START + DAY, tick=False):
        tracker_services.application_move(application=acme, stage="interview", now=START + DAY)
        other = factories.application(alice, company_name="Globex", now=START + DAY)
    with time_machine.travel(START + 2 * DAY, tick=False):
        tracker_services.rejection_record(application=acme, now=START + 2 * DAY)
    with time_machine.travel(START + 3 * DAY, tick=False):
        services.reflection_create(
            owner=alice, kind="after_rejection", application=acme, went_well="Good rapport"
        )
    with time_machine.travel(START + 4 * DAY, tick=False):
        services.feedback_request_mark_requested(
            request=services.feedback_request_get_or_create(application=acme),
            requested_on=(START + 4 * DAY).date(),
            tone="brief",
            subject="s",
            body="b",
        )
        services.checkin_create(
            owner=alice, mood=2, energy=3, at=START + 4 * DAY + dt.timedelta(hours=1)
        )
    with time_machine.travel(START + 5 * DAY, tick=False):
        services.feedback_record(
            application=acme, text="More SQL depth", received_on=(START + 5 * DAY).date(), themes=[]
        )
    with time_machine.travel(START + 6 * DAY, tick=False):
        services.reframe_create(owner=alice, thought="I always fail", application=acme)
        action = skills_services.learning_action_create(
            owner=alice, title="SQL course", applications=[acme]
        )
    with time_machine.travel(START + 7 * DAY, tick=False):
        skills_services.learning_action_complete(action=action)
        services.goal_create(owner=alice, metric="outreach_messages", target=1)
    with time_machine.travel(START + 8 * DAY, tick=False):
        services.win_add(owner=alice, title="Portfolio live")
    return {"acme": acme, "other": other}


def _kinds(items: list[TimelineItem]) -> list[str]:
    return [f"{i.kind}:{i.title.split(':')[0]}" for i in items]


def test_everything_newest_first(alice: User, story: dict[str, Application]) -> None:
    items = selectors.timeline(owner=alice)
    assert [i.at for i in items] == sorted((i.at for i in items), reverse=True)
    assert [i.kind for i in items] == [
        "win",
        "goal",
        "learning",
        "learning",
        "reframe",
        "feedback",
        "checkin",
        "feedback_request",
        "reflection",
        "rejection",
        "stage",  # at the same moment as Globex's application: the later kind first
        "application",
        "application",
    ]
    # wins shown on their source item are not listed twice
    assert [i.title for i in items if i.kind == "win"] == ["Portfolio live"]
    marked = {(i.kind, i.win) for i in items if i.win}
    assert marked == {("win", True), ("learning", True), ("stage", True), ("feedback", True)}


def test_filter_by_kind(alice: User, story: dict[str, Application]) -> None:
    wins = selectors.timeline(owner=alice, kinds=["win"])
    assert [i.title for i in wins] == [
        "Portfolio live",
        "Completed: SQL course",
        "Feedback received from Acme",
        "Interview round 1 at Acme",
    ]
    assert {i.kind for i in selectors.timeline(owner=alice, kinds=["checkin", "reframe"])} == {
        "checkin",
        "reframe",
    }
    with pytest.raises(Http404):
        selectors.timeline(owner=alice, kinds=["gossip"])


def test_per_application(alice: User, story: dict[str, Application]) -> None:
    items = selectors.timeline(owner=alice, application=story["acme"])
    assert {i.application_id for i in items} == {story["acme"].pk}
    assert "checkin" not in {i.kind for i in items}  # not about this application
    assert {"learning", "feedback", "reflection", "rejection"} <= {i.kind for i in items}
    globex = selectors.timeline(owner=alice, application=story["other"])
    assert [i.kind for i in globex] == ["application"]


def test_cursor_and_limit(alice: User, story: dict[str, Application]) -> None:
    first = selectors.timeline(owner=alice, limit=3)
    rest = selectors.timeline(owner=alice, before=first[-1].at, limit=100)
    everything = selectors.timeline(owner=alice)
    assert len(first) == 3
    assert first + rest == everything


def test_nothing_of_bobs(bob: User, story: dict[str, Application]) -> None:
    assert selectors.timeline(owner=bob) == []


@pytest.mark.parametrize("size", [pytest.param(n, id=f"pages-of-{n}") for n in (1, 2, 3, 50)])
@pytest.mark.parametrize("per_app", [pytest.param(False, id="all"), pytest.param(True, id="acme")])
def test_skipping_queries_the_probe_saw_empty_changes_nothing(
    alice: User,
    story: dict[str, Application],
    monkeypatch: pytest.MonkeyPatch,
    size: int,
    per_app: bool,
) -> None:
    """perf: the second pass skips the queries whose probe found nothing (recent); every
    page is the same as with every query run."""
    application = story["acme"] if per_app else None

    def pages() -> list[list[tuple[str, int]]]:
        found: list[list[tuple[str, int]]] = []
        cursor = None
        while True:
            page = selectors.timeline(
                owner=alice, application=application, before=cursor, limit=size
            )
            if not page:
                return found
            found.append([(i.kind, i.obj_id) for i in page])
            cursor = selectors.cursor_of(page[-1])

    skipping = pages()
    monkeypatch.setattr(Scope, "_nothing_since", lambda self, key, day: False)
    assert skipping == pages()
    assert sum(len(page) for page in skipping) >= 3


def test_a_removed_automatic_win_no_longer_marks_its_item(
    alice: User, story: dict[str, Application]
) -> None:
    stage = next(i for i in selectors.timeline(owner=alice) if i.kind == "stage")
    assert stage.win and stage.win_key.startswith("event:")
    services.win_delete(win=Win.objects.get(owner=alice, source_key=stage.win_key))
    items = selectors.timeline(owner=alice)
    assert not next(i for i in items if i.kind == "stage").win
    assert {i.kind for i in items if i.win} == {"win", "learning", "feedback"}
