"""Applications through the JSON API: create, read, edit, delete, list, filter, paginate."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import time_machine
from django.utils import timezone
from tests import factories

from onward.accounts.models import User
from onward.accounts.testing import JsonClient
from onward.tracker import services
from onward.tracker.choices import Stage
from onward.tracker.models import Application, Company, JobPosting

pytestmark = pytest.mark.django_db

T0 = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def api(alice: User) -> JsonClient:
    return JsonClient.for_user(alice)


def _app(owner: User, title: str, company: str, stage: Stage, **fields: Any) -> Application:
    posting_fields = {"role_family": fields.pop("role_family", "")}
    posting = services.posting_create_with_company(
        owner=owner, company_name=company, title=title, **posting_fields
    )
    return services.application_create(owner=owner, posting=posting, stage=stage, **fields)


@pytest.fixture
def board(alice: User) -> dict[str, Application]:
    """Four applications with known stages, dates, channels and update times."""
    with time_machine.travel(T0, tick=False):
        analyst = _app(
            alice,
            "Data Analyst",
            "Acme",
            Stage.SCREENING,
            applied_on=dt.date(2026, 2, 20),
            channel="referral",
            role_family="data",
            tailored=True,
        )
        designer = _app(alice, "Designer", "Acme", Stage.APPLIED, applied_on=dt.date(2026, 2, 10))
        services.rejection_record(application=designer)
    with time_machine.travel(T0 + dt.timedelta(days=10), tick=False):
        engineer = _app(
            alice, "Backend Engineer", "Globex", Stage.APPLIED, applied_on=dt.date(2026, 3, 9)
        )
        manager = _app(alice, "Product Manager", "Initech", Stage.SAVED)
    return {"analyst": analyst, "designer": designer, "engineer": engineer, "manager": manager}


# --- create ------------------------------------------------------------------------------


def test_create_for_existing_posting(api: JsonClient, alice: User) -> None:
    posting = factories.posting(alice, title="Data Analyst", company_name="Acme")
    response = api.post("/applications", {"posting_id": posting.pk, "channel": "referral"})
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["stage"] == "applied"
    assert body["applied_on"] == timezone.localdate().isoformat()
    assert body["posting"]["company"]["name"] == "Acme"
    assert [e["stage"] for e in body["events"]] == ["applied"]
    assert body["rejection"] is None
    assert "screening" in body["allowed_moves"]


def test_create_with_inline_posting_in_a_later_stage(api: JsonClient, alice: User) -> None:
    response = api.post(
        "/applications",
        {
            "posting": {"company_name": "Initech", "title": "Analyst", "role_family": "data"},
            "stage": "interview",
            "notes": "Recruiter reached out.",
        },
    )
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["stage"] == "interview"
    assert [e["stage"] for e in body["events"]] == ["applied", "interview"]
    assert body["events"][1]["interview_round"] == 1
    assert body["posting"]["role_family"] == "data"
    assert Company.objects.get(owner=alice).name == "Initech"


def test_create_saved_has_no_applied_on(api: JsonClient, alice: User) -> None:
    posting = factories.posting(alice)
    body = api.post("/applications", {"posting_id": posting.pk, "stage": "saved"}).json()
    assert body["stage"] == "saved"
    assert body["applied_on"] is None


TOMORROW = (dt.date.today() + dt.timedelta(days=2)).isoformat()


@pytest.mark.parametrize(
    ("body", "field", "status"),
    [
        pytest.param({}, "__all__", 422, id="no-posting"),
        pytest.param(
            {"posting_id": 1, "posting": {"company_name": "A", "title": "B"}},
            "__all__",
            422,
            id="both-postings",
        ),
        pytest.param({"posting_id": "abc"}, "posting_id", 422, id="posting-id-not-int"),
        pytest.param({"posting_id": 0}, "posting_id", 422, id="posting-id-zero"),
        pytest.param({"posting": {"title": "B"}}, "posting", 422, id="inline-no-company"),
        pytest.param(
            {"posting": {"company_name": "A", "title": "B", "work_mode": "mars"}},
            "posting.work_mode",
            422,
            id="inline-bad-enum",
        ),
        pytest.param({"posting_id": None, "stage": "rejected"}, "stage", 422, id="closed-stage"),
        pytest.param({"posting_id": None, "channel": "pigeon"}, "channel", 422, id="bad-channel"),
        pytest.param(
            {"posting_id": None, "applied_on": "2026-02-30"}, "applied_on", 422, id="bad-date"
        ),
        pytest.param(
            {"posting_id": None, "applied_on": TOMORROW}, "applied_on", 400, id="future-date"
        ),
        pytest.param({"posting_id": None, "tailored": "maybe"}, "tailored", 422, id="bad-bool"),
        pytest.param(
            {"posting_id": None, "resume_version": "v" * 101},
            "resume_version",
            400,
            id="too-long",
        ),
        pytest.param({"posting_id": None, "stage_x": 1}, "stage_x", 422, id="unknown-field"),
    ],
)
def test_create_rejects_bad_input(
    api: JsonClient, alice: User, body: dict[str, Any], field: str, status: int
) -> None:
    if body.get("posting_id", 1) is None:
        body["posting_id"] = factories.posting(alice).pk
    response = api.post("/applications", body)
    assert response.status_code == status, response.json()
    assert response.json()["detail"] == "Invalid input."
    assert response.json()["errors"][field], response.json()


def test_create_for_someone_elses_posting_is_404(api: JsonClient, bob: User) -> None:
    posting = factories.posting(bob)
    response = api.post("/applications", {"posting_id": posting.pk})
    assert response.status_code == 404
    assert not Application.objects.exists()


def test_failed_inline_create_leaves_nothing_behind(api: JsonClient, alice: User) -> None:
    body = {"posting": {"company_name": "New Co", "title": "Analyst"}, "applied_on": TOMORROW}
    assert api.post("/applications", body).status_code == 400
    assert not Company.objects.filter(owner=alice).exists()
    assert not JobPosting.objects.filter(owner=alice).exists()


# --- read, edit, delete ------------------------------------------------------------------


def test_get_patch_delete(api: JsonClient, alice: User) -> None:
    application = factories.application(alice, stage=Stage.SCREENING)
    path = f"/applications/{application.pk}"
    body = api.get(path).json()
    assert body["id"] == application.pk
    assert body["uid"] == str(application.uid)
    assert body["stage"] == "screening"
    assert [e["stage"] for e in body["events"]] == ["applied", "screening"]

    patched = api.patch(path, {"notes": "Follow up Friday.", "tailored": True})
    assert patched.status_code == 200, patched.json()
    assert patched.json()["notes"] == "Follow up Friday."
    assert patched.json()["tailored"] is True
    assert patched.json()["stage"] == "screening"

    assert api.delete(path).status_code == 204
    assert api.get(path).status_code == 404


@pytest.mark.parametrize(
    ("body", "field", "status"),
    [
        pytest.param({"stage": "offer"}, "stage", 422, id="stage-is-not-editable"),
        pytest.param({"channel": None}, "channel", 422, id="null-channel"),
        pytest.param({"applied_on": TOMORROW}, "applied_on", 400, id="future"),
        pytest.param({"notes": ["a"]}, "notes", 422, id="wrong-type"),
    ],
)
def test_patch_rejects_bad_input(
    api: JsonClient, alice: User, body: dict[str, Any], field: str, status: int
) -> None:
    application = factories.application(alice)
    response = api.patch(f"/applications/{application.pk}", body)
    assert response.status_code == status, response.json()
    assert response.json()["errors"][field]


# --- list: filters and pagination --------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        pytest.param({}, ["analyst", "designer", "engineer", "manager"], id="all"),
        pytest.param({"stage": "screening"}, ["analyst"], id="one-stage"),
        pytest.param({"stage": ["applied", "saved"]}, ["engineer", "manager"], id="repeated"),
        pytest.param({"stage": "applied, saved"}, ["engineer", "manager"], id="comma-list"),
        pytest.param({"channel": "referral"}, ["analyst"], id="channel"),
        pytest.param({"role_family": "data"}, ["analyst"], id="role-family"),
        pytest.param({"applied_from": "2026-03-01"}, ["engineer"], id="applied-from"),
        pytest.param({"applied_to": "2026-02-15"}, ["designer"], id="applied-to"),
        pytest.param(
            {"applied_from": "2026-02-15", "applied_to": "2026-03-01"}, ["analyst"], id="range"
        ),
        pytest.param(
            {"updated_since": "2026-03-05T00:00:00Z"}, ["engineer", "manager"], id="updated-since"
        ),
        pytest.param(
            {"updated_since": "2026-03-05T00:00:00"}, ["engineer", "manager"], id="naive-since"
        ),
        pytest.param({"q": "analyst"}, ["analyst"], id="q-title"),
        pytest.param({"q": "acme design"}, ["designer"], id="q-words"),
        pytest.param({"active_only": "true"}, ["analyst", "engineer", "manager"], id="active"),
        pytest.param({"tailored": "true"}, ["analyst"], id="tailored"),
    ],
)
def test_list_filters(
    api: JsonClient, board: dict[str, Application], query: dict[str, Any], expected: list[str]
) -> None:
    response = api.get("/applications", query)
    assert response.status_code == 200, response.json()
    names = {app.pk: name for name, app in board.items()}
    assert sorted(names[item["id"]] for item in response.json()["items"]) == expected
    assert response.json()["count"] == len(expected)


def test_list_filters_by_company(api: JsonClient, board: dict[str, Application]) -> None:
    acme = board["analyst"].posting.company_id
    items = api.get("/applications", {"company_id": acme}).json()["items"]
    assert {item["id"] for item in items} == {board["analyst"].pk, board["designer"].pk}


def test_list_orders(api: JsonClient, board: dict[str, Application]) -> None:
    items = api.get("/applications", {"order": "company"}).json()["items"]
    assert [i["posting"]["company"]["name"] for i in items] == ["Acme", "Acme", "Globex", "Initech"]


@pytest.mark.parametrize(
    ("query", "field"),
    [
        pytest.param({"stage": "sleeping"}, "stage", id="unknown-stage"),
        pytest.param({"stage": "applied,nope"}, "stage", id="unknown-in-list"),
        pytest.param({"channel": "pigeon"}, "channel", id="channel"),
        pytest.param({"company_id": "acme"}, "company_id", id="company-id"),
        pytest.param({"applied_from": "yesterday"}, "applied_from", id="date"),
        pytest.param({"updated_since": "9999-12-31T23:59:59-05:00"}, "updated_since", id="ovf"),
        pytest.param({"order": "random"}, "order", id="order"),
        pytest.param({"limit": 0}, "limit", id="limit-zero"),
        pytest.param({"limit": 201}, "limit", id="limit-too-big"),
        pytest.param({"offset": -1}, "offset", id="negative-offset"),
        pytest.param({"offset": 10**30}, "offset", id="huge-offset"),
    ],
)
def test_list_rejects_bad_query(api: JsonClient, query: dict[str, Any], field: str) -> None:
    response = api.get("/applications", query)
    assert response.status_code == 422, response.content
    assert response.json()["errors"][field]


def test_list_paginates_with_limit_and_offset(api: JsonClient, alice: User) -> None:
    for day in range(5):
        factories.application(alice, applied_on=dt.date(2026, 1, 1 + day))
    first = api.get("/applications", {"limit": 2}).json()
    assert first["count"] == 5
    assert [i["applied_on"] for i in first["items"]] == ["2026-01-05", "2026-01-04"]
    last = api.get("/applications", {"limit": 2, "offset": 4}).json()
    assert [i["applied_on"] for i in last["items"]] == ["2026-01-01"]
    beyond = api.get("/applications", {"offset": 50}).json()
    assert beyond == {"items": [], "count": 5}
