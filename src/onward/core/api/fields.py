"""Field types shared by every API schema: ids, text and datetimes that cannot cause a 500."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from django.utils import timezone
from ninja import Schema
from pydantic import AfterValidator, ConfigDict, Field, StringConstraints

# Default of PATCH fields: a field left out is not changed (see ``changes()``); null is
# refused by the field's type. Typed ``Any`` so it fits every field.
OMITTED: Any = None

# Ids go straight into SQL: keep them inside a signed 64-bit integer.
MAX_ID = 2**63 - 1


def _plain_text(value: str) -> str:
    """Refuse what a database cannot store: NUL characters and lone surrogates."""
    if "\x00" in value:
        raise ValueError("Text must not contain NUL characters.")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("Text must be valid Unicode.") from None
    return value


def _aware(value: dt.datetime) -> dt.datetime:
    """Naive datetimes are read in the user's time zone; all must convert to UTC."""
    if timezone.is_naive(value):
        value = timezone.make_aware(value)
    try:
        value.astimezone(dt.UTC)
    except OverflowError:
        raise ValueError("Date and time out of range.") from None
    return value


ObjectId = Annotated[int, Field(ge=1, le=MAX_ID)]
Text = Annotated[str, AfterValidator(_plain_text)]
ShortText = Annotated[str, Field(max_length=200), AfterValidator(_plain_text)]
Name = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=200),
    AfterValidator(_plain_text),
]
AwareDatetime = Annotated[dt.datetime, AfterValidator(_aware)]


class In(Schema):
    """Base of every input: unknown fields are an error, not silently dropped."""

    model_config = ConfigDict(extra="forbid")

    def changes(self) -> dict[str, Any]:
        """Only the fields the client sent (what a PATCH should change)."""
        return self.model_dump(exclude_unset=True)
