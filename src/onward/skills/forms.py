"""HTML forms of the learning plan."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms

from onward.skills.choices import LearningKind, LearningStatus
from onward.skills.models import LearningAction
from onward.tracker.forms import OnwardForm

FIELDS = ("title", "kind", "skill_label", "hours_planned", "due_on", "url", "notes")


class LearningActionForm(OnwardForm):
    title = forms.CharField(max_length=200, label="What to do")
    kind = forms.ChoiceField(choices=LearningKind.choices, initial=LearningKind.COURSE)
    skill_label = forms.CharField(
        required=False, max_length=200, label="Skill", help_text="e.g. SQL window functions."
    )
    hours_planned = forms.DecimalField(
        required=False,
        min_value=Decimal("0"),
        max_value=Decimal("9999"),
        decimal_places=1,
        label="Hours planned",
    )
    due_on = forms.DateField(
        required=False,
        label="Aim to finish by",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    url = forms.URLField(required=False, max_length=1000, label="Link", assume_scheme="https")
    notes = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}))

    @staticmethod
    def initial_for(action: LearningAction) -> dict[str, Any]:
        names = (*FIELDS, "status", "hours_spent")
        return {name: getattr(action, name) for name in names}


class LearningActionEditForm(LearningActionForm):
    status = forms.ChoiceField(choices=LearningStatus.choices)
    hours_spent = forms.DecimalField(
        min_value=Decimal("0"), max_value=Decimal("9999"), decimal_places=1, label="Hours spent"
    )


class LearningFilterForm(forms.Form):
    status = forms.ChoiceField(
        choices=[("", "Open"), *LearningStatus.choices, ("all", "All")], required=False
    )

    def status_filter(self) -> str | None:
        value = self.cleaned_data.get("status", "") if self.is_valid() else ""
        return value or None
