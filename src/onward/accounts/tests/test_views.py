from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from onward.accounts import services
from onward.accounts.models import ApiToken, User

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery"


def test_signin_and_signout(alice: User) -> None:
    client = Client()
    response = client.post(reverse("accounts:signin"), {"username": "alice", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get(reverse("web:dashboard")).status_code == 200
    client.post(reverse("accounts:signout"))
    assert client.get(reverse("web:dashboard")).status_code == 302


def test_signin_wrong_password_shows_error(alice: User) -> None:
    response = Client().post(reverse("accounts:signin"), {"username": "alice", "password": "nope"})
    assert response.status_code == 400
    assert b"do not match" in response.content


def test_signin_rate_limited_even_with_right_password(alice: User) -> None:
    client = Client()
    for _ in range(5):
        client.post(reverse("accounts:signin"), {"username": "alice", "password": "wrong"})
    response = client.post(reverse("accounts:signin"), {"username": "alice", "password": PASSWORD})
    assert response.status_code == 429
    assert b"Too many failed sign-ins" in response.content


def test_signin_next_only_local(alice: User) -> None:
    client = Client()
    response = client.post(
        reverse("accounts:signin") + "?next=https://evil.example/",
        {"username": "alice", "password": PASSWORD, "next": "https://evil.example/"},
    )
    assert response["Location"] == reverse("web:dashboard")


def test_signin_link_signs_in_once(alice: User) -> None:
    secret = services.signin_link_create(user=alice)
    client = Client()
    url = reverse("accounts:signin_link", args=[secret])
    assert client.get(url).status_code == 302
    assert client.get(reverse("web:dashboard")).status_code == 200
    assert Client().get(url).status_code == 404


def test_signup_creates_account(db: None, settings: object) -> None:
    settings.SIGNUP_ENABLED = True  # type: ignore[attr-defined]
    response = Client().post(
        reverse("accounts:signup"),
        {"username": "carol", "password": PASSWORD, "password_again": PASSWORD},
    )
    assert response.status_code == 302
    assert User.objects.filter(username="carol").exists()


def test_signup_field_errors(db: None, settings: object) -> None:
    settings.SIGNUP_ENABLED = True  # type: ignore[attr-defined]
    response = Client().post(
        reverse("accounts:signup"),
        {"username": "carol", "password": PASSWORD, "password_again": "different"},
    )
    assert response.status_code == 200
    assert b"The two passwords differ" in response.content
    assert not User.objects.exists()


def test_signup_is_off_unless_turned_on(db: None) -> None:
    # One person per laptop: a second account would leave `onward list` asking "which?".
    assert Client().get(reverse("accounts:signup")).status_code == 404
    text = Client().get(reverse("accounts:signin")).content.decode()
    assert "Create an account" not in text and "onward signin-link" in text


def test_account_page_and_profile(alice_client: Client, alice: User) -> None:
    assert alice_client.get(reverse("accounts:account")).status_code == 200
    response = alice_client.post(
        reverse("accounts:account"),
        {
            "display_name": "Alice",
            "email": "",
            "time_zone": "Europe/Berlin",
            "ghost_after_days": "20",
        },
    )
    assert response.status_code == 302
    alice.refresh_from_db()
    assert (alice.time_zone, alice.ghost_after_days) == ("Europe/Berlin", 20)


def test_profile_bad_values_show_errors(alice_client: Client) -> None:
    response = alice_client.post(
        reverse("accounts:account"),
        {
            "display_name": "",
            "email": "not-an-email",
            "time_zone": "Mars/Olympus",
            "ghost_after_days": "0",
        },
    )
    assert response.status_code == 200
    assert response.content.count(b'class="errorlist"') >= 3


def test_password_change(alice_client: Client, alice: User) -> None:
    response = alice_client.post(
        reverse("accounts:password"),
        {
            "current_password": PASSWORD,
            "new_password": "another long passphrase",
            "new_password_again": "another long passphrase",
        },
    )
    assert response.status_code == 302
    alice.refresh_from_db()
    assert alice.check_password("another long passphrase")
    # still signed in after the change
    assert alice_client.get(reverse("accounts:account")).status_code == 200


def test_password_change_needs_current(alice_client: Client) -> None:
    response = alice_client.post(
        reverse("accounts:password"),
        {"current_password": "wrong", "new_password": "x", "new_password_again": "x"},
    )
    assert response.status_code == 400
    assert b"not your current password" in response.content


def test_token_create_shows_secret_once_and_revoke(alice_client: Client, alice: User) -> None:
    response = alice_client.post(reverse("accounts:token_create"), {"name": "laptop"})
    assert response.status_code == 200
    assert b"onw_" in response.content
    token = ApiToken.objects.get(owner=alice)
    assert token.prefix.encode() in alice_client.get(reverse("accounts:account")).content
    alice_client.post(reverse("accounts:token_revoke", args=[token.pk]))
    token.refresh_from_db()
    assert not token.is_active


def test_cannot_revoke_someone_elses_token(alice: User, bob_client: Client) -> None:
    token, _ = services.api_token_create(owner=alice, name="mine")
    response = bob_client.post(reverse("accounts:token_revoke", args=[token.pk]))
    assert response.status_code == 404
    token.refresh_from_db()
    assert token.is_active
