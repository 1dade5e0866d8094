"""JSON shapes of the accounts API: the current user and personal API tokens."""

from __future__ import annotations

import datetime as dt

from ninja import Schema
from pydantic import ConfigDict

from onward.accounts.models import User
from onward.core.api.fields import Text


class MeOut(Schema):
    id: int
    username: str
    display_name: str
    name: str
    email: str
    time_zone: str
    ghost_after_days: int | None
    effective_ghost_after_days: int

    @staticmethod
    def resolve_effective_ghost_after_days(obj: User) -> int:
        return obj.effective_ghost_days()


class TokenIn(Schema):
    model_config = ConfigDict(extra="forbid")

    name: Text


class TokenOut(Schema):
    id: int
    name: str
    prefix: str
    created_at: dt.datetime
    last_used_at: dt.datetime | None
    revoked_at: dt.datetime | None
    is_active: bool


class TokenCreatedOut(TokenOut):
    """Only in the answer to POST /tokens: the secret is not stored and never shown again."""

    secret: str
