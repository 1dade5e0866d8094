from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from onward.accounts import services
from onward.accounts.models import ApiToken, User

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2026, 5, 1, 9, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("username", "password", "field"),
    [
        pytest.param("has space", "a-long-passphrase-1", "username", id="bad-username"),
        pytest.param("", "a-long-passphrase-1", "username", id="empty-username"),
        pytest.param("carol", "123", "password", id="weak-password"),
        pytest.param("carol", "password", "password", id="common-password"),
    ],
)
def test_user_create_validation(username: str, password: str, field: str) -> None:
    with pytest.raises(ValidationError) as exc:
        services.user_create(username=username, password=password)
    assert field in exc.value.message_dict
    assert not User.objects.exists()


def test_username_unique_case_insensitive(alice: User) -> None:
    with pytest.raises(ValidationError):
        services.user_create(username="ALICE", password="a-long-passphrase-1")


def test_owner_ensure_creates_once(db: None) -> None:
    owner, created = services.owner_ensure()
    again, created_again = services.owner_ensure()
    assert created and not created_again
    assert owner == again
    assert not owner.has_usable_password()


def test_token_stored_hashed_and_authenticates(alice: User) -> None:
    token, secret = services.api_token_create(owner=alice, name="script")
    assert secret.startswith("onw_")
    stored = ApiToken.objects.get(pk=token.pk)
    assert secret not in (stored.digest, stored.prefix)
    assert services.api_token_authenticate(secret=secret) == alice
    services.api_token_revoke(token=token)
    assert services.api_token_authenticate(secret=secret) is None
    assert services.api_token_authenticate(secret="onw_wrong") is None


def test_token_needs_name(alice: User) -> None:
    with pytest.raises(ValidationError):
        services.api_token_create(owner=alice, name="  ")


def test_signin_link_works_once(alice: User) -> None:
    secret = services.signin_link_create(user=alice, now=NOW)
    assert services.signin_link_redeem(secret=secret, now=NOW) == alice
    assert services.signin_link_redeem(secret=secret, now=NOW) is None


def test_signin_link_expires(alice: User) -> None:
    secret = services.signin_link_create(user=alice, now=NOW)
    assert services.signin_link_redeem(secret=secret, now=NOW + dt.timedelta(days=2)) is None


def test_profile_update(alice: User) -> None:
    services.user_update_profile(
        user=alice,
        display_name="Alice A.",
        email="a@example.org",
        time_zone="Europe/Paris",
        ghost_after_days=21,
    )
    alice.refresh_from_db()
    assert alice.name == "Alice A."
    assert alice.effective_ghost_days() == 21
    assert timezone.now()  # settings still sane
