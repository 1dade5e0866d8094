"""A reframe leads with the balanced view wherever it is shown: the list, its page, the
timeline and the lessons search (the negative thought comes second, as context)."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from onward.accounts.models import User
from onward.growth import selectors, services
from onward.growth.models import Reframe
from onward.timeline import selectors as timeline_selectors

pytestmark = pytest.mark.django_db

THOUGHT = "I will never get hired anywhere"
BALANCED = "Two final rounds this month show my applications are landing"


@pytest.fixture
def reframe(alice: User) -> Reframe:
    return services.reframe_create(owner=alice, thought=THOUGHT, balanced_view=BALANCED)


@pytest.mark.parametrize(
    "url",
    [
        pytest.param(lambda r: reverse("growth:reframes"), id="list"),
        pytest.param(lambda r: reverse("growth:reframe", kwargs={"reframe_id": r.pk}), id="page"),
    ],
)
def test_pages_show_the_balanced_view_first(
    alice_client: Client, reframe: Reframe, url: object
) -> None:
    text = alice_client.get(url(reframe)).content.decode()  # type: ignore[operator]
    assert text.index(BALANCED) < text.index(THOUGHT)


def test_the_timeline_leads_with_the_balanced_view(alice: User, reframe: Reframe) -> None:
    [item] = timeline_selectors.timeline(owner=alice, kinds=["reframe"])
    assert item.title == f"Reframed: {BALANCED}"
    assert THOUGHT in item.detail


def test_the_lessons_search_leads_with_the_balanced_view(alice: User, reframe: Reframe) -> None:
    [hit] = selectors.lessons_search(owner=alice, q="hired")
    assert hit.title.startswith("Two final rounds")
