"""Forms of habits."""

from __future__ import annotations

from django import forms

from onward.core.forms import OnwardForm
from onward.growth.choices import (
    Cadence,
    HabitKind,
)


class HabitForm(OnwardForm):
    name = forms.CharField(max_length=120, label="Habit")
    kind = forms.ChoiceField(choices=HabitKind.choices, initial=HabitKind.OTHER)
    cadence = forms.ChoiceField(choices=Cadence.choices, initial=Cadence.DAILY, label="How often")


class HabitEditForm(HabitForm):
    active = forms.BooleanField(required=False, label="Active")
