"""Forms of weekly goals and their entries."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django import forms

from onward.core.forms import OnwardForm
from onward.growth.choices import (
    GoalMetric,
)
from onward.growth.forms.common import _today, date_input


class GoalForm(OnwardForm):
    metric = forms.ChoiceField(choices=GoalMetric.choices, label="What to count")
    target = forms.IntegerField(min_value=1, max_value=999, initial=3, label="Each week")
    label = forms.CharField(
        required=False,
        max_length=120,
        label="Name",
        help_text="Optional; needed for a custom count.",
    )


class GoalEditForm(OnwardForm):
    target = forms.IntegerField(min_value=1, max_value=999, label="Each week")
    label = forms.CharField(required=False, max_length=120, label="Name")
    active = forms.BooleanField(required=False, label="Active (untick to pause)")


class GoalLogForm(OnwardForm):
    amount = forms.DecimalField(
        min_value=Decimal("0.25"), max_value=Decimal("999"), decimal_places=2, initial=1
    )
    on = forms.DateField(label="On", widget=date_input())
    note = forms.CharField(required=False, max_length=200)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["on"].initial = _today()

    def clean_on(self) -> dt.date:
        value: dt.date = self.cleaned_data["on"]
        if value > _today():
            raise forms.ValidationError("That date is in the future.")
        return value
