"""Limit/offset pagination for every list endpoint, bounded so no value reaches SQL unchecked."""

from __future__ import annotations

import typing
from collections.abc import Callable
from typing import Any, TypeVar

from ninja import Field, Schema
from ninja.pagination import LimitOffsetPagination, paginate

DEFAULT_LIMIT = 50
MAX_LIMIT = 200
MAX_OFFSET = 1_000_000_000

F = TypeVar("F", bound=Callable[..., Any])


class Pagination(LimitOffsetPagination):
    """``?limit=`` (1-200, default 50) and ``?offset=`` (from 0); answers ``{items, count}``."""

    class Input(Schema):
        limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description="Items per page.")
        offset: int = Field(0, ge=0, le=MAX_OFFSET, description="Items to skip.")


def paginated(func: F) -> F:
    """``@paginate(Pagination)`` for handlers in modules with postponed annotations.

    ninja resolves a wrapped handler's string annotations in ninja's own module, where
    our types are unknown; resolve them in the handler's module first.
    """
    func.__annotations__ = typing.get_type_hints(func, include_extras=True)
    return typing.cast(F, paginate(Pagination)(func))
