"""The check-in form, with its mood and energy words."""

from __future__ import annotations

from django import forms

from onward.core.forms import OnwardForm

MOOD_LABELS = {1: "Very low", 2: "Low", 3: "Okay", 4: "Good", 5: "Great"}
ENERGY_LABELS = {1: "Drained", 2: "Tired", 3: "Steady", 4: "Lively", 5: "Strong"}


class CheckInForm(OnwardForm):
    mood = forms.TypedChoiceField(
        choices=list(MOOD_LABELS.items()), coerce=int, widget=forms.RadioSelect, label="Mood"
    )
    energy = forms.TypedChoiceField(
        choices=list(ENERGY_LABELS.items()), coerce=int, widget=forms.RadioSelect, label="Energy"
    )
    note = forms.CharField(
        required=False,
        max_length=280,
        label="One line, if you like",
        widget=forms.TextInput(attrs={"placeholder": "What is on your mind?"}),
    )
