"""A write that cannot get the database lock answers 503 with Retry-After, never a 500;
a JSON body over the upload limit answers a JSON 413.

A real second connection holds the lock: on SQLite it opens a write transaction on the
test database; on PostgreSQL it locks the table the request writes to, and the request's
connection gives up after a short ``lock_timeout``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from django.db import connection
from django.test import Client

from onward.accounts import services as account_services
from onward.accounts.models import User
from onward.growth.models import CheckIn


@contextmanager
def write_lock_held() -> Iterator[None]:
    """Another connection holds the write lock on the checkins table meanwhile."""
    name = connection.settings_dict["NAME"]
    if connection.vendor == "sqlite":
        lite = sqlite3.connect(name, uri=True, isolation_level=None)
        lite.execute("BEGIN IMMEDIATE")
        lite.execute("DELETE FROM growth_checkin WHERE id < 0")
        try:
            yield
        finally:
            lite.execute("ROLLBACK")
            lite.close()
        return
    import psycopg

    settings = connection.settings_dict
    with psycopg.connect(
        dbname=name,
        user=settings["USER"],
        password=settings["PASSWORD"],
        host=settings["HOST"],
        port=settings["PORT"] or None,
    ) as other:
        other.execute("LOCK TABLE growth_checkin IN ACCESS EXCLUSIVE MODE")
        with connection.cursor() as cursor:
            cursor.execute("SET lock_timeout = '300ms'")
        try:
            yield
        finally:
            with connection.cursor() as cursor:
                cursor.execute("RESET lock_timeout")
            other.rollback()


@pytest.fixture
def user(transactional_db: None) -> User:
    return account_services.user_create(username="casey", password=None)


def test_api_write_while_locked_is_a_json_503(user: User) -> None:
    _token, secret = account_services.api_token_create(owner=user, name="t")
    client = Client(headers={"authorization": f"Bearer {secret}"})
    body: dict[str, Any] = {"mood": 3, "energy": 4}
    with write_lock_held():
        response = client.post("/api/v1/checkins", body, content_type="application/json")
    assert response.status_code == 503, response.content
    assert response["Retry-After"] == "5"
    assert "database is busy" in response.json()["detail"]
    assert client.post("/api/v1/checkins", body, content_type="application/json").status_code == 201
    assert CheckIn.objects.filter(owner=user).count() == 1


def test_form_write_while_locked_is_a_503_page(user: User) -> None:
    client = Client()
    client.force_login(user)
    with write_lock_held():
        response = client.post("/growth/checkins/", {"mood": 3, "energy": 4})
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert "text/html" in response["Content-Type"]
    assert "database is busy" in response.content.decode()
    assert not CheckIn.objects.exists()


def test_json_body_over_the_limit_is_a_json_413(alice: User) -> None:
    _token, secret = account_services.api_token_create(owner=alice, name="t")
    client = Client(headers={"authorization": f"Bearer {secret}"})
    body = '{"mood": 3, "energy": 4, "note": "' + "x" * 3_000_000 + '"}'
    response = client.post("/api/v1/checkins", body, content_type="application/json")
    assert response.status_code == 413
    assert response["Content-Type"].startswith("application/json")
    assert "too large" in response.json()["detail"]


def test_error_page_for_a_busy_database_raised_outside_a_view_is_a_503(rf: Any) -> None:
    from django.db import OperationalError

    from onward.web.views import server_error

    try:
        raise OperationalError("database is locked")
    except OperationalError:
        response = server_error(rf.post("/api/v1/checkins"))
    assert (response.status_code, response["Retry-After"]) == (503, "5")
    assert "database is busy" in json.loads(response.content)["detail"]
