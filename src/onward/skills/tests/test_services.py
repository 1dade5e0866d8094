"""The learning plan: create, update, complete (a win, once), links and validation."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.http import Http404
from tests import factories

from onward.accounts.models import User
from onward.growth import services as growth_services
from onward.growth.choices import WinKind
from onward.growth.models import Win
from onward.skills import selectors, services
from onward.skills.choices import LearningStatus

pytestmark = pytest.mark.django_db


def test_create_links_applications_and_reframe(alice: User) -> None:
    app = factories.application(alice)
    reframe = growth_services.reframe_create(owner=alice, thought="I lack SQL")
    action = services.learning_action_create(
        owner=alice,
        title=" SQL window functions ",
        kind="practice",
        skill_label="SQL",
        hours_planned=Decimal("4.25"),
        url="https://example.org/course",
        applications=[app],
        reframe=reframe,
    )
    got = selectors.learning_action_get(owner=alice, pk=action.pk)
    assert (got.title, got.hours_planned, got.status) == (
        "SQL window functions",
        Decimal("4.2"),
        LearningStatus.PLANNED,
    )
    assert list(got.surfaced_by.all()) == [app]
    assert list(selectors.learning_action_list(owner=alice, application=app)) == [got]


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        pytest.param({"title": " "}, "title", id="title"),
        pytest.param({"title": "x", "kind": "osmosis"}, "kind", id="kind"),
        pytest.param({"title": "x", "hours_planned": -1}, "hours_planned", id="hours"),
        pytest.param({"title": "x", "hours_planned": "lots"}, "hours_planned", id="hours-text"),
        pytest.param({"title": "x", "url": "javascript:alert(1)"}, "url", id="url"),
        pytest.param({"title": "x" * 201}, "title", id="long"),
    ],
)
def test_create_refuses(alice: User, fields: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as exc:
        services.learning_action_create(owner=alice, **fields)
    assert field in exc.value.message_dict


def test_links_only_own_objects(alice: User, bob: User) -> None:
    with pytest.raises(ValidationError) as exc:
        services.learning_action_create(
            owner=bob, title="x", applications=[factories.application(alice)]
        )
    assert "applications" in exc.value.message_dict
    reframe = growth_services.reframe_create(owner=alice, thought="t")
    with pytest.raises(ValidationError):
        services.learning_action_create(owner=bob, title="x", reframe=reframe)


def test_complete_records_a_win_once(alice: User) -> None:
    action = services.learning_action_create(owner=alice, title="Stats course")
    services.learning_action_complete(action=action)
    services.learning_action_complete(action=action)
    assert action.status == LearningStatus.DONE and action.completed_at is not None
    win = Win.objects.get(owner=alice)
    assert (win.kind, win.title) == (WinKind.LEARNING_COMPLETED, "Completed: Stats course")


def test_update_to_done_completes_and_back_clears(alice: User) -> None:
    action = services.learning_action_create(owner=alice, title="Stats")
    services.learning_action_update(action=action, status="done", hours_spent=3)
    assert action.completed_at is not None and Win.objects.count() == 1
    services.learning_action_update(action=action, status="in_progress")
    assert action.completed_at is None
    with pytest.raises(ValidationError):
        services.learning_action_update(action=action, owner=None)
    with pytest.raises(ValidationError):
        services.learning_action_update(action=action, status="someday")


def test_get_is_owner_scoped(alice: User, bob: User) -> None:
    action = services.learning_action_create(owner=alice, title="x")
    with pytest.raises(Http404):
        selectors.learning_action_get(owner=bob, pk=action.pk)
    assert list(selectors.learning_action_list(owner=bob)) == []
    services.learning_action_delete(action=action)
    assert not selectors.learning_action_list(owner=alice).exists()
