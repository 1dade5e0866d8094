"""HTML forms of the growth loop. They parse input; the services decide what is allowed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from django import forms
from django.utils import timezone

from onward.growth.choices import (
    Cadence,
    DraftTone,
    FeedbackStatus,
    FeedbackTheme,
    GoalMetric,
    HabitKind,
)
from onward.tracker.forms import OnwardForm


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


# --- feedback ----------------------------------------------------------------------------


class DraftOptionsForm(OnwardForm):
    """GET options for the drafts: who to address, and the one question to ask."""

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


# --- check-ins, reframes, wins -----------------------------------------------------------

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


class ReframeForm(OnwardForm):
    thought = forms.CharField(
        max_length=2000,
        label="The thought",
        help_text="Write it the way it sounds in your head.",
        widget=textarea(2, "I'm not good enough."),
    )
    evidence_for = forms.CharField(
        required=False,
        max_length=5000,
        label="What seems to support it",
        widget=textarea(3),
    )
    evidence_against = forms.CharField(
        required=False,
        max_length=5000,
        label="What does not fit it",
        help_text="Interviews reached, things you did well, what others have said.",
        widget=textarea(3),
    )
    balanced_view = forms.CharField(
        required=False,
        max_length=5000,
        label="A more balanced view",
        widget=textarea(3, "This one did not work out, and I got to a second interview."),
    )
    points_toward = forms.CharField(
        required=False,
        max_length=5000,
        label="What this points toward",
        help_text="Roles, companies, skills or ways of applying to try next.",
        widget=textarea(3),
    )


class WinForm(OnwardForm):
    title = forms.CharField(max_length=200, label="What happened")
    note = forms.CharField(required=False, max_length=2000, widget=textarea(2))
    occurred_on = forms.DateField(required=False, label="When", widget=date_input())

    def clean_occurred_on(self) -> dt.date | None:
        value: dt.date | None = self.cleaned_data.get("occurred_on")
        if value and value > _today():
            raise forms.ValidationError("That date is in the future.")
        return value


# --- goals, habits, follow-ups -----------------------------------------------------------


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


class HabitForm(OnwardForm):
    name = forms.CharField(max_length=120, label="Habit")
    kind = forms.ChoiceField(choices=HabitKind.choices, initial=HabitKind.OTHER)
    cadence = forms.ChoiceField(choices=Cadence.choices, initial=Cadence.DAILY, label="How often")


class HabitEditForm(HabitForm):
    active = forms.BooleanField(required=False, label="Active")


class FollowUpForm(OnwardForm):
    title = forms.CharField(max_length=200, label="Follow-up")
    due_on = forms.DateField(required=False, label="Due", widget=date_input())
    notes = forms.CharField(required=False, max_length=2000, widget=textarea(2))


# --- timeline and lessons ----------------------------------------------------------------


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
