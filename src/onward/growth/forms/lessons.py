"""Filtering by kind (the timeline, the lessons search) and the lessons search box."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django import forms


class KindsForm(forms.Form):
    """Checkbox chips that filter a list by kind; nothing ticked means everything."""

    kinds = forms.MultipleChoiceField(
        required=False, widget=forms.CheckboxSelectMultiple, label="Show"
    )

    def __init__(self, *args: Any, kinds: Sequence[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field: Any = self.fields["kinds"]
        field.choices = list(kinds)

    def selected(self) -> list[str]:
        return list(self.cleaned_data.get("kinds") or []) if self.is_valid() else []


class LessonSearchForm(KindsForm):
    q = forms.CharField(
        required=False,
        max_length=200,
        label="Search your lessons",
        widget=forms.TextInput(attrs={"type": "search", "placeholder": "e.g. SQL, nerves"}),
    )

    def query(self) -> str:
        return str(self.cleaned_data.get("q", "")).strip() if self.is_valid() else ""
