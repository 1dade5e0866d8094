"""API authentication: personal bearer tokens, or the browser session (with CSRF)."""

from __future__ import annotations

import zoneinfo
from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from ninja.errors import AuthenticationError
from ninja.security import HttpBearer, SessionAuth

from onward.accounts import services as account_services
from onward.accounts.models import User


def _activate_time_zone(user: User) -> None:
    # The time zone middleware ran before token auth knew the user; dates such as
    # "today" must still follow the user's zone.
    if not user.time_zone:
        return
    try:
        timezone.activate(zoneinfo.ZoneInfo(user.time_zone))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        timezone.deactivate()


class TokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Any:
        user = account_services.api_token_authenticate(secret=token)
        if user is None:
            return None
        request.user = user
        _activate_time_zone(user)
        return user


api_auth = [TokenAuth(), SessionAuth(csrf=True)]


def current_user(request: HttpRequest) -> User:
    """The authenticated owner of this request (token or session)."""
    user = request.user
    if not isinstance(user, User) or not user.is_active:
        raise AuthenticationError()
    return user
