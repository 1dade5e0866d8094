"""Turning domain errors into one line a person can read."""

from __future__ import annotations

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError


def validation_message(exc: ValidationError) -> str:
    """One line from a Django ValidationError: ``field: message; other: message``."""
    if not hasattr(exc, "error_dict"):
        return " ".join(exc.messages)
    parts = []
    for field, messages in exc.message_dict.items():
        text = " ".join(messages)
        parts.append(text if field == NON_FIELD_ERRORS else f"{field}: {text}")
    return "; ".join(parts)
