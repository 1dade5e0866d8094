"""HTML forms of the skills pages and the learning plan."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms

from onward.core.forms import OnwardForm
from onward.skills.choices import LearningKind, LearningStatus, SkillLevel
from onward.skills.models import LearningAction

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
    skill_id = forms.CharField(required=False, max_length=300, widget=forms.HiddenInput)

    @staticmethod
    def initial_for(action: LearningAction) -> dict[str, Any]:
        names = (*FIELDS, "status", "hours_spent", "skill_id")
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


# --- profile skills, resumes, the posting check --------------------------------------------


class ResumeForm(OnwardForm):
    file = forms.FileField(
        required=False,
        label="Upload a file",
        help_text=".txt, .docx or .pdf, up to 5 MB.",
        widget=forms.ClearableFileInput(attrs={"accept": ".txt,.md,.docx,.pdf"}),
    )
    text = forms.CharField(
        required=False,
        label="Or paste the text",
        max_length=200_000,
        widget=forms.Textarea(attrs={"rows": 10}),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("file") and not (data.get("text") or "").strip():
            self.add_error("text", "Paste your resume's text, or upload a file.")
        return data


class SkillAddForm(OnwardForm):
    label = forms.CharField(
        max_length=200,
        required=False,
        label="Skill",
        help_text="Start typing, e.g. SQL, budgeting, patient care.",
        widget=forms.TextInput(attrs={"autocomplete": "off", "type": "search"}),
    )
    skill_id = forms.CharField(required=False, max_length=300, widget=forms.HiddenInput)
    level = forms.ChoiceField(choices=SkillLevel.choices, required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("skill_id") and not (data.get("label") or "").strip():
            self.add_error("label", "Name a skill.")
        return data


class SkillLevelForm(OnwardForm):
    level = forms.ChoiceField(choices=SkillLevel.choices, required=False)


class SkillConfirmForm(forms.Form):
    """A review of suggested skills: ``shown`` are the ones on the page, ``skill`` the ones
    ticked (nothing ticked is a valid answer: none of them are yours)."""

    skill = forms.TypedMultipleChoiceField(coerce=int, choices=[], required=False)
    shown = forms.TypedMultipleChoiceField(coerce=int, choices=[], required=False)

    def __init__(self, *args: Any, ids: list[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in ("skill", "shown"):
            self.fields[name].choices = [(pk, pk) for pk in ids]  # type: ignore[attr-defined]


class PostingCheckForm(OnwardForm):
    text = forms.CharField(
        label="The posting's text",
        max_length=100_000,
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text="Paste the whole ad: the requirements and the nice-to-haves.",
    )


class PostingSaveForm(OnwardForm):
    company = forms.CharField(max_length=200)
    title = forms.CharField(max_length=200, label="Job title")
    url = forms.URLField(required=False, max_length=1000, label="Link", assume_scheme="https")
    text = forms.CharField(max_length=100_000, widget=forms.HiddenInput)


class GapDismissForm(forms.Form):
    """Mark a gap "not relevant to me", with an optional reason (only you see it)."""

    skill_id = forms.CharField(max_length=300, widget=forms.HiddenInput)
    reason = forms.CharField(required=False, max_length=500, label="Why (optional)")
