"""The learning plan pages: list, add, edit, complete, delete; bad input saves nothing."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from onward.accounts.models import User
from onward.growth import selectors as growth_selectors
from onward.skills import selectors, services
from onward.skills.models import LearningAction

pytestmark = pytest.mark.django_db


@pytest.fixture
def action(alice: User) -> LearningAction:
    return services.learning_action_create(
        owner=alice, title="SQL window functions", kind="practice", skill_label="SQL"
    )


def _url(name: str, action: LearningAction) -> str:
    return reverse(name, kwargs={"action_id": action.pk})


@pytest.mark.parametrize(
    ("query", "shown"),
    [
        pytest.param("", True, id="open"),
        pytest.param("?status=planned", True, id="planned"),
        pytest.param("?status=done", False, id="done"),
        pytest.param("?status=all", True, id="all"),
        pytest.param("?status=nonsense", True, id="unknown-means-open"),
    ],
)
def test_list_filters_by_status(
    alice_client: Client, action: LearningAction, query: str, shown: bool
) -> None:
    response = alice_client.get(reverse("skills:learning") + query)
    assert response.status_code == 200
    assert (action.title in response.content.decode()) is shown


def test_create_prefilled_from_a_link(alice: User, alice_client: Client) -> None:
    page = alice_client.get(reverse("skills:learning_create"), {"title": "Practise dbt"})
    assert page.context["form"]["title"].value() == "Practise dbt"
    data = {
        "title": "dbt course",
        "kind": "course",
        "hours_planned": "6",
        "url": "learn.example/dbt",
    }
    assert alice_client.post(reverse("skills:learning_create"), data).status_code == 302
    created = selectors.learning_action_list(owner=alice).get()
    assert (created.title, created.url) == ("dbt course", "https://learn.example/dbt")


BAD: list[tuple[str, dict[str, Any], str]] = [
    ("no-title", {"title": "", "kind": "course"}, "title"),
    ("kind", {"title": "X", "kind": "nap"}, "kind"),
    ("hours", {"title": "X", "kind": "course", "hours_planned": "-1"}, "hours_planned"),
    ("url", {"title": "X", "kind": "course", "url": "not a url"}, "url"),
]


@pytest.mark.parametrize(("data", "field"), [pytest.param(d, f, id=i) for i, d, f in BAD])
def test_bad_create_is_400_and_saves_nothing(
    alice_client: Client, data: dict[str, Any], field: str
) -> None:
    response = alice_client.post(reverse("skills:learning_create"), data)
    assert response.status_code == 400
    assert response.context["form"].errors[field]
    assert not LearningAction.objects.exists()


def test_edit_and_bad_edit(alice: User, alice_client: Client, action: LearningAction) -> None:
    data = {"title": "Window functions", "kind": "practice", "status": "in_progress"}
    data |= {"hours_spent": "2"}
    assert alice_client.post(_url("skills:learning_edit", action), data).status_code == 302
    action.refresh_from_db()
    assert (action.title, action.status) == ("Window functions", "in_progress")
    bad = alice_client.post(_url("skills:learning_edit", action), {**data, "status": "meh"})
    assert bad.status_code == 400
    action.refresh_from_db()
    assert action.status == "in_progress"


def test_complete_records_a_win(alice: User, alice_client: Client, action: LearningAction) -> None:
    url = _url("skills:learning_complete", action)
    assert alice_client.get(url).status_code == 405
    assert alice_client.post(url)["Location"] == reverse("skills:learning")
    action.refresh_from_db()
    assert action.status == "done"
    assert growth_selectors.win_list(owner=alice, kind="learning_completed").exists()


def test_delete_after_confirming(alice_client: Client, action: LearningAction) -> None:
    assert (
        "Delete this learning action?"
        in alice_client.get(_url("skills:learning_delete", action)).content.decode()
    )
    alice_client.post(_url("skills:learning_delete", action))
    assert not LearningAction.objects.exists()


@pytest.mark.parametrize(
    ("name", "method"),
    [
        pytest.param("skills:learning_edit", "get", id="edit"),
        pytest.param("skills:learning_complete", "post", id="complete"),
        pytest.param("skills:learning_delete", "post", id="delete"),
    ],
)
def test_someone_else_gets_404(
    bob_client: Client, action: LearningAction, name: str, method: str
) -> None:
    assert getattr(bob_client, method)(_url(name, action)).status_code == 404
    assert LearningAction.objects.filter(pk=action.pk, status="planned").exists()
    assert action.title not in bob_client.get(reverse("skills:learning")).content.decode()
