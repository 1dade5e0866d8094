"""Timeline paging by cursor: items that share a moment are neither skipped nor repeated,
across kinds and pages; a cursor or date out of range is ignored or clamped, never a 500."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from onward.accounts.models import User
from onward.core import keyset
from onward.core.timeline import TimelineItem
from onward.growth import services
from onward.timeline import selectors

pytestmark = pytest.mark.django_db

INSTANT = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)


@pytest.fixture
def crowd(alice: User) -> list[TimelineItem]:
    """Nine items at one instant (check-ins, wins, reframes), two around it."""
    now = INSTANT + dt.timedelta(days=1)
    for n in range(3):
        services.checkin_create(owner=alice, mood=3, energy=3, at=INSTANT)
        services.win_add(owner=alice, title=f"Win {n}", occurred_at=INSTANT, now=now)
        services.reframe_create(owner=alice, thought=f"Thought {n}", now=INSTANT)
    services.checkin_create(owner=alice, mood=2, energy=2, at=INSTANT - dt.timedelta(hours=1))
    services.checkin_create(owner=alice, mood=4, energy=4, at=INSTANT + dt.timedelta(hours=1))
    return selectors.timeline(owner=alice)


def _key(item: TimelineItem) -> tuple[str, int, dt.datetime]:
    return item.kind, item.obj_id, item.at


@pytest.mark.parametrize("size", [pytest.param(n, id=f"pages-of-{n}") for n in (1, 2, 4, 5)])
def test_pages_cover_everything_once(alice: User, crowd: list[TimelineItem], size: int) -> None:
    seen: list[TimelineItem] = []
    cursor = None
    while True:
        page = selectors.timeline(owner=alice, before=cursor, limit=size)
        if not page:
            break
        seen += page
        cursor = selectors.cursor_of(page[-1])
    assert len(crowd) == 11
    assert [_key(i) for i in seen] == [_key(i) for i in crowd]


def test_a_bare_moment_means_strictly_older(alice: User, crowd: list[TimelineItem]) -> None:
    older = selectors.timeline(owner=alice, before=INSTANT)
    assert [i.at for i in older] == [INSTANT - dt.timedelta(hours=1)]


def test_web_pages_follow_the_cursor(
    alice: User, alice_client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    from onward.timeline import views

    monkeypatch.setattr(views, "PAGE", 2)
    for n in range(5):
        services.win_add(owner=alice, title=f"Same moment {n}", occurred_at=INSTANT)
    titles: list[str] = []
    query: dict[str, str] = {"kinds": "win"}
    for _ in range(5):
        response = alice_client.get(reverse("timeline:timeline"), query)
        titles += [item.title for _day, items in response.context["days"] for item in items]
        if not response.context["older"]:
            break
        query = {"kinds": "win", "before": response.context["older"]}
    assert sorted(titles) == [f"Same moment {n}" for n in range(5)]


def test_api_pages_follow_the_cursor(alice: User, alice_client: Client) -> None:
    for n in range(4):
        services.win_add(owner=alice, title=f"Same moment {n}", occurred_at=INSTANT)
    first = alice_client.get("/api/v1/timeline", {"limit": 2}).json()
    rest = alice_client.get("/api/v1/timeline", {"limit": 10, "cursor": first[-1]["cursor"]})
    titles = [item["title"] for item in first + rest.json()]
    assert sorted(titles) == [f"Same moment {n}" for n in range(4)]


@pytest.mark.parametrize(
    "before",
    [
        pytest.param("9999-12-31T23:59:59", id="year-9999"),
        pytest.param("9999-12-31", id="year-9999-date"),
        pytest.param("0001-01-01T00:00:00", id="year-1"),
        pytest.param("0001-01-01T00:00:00+14:00", id="year-1-east"),
        pytest.param("9999-12-31T23:59:59-12:00", id="year-9999-west"),
        pytest.param("2026-13-45", id="no-such-date"),
        pytest.param("yesterday", id="words"),
        pytest.param("2026-03-02T09:30:00+00:00~x~y", id="junk-tie-breakers"),
        pytest.param("2026-03-02T09:30:00+00:00~99999999999~-4", id="odd-tie-breakers"),
    ],
)
@pytest.mark.parametrize("zone", ["Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC"])
def test_far_off_or_junk_cursors_are_harmless(
    alice: User, alice_client: Client, crowd: list[TimelineItem], before: str, zone: str
) -> None:
    alice.time_zone = zone
    alice.save()
    response = alice_client.get(reverse("timeline:timeline"), {"before": before})
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("", None, id="empty"),
        pytest.param("nonsense", None, id="junk"),
        pytest.param("9999-12-31T23:59:59+00:00", keyset.LATEST, id="clamped-late"),
        pytest.param("0001-01-01T00:00:00+00:00", keyset.EARLIEST, id="clamped-early"),
    ],
)
def test_parse_moment(raw: str, expected: dt.datetime | None) -> None:
    assert keyset.parse_moment(raw) == expected


def test_cursor_round_trip() -> None:
    cursor = keyset.Cursor(timezone.now(), 3, 42)
    assert keyset.parse(cursor.encode()) == cursor


@pytest.mark.parametrize(
    "kinds",
    [
        pytest.param(["stage"], id="stage-only"),
        pytest.param(["application"], id="application-only"),
        pytest.param(["stage", "win"], id="stage-and-wins"),
        pytest.param(None, id="all"),
    ],
)
def test_narrowed_pages_cover_everything(alice: User, kinds: list[str] | None) -> None:
    from tests import factories

    from onward.tracker import services as tracker_services
    from onward.tracker.choices import Stage

    for _ in range(3):
        app = factories.application(alice)
        tracker_services.application_move(application=app, stage=Stage.SCREENING)
    everything = selectors.timeline(owner=alice, kinds=kinds)
    seen: list[TimelineItem] = []
    cursor = None
    for _ in range(20):
        page = selectors.timeline(owner=alice, kinds=kinds, before=cursor, limit=2)
        if not page:
            break
        seen += page
        cursor = selectors.cursor_of(page[-1])
    assert [_key(i) for i in seen] == [_key(i) for i in everything]
    assert everything
