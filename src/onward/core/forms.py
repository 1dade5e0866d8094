"""Glue between service ValidationErrors and Django forms."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.forms.renderers import TemplatesSetting


class OnwardFormRenderer(TemplatesSetting):
    """Renders every form field with a label, help text and errors tied by aria."""

    form_template_name = "core/forms/form.html"
    field_template_name = "core/forms/field.html"


def add_service_errors(
    form: forms.Form, exc: ValidationError, *, field_map: dict[str, str] | None = None
) -> None:
    """Show a service's ValidationError on the form: per field where possible."""
    field_map = field_map or {}
    if hasattr(exc, "error_dict"):
        for field, messages in exc.message_dict.items():
            name = field_map.get(field, field)
            target = name if name in form.fields else None
            for message in messages:
                form.add_error(target, message)
    else:
        for message in exc.messages:
            form.add_error(None, message)
