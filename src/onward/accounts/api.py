"""The accounts JSON endpoints: who am I, and personal API tokens."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Router, Status

from onward.accounts import selectors, services
from onward.accounts.auth import current_user
from onward.accounts.models import ApiToken, User
from onward.accounts.schemas import MeOut, TokenCreatedOut, TokenIn, TokenOut
from onward.core.api.fields import ObjectId

me = Router(tags=["accounts"])
tokens = Router(tags=["accounts"])


@me.get("", response=MeOut)
def me_get(request: HttpRequest) -> User:
    return current_user(request)


@tokens.get("", response=list[TokenOut])
def token_list(request: HttpRequest) -> QuerySet[ApiToken]:
    return selectors.api_token_list(owner=current_user(request))


@tokens.post("", response={201: TokenCreatedOut})
def token_create(request: HttpRequest, payload: TokenIn) -> Status[dict[str, Any]]:
    token, secret = services.api_token_create(owner=current_user(request), name=payload.name)
    return Status(201, {**TokenOut.model_validate(token).model_dump(), "secret": secret})


@tokens.delete("/{token_id}", response={204: None})
def token_revoke(request: HttpRequest, token_id: ObjectId) -> Status[None]:
    token = selectors.api_token_get(owner=current_user(request), pk=token_id)
    services.api_token_revoke(token=token)
    return Status(204, None)
