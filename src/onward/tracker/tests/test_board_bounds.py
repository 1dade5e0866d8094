"""The board stays bounded: each column's first cards and its total (fewer for the closed
groups), the rest on demand ("Show more")."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from tests import factories

from onward.accounts.models import User
from onward.skills import services as skills_services
from onward.tracker import selectors, services, stages
from onward.tracker.choices import CLOSED, Stage
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
    assert column.next_after == str(selectors.BoardCursor.of(screening[1]))


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
    after = selectors.BoardCursor.parse(first.next_after)
    second = selectors.board_column(owner=alice, stage=Stage.GHOSTED, after=after, limit=2)
    assert [a.pk for a in first.applications + second.applications] == [
        a.pk for a in reversed(ghosted)
    ]
    assert (first.total, first.more, second.more) == (3, 1, 0)


def _shown(html: str) -> list[int]:
    return [int(pk) for pk in re.findall(r'data-application="(\d+)"', html)]


def _next_after(html: str) -> str:
    found = re.search(r'hx-get="[^"]*&amp;after=([^"]+)"', html)
    return found.group(1) if found else ""


@pytest.mark.parametrize(
    "move",
    [
        pytest.param(0, id="a-shown-card-leaves"),
        pytest.param(3, id="a-card-not-yet-shown-leaves"),
    ],
)
def test_show_more_neither_skips_nor_repeats_when_a_card_moves(alice: User, move: int) -> None:
    """Page one, then a card leaves the column (or a new one arrives), then page two:
    every card still in the column is shown once, in order."""
    applied = list(reversed(_apps(alice, Stage.APPLIED, 7)))  # newest first
    one = selectors.board_column(owner=alice, stage=Stage.APPLIED, limit=3)
    assert [a.pk for a in one.applications] == [a.pk for a in applied[:3]]
    moved = applied[move]
    services.application_move(application=moved, stage=Stage.SCREENING)
    arrived = _apps(alice, Stage.APPLIED, 1)[0]  # newest: it belongs at the top
    after = selectors.BoardCursor.parse(one.next_after)
    two = selectors.board_column(owner=alice, stage=Stage.APPLIED, after=after, limit=10)
    seen = [a.pk for a in one.applications + two.applications]
    assert len(seen) == len(set(seen)), "a card was shown twice"
    still_there = [a.pk for a in applied if a.pk != moved.pk]
    assert [pk for pk in seen if pk != moved.pk] == still_there, "a card was skipped"
    assert arrived.pk not in seen  # it is at the top of the column, not in a later page
    assert two.more == 0


def test_show_more_link_pages_by_the_last_card(alice: User, alice_client: Client) -> None:
    """Through the view: the board's link names its last card; moving a shown card away
    before "Show more" still loads exactly the cards not shown yet."""
    shown = selectors.BOARD_COLUMN_LIMIT
    applied = list(reversed(_apps(alice, Stage.APPLIED, shown + 3)))
    board = alice_client.get(reverse("tracker:board")).content.decode()
    after = _next_after(board)
    assert after == str(selectors.BoardCursor.of(applied[shown - 1]))
    services.application_move(application=applied[0], stage=Stage.SCREENING)
    url = reverse("tracker:board_column")
    more = alice_client.get(url, {"stage": "applied", "after": after}, headers=HTMX)
    assert _shown(more.content.decode()) == [a.pk for a in applied[shown:]]
    assert "kcolumn__more" not in more.content.decode()


@pytest.mark.usefixtures("pages_drawn_afresh")
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
    after = _next_after(board)
    assert f'hx-get="{url}?stage=withdrawn&amp;after={after}"' in board
    assert "Show 2 more<span" in board
    response = alice_client.get(url, {"stage": "withdrawn", "after": after}, headers=HTMX)
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
    "after",
    [
        pytest.param("-5", id="no-separator"),
        pytest.param("abc_def", id="not-numbers"),
        pytest.param("9" * 30 + "_1", id="huge-time"),
        pytest.param("-" + "9" * 30 + "_1", id="huge-negative-time"),
        pytest.param("1_" + "9" * 30, id="huge-id"),
        pytest.param("_3", id="never-moved"),
        pytest.param("x" * 300, id="junk"),
    ],
)
def test_odd_cursors_are_harmless(alice: User, alice_client: Client, after: str) -> None:
    _apps(alice, Stage.GHOSTED, 1)
    query = {"stage": "ghosted", "after": after}
    assert alice_client.get(reverse("tracker:board_column"), query).status_code == 200


def test_cursor_round_trips_and_orders_never_moved_cards_last(alice: User) -> None:
    apps = _apps(alice, Stage.SCREENING, 3)
    Application.objects.filter(pk=apps[0].pk).update(stage_changed_at=None)
    columns = selectors.board(owner=alice)
    order = [a.pk for a in _column(columns, Stage.SCREENING).applications]
    assert order == [apps[2].pk, apps[1].pk, apps[0].pk]
    for app in Application.objects.filter(pk__in=order):
        cursor = selectors.BoardCursor.of(app)
        assert selectors.BoardCursor.parse(str(cursor)) == cursor
    after = selectors.BoardCursor.parse(str(selectors.BoardCursor.of(apps[1])))
    rest = selectors.board_column(owner=alice, stage=Stage.SCREENING, after=after)
    assert [a.pk for a in rest.applications] == [apps[0].pk]


def test_companies_page(alice: User, alice_client: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    from onward.tracker import views

    monkeypatch.setattr(views, "PAGE_SIZE", 2)
    for name in ("Acme", "Bolt", "Cedar"):
        factories.company(alice, name)
    second = alice_client.get(reverse("tracker:companies"), {"page": "2"})
    assert [c.name for c in second.context["companies"]] == ["Cedar"]


def test_application_roles_name_the_owners_applications_only(alice: User, bob: User) -> None:
    mine = factories.application(alice, title="Analyst", company_name="Acme")
    theirs = factories.application(bob, title="Engineer", company_name="Globex")
    roles = selectors.application_roles(owner=alice, ids=[mine.pk, theirs.pk, mine.pk])
    assert roles == {mine.pk: "Analyst at Acme"}


def test_allowed_moves_of_ghosted_cards_resume_where_each_was(alice: User, bob: User) -> None:
    """One query for many cards: a ghosted card offers the stage it went quiet in again."""
    screening = factories.application(alice, title="S", stage=Stage.SCREENING)
    services.application_move(application=screening, stage=Stage.GHOSTED)
    applied = _apps(alice, Stage.GHOSTED, 1)[0]  # went quiet after applying
    theirs = _apps(bob, Stage.GHOSTED, 1)[0]
    apps = list(Application.objects.filter(pk__in=[screening.pk, applied.pk, theirs.pk]))
    moves = selectors.applications_allowed_moves(applications=apps)
    for app in apps:
        assert moves[app.pk] == selectors.application_allowed_moves(application=app)
    assert moves[screening.pk] == stages.allowed_moves(
        Stage.GHOSTED, before_ghosted=Stage.SCREENING
    )
    assert moves[applied.pk] == stages.allowed_moves(Stage.GHOSTED, before_ghosted=Stage.APPLIED)
    assert moves[screening.pk] != moves[applied.pk]


@pytest.mark.parametrize(
    ("q", "limit", "closed_limit"),
    [
        pytest.param("", 2, 1, id="all"),
        pytest.param("T1", 2, 1, id="searched"),
        pytest.param("", 0, 2, id="open-columns-empty"),
        pytest.param("", 3, 0, id="closed-groups-empty"),
    ],
)
def test_each_column_holds_the_first_cards_of_its_stage(
    alice: User, bob: User, q: str, limit: int, closed_limit: int
) -> None:
    for stage in (Stage.SAVED, Stage.SCREENING, Stage.GHOSTED):
        _apps(alice, stage, 4)
        _apps(bob, stage, 2)  # never on alice's board
    for _ in range(3):
        factories.rejection(alice)
    never_moved = _apps(alice, Stage.SCREENING, 2)
    Application.objects.filter(pk__in=[a.pk for a in never_moved]).update(stage_changed_at=None)
    columns = selectors.board(owner=alice, q=q, limit=limit, closed_limit=closed_limit)
    for column in columns:
        n = closed_limit if column.stage in CLOSED else limit
        one = selectors.board_column(owner=alice, stage=column.stage, q=q, limit=max(n, 1))
        expected = [a.pk for a in one.applications][:n]
        assert [a.pk for a in column.applications] == expected, column.stage
        assert column.total == one.total
