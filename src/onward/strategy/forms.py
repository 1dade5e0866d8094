"""Forms of experiments and strategy reviews."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.utils import timezone

from onward.core.forms import OnwardForm
from onward.strategy.choices import StrategyMetric
from onward.strategy.services import MAX_TARGET


def _date_input() -> forms.DateInput:
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def _not_future(value: dt.date | None) -> dt.date | None:
    if value is not None and value > timezone.localdate():
        raise forms.ValidationError("That date is in the future.")
    return value


class ExperimentForm(OnwardForm):
    name = forms.CharField(
        max_length=200,
        label="The change",
        help_text='One change you will make, e.g. "Tailor every resume".',
    )
    hypothesis = forms.CharField(
        required=False,
        max_length=2000,
        label="What you expect",
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    metric = forms.ChoiceField(
        choices=StrategyMetric.choices,
        label="Judge it on",
        help_text="Chosen now, before the results: that keeps the test fair.",
    )
    target_count = forms.IntegerField(
        min_value=1, max_value=MAX_TARGET, initial=10, label="For how many applications"
    )
    started_on = forms.DateField(label="Starting", widget=_date_input())
    source = forms.CharField(required=False, max_length=60, widget=forms.HiddenInput)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["started_on"].initial = timezone.localdate()

    def clean_started_on(self) -> dt.date | None:
        return _not_future(self.cleaned_data.get("started_on"))


class ExperimentEditForm(OnwardForm):
    name = forms.CharField(max_length=200, label="The change")
    hypothesis = forms.CharField(
        required=False,
        max_length=2000,
        label="What you expect",
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    target_count = forms.IntegerField(
        min_value=1, max_value=MAX_TARGET, label="For how many applications"
    )


class ExperimentCompleteForm(OnwardForm):
    learned = forms.CharField(
        required=False,
        max_length=5000,
        label="What did you learn?",
        help_text="Whatever the numbers say, trying something on purpose is progress.",
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    ended_on = forms.DateField(
        required=False, label="Last day", widget=_date_input(), help_text="Default: today."
    )

    def clean_ended_on(self) -> dt.date | None:
        return _not_future(self.cleaned_data.get("ended_on"))


class ReviewForm(OnwardForm):
    first = forms.CharField(max_length=300, label="One change to commit to")
    second = forms.CharField(required=False, max_length=300, label="A second (optional)")
    third = forms.CharField(required=False, max_length=300, label="A third (optional)")
    note = forms.CharField(
        required=False,
        max_length=5000,
        label="Notes for next time",
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def commitments(self) -> list[str]:
        return [self.cleaned_data.get(name, "") for name in ("first", "second", "third")]
