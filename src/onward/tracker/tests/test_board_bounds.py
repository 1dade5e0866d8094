"""The board stays bounded: each column's first cards and its total (fewer for the closed
groups), the rest on demand ("Show more")."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from tests import factories

from onward.accounts.models import User
from onward.skills import services as skills_services
from onward.tracker import selectors, services
from onward.tracker.choices import Stage
from onward.tracker.models import Application

pytestmark = pytest.mark.django_db
HTMX = {"HX-Request": "true"}


def _apps(owner: User, stage: Stage, count: int) -> list[Application]:
    if stage not in (Stage.GHOSTED, Stage.WITHDRAWN):
        return [factories.application(owner, title=f"T{i}", stage=stage) for i in range(count)]
    found = _apps(owner, Stage.APPLIED, count)
    for app in found:
        services.application_move(application=app, stage=stage)
    return found


def _column(columns: list[selectors.BoardColumn], stage: Stage) -> selectors.BoardColumn:
    return next(c for c in columns if c.stage == stage)


def test_columns_hold_the_newest_cards_and_count_them_all(alice: User) -> None:
    screening = _apps(alice, Stage.SCREENING, 3)
    columns = selectors.board(owner=alice, limit=2)
    column = _column(columns, Stage.SCREENING)
    assert column.total == 3
    assert [a.pk for a in column.applications] == [screening[2].pk, screening[1].pk]
    assert column.more == 1
    assert column.next_offset == 2


def test_closed_groups_hold_fewer_cards(alice: User) -> None:
    rejected = [factories.rejection(alice).application for _ in range(3)]
    _apps(alice, Stage.GHOSTED, 3)
    columns = selectors.board(owner=alice, limit=2, closed_limit=1)
    ghosted, closed = _column(columns, Stage.GHOSTED), _column(columns, Stage.REJECTED)
    assert (ghosted.total, len(ghosted.applications), ghosted.more) == (3, 2, 1)
    assert (closed.total, [a.pk for a in closed.applications]) == (3, [rejected[2].pk])
    assert closed.more == 2


def test_board_column_pages_through_one_stage(alice: User, bob: User) -> None:
    ghosted = _apps(alice, Stage.GHOSTED, 3)
    _apps(bob, Stage.GHOSTED, 1)
    first = selectors.board_column(owner=alice, stage=Stage.GHOSTED, limit=2)
    second = selectors.board_column(owner=alice, stage=Stage.GHOSTED, offset=2, limit=2)
    assert [a.pk for a in first.applications + second.applications] == [
        a.pk for a in reversed(ghosted)
    ]
    assert (first.total, first.more, second.more) == (3, 1, 0)


def test_board_queries_do_not_grow_with_the_columns(alice: User, alice_client: Client) -> None:
    _apps(alice, Stage.APPLIED, 1)
    with CaptureQueriesContext(connection) as small:
        alice_client.get(reverse("tracker:board"))
    _apps(alice, Stage.APPLIED, 4)
    _apps(alice, Stage.INTERVIEW, 3)
    alice_client.get(reverse("tracker:board"))  # celebrates the new wins, once
    with CaptureQueriesContext(connection) as large:
        alice_client.get(reverse("tracker:board"))
    assert len(large) == len(small)


def test_show_more_link_and_htmx_cards(alice: User, alice_client: Client) -> None:
    shown = selectors.BOARD_CLOSED_LIMIT
    _apps(alice, Stage.WITHDRAWN, shown + 2)
    url = reverse("tracker:board_column")
    board = alice_client.get(reverse("tracker:board")).content.decode()
    assert f'hx-get="{url}?stage=withdrawn&amp;offset={shown}"' in board
    assert "Show 2 more<span" in board
    response = alice_client.get(url, {"stage": "withdrawn", "offset": str(shown)}, headers=HTMX)
    text = response.content.decode()
    assert response.status_code == 200
    assert text.count('class="kcard"') == 2
    assert "<html" not in text
    assert "kcolumn__more" not in text  # nothing left to load


def test_show_more_cards_show_their_fit(alice: User, alice_client: Client) -> None:
    posting = factories.posting(
        alice, title="SQL role", description="You must know SQL and Python."
    )
    services.application_create(owner=alice, posting=posting)
    skills_services.profile_skill_add(owner=alice, skill_id="sql")
    response = alice_client.get(reverse("tracker:board_column"), {"stage": "applied"}, headers=HTMX)
    assert "50% fit" in response.content.decode()


def test_show_more_without_javascript_is_a_page(alice: User, alice_client: Client) -> None:
    _apps(alice, Stage.GHOSTED, 1)
    response = alice_client.get(reverse("tracker:board_column"), {"stage": "ghosted"})
    assert response.status_code == 200
    assert "<html" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        pytest.param({"stage": "Accepted"}, id="not-a-stage"),
        pytest.param({"stage": ""}, id="no-stage"),
        pytest.param({"stage": "x" * 300}, id="junk"),
    ],
)
def test_unknown_column_is_404(alice_client: Client, query: dict[str, str]) -> None:
    assert alice_client.get(reverse("tracker:board_column"), query).status_code == 404


@pytest.mark.parametrize(
    "offset",
    [
        pytest.param("-5", id="negative"),
        pytest.param("abc", id="not-a-number"),
        pytest.param("9" * 30, id="huge"),
    ],
)
def test_odd_offsets_are_harmless(alice: User, alice_client: Client, offset: str) -> None:
    _apps(alice, Stage.GHOSTED, 1)
    query = {"stage": "ghosted", "offset": offset}
    assert alice_client.get(reverse("tracker:board_column"), query).status_code == 200


def test_companies_page(alice: User, alice_client: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    from onward.tracker import views

    monkeypatch.setattr(views, "PAGE_SIZE", 2)
    for name in ("Acme", "Bolt", "Cedar"):
        factories.company(alice, name)
    second = alice_client.get(reverse("tracker:companies"), {"page": "2"})
    assert [c.name for c in second.context["companies"]] == ["Cedar"]
