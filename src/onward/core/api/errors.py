"""Map domain errors to JSON 4xx responses, so bad input never becomes a 500."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError
from ninja.errors import ValidationError as NinjaValidationError


def _field_messages(exc: ValidationError) -> dict[str, list[str]]:
    if hasattr(exc, "error_dict"):
        return {field: [str(m) for m in msgs] for field, msgs in exc.message_dict.items()}
    return {"__all__": [str(m) for m in exc.messages]}


# Parts of an error location that name where a value came from, not the field itself.
# Handlers name their body parameter ``payload`` and their query schema ``filters``.
_SOURCES = frozenset({"body", "query", "path", "payload", "filters", "ninja_pagination"})


def _message(error: dict[str, Any]) -> str:
    if error.get("type") == "extra_forbidden":
        return "Unknown field."
    msg = str(error.get("msg", "Invalid value."))
    return msg.removeprefix("Value error, ")


def _ninja_messages(exc: NinjaValidationError) -> dict[str, list[str]]:
    fields: dict[str, list[str]] = {}
    for error in exc.errors:
        loc = [str(part) for part in error.get("loc", ()) if part not in _SOURCES]
        fields.setdefault(".".join(loc) or "__all__", []).append(_message(error))
    return fields


def install(api: NinjaAPI) -> None:
    @api.exception_handler(ValidationError)
    def domain_validation(request: HttpRequest, exc: ValidationError) -> HttpResponse:
        fields = _field_messages(exc)
        return api.create_response(
            request, {"detail": "Invalid input.", "errors": fields}, status=400
        )

    @api.exception_handler(NinjaValidationError)
    def schema_validation(request: HttpRequest, exc: NinjaValidationError) -> HttpResponse:
        body: dict[str, Any] = {"detail": "Invalid input.", "errors": _ninja_messages(exc)}
        return api.create_response(request, body, status=422)

    @api.exception_handler(Http404)
    def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
        # Never say why: another user's object and a missing one look the same.
        return api.create_response(request, {"detail": "Not Found"}, status=404)

    @api.exception_handler(RequestDataTooBig)
    def too_big(request: HttpRequest, exc: RequestDataTooBig) -> HttpResponse:
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE / 1024 / 1024
        detail = f"The request body is too large: the limit is {limit:g} MB."
        return api.create_response(request, {"detail": detail}, status=413)

    @api.exception_handler(AuthenticationError)
    def unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
        return api.create_response(
            request,
            {"detail": "Authentication required: send 'Authorization: Bearer <token>'."},
            status=401,
        )
