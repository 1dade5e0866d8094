"""Reads for accounts, always scoped to the owner."""

from __future__ import annotations

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from onward.accounts.models import ApiToken, User


def api_token_list(*, owner: User) -> QuerySet[ApiToken]:
    return ApiToken.objects.filter(owner=owner).order_by("-created_at")


def api_token_get(*, owner: User, pk: int) -> ApiToken:
    return get_object_or_404(ApiToken, owner=owner, pk=pk)


def user_find(*, username: str) -> User | None:
    return User.objects.filter(username__iexact=username.strip()).first()


def user_only() -> User | None:
    """The single account of a local install, if there is exactly one."""
    users = list(User.objects.filter(is_active=True).order_by("id")[:2])
    return users[0] if len(users) == 1 else None
