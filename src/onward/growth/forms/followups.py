"""The follow-up form."""

from __future__ import annotations

from django import forms

from onward.core.forms import OnwardForm
from onward.growth.forms.common import date_input, textarea


class FollowUpForm(OnwardForm):
    title = forms.CharField(max_length=200, label="Follow-up")
    due_on = forms.DateField(required=False, label="Due", widget=date_input())
    notes = forms.CharField(required=False, max_length=2000, widget=textarea(2))
