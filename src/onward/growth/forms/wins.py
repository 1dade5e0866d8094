"""The form to add a win by hand."""

from __future__ import annotations

import datetime as dt

from django import forms

from onward.core.forms import OnwardForm
from onward.growth.forms.common import _today, date_input, textarea


class WinForm(OnwardForm):
    title = forms.CharField(max_length=200, label="What happened")
    note = forms.CharField(required=False, max_length=2000, widget=textarea(2))
    occurred_on = forms.DateField(required=False, label="When", widget=date_input())

    def clean_occurred_on(self) -> dt.date | None:
        value: dt.date | None = self.cleaned_data.get("occurred_on")
        if value and value > _today():
            raise forms.ValidationError("That date is in the future.")
        return value
