"""Forms of feedback requests (draft options, .eml, marking as asked) and of feedback received."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms

from onward.core.forms import OnwardForm
from onward.growth.choices import (
    DraftTone,
    FeedbackStatus,
    FeedbackTheme,
)
from onward.growth.forms.common import _today, date_input, textarea


class DraftOptionsForm(OnwardForm):
    """Options for the drafts (posted): who to address, and the one question to ask."""

    tone = forms.ChoiceField(choices=DraftTone.choices, required=False)
    contact_name = forms.CharField(
        required=False, max_length=150, label="Their name", help_text="If you know it."
    )
    contact_email = forms.EmailField(required=False, max_length=254, label="Their email")
    question = forms.CharField(
        required=False,
        max_length=300,
        label="Your one question",
        help_text="For the “one question” draft, e.g. “How could I have shown more SQL depth?”",
    )

    def options(self) -> dict[str, str]:
        data = self.cleaned_data if self.is_valid() else {}
        return {
            "tone": data.get("tone") or DraftTone.BRIEF,
            "contact_name": data.get("contact_name", ""),
            "contact_email": data.get("contact_email", ""),
            "question": data.get("question", ""),
        }


def _one_line(value: str) -> str:
    return " ".join(value.split())


class EmlForm(OnwardForm):
    """The draft as edited on the page, for the .eml download."""

    subject = forms.CharField(max_length=300)
    body = forms.CharField(max_length=10000, label="Message", widget=textarea(12))
    contact_email = forms.EmailField(required=False, widget=forms.HiddenInput)

    def clean_subject(self) -> str:
        return _one_line(str(self.cleaned_data["subject"]))


class MarkRequestedForm(EmlForm):
    tone = forms.ChoiceField(choices=DraftTone.choices, widget=forms.HiddenInput)
    contact_name = forms.CharField(required=False, max_length=150, widget=forms.HiddenInput)
    requested_on = forms.DateField(label="Sent on", widget=date_input())
    no_reply_after_days = forms.IntegerField(
        min_value=1,
        max_value=180,
        initial=14,
        label="Count it as no reply after (days)",
        help_text="Onward stops waiting quietly after this.",
    )

    field_order = ["tone", "subject", "body", "contact_name", "contact_email"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["requested_on"].initial = _today()

    def clean_requested_on(self) -> dt.date:
        value: dt.date = self.cleaned_data["requested_on"]
        if value > _today():
            raise forms.ValidationError("That date is in the future.")
        return value


class RequestStatusForm(OnwardForm):
    status = forms.ChoiceField(choices=FeedbackStatus.choices)
    no_reply_after_days = forms.IntegerField(
        min_value=1, max_value=180, label="No reply after (days)"
    )


class FeedbackForm(OnwardForm):
    text = forms.CharField(
        max_length=20000,
        label="Their feedback, word for word",
        help_text="Paste it as it is; themes are suggested as you go.",
        widget=textarea(8),
    )
    received_on = forms.DateField(label="Received on", widget=date_input())
    themes = forms.MultipleChoiceField(
        choices=FeedbackTheme.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Themes",
        help_text="Suggestions are ticked for you; you decide.",
    )
    themes_edited = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["received_on"].initial = _today()

    def clean_received_on(self) -> dt.date:
        value: dt.date = self.cleaned_data["received_on"]
        if value > _today():
            raise forms.ValidationError("That date is in the future.")
        return value
