"""No page or list endpoint runs a query per row.

Two accounts hold one of every object (the isolation set); one of them also holds the demo
job search (about 70 applications with their events, rejections, journal and skills). Every page
and every API list is opened as both, and the larger account may use only a few more
queries than the small one (sections that only appear with more data). A query per
application, event or entry shows up as dozens more. Routes are discovered, so new pages
are covered without editing this file.
"""

from __future__ import annotations

import json

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from onward.accounts import services as account_services
from onward.accounts.models import User
from onward.demo.seed import demo_seed_if_empty
from tests import isolation_objects
from tests.test_isolation import _values, api_operations, html_routes

pytestmark = pytest.mark.django_db

SLACK = 8  # extra queries allowed for the larger account: conditional sections, not rows


def _count(client: Client, method: str, url: str, body: object = None) -> tuple[int, int]:
    with CaptureQueriesContext(connection) as queries:
        if body is None:
            response = getattr(client, method.lower())(url)
        else:
            data = json.dumps(body)
            response = client.generic(method, url, data=data, content_type="application/json")
    return response.status_code, len(queries)


def _pages(client: Client, ids: dict[str, int]) -> dict[str, tuple[int, int]]:
    found = {}
    for route in html_routes():
        if set(route.params) <= set(ids) and route.name != "accounts:signin_link":
            found[route.name] = _count(client, "GET", route.url(_values(ids)))
    return found


def _api_lists(client: Client) -> dict[str, tuple[int, int]]:
    return {
        op.path: _count(client, "GET", op.path)
        for op in api_operations()
        if op.method == "GET" and not op.params
    }


def _account(user: User, *, demo: bool) -> tuple[Client, Client, dict[str, int]]:
    if demo:
        assert demo_seed_if_empty(owner=user)
    ids = isolation_objects.build(user)
    web = Client()
    web.force_login(user)
    _token, secret = account_services.api_token_create(owner=user, name="counts")
    return web, Client(headers={"authorization": f"Bearer {secret}"}), ids


def _compare(small: dict[str, tuple[int, int]], large: dict[str, tuple[int, int]]) -> list[str]:
    problems = []
    for name, (status, queries) in large.items():
        small_status, small_queries = small[name]
        if status == 200 and small_status == 200 and queries > small_queries + SLACK:
            problems.append(f"{name}: {small_queries} queries with one row, {queries} with many")
    return problems


@pytest.mark.usefixtures("pages_drawn_afresh")
def test_pages_and_lists_do_not_query_per_row(alice: User, bob: User) -> None:
    small_web, small_api, small_ids = _account(bob, demo=False)
    large_web, large_api, large_ids = _account(alice, demo=True)
    small_pages, large_pages = _pages(small_web, small_ids), _pages(large_web, large_ids)
    assert sum(status == 200 for status, _ in large_pages.values()) > 40
    problems = _compare(small_pages, large_pages)
    problems += _compare(_api_lists(small_api), _api_lists(large_api))
    assert not problems, "\n".join(problems)
