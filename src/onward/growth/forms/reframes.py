"""The reframe form."""

from __future__ import annotations

from django import forms

from onward.core.forms import OnwardForm
from onward.growth.forms.common import textarea


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
