"""The applications list: search, filters, sorting, pagination and the htmx partial."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from tests import factories

from onward.accounts.models import User
from onward.tracker.choices import Stage
from onward.tracker.forms import SORT_CHOICES
from onward.tracker.selectors import ORDERINGS
from onward.tracker.views import PAGE_SIZE

pytestmark = pytest.mark.django_db


@pytest.fixture
def apps(alice: User) -> dict[str, int]:
    made = {
        "analyst": factories.application(
            alice,
            title="Data Analyst",
            company_name="Acme",
            applied_on=dt.date(2026, 1, 5),
            channel="referral",
            tailored=True,
        ),
        "engineer": factories.application(
            alice, title="Backend Engineer", company_name="Globex", applied_on=dt.date(2026, 2, 1)
        ),
        "designer": factories.application(
            alice, title="Product Designer", company_name="Initech", stage=Stage.SAVED
        ),
    }
    made["engineer"].posting.role_family = "software"
    made["engineer"].posting.save()
    return {name: app.pk for name, app in made.items()}


def _ids(client: Client, params: dict[str, Any]) -> set[int]:
    response = client.get(reverse("tracker:list"), params)
    assert response.status_code == 200
    return {app.pk for app in response.context["page"].object_list}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        pytest.param({}, {"analyst", "engineer", "designer"}, id="all"),
        pytest.param({"q": "acme"}, {"analyst"}, id="search-company"),
        pytest.param({"q": "backend eng"}, {"engineer"}, id="search-words"),
        pytest.param({"stage": ["saved"]}, {"designer"}, id="stage"),
        pytest.param(
            {"stage": ["saved", "applied"]}, {"analyst", "engineer", "designer"}, id="stages"
        ),
        pytest.param({"channel": "referral"}, {"analyst"}, id="channel"),
        pytest.param({"role_family": "software"}, {"engineer"}, id="role-family"),
        pytest.param({"applied_from": "2026-01-20"}, {"engineer"}, id="from"),
        pytest.param({"applied_to": "2026-01-20"}, {"analyst"}, id="to"),
        pytest.param({"tailored": "yes"}, {"analyst"}, id="tailored"),
        pytest.param({"tailored": "no"}, {"engineer", "designer"}, id="not-tailored"),
        pytest.param({"applied_from": "not a date"}, {"analyst", "engineer", "designer"}, id="bad"),
    ],
)
def test_filters(
    alice_client: Client, apps: dict[str, int], params: dict[str, Any], expected: set[str]
) -> None:
    assert _ids(alice_client, params) == {apps[name] for name in expected}


@pytest.mark.parametrize(
    ("order", "expected"),
    [
        pytest.param("-applied_on", ["engineer", "analyst"], id="newest"),
        pytest.param("applied_on", ["analyst", "engineer"], id="oldest"),
        pytest.param("company", ["analyst", "engineer"], id="company"),
    ],
)
def test_sorting(
    alice_client: Client, apps: dict[str, int], order: str, expected: list[str]
) -> None:
    params = {"order": order, "stage": ["applied"]}
    response = alice_client.get(reverse("tracker:list"), params)
    assert [app.pk for app in response.context["page"].object_list] == [
        apps[name] for name in expected
    ]


def test_sort_choices_cover_the_selector_orderings() -> None:
    assert {value for value, _ in SORT_CHOICES} == set(ORDERINGS)


def test_full_page_has_live_search_form(alice_client: Client, apps: dict[str, int]) -> None:
    text = alice_client.get(reverse("tracker:list")).content.decode()
    assert 'hx-trigger="input changed delay:300ms' in text
    assert 'hx-target="#results"' in text
    assert 'method="get"' in text
    assert 'id="results"' in text


def test_htmx_request_gets_only_the_results(alice_client: Client, apps: dict[str, int]) -> None:
    response = alice_client.get(
        reverse("tracker:list"), {"q": "acme"}, headers={"HX-Request": "true"}
    )
    text = response.content.decode()
    assert "<html" not in text
    assert "Data Analyst" in text
    assert "Backend Engineer" not in text
    assert 'hx-swap-oob="innerHTML"' in text
    assert "1 application matches" in text
    assert "HX-Request" in response["Vary"]


def test_htmx_history_restore_gets_the_full_page(alice_client: Client) -> None:
    headers = {"HX-Request": "true", "HX-History-Restore-Request": "true"}
    response = alice_client.get(reverse("tracker:list"), headers=headers)
    assert "<html" in response.content.decode()


def test_no_match_is_a_friendly_message(alice_client: Client, apps: dict[str, int]) -> None:
    text = alice_client.get(reverse("tracker:list"), {"q": "zzz"}).content.decode()
    assert "Nothing matches these filters." in text


def test_pagination_keeps_the_filters(alice: User, alice_client: Client) -> None:
    for n in range(PAGE_SIZE + 2):
        factories.application(alice, title=f"Role {n}", company_name=f"Co {n}")
    response = alice_client.get(reverse("tracker:list"), {"q": "role"})
    page = response.context["page"]
    assert (len(page.object_list), page.paginator.num_pages) == (PAGE_SIZE, 2)
    assert "?q=role&amp;page=2" in response.content.decode()
    second = alice_client.get(reverse("tracker:list"), {"q": "role", "page": "2"})
    assert len(second.context["page"].object_list) == 2
