"""Pydantic field types shared by the export records: strict, explicit and stable."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any

from django.db.models import TextChoices
from pydantic import (
    AfterValidator,
    AwareDatetime,
    BeforeValidator,
    Field,
    PlainSerializer,
    StrictBool,
    StrictInt,
)
from pydantic_core import PydanticCustomError


def _text_or_native(kind: type, label: str) -> BeforeValidator:
    """Accept the native Python type (when exporting) or a string (when importing)."""

    def check(value: Any) -> Any:
        if isinstance(value, str | kind):
            return value
        raise PydanticCustomError("type", "expected {label} as a string", {"label": label})

    return BeforeValidator(check)


def _utc(value: dt.datetime) -> dt.datetime:
    return value.astimezone(dt.UTC)


def _format_timestamp(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


Uid = Annotated[uuid.UUID, _text_or_native(uuid.UUID, "a uid")]
Day = Annotated[dt.date, _text_or_native(dt.date, "a date (YYYY-MM-DD)")]
# ISO 8601, always UTC with microseconds, e.g. 2024-05-01T09:30:00.000000Z.
Timestamp = Annotated[
    AwareDatetime,
    _text_or_native(dt.datetime, "a timestamp"),
    AfterValidator(_utc),
    PlainSerializer(_format_timestamp, return_type=str),
]
Count = Annotated[StrictInt, Field(ge=0)]
Flag = StrictBool


def one_of(choices: type[TextChoices], label: str, *, blank: bool = False) -> AfterValidator:
    """Validator: one of ``choices``' stored values (or empty when ``blank``).

    Use as ``Annotated[StrictStr, one_of(Stage, "stage")]``.
    """
    allowed = frozenset(choices.values) | ({""} if blank else set())

    def check(value: str) -> str:
        if value not in allowed:
            raise PydanticCustomError(
                "choice", "{value} is not a valid {label}", {"value": repr(value), "label": label}
            )
        return value

    return AfterValidator(check)
