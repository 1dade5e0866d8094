"""Companies and postings through the JSON API."""

from __future__ import annotations

from typing import Any

import pytest
from tests import factories

from onward.accounts.models import User
from onward.accounts.testing import JsonClient
from onward.tracker.models import Company, JobPosting, Rejection

pytestmark = pytest.mark.django_db


@pytest.fixture
def api(alice: User) -> JsonClient:
    return JsonClient.for_user(alice)


# --- companies ---------------------------------------------------------------------------


def test_company_crud(api: JsonClient, alice: User) -> None:
    created = api.post("/companies", {"name": " Acme ", "website": "https://acme.test"})
    assert created.status_code == 201, created.json()
    body = created.json()
    assert body["name"] == "Acme"
    assert body["uid"] and body["id"]
    assert body["created_at"].startswith("20")

    path = f"/companies/{body['id']}"
    assert api.get(path).json()["website"] == "https://acme.test"

    patched = api.patch(path, {"notes": "Met them at a meetup."})
    assert patched.status_code == 200
    assert patched.json()["notes"] == "Met them at a meetup."
    assert patched.json()["name"] == "Acme"  # untouched

    assert api.delete(path).status_code == 204
    assert not Company.objects.filter(owner=alice).exists()
    assert api.get(path).status_code == 404


def test_company_list_filters_by_name(api: JsonClient, alice: User) -> None:
    for name in ("Acme", "Globex", "Acme Labs"):
        factories.company(alice, name)
    body = api.get("/companies", {"q": "acme"}).json()
    assert body["count"] == 2
    assert [c["name"] for c in body["items"]] == ["Acme", "Acme Labs"]


def test_company_delete_refused_while_it_has_postings(api: JsonClient, alice: User) -> None:
    posting = factories.posting(alice, company_name="Acme")
    response = api.delete(f"/companies/{posting.company_id}")
    assert response.status_code == 400
    assert "postings" in response.json()["errors"]["__all__"][0]


@pytest.mark.parametrize(
    ("body", "field", "status"),
    [
        pytest.param({}, "name", 422, id="missing-name"),
        pytest.param({"name": "   "}, "name", 422, id="blank-name"),
        pytest.param({"name": "x" * 201}, "name", 422, id="name-too-long"),
        pytest.param({"name": "Initech", "website": "not a url"}, "website", 400, id="bad-url"),
        pytest.param({"name": "ACME"}, "name", 400, id="duplicate-name"),
        pytest.param({"name": "Acme", "colour": "red"}, "colour", 422, id="unknown-field"),
        pytest.param({"name": 42}, "name", 422, id="wrong-type"),
        pytest.param({"name": "A\x00cme"}, "name", 422, id="nul-character"),
    ],
)
def test_company_create_rejects_bad_input(
    api: JsonClient, alice: User, body: dict[str, Any], field: str, status: int
) -> None:
    factories.company(alice, "Acme")
    response = api.post("/companies", body)
    assert response.status_code == status, response.json()
    assert response.json()["errors"][field]


def test_company_rename_to_taken_name(api: JsonClient, alice: User) -> None:
    factories.company(alice, "Acme")
    other = factories.company(alice, "Globex")
    response = api.patch(f"/companies/{other.pk}", {"name": "acme"})
    assert response.status_code == 400
    assert "already have a company" in response.json()["errors"]["name"][0]


def test_company_patch_refuses_null(api: JsonClient, alice: User) -> None:
    company = factories.company(alice, "Acme")
    response = api.patch(f"/companies/{company.pk}", {"name": None})
    assert response.status_code == 422
    assert response.json()["errors"]["name"]


# --- postings ----------------------------------------------------------------------------


def test_posting_create_with_new_company_name(api: JsonClient, alice: User) -> None:
    response = api.post(
        "/postings",
        {
            "company_name": "Initech",
            "title": "Data Analyst",
            "work_mode": "remote",
            "seniority": "mid",
            "role_family": "data",
            "salary_min": 50000,
            "salary_max": 60000,
            "salary_currency": "eur",
            "salary_period": "year",
        },
    )
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["company"]["name"] == "Initech"
    assert body["salary_currency"] == "EUR"
    assert body["work_mode"] == "remote"
    assert Company.objects.get(owner=alice).name == "Initech"


def test_posting_create_reuses_company_by_name_or_id(api: JsonClient, alice: User) -> None:
    company = factories.company(alice, "Initech")
    by_name = api.post("/postings", {"company_name": "initech", "title": "Analyst"})
    by_id = api.post("/postings", {"company_id": company.pk, "title": "Engineer"})
    assert by_name.json()["company"]["id"] == company.pk
    assert by_id.json()["company"]["id"] == company.pk
    assert Company.objects.filter(owner=alice).count() == 1


def test_posting_crud_and_company_filter(api: JsonClient, alice: User) -> None:
    first = factories.posting(alice, title="Analyst", company_name="Acme")
    factories.posting(alice, title="Engineer", company_name="Globex")
    listed = api.get("/postings", {"company_id": first.company_id}).json()
    assert [p["title"] for p in listed["items"]] == ["Analyst"]

    path = f"/postings/{first.pk}"
    other = factories.company(alice, "Initech")
    patched = api.patch(path, {"title": "Senior Analyst", "company_id": other.pk})
    assert patched.status_code == 200, patched.json()
    assert patched.json()["title"] == "Senior Analyst"
    assert patched.json()["company"]["name"] == "Initech"

    assert api.delete(path).status_code == 204
    assert not JobPosting.objects.filter(pk=first.pk).exists()


@pytest.mark.parametrize(
    ("body", "field", "status"),
    [
        pytest.param({"title": "Analyst"}, "__all__", 422, id="no-company"),
        pytest.param(
            {"title": "Analyst", "company_name": "A", "company_id": 1}, "__all__", 422, id="both"
        ),
        pytest.param({"company_name": "Acme"}, "title", 422, id="missing-title"),
        pytest.param(
            {"company_name": "Acme", "title": "A", "work_mode": "moon"}, "work_mode", 422, id="enum"
        ),
        pytest.param(
            {"company_name": "Acme", "title": "A", "salary_min": -1}, "salary_min", 422, id="neg"
        ),
        pytest.param(
            {"company_name": "Acme", "title": "A", "salary_min": 10, "salary_max": 5},
            "salary_max",
            400,
            id="salary-range",
        ),
        pytest.param(
            {"company_name": "Acme", "title": "A", "salary_currency": "euro"},
            "salary_currency",
            422,
            id="currency",
        ),
        pytest.param(
            {"company_name": "Acme", "title": "A", "url": "nope"}, "url", 400, id="bad-url"
        ),
        pytest.param({"company_id": 2**70, "title": "A"}, "company_id", 422, id="huge-company-id"),
    ],
)
def test_posting_create_rejects_bad_input(
    api: JsonClient, body: dict[str, Any], field: str, status: int
) -> None:
    response = api.post("/postings", body)
    assert response.status_code == status, response.json()
    assert response.json()["errors"][field]


def test_posting_create_for_unknown_company_id_is_404(api: JsonClient, bob: User) -> None:
    bobs = factories.company(bob, "Bob's Company")
    response = api.post("/postings", {"company_id": bobs.pk, "title": "Analyst"})
    assert response.status_code == 404
    assert response.json() == {"detail": "Not Found"}
    assert not JobPosting.objects.exists()


def test_failed_posting_does_not_leave_a_new_company(api: JsonClient, alice: User) -> None:
    response = api.post("/postings", {"company_name": "Acme", "title": "A", "url": "bad"})
    assert response.status_code == 400
    assert not Company.objects.filter(owner=alice).exists()


def test_posting_delete_takes_its_applications_and_rejections(api: JsonClient, alice: User) -> None:
    rejection = factories.rejection(alice)
    posting_id = rejection.application.posting_id
    response = api.delete(f"/postings/{posting_id}")
    assert response.status_code == 204
    assert not JobPosting.objects.filter(pk=posting_id).exists()
    assert not Rejection.objects.exists()
