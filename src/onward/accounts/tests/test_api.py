"""Accounts API: bearer-token and session authentication, /me, and token management."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone

from onward.accounts import services
from onward.accounts.models import ApiToken, User
from onward.accounts.testing import JsonClient

pytestmark = pytest.mark.django_db


def _valid(user: User) -> str:
    return services.api_token_create(owner=user, name="script")[1]


def _revoked(user: User) -> str:
    token, secret = services.api_token_create(owner=user, name="old")
    services.api_token_revoke(token=token)
    return secret


def _inactive_user(user: User) -> str:
    secret = _valid(user)
    user.is_active = False
    user.save(update_fields=["is_active"])
    return secret


def _wrong(user: User) -> str:
    return "onw_" + "x" * 43


def _no_prefix(user: User) -> str:
    return "just-a-guess"


@pytest.mark.parametrize(
    ("make_secret", "status"),
    [
        pytest.param(_valid, 200, id="valid"),
        pytest.param(_revoked, 401, id="revoked"),
        pytest.param(_wrong, 401, id="wrong"),
        pytest.param(_no_prefix, 401, id="no-prefix"),
        pytest.param(_inactive_user, 401, id="inactive-user"),
    ],
)
def test_bearer_token_auth(alice: User, make_secret: Callable[[User], str], status: int) -> None:
    response = JsonClient(token=make_secret(alice)).get("/me")
    assert response.status_code == status
    if status == 401:
        assert "Bearer" in response.json()["detail"]


@pytest.mark.parametrize(
    "headers",
    [
        pytest.param({}, id="missing"),
        pytest.param({"Authorization": "Bearer"}, id="empty-bearer"),
        pytest.param({"Authorization": "Token onw_abc"}, id="wrong-scheme"),
        pytest.param({"Authorization": "Bearer onw_\x7f"}, id="garbage"),
    ],
)
@pytest.mark.parametrize("path", ["/me", "/tokens", "/companies", "/applications"])
def test_missing_or_malformed_credentials_are_401(
    db: None, headers: dict[str, str], path: str
) -> None:
    response = Client().get("/api/v1" + path, headers=headers)
    assert response.status_code == 401
    assert response.json()["detail"]


def test_health_needs_no_auth(db: None) -> None:
    assert Client().get("/api/v1/health").json()["status"] == "ok"


def test_me(alice: User) -> None:
    services.user_update_profile(
        user=alice, display_name="Alice", email="", time_zone="Europe/Berlin", ghost_after_days=20
    )
    body = JsonClient.for_user(alice).get("/me").json()
    assert body["username"] == "alice"
    assert body["display_name"] == "Alice"
    assert body["time_zone"] == "Europe/Berlin"
    assert (body["ghost_after_days"], body["effective_ghost_after_days"]) == (20, 20)


def test_token_follows_the_users_time_zone(alice: User) -> None:
    services.user_update_profile(
        user=alice, display_name="", email="", time_zone="Pacific/Kiritimati", ghost_after_days=None
    )
    api = JsonClient.for_user(alice)
    body = api.post("/postings", {"company_name": "Acme", "title": "Analyst"}).json()
    created = api.post("/applications", {"posting_id": body["id"]}).json()
    with timezone.override("Pacific/Kiritimati"):
        assert created["applied_on"] == timezone.localdate().isoformat()


# --- session authentication ----------------------------------------------------------------


def test_session_auth_works_for_reads_and_writes(alice_client: Client) -> None:
    assert alice_client.get("/api/v1/me").json()["username"] == "alice"
    response = alice_client.post(
        "/api/v1/tokens", {"name": "laptop"}, content_type="application/json"
    )
    assert response.status_code == 201


def test_session_writes_need_the_csrf_token(alice: User) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)
    response = client.post("/api/v1/tokens", {"name": "laptop"}, content_type="application/json")
    assert response.status_code == 403
    assert "CSRF" in response.json()["detail"]
    assert not ApiToken.objects.exists()

    client.get("/accounts/login/")  # any page sets the CSRF cookie
    csrf = client.cookies[settings.CSRF_COOKIE_NAME].value
    response = client.post(
        "/api/v1/tokens",
        {"name": "laptop"},
        content_type="application/json",
        headers={"X-CSRFToken": csrf},
    )
    assert response.status_code == 201


# --- tokens --------------------------------------------------------------------------------


def test_token_create_list_revoke(alice: User) -> None:
    api = JsonClient.for_user(alice)
    created = api.post("/tokens", {"name": "  cron job  "})
    assert created.status_code == 201, created.json()
    body = created.json()
    assert body["name"] == "cron job"
    assert body["secret"].startswith("onw_")
    assert body["secret"].startswith(body["prefix"])
    assert body["is_active"] is True

    listed = api.get("/tokens").json()
    assert {t["name"] for t in listed} == {"tests", "cron job"}
    assert all("secret" not in t for t in listed)

    new_client = JsonClient(token=body["secret"])
    assert new_client.get("/me").status_code == 200
    assert api.delete(f"/tokens/{body['id']}").status_code == 204
    assert new_client.get("/me").status_code == 401
    revoked = next(t for t in api.get("/tokens").json() if t["id"] == body["id"])
    assert revoked["is_active"] is False
    assert revoked["revoked_at"]


def test_revoking_twice_is_fine(alice: User) -> None:
    api = JsonClient.for_user(alice)
    token_id = api.post("/tokens", {"name": "x"}).json()["id"]
    assert api.delete(f"/tokens/{token_id}").status_code == 204
    assert api.delete(f"/tokens/{token_id}").status_code == 204


@pytest.mark.parametrize(
    ("body", "field", "status"),
    [
        pytest.param({}, "name", 422, id="missing-name"),
        pytest.param({"name": 7}, "name", 422, id="wrong-type"),
        pytest.param({"name": "   "}, "name", 400, id="blank"),
        pytest.param({"name": "n" * 101}, "name", 400, id="too-long"),
        pytest.param({"name": "ok", "scope": "all"}, "scope", 422, id="unknown-field"),
    ],
)
def test_token_create_rejects_bad_input(
    alice: User, body: dict[str, object], field: str, status: int
) -> None:
    response = JsonClient.for_user(alice).post("/tokens", body)
    assert response.status_code == status, response.json()
    assert response.json()["errors"][field]


def test_tokens_are_owner_scoped(alice: User, bob: User) -> None:
    bobs_token, bobs_secret = services.api_token_create(owner=bob, name="bob's")
    api = JsonClient.for_user(alice)
    assert "bob's" not in {t["name"] for t in api.get("/tokens").json()}
    response = api.delete(f"/tokens/{bobs_token.pk}")
    assert response.status_code == 404
    assert response.json() == {"detail": "Not Found"}
    assert JsonClient(token=bobs_secret).get("/me").json()["username"] == "bob"
