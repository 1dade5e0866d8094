"""Owner scoping in the tracker API: bob gets a plain 404 for every one of alice's objects."""

from __future__ import annotations

from typing import Any

import pytest
from tests import factories

from onward.accounts.models import User
from onward.accounts.testing import JsonClient
from onward.tracker.choices import Stage
from onward.tracker.models import Application, ApplicationEvent, Company, JobPosting, Rejection

pytestmark = pytest.mark.django_db


@pytest.fixture
def alices(alice: User) -> dict[str, int]:
    """Alice's objects, by the path parameter name that addresses them."""
    rejected = factories.rejection(alice)
    return {
        "company_id": rejected.application.posting.company_id,
        "posting_id": rejected.application.posting_id,
        "application_id": rejected.application_id,
    }


def _snapshot() -> list[int]:
    models = (Company, JobPosting, Application, ApplicationEvent, Rejection)
    return [model.objects.count() for model in models]


ROUTES = [
    ("get", "/companies/{company_id}", None),
    ("patch", "/companies/{company_id}", {"notes": "mine now"}),
    ("delete", "/companies/{company_id}", None),
    ("get", "/postings/{posting_id}", None),
    ("patch", "/postings/{posting_id}", {"title": "Mine"}),
    ("delete", "/postings/{posting_id}", None),
    ("get", "/applications/{application_id}", None),
    ("patch", "/applications/{application_id}", {"notes": "mine"}),
    ("delete", "/applications/{application_id}", None),
    ("get", "/applications/{application_id}/events", None),
    ("post", "/applications/{application_id}/moves", {"stage": "screening"}),
    ("post", "/applications/{application_id}/unghost", None),
    ("get", "/applications/{application_id}/rejection", None),
    ("post", "/applications/{application_id}/rejection", {}),
    ("patch", "/applications/{application_id}/rejection", {"message": "x"}),
    ("delete", "/applications/{application_id}/rejection", None),
]


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [pytest.param(*route, id=f"{route[0]} {route[1]}") for route in ROUTES],
)
def test_bob_gets_404_on_alices_objects(
    bob: User, alices: dict[str, int], method: str, path: str, body: Any
) -> None:
    api = JsonClient.for_user(bob)
    before = _snapshot()
    url = path.format(**alices)
    call = getattr(api, method)
    response = call(url) if method in ("get", "delete") else call(url, body)
    assert response.status_code == 404, response.content
    assert response.json() == {"detail": "Not Found"}
    assert _snapshot() == before


@pytest.mark.parametrize("path", ["/companies", "/postings", "/applications", "/rejections"])
def test_bobs_lists_do_not_show_alices_objects(
    bob: User, alices: dict[str, int], path: str
) -> None:
    assert JsonClient.for_user(bob).get(path).json() == {"items": [], "count": 0}


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        pytest.param("post", "/postings", {"company_id": "{company_id}", "title": "A"}, id="post"),
        pytest.param(
            "post", "/applications", {"posting_id": "{posting_id}"}, id="application-posting"
        ),
        pytest.param(
            "post",
            "/applications",
            {"posting": {"company_id": "{company_id}", "title": "A"}},
            id="inline-posting-company",
        ),
    ],
)
def test_bob_cannot_reference_alices_objects(
    bob: User, alices: dict[str, int], method: str, path: str, body: dict[str, Any]
) -> None:
    def fill(value: Any) -> Any:
        if isinstance(value, dict):
            return {key: fill(item) for key, item in value.items()}
        if isinstance(value, str) and value.startswith("{"):
            return alices[value.strip("{}")]
        return value

    before = _snapshot()
    response = getattr(JsonClient.for_user(bob), method)(path, fill(body))
    assert response.status_code == 404, response.content
    assert _snapshot() == before


def test_bob_cannot_move_his_posting_to_alices_company(bob: User, alices: dict[str, int]) -> None:
    posting = factories.posting(bob)
    api = JsonClient.for_user(bob)
    response = api.patch(f"/postings/{posting.pk}", {"company_id": alices["company_id"]})
    assert response.status_code == 404
    posting.refresh_from_db()
    assert posting.company.owner_id == bob.pk


def test_bob_filtering_by_alices_company_finds_nothing(bob: User, alices: dict[str, int]) -> None:
    factories.application(bob, stage=Stage.APPLIED)
    api = JsonClient.for_user(bob)
    body = api.get("/applications", {"company_id": alices["company_id"]}).json()
    assert body == {"items": [], "count": 0}
