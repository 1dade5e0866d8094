"""Widgets and helpers shared by the growth loop's forms."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from django import forms
from django.utils import timezone


def date_input() -> forms.DateInput:
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def textarea(rows: int, placeholder: str = "") -> forms.Textarea:
    attrs: dict[str, Any] = {"rows": rows}
    if placeholder:
        attrs["placeholder"] = placeholder
    return forms.Textarea(attrs=attrs)


def _today() -> dt.date:
    return timezone.localdate()


def has_input(data: Any, names: Iterable[str]) -> bool:
    """Whether any of ``names`` was filled in (for "save what is there, if anything")."""
    return any(str(value).strip() for name in names for value in data.getlist(name))
