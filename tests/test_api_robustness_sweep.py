"""Bad input never becomes a 500, on every API operation.

Operations come from the OpenAPI document (as in the isolation sweep), so a new endpoint is
covered without editing this file. Each operation that takes a JSON body gets malformed
bodies and bodies whose every field has the wrong type; each operation with query
parameters gets junk in every one of them. All run as the owner, against her own objects,
so the requests get past the object lookup to validation.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import pytest
from django.test import Client

from onward.accounts import services as account_services
from onward.accounts.models import User
from onward.config.api import api
from tests import isolation_objects

pytestmark = pytest.mark.django_db

NOT_AN_OBJECT = {
    "empty": "",
    "invalid-json": "{not json",
    "truncated-json": '{"name": "Ac',
    "array": "[1, 2]",
    "string": '"hello"',
    "number": "42",
    "null": "null",
    "deeply-nested": "[" * 5000 + "]" * 5000,
}

# A value of the wrong type for each JSON schema type.
WRONG_TYPE: dict[str, object] = {
    "string": {"a": [1]},
    "integer": "twelve",
    "number": "a lot",
    "boolean": [1],
    "array": "not a list",
    "object": [1, 2],
}


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    body: dict[str, Any] | None  # the request body's schema, resolved
    query: tuple[tuple[str, dict[str, Any]], ...]  # query parameters and their schemas

    def url(self, values: dict[str, int]) -> str:
        return re.sub(r"{(\w+)}", lambda m: str(values[m.group(1)]), self.path)


def _resolve(schema: dict[str, Any], components: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in schema:
        return _resolve(components[schema["$ref"].rsplit("/", 1)[1]], components)
    for key in ("anyOf", "oneOf", "allOf"):
        options = [o for o in schema.get(key, []) if o.get("type") != "null"]
        if options:
            return _resolve(options[0], components)
    return schema


def operations() -> list[Operation]:
    schema = api.get_openapi_schema()
    components = schema.get("components", {}).get("schemas", {})
    found = []
    for path, methods in schema["paths"].items():
        for method, spec in methods.items():
            content = spec.get("requestBody", {}).get("content", {}).get("application/json")
            body = _resolve(content["schema"], components) if content else None
            query = tuple(
                (p["name"], _resolve(p.get("schema", {}), components))
                for p in spec.get("parameters", [])
                if p.get("in") == "query"
            )
            found.append(Operation(method.upper(), path, body, query))
    return found


def _wrong_types(body: dict[str, Any]) -> dict[str, object]:
    props = body.get("properties", {})
    return {name: WRONG_TYPE.get(str(s.get("type")), {"x": 1}) for name, s in props.items()}


def _every_string(body: dict[str, Any], value: object) -> dict[str, object]:
    props = body.get("properties", {})
    return {name: value for name, s in props.items() if s.get("type") == "string"}


@pytest.fixture
def owner_ids(alice: User) -> dict[str, int]:
    return isolation_objects.build(alice)


@pytest.fixture
def client(alice: User) -> Client:
    _token, secret = account_services.api_token_create(owner=alice, name="sweep")
    return Client(headers={"authorization": f"Bearer {secret}"})


def _send(client: Client, op: Operation, url: str, raw: str) -> Any:
    return client.generic(op.method, url, data=raw, content_type="application/json")


def _body_cases(op: Operation) -> Iterator[tuple[str, str, bool]]:
    """(case, raw body, must be 4xx): malformed bodies and wrong types must be refused;
    odd but well-typed values (huge numbers, lone surrogates) only must not crash."""
    assert op.body is not None
    for name, raw in NOT_AN_OBJECT.items():
        yield name, raw, True
    if op.body.get("properties"):
        yield "wrong-types", json.dumps(_wrong_types(op.body)), True
    yield "lone-surrogates", json.dumps(_every_string(op.body, "\ud800")), False
    yield "nul-bytes", json.dumps(_every_string(op.body, "a\x00b")), False
    numbers = {n: 1e308 for n, s in op.body.get("properties", {}).items() if s.get("type")}
    yield "huge-numbers", json.dumps(numbers).replace("1e+308", "1e999"), False


def test_the_sweep_finds_body_and_query_operations() -> None:
    ops = operations()
    assert sum(op.body is not None for op in ops) > 20
    assert sum(bool(op.query) for op in ops) > 10


def test_bad_bodies_are_4xx_with_a_message_on_every_operation(
    owner_ids: dict[str, int], client: Client
) -> None:
    failures = []
    for op in operations():
        if op.body is None:
            continue
        url = op.url(owner_ids)
        for case, raw, must_refuse in _body_cases(op):
            response = _send(client, op, url, raw)
            status = response.status_code
            refused = 400 <= status < 500
            if status >= 500 or (must_refuse and not refused):
                failures.append(f"{op.method} {url} [{case}]: {status}")
            elif refused and not response.json().get("detail"):
                failures.append(f"{op.method} {url} [{case}]: {status} without a message")
    assert not failures, "\n".join(failures)


def test_junk_query_parameters_never_crash(owner_ids: dict[str, int], client: Client) -> None:
    junk = ["", "abc", "-1", "1e999", str(2**70), "\x00", "2026-02-30", "[]"]
    failures = []
    for op in operations():
        url = op.url(owner_ids)
        for name, schema in op.query:
            for value in junk:
                query = urlencode({name: value})
                response = client.generic(op.method, f"{url}?{query}")
                if response.status_code >= 500:
                    failures.append(f"{op.method} {url}?{query} ({schema.get('type')})")
    assert not failures, "\n".join(failures)
