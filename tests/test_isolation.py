"""The isolation sweep: every URL route and API endpoint, as another user and signed out.

Routes are discovered from the URL resolver and the OpenAPI document, so a new route is
swept without editing this file (or fails loudly if it takes an unknown parameter).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from onward.accounts import services as account_services
from onward.accounts.models import User
from onward.config.api import api
from tests import isolation_objects

pytestmark = pytest.mark.django_db

# Routes anyone may open signed out.
PUBLIC_ROUTES = {
    "accounts:signin",
    "accounts:signup",
    "accounts:signin_link",
    "api:openapi-json",
    "api:openapi-view",
    "api:health",
    "networking:feed",  # the secret in its URL is the key (a calendar app has no session)
}
PARAM = re.compile(r"<(?:(?P<conv>[^>:]+):)?(?P<name>[^>]+)>")


@dataclass(frozen=True)
class Route:
    name: str
    pattern: str
    params: tuple[str, ...]

    def url(self, values: dict[str, int | str]) -> str:
        return "/" + PARAM.sub(lambda m: str(values[m.group("name")]), self.pattern)


def _walk(patterns: Sequence[object], prefix: str = "", namespace: str = "") -> Iterator[Route]:
    for entry in patterns:
        if isinstance(entry, URLResolver):
            ns = entry.namespace or ""
            full_ns = f"{namespace}:{ns}" if namespace and ns else (ns or namespace)
            yield from _walk(entry.url_patterns, prefix + str(entry.pattern), full_ns)
        elif isinstance(entry, URLPattern):
            pattern = prefix + str(entry.pattern)
            name = f"{namespace}:{entry.name}" if namespace else str(entry.name)
            params = tuple(m.group("name") for m in PARAM.finditer(pattern))
            yield Route(name=name, pattern=pattern, params=params)


def html_routes() -> list[Route]:
    return [r for r in _walk(get_resolver().url_patterns) if not r.pattern.startswith("api/")]


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    params: tuple[str, ...]
    body: object

    def url(self, values: dict[str, int]) -> str:
        return re.sub(r"{(\w+)}", lambda m: str(values[m.group(1)]), self.path)


def _example(schema: dict[str, Any], components: dict[str, Any]) -> object:
    """A minimal valid value for a JSON schema, so requests reach the object lookup."""
    if "$ref" in schema:
        return _example(components[schema["$ref"].rsplit("/", 1)[1]], components)
    for key in ("anyOf", "oneOf", "allOf"):
        if key in schema:
            options = [o for o in schema[key] if o.get("type") != "null"]
            return _example(options[0], components) if options else None
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "object":
        props = schema.get("properties", {})
        return {name: _example(props[name], components) for name in schema.get("required", [])}
    if kind == "string":
        return {"date": "2026-01-02", "date-time": "2026-01-02T10:00:00Z"}.get(
            schema.get("format", ""), "x"
        )
    return {"integer": 1, "number": 1, "boolean": False, "array": []}.get(str(kind))


def api_operations() -> list[Operation]:
    schema = api.get_openapi_schema()
    components = schema.get("components", {}).get("schemas", {})
    ops = []
    for path, methods in schema["paths"].items():
        params = tuple(re.findall(r"{(\w+)}", path))
        for method, spec in methods.items():
            content = spec.get("requestBody", {}).get("content", {}).get("application/json")
            body = _example(content["schema"], components) if content else None
            ops.append(Operation(method.upper(), path, params, body))
    return ops


def _values(objects: dict[str, int]) -> dict[str, int | str]:
    return {**objects, "secret": "not-a-real-link"}


def _unknown(params: tuple[str, ...], objects: dict[str, int]) -> list[str]:
    return [p for p in params if p not in objects and p not in isolation_objects.NON_OBJECT_PARAMS]


@pytest.fixture
def alice_objects(alice: User) -> dict[str, int]:
    return isolation_objects.build(alice)


def test_sweep_finds_routes() -> None:
    names = {r.name for r in html_routes()}
    assert {"web:dashboard", "accounts:account"} <= names
    assert len(api_operations()) > 5


def test_every_html_route_hides_alices_objects_from_bob(
    alice: User, alice_objects: dict[str, int], bob_client: Client
) -> None:
    before = isolation_objects.snapshot(alice)
    checked = 0
    for route in html_routes():
        assert not _unknown(route.params, alice_objects), f"{route.name}: add to isolation_objects"
        object_params = [p for p in route.params if p in alice_objects]
        if not object_params:
            continue
        url = route.url(_values(alice_objects))
        for method in ("get", "post"):
            response = getattr(bob_client, method)(url)
            assert response.status_code in (404, 405), f"{method.upper()} {url} ({route.name})"
            if response.status_code == 405:
                continue
            checked += 1
    assert checked > 0
    assert isolation_objects.snapshot(alice) == before


def test_every_api_operation_hides_alices_objects_from_bob(
    alice: User, alice_objects: dict[str, int], bob: User
) -> None:
    _token, secret = account_services.api_token_create(owner=bob, name="bob")
    client = Client(headers={"authorization": f"Bearer {secret}"})
    before = isolation_objects.snapshot(alice)
    checked = 0
    for op in api_operations():
        assert not _unknown(op.params, alice_objects), f"{op.path}: add to isolation_objects"
        if not op.params:
            continue
        url = op.url(alice_objects)
        response = client.generic(
            op.method, url, data=json.dumps(op.body or {}), content_type="application/json"
        )
        assert response.status_code == 404, f"{op.method} {url}: {response.status_code}"
        checked += 1
    assert checked > 0
    assert isolation_objects.snapshot(alice) == before


def test_signed_out_html_redirects_to_signin(alice_objects: dict[str, int]) -> None:
    client = Client()
    for route in html_routes():
        if route.name in PUBLIC_ROUTES:
            continue
        response = client.get(route.url(_values(alice_objects)))
        if response.status_code == 405:
            response = client.post(route.url(_values(alice_objects)))
        assert response.status_code == 302, route.name
        assert response["Location"].startswith("/accounts/signin/"), route.name


def test_signed_out_api_is_401(alice_objects: dict[str, int]) -> None:
    client = Client()
    for op in api_operations():
        if op.path.endswith("/health"):
            continue
        url = op.url(alice_objects)
        response = client.generic(
            op.method, url, data=json.dumps(op.body or {}), content_type="application/json"
        )
        assert response.status_code == 401, f"{op.method} {url}"
