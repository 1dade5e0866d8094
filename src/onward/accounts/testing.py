"""A JSON client for API tests: the full Django stack, authenticated with a real API token."""

from __future__ import annotations

import json
from typing import Any

from django.test import Client

from onward.accounts import services as account_services
from onward.accounts.models import User

PREFIX = "/api/v1"


class JsonClient:
    """Calls ``/api/v1`` paths with JSON bodies; answers Django test responses."""

    def __init__(self, token: str | None = None, client: Client | None = None) -> None:
        self.client = client or Client()
        self.headers = {"Authorization": f"Bearer {token}"} if token else {}

    @classmethod
    def for_user(cls, user: User) -> JsonClient:
        _, secret = account_services.api_token_create(owner=user, name="tests")
        return cls(token=secret)

    def get(self, path: str, query: dict[str, Any] | None = None) -> Any:
        return self.client.get(PREFIX + path, query or {}, headers=self.headers)

    def post(self, path: str, body: Any = None, *, raw: str | None = None) -> Any:
        return self._send("post", path, body, raw)

    def patch(self, path: str, body: Any = None, *, raw: str | None = None) -> Any:
        return self._send("patch", path, body, raw)

    def delete(self, path: str) -> Any:
        return self.client.delete(PREFIX + path, headers=self.headers)

    def _send(self, method: str, path: str, body: Any, raw: str | None) -> Any:
        data = raw if raw is not None else json.dumps(body if body is not None else {})
        send = getattr(self.client, method)
        return send(PREFIX + path, data, content_type="application/json", headers=self.headers)
