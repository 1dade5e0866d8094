"""HTML forms of the networking pages."""

from __future__ import annotations

from typing import Any

from django import forms

from onward.core.forms import OnwardForm
from onward.networking.choices import ContactRole, DigestFrequency, InteractionKind
from onward.networking.models import Contact
from onward.networking.selectors import CONTACT_ORDERS
from onward.tracker.choices import InterviewKind

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
CONTACT_FIELDS = (
    "name",
    "company_name",
    "role",
    "email",
    "phone",
    "linkedin_url",
    "how_met",
    "tags",
    "cadence_days",
    "notes",
)


class ContactForm(OnwardForm):
    name = forms.CharField(max_length=200)
    company_name = forms.CharField(
        max_length=200,
        required=False,
        label="Company",
        help_text="Linked to the company in your tracker when you have one of that name.",
    )
    role = forms.CharField(max_length=200, required=False, label="Their role")
    email = forms.EmailField(max_length=254, required=False)
    phone = forms.CharField(max_length=50, required=False)
    linkedin_url = forms.CharField(max_length=500, required=False, label="LinkedIn URL")
    how_met = forms.CharField(
        max_length=300, required=False, label="How you met", help_text="e.g. at the PyData meetup"
    )
    tags = forms.CharField(max_length=500, required=False, help_text="Comma-separated.")
    cadence_days = forms.IntegerField(
        required=False,
        min_value=1,
        max_value=3650,
        label="Keep in touch every (days)",
        help_text="e.g. 90. Leave empty for no keep-warm reminders.",
    )
    notes = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 4}))

    @staticmethod
    def initial_for(contact: Contact) -> dict[str, Any]:
        data = {name: getattr(contact, name) for name in CONTACT_FIELDS}
        data["tags"] = ", ".join(contact.tag_list)
        data["company_name"] = contact.company_label
        return data


class ContactFilterForm(forms.Form):
    q = forms.CharField(required=False, max_length=200, label="Search")
    tag = forms.CharField(required=False, max_length=40)
    order = forms.ChoiceField(
        required=False,
        choices=[
            ("name", "Name"),
            ("-last_contacted", "Last in touch"),
            ("company", "Company"),
            ("-created", "Newest"),
        ],
    )

    def values(self) -> dict[str, str]:
        data = self.cleaned_data if self.is_valid() else {}
        order = data.get("order") or "name"
        return {
            "q": (data.get("q") or "").strip(),
            "tag": (data.get("tag") or "").strip(),
            "order": order if order in CONTACT_ORDERS else "name",
        }


class InteractionForm(OnwardForm):
    kind = forms.ChoiceField(choices=InteractionKind.choices, initial=InteractionKind.EMAIL)
    occurred_on = forms.DateField(required=False, label="When", widget=DATE)
    application = forms.TypedChoiceField(
        required=False, coerce=int, empty_value=None, label="About the application"
    )
    notes = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args: Any, applications: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["application"].choices = [("", "None"), *applications]  # type: ignore[attr-defined]


class LinkForm(OnwardForm):
    """Link a contact to an application (from the contact's page)."""

    application = forms.TypedChoiceField(coerce=int)
    role = forms.ChoiceField(choices=ContactRole.choices)

    def __init__(self, *args: Any, applications: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["application"].choices = applications  # type: ignore[attr-defined]


class ApplicationLinkForm(OnwardForm):
    """Link a contact to an application (from the application's page)."""

    contact = forms.TypedChoiceField(coerce=int)
    role = forms.ChoiceField(choices=ContactRole.choices)

    def __init__(self, *args: Any, contacts: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["contact"].choices = contacts  # type: ignore[attr-defined]


class InterviewForm(OnwardForm):
    interviewers = forms.TypedMultipleChoiceField(
        coerce=int, required=False, widget=forms.CheckboxSelectMultiple
    )
    interview_kind = forms.ChoiceField(
        choices=[("", "Not sure yet"), *InterviewKind.choices], required=False, label="Kind"
    )
    occurred_at = forms.DateTimeField(
        required=False,
        label="When",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )
    note = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args: Any, contacts: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["interviewers"].choices = contacts  # type: ignore[attr-defined]


class ReminderForm(OnwardForm):
    title = forms.CharField(max_length=300, label="What to do")
    due_on = forms.DateField(widget=DATE, label="Due")
    contact = forms.TypedChoiceField(required=False, coerce=int, empty_value=None)
    notes = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args: Any, contacts: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["contact"].choices = [("", "Nobody in particular"), *contacts]  # type: ignore[attr-defined]


class SnoozeForm(forms.Form):
    days = forms.IntegerField(min_value=1, max_value=365, required=False)
    until = forms.DateField(required=False, widget=DATE)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("days") and not data.get("until"):
            raise forms.ValidationError("Pick how long to snooze.")
        return data


class DoneForm(forms.Form):
    log = forms.BooleanField(required=False)
    notes = forms.CharField(required=False, max_length=20_000)


class ImportForm(OnwardForm):
    file = forms.FileField(
        label="File",
        help_text="LinkedIn's Connections.csv, or a .vcf vCard file (one or many contacts).",
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.vcf,.vcard,text/vcard"}),
    )
    kind = forms.ChoiceField(
        choices=[
            ("auto", "Tell from the file"),
            ("linkedin", "LinkedIn connections (CSV)"),
            ("vcard", "vCard (.vcf)"),
        ],
        initial="auto",
        label="Format",
    )


class MergeForm(forms.Form):
    keep = forms.IntegerField(min_value=1)
    other = forms.IntegerField(min_value=1)


class DigestForm(OnwardForm):
    digest = forms.ChoiceField(choices=DigestFrequency.choices, label="Reminders digest")
    digest_to = forms.EmailField(
        required=False, label="Send to", help_text="Leave empty to use your account's email."
    )


class ReferralForm(forms.Form):
    contact = forms.IntegerField(min_value=1, max_value=2**63 - 1)
