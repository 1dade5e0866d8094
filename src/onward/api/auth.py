"""API authentication: personal bearer tokens, or the browser session (with CSRF)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja.security import HttpBearer, SessionAuth

from onward.accounts import services as account_services


class TokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Any:
        user = account_services.api_token_authenticate(secret=token)
        if user is None:
            return None
        request.user = user
        return user


api_auth = [TokenAuth(), SessionAuth(csrf=True)]
