"""Form plumbing shared by every app: the base form, the renderer, and showing a
service's ValidationError on a form."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.forms.renderers import TemplatesSetting


class OnwardForm(forms.Form):
    """Labels without a trailing colon: they sit above their fields."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)


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
