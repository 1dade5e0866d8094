from __future__ import annotations

from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from onward.config import env
from onward.config.checks import ServerSettings, server_problems
from onward.config.database import parse_database_url
from onward.config.secrets import load_or_create_secret_key

STRONG = "k" * 20 + "abcdefghijklmnopqrstuvwxyz0123456789"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("1", True, id="one"),
        pytest.param("TRUE", True, id="upper"),
        pytest.param("off", False, id="off"),
        pytest.param("", True, id="empty-default"),
    ],
)
def test_get_bool(monkeypatch: pytest.MonkeyPatch, raw: str, expected: bool) -> None:
    monkeypatch.setenv("ONWARD_X", raw)
    assert env.get_bool("ONWARD_X", True) is expected


def test_get_bool_rejects_junk(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ONWARD_X", "maybe")
    with pytest.raises(ImproperlyConfigured, match="ONWARD_X must be true or false"):
        env.get_bool("ONWARD_X", False)


def test_get_int_bounds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ONWARD_N", "0")
    with pytest.raises(ImproperlyConfigured, match="at least 1"):
        env.get_int("ONWARD_N", 5, minimum=1)
    monkeypatch.setenv("ONWARD_N", "ten")
    with pytest.raises(ImproperlyConfigured, match="whole number"):
        env.get_int("ONWARD_N", 5)


def test_secret_from_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.write_text("s3cret\n")
    monkeypatch.delenv("ONWARD_SECRET", raising=False)
    monkeypatch.setenv("ONWARD_SECRET_FILE", str(secret))
    assert env.get_str("ONWARD_SECRET") == "s3cret"


def test_list_and_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ONWARD_L", " a.example , b.example,, ")
    assert env.get_list("ONWARD_L", []) == ["a.example", "b.example"]
    monkeypatch.setenv("ONWARD_C", "cloud")
    with pytest.raises(ImproperlyConfigured, match="one of local, server"):
        env.get_choice("ONWARD_C", "local", ("local", "server"))


def test_names_must_have_prefix() -> None:
    with pytest.raises(ValueError, match="ONWARD_"):
        env.get_str("DATABASE_URL")


@pytest.mark.parametrize(
    ("url", "engine", "name", "host", "port"),
    [
        pytest.param(
            "postgresql://u:p%40ss@db.local:5433/onward",
            "django.db.backends.postgresql",
            "onward",
            "db.local",
            "5433",
            id="postgres",
        ),
        pytest.param(
            "postgres://u@localhost/onward?sslmode=require",
            "django.db.backends.postgresql",
            "onward",
            "localhost",
            "",
            id="postgres-short-scheme",
        ),
        pytest.param(
            "sqlite:////var/lib/onward/db.sqlite3",
            "django.db.backends.sqlite3",
            "/var/lib/onward/db.sqlite3",
            None,
            None,
            id="sqlite",
        ),
    ],
)
def test_parse_database_url(
    url: str, engine: str, name: str, host: str | None, port: str | None
) -> None:
    config = parse_database_url(url)
    assert (config["ENGINE"], config["NAME"]) == (engine, name)
    if host is not None:
        assert (config["HOST"], config["PORT"]) == (host, port)


def test_postgres_url_password_and_options() -> None:
    config = parse_database_url("postgresql://u:p%40ss@h/db?sslmode=require")
    assert config["PASSWORD"] == "p@ss"
    assert config["OPTIONS"] == {"sslmode": "require", "options": "-c lock_timeout=10s"}


def test_postgres_lock_timeout_can_be_replaced() -> None:
    config = parse_database_url("postgresql://u@h/db?options=-c%20lock_timeout%3D2s")
    assert config["OPTIONS"] == {"options": "-c lock_timeout=2s"}


def test_sqlite_is_tuned() -> None:
    options = parse_database_url("sqlite:////tmp/x.sqlite3")["OPTIONS"]
    assert "journal_mode=WAL" in options["init_command"]
    assert "busy_timeout" in options["init_command"]
    assert options["transaction_mode"] == "IMMEDIATE"


def test_sqlite_connections_are_kept_between_requests() -> None:
    assert parse_database_url("sqlite:////tmp/x.sqlite3")["CONN_MAX_AGE"] == 60


@pytest.mark.parametrize(
    "url",
    [
        pytest.param("mysql://u@h/db", id="unsupported"),
        pytest.param("postgresql://u@h/", id="no-db-name"),
        pytest.param("sqlite://", id="no-path"),
    ],
)
def test_bad_database_urls(url: str) -> None:
    with pytest.raises(ImproperlyConfigured, match="ONWARD_DATABASE_URL"):
        parse_database_url(url)


def test_secret_key_generated_once(tmp_path: Path) -> None:
    first = load_or_create_secret_key(tmp_path)
    assert len(first) >= 50
    assert load_or_create_secret_key(tmp_path) == first
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0


@pytest.mark.parametrize(
    ("settings", "problem"),
    [
        pytest.param(ServerSettings("", False, ["a.example"], True), "required", id="no-secret"),
        pytest.param(ServerSettings("short", False, ["a.example"], True), "weak", id="weak-secret"),
        pytest.param(
            ServerSettings("django-insecure-" + STRONG, False, ["a.example"], True),
            "weak",
            id="insecure-placeholder",
        ),
        pytest.param(ServerSettings(STRONG, True, ["a.example"], True), "DEBUG", id="debug"),
        pytest.param(ServerSettings(STRONG, False, [], True), "ALLOWED_HOSTS", id="no-hosts"),
        pytest.param(ServerSettings(STRONG, False, ["*"], True), "'*'", id="wildcard"),
        pytest.param(ServerSettings(STRONG, False, ["a.example"], False), "HTTPS", id="http"),
    ],
)
def test_server_problems(settings: ServerSettings, problem: str) -> None:
    problems = server_problems(settings)
    assert len(problems) == 1
    assert problem in problems[0]


def test_strong_server_settings_pass() -> None:
    assert server_problems(ServerSettings(STRONG, False, ["onward.example.org"], True)) == []
