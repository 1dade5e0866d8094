"""The one-query probe (``timeline.probe``) notes the very moments and newest-per-query
that the ORM probe (``Scope.probe``) notes, for every shape of page: all kinds or some,
one application's, with a cursor before, at or after midday of its day, a bare moment."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from django.utils import timezone

from onward.accounts.models import User
from onward.core import timeline
from onward.core.keyset import Cursor
from onward.core.timeline import Scope, TimelineItem
from onward.timeline import probe, selectors
from onward.timeline.tests.test_selectors import START, story  # noqa: F401 (a fixture)
from onward.tracker.models import Application

pytestmark = pytest.mark.django_db

NOON = dt.time(12, 0)


def _noon(days: int) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine((START + dt.timedelta(days=days)).date(), NOON))


CURSORS = {
    "none": None,
    "after-midday": Cursor(_noon(5) + dt.timedelta(hours=3), 3, 7),
    "at-midday": Cursor(_noon(5), 4, 1),
    "before-midday": Cursor(_noon(4) - dt.timedelta(hours=2), 2, 9),
    "bare-moment": Cursor(_noon(6), -1, 0),
}
KINDS = {
    "all": (),
    "some": ("feedback", "checkin", "win", "stage"),
    "days-only": ("feedback_request", "feedback", "interaction"),
}


def _orm(
    scope: Scope, kinds: tuple[str, ...]
) -> tuple[list[dt.datetime], dict[str, dt.datetime | None]]:
    found: list[dt.datetime] = []
    newest: dict[str, dt.datetime | None] = {}
    selectors._gather(replace(scope, probe=found, newest=newest), kinds)
    return sorted(found), newest


@pytest.mark.parametrize("cursor", CURSORS.values(), ids=CURSORS.keys())
@pytest.mark.parametrize("kinds", KINDS.values(), ids=KINDS.keys())
@pytest.mark.parametrize("one_application", [False, True], ids=["account", "application"])
@pytest.mark.parametrize("limit", [2, 100], ids=["limit-2", "limit-100"])
def test_same_moments_as_the_orm_probe(
    alice: User,
    story: dict[str, Application],  # noqa: F811
    cursor: Cursor | None,
    kinds: tuple[str, ...],
    one_application: bool,
    limit: int,
) -> None:
    app = story["acme"].pk if one_application else None
    scope = Scope(owner_id=alice.pk, application_id=app, before=cursor, limit=limit)
    for _ in range(2):  # planned, then from the plan
        found, newest = probe.moments(scope, kinds, selectors._gather)
        assert (sorted(found), newest) == _orm(scope, kinds)
    assert probe._plans[probe._shape(scope, kinds)] is not None


def test_another_owner_sees_nothing(alice: User, bob: User, story: dict[str, Application]) -> None:  # noqa: F811
    scope = Scope(owner_id=alice.pk, application_id=None, before=None, limit=100)
    assert probe.moments(scope, (), selectors._gather)[0]
    found, newest = probe.moments(replace(scope, owner_id=bob.pk), (), selectors._gather)
    assert found == [] and set(newest.values()) == {None}


@pytest.mark.parametrize("cursor", CURSORS.values(), ids=CURSORS.keys())
@pytest.mark.parametrize("kinds", KINDS.values(), ids=KINDS.keys())
@pytest.mark.parametrize("one_application", [False, True], ids=["account", "application"])
def test_rows_from_kept_sql_are_the_orms(
    alice: User,
    story: dict[str, Application],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    cursor: Cursor | None,
    kinds: tuple[str, ...],
    one_application: bool,
) -> None:
    """Every kind's rows read by the SQL kept per shape (``Scope.rows``) make the items
    the ORM's own queries make, page after page."""
    app = story["acme"] if one_application else None

    def pages() -> list[list[TimelineItem]]:
        found: list[list[TimelineItem]] = []
        before = cursor
        for _ in range(4):
            page = selectors.timeline(
                owner=alice, application=app, kinds=kinds, before=before, limit=3
            )
            found.append(page)
            if not page:
                break
            before = selectors.cursor_of(page[-1])
        return found

    kept = pages()
    assert all(plan is not None for plan in timeline._row_plans.values())
    monkeypatch.setattr(timeline.Scope, "_row_plan", lambda *args: None)
    monkeypatch.setattr(timeline, "_row_plans", {})
    assert pages() == kept
