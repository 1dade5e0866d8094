"""The signed-in owner of a request, for every app's views."""

from __future__ import annotations

from django.http import HttpRequest

from onward.accounts.models import User


def owner_of(request: HttpRequest) -> User:
    """The signed-in owner (views are behind ``login_required``)."""
    assert isinstance(request.user, User)
    return request.user
