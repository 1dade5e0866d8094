"""Bad input never becomes a 500: every body endpoint answers malformed input with JSON 4xx."""

from __future__ import annotations

import pytest
from tests import factories
from tests.test_api_robustness_sweep import NOT_AN_OBJECT

from onward.accounts.models import User
from onward.accounts.testing import JsonClient
from onward.tracker.choices import Stage

pytestmark = pytest.mark.django_db

# (method, path); ids are filled in from the objects below.
BODY_ROUTES = [
    ("post", "/companies"),
    ("patch", "/companies/{company_id}"),
    ("post", "/postings"),
    ("patch", "/postings/{posting_id}"),
    ("post", "/applications"),
    ("patch", "/applications/{application_id}"),
    ("post", "/applications/{application_id}/moves"),
    ("post", "/applications/{rejectable_id}/rejection"),
    ("patch", "/applications/{application_id}/rejection"),
    ("post", "/tokens"),
]

RAW_BODIES = {
    **NOT_AN_OBJECT,
    "nested-junk": '{"name": {"a": [1, {"b": null}]}, "title": [], "stage": {}}',
    "huge-number": '{"name": 1e999, "salary_min": 1e999, "posting_id": 1e999}',
    "lone-surrogate": '{"name": "\\ud800", "title": "\\ud800", "message": "\\ud800"}',
}


@pytest.fixture
def ids(alice: User) -> dict[str, int]:
    rejection = factories.rejection(alice)
    rejectable = factories.application(alice, stage=Stage.APPLIED)
    return {
        "company_id": rejection.application.posting.company_id,
        "posting_id": rejection.application.posting_id,
        "application_id": rejection.application_id,
        "rejectable_id": rejectable.pk,
    }


@pytest.mark.parametrize(
    ("method", "path"), [pytest.param(m, p, id=f"{m} {p}") for m, p in BODY_ROUTES]
)
@pytest.mark.parametrize("raw", [pytest.param(v, id=k) for k, v in RAW_BODIES.items()])
def test_malformed_bodies_are_4xx_json(
    alice: User, ids: dict[str, int], method: str, path: str, raw: str
) -> None:
    api = JsonClient.for_user(alice)
    response = getattr(api, method)(path.format(**ids), raw=raw)
    assert 400 <= response.status_code < 500, response.content
    assert response.json()["detail"]


@pytest.mark.parametrize(
    "path",
    [
        pytest.param("/applications/abc", id="not-a-number"),
        pytest.param("/applications/0", id="zero"),
        pytest.param("/applications/-4", id="negative"),
        pytest.param(f"/applications/{2**70}", id="too-big"),
        pytest.param("/companies/1.5", id="fraction"),
        pytest.param(f"/postings/{2**64}", id="posting-too-big"),
    ],
)
def test_bad_ids_in_the_path_are_422(alice: User, path: str) -> None:
    response = JsonClient.for_user(alice).get(path)
    assert response.status_code == 422, response.content
    assert response.json()["errors"]


def test_missing_object_is_plain_404(alice: User) -> None:
    response = JsonClient.for_user(alice).get("/applications/999999")
    assert response.status_code == 404
    assert response.json() == {"detail": "Not Found"}


@pytest.mark.parametrize(
    "query",
    [
        pytest.param({"q": "a\x00b"}, id="nul-in-q"),
        pytest.param({"q": "x" * 201}, id="long-q"),
    ],
)
def test_bad_text_in_queries_is_422(alice: User, query: dict[str, str]) -> None:
    for path in ("/companies", "/applications"):
        response = JsonClient.for_user(alice).get(path, query)
        assert response.status_code == 422, response.content


def test_invalid_json_names_the_problem(alice: User) -> None:
    response = JsonClient.for_user(alice).post("/companies", raw="{oops")
    assert response.status_code == 400
    assert response.json() == {"detail": "Cannot parse request body"}


@pytest.mark.parametrize(
    ("path", "raw"),
    [
        pytest.param("/companies", '{"name": "\\ud800"}', id="company"),
        pytest.param("/postings", '{"company_name": "Acme", "title": "\\udfff"}', id="posting"),
        pytest.param("/tokens", '{"name": "x\\ud800"}', id="token"),
    ],
)
def test_lone_surrogates_are_422(alice: User, path: str, raw: str) -> None:
    response = JsonClient.for_user(alice).post(path, raw=raw)
    assert response.status_code == 422, response.content
