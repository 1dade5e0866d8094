"""``onward user create|token|tokens|revoke|link``."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from tests import factories

from onward.accounts import services
from onward.accounts.models import ApiToken, User
from onward.cli.tests.conftest import Invoke, assert_failed

PASSWORD = "correct horse battery staple"


def test_create_with_password_from_stdin(db: None, invoke: Invoke) -> None:
    result = invoke(
        ["user", "create", "carol", "--password-stdin", "--email", "c@example.com"],
        input=PASSWORD + "\n",
    )
    assert result.exit_code == 0, result.output
    carol = User.objects.get(username="carol")
    assert carol.check_password(PASSWORD)
    assert carol.email == "c@example.com"
    assert not carol.is_staff


def test_create_prompts_twice(db: None, invoke: Invoke) -> None:
    result = invoke(["user", "create", "carol"], input=f"{PASSWORD}\n{PASSWORD}\n")
    assert result.exit_code == 0, result.output
    assert User.objects.get(username="carol").check_password(PASSWORD)


def test_create_without_password(db: None, invoke: Invoke) -> None:
    assert invoke(["user", "create", "carol", "--no-password", "--staff"]).exit_code == 0
    carol = User.objects.get(username="carol")
    assert not carol.has_usable_password()
    assert carol.is_staff


@pytest.mark.parametrize(
    ("args", "stdin", "fragment"),
    [
        pytest.param(
            ["alice", "--no-password"], None, "username: The username 'alice'", id="taken"
        ),
        pytest.param(["bad name!", "--no-password"], None, "username: Use letters", id="bad-name"),
        pytest.param(["carol", "--password-stdin"], "123\n", "password: This password", id="weak"),
        pytest.param(["carol", "--password-stdin"], "\n", "no password on stdin", id="empty"),
        pytest.param(["carol", "--password-stdin", "--no-password"], None, "not both", id="both"),
    ],
)
def test_create_errors(
    alice: User, invoke: Invoke, args: list[str], stdin: str | None, fragment: str
) -> None:
    assert_failed(invoke(["user", "create", *args], input=stdin), fragment)
    assert not User.objects.filter(username="carol").exists()


def test_token_secret_is_printed_once_and_works(alice: User, invoke: Invoke) -> None:
    result = invoke(["user", "token", "alice", "--name", "laptop"])
    assert result.exit_code == 0, result.output
    secret = result.stdout.strip()
    assert re.fullmatch(r"onw_\S+", secret)
    assert services.api_token_authenticate(secret=secret) == alice
    listing = invoke(["user", "tokens", "alice"]).stdout
    assert "laptop" in listing and "active" in listing
    assert secret not in listing


def test_revoke(alice: User, invoke: Invoke) -> None:
    token, secret = services.api_token_create(owner=alice, name="script")
    result = invoke(["user", "revoke", "alice", str(token.pk)])
    assert result.exit_code == 0, result.output
    assert services.api_token_authenticate(secret=secret) is None
    assert "revoked" in invoke(["user", "tokens", "alice"]).stdout


def test_revoke_someone_elses_token(alice: User, bob: User, invoke: Invoke) -> None:
    token, _ = services.api_token_create(owner=alice, name="script")
    assert_failed(invoke(["user", "revoke", "bob", str(token.pk)]), "has no token with id")
    token.refresh_from_db()
    assert token.is_active


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["token", "mallory", "--name", "x"], id="token"),
        pytest.param(["tokens", "mallory"], id="tokens"),
        pytest.param(["revoke", "mallory", "1"], id="revoke"),
        pytest.param(["link", "mallory"], id="link"),
    ],
)
def test_unknown_user(alice: User, invoke: Invoke, args: list[str]) -> None:
    assert_failed(invoke(["user", *args]), "no account called 'mallory'")


def test_token_needs_a_name(alice: User, invoke: Invoke) -> None:
    assert_failed(invoke(["user", "token", "alice", "--name", " "]), "name: Give the token")
    assert not ApiToken.objects.exists()


def test_tokens_empty(alice: User, invoke: Invoke) -> None:
    assert "No tokens" in invoke(["user", "tokens", "alice"]).stdout


@pytest.mark.parametrize(
    ("args", "base"),
    [
        pytest.param([], "http://127.0.0.1:8000", id="only-user"),
        pytest.param(
            ["alice", "--base-url", "https://jobs.example/"], "https://jobs.example", id="base"
        ),
    ],
)
def test_link_signs_in_once(alice: User, invoke: Invoke, args: list[str], base: str) -> None:
    result = invoke(["user", "link", *args])
    assert result.exit_code == 0, result.output
    url = result.stdout.strip()
    assert url.startswith(f"{base}/accounts/signin/link/")
    secret = url.rstrip("/").rsplit("/", 1)[1]
    assert services.signin_link_redeem(secret=secret) == alice
    assert services.signin_link_redeem(secret=secret) is None


def test_link_needs_a_user_when_there_are_several(alice: User, invoke: Invoke) -> None:
    factories.user("bob")
    assert_failed(invoke(["user", "link"]), "Pass --user NAME")


def test_signin_link_is_the_way_back_and_uses_the_served_address(
    alice: User, invoke: Invoke, settings: Any
) -> None:
    (Path(settings.DATA_DIR) / "serve-address.txt").write_text("http://127.0.0.1:8080\n")
    result = invoke(["signin-link"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("http://127.0.0.1:8080/accounts/signin/link/")
    (Path(settings.DATA_DIR) / "serve-address.txt").unlink()
