"""The OpenAPI document and the interactive docs page of /api/v1."""

from __future__ import annotations

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

PATHS = [
    "/api/v1/me",
    "/api/v1/tokens",
    "/api/v1/tokens/{token_id}",
    "/api/v1/companies",
    "/api/v1/companies/{company_id}",
    "/api/v1/postings",
    "/api/v1/postings/{posting_id}",
    "/api/v1/applications",
    "/api/v1/applications/{application_id}",
    "/api/v1/applications/{application_id}/events",
    "/api/v1/applications/{application_id}/moves",
    "/api/v1/applications/{application_id}/unghost",
    "/api/v1/applications/{application_id}/rejection",
    "/api/v1/rejections",
]


def test_openapi_document_lists_every_path() -> None:
    response = Client().get("/api/v1/openapi.json")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    document = response.json()
    assert document["info"]["title"] == "Onward API"
    assert set(PATHS) <= set(document["paths"])


def test_openapi_documents_auth_and_pagination() -> None:
    document = Client().get("/api/v1/openapi.json").json()
    schemes = document["components"]["securitySchemes"]
    assert {"type": "http", "scheme": "bearer"}.items() <= schemes["TokenAuth"].items()
    listing = document["paths"]["/api/v1/applications"]["get"]
    names = {p["name"] for p in listing["parameters"]}
    assert {"limit", "offset", "stage", "updated_since", "company_id"} <= names


@pytest.mark.parametrize(
    ("path", "operation", "status"),
    [
        pytest.param("/api/v1/applications/{application_id}/moves", "post", "201", id="move"),
        pytest.param("/api/v1/companies/{company_id}", "delete", "204", id="delete"),
        pytest.param("/api/v1/tokens", "post", "201", id="token"),
    ],
)
def test_openapi_status_codes(path: str, operation: str, status: str) -> None:
    document = Client().get("/api/v1/openapi.json").json()
    assert status in document["paths"][path][operation]["responses"]


def test_docs_page_loads() -> None:
    response = Client().get("/api/v1/docs")
    assert response.status_code == 200
    assert b"openapi.json" in response.content
