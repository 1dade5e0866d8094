"""The ``account`` part of an export: profile settings only (no password, tokens or links)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

from django.core.exceptions import ValidationError
from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr

from onward.accounts import services as account_services

if TYPE_CHECKING:
    from onward.accounts.models import User

PROFILE_FIELDS = ("display_name", "email", "time_zone", "ghost_after_days")


class AccountRecord(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    display_name: StrictStr = ""
    email: StrictStr = ""
    time_zone: StrictStr = ""
    ghost_after_days: Annotated[StrictInt, Field(ge=1)] | None = None


def account_dump(*, owner: User) -> AccountRecord:
    return AccountRecord.model_validate({name: getattr(owner, name) for name in PROFILE_FIELDS})


def account_load(*, owner: User, record: AccountRecord) -> bool:
    """Fill in the profile settings the account has left empty; never overwrite one.

    Returns whether anything changed.
    """
    values = {name: getattr(owner, name) for name in PROFILE_FIELDS}
    filled = {
        name: getattr(record, name)
        for name, current in values.items()
        if current in ("", None) and getattr(record, name) not in ("", None)
    }
    if not filled:
        return False
    try:
        account_services.user_update_profile(user=owner, **(values | filled))
    except ValidationError:
        owner.refresh_from_db(fields=PROFILE_FIELDS)
        raise
    return True
