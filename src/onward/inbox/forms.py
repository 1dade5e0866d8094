"""HTML forms of the Inbox. They parse input; the services decide what is allowed."""

from __future__ import annotations

from typing import Any

from django import forms

from onward.analysis.tracker_csv import FIELDS, CsvImport
from onward.core.forms import OnwardForm
from onward.inbox.choices import ImapSecurity, ItemLabel, ItemStatus
from onward.inbox.imap import ImapOptions
from onward.inbox.models import InboxSettings
from onward.inbox.selectors import ItemFilters
from onward.inbox.services import Edits
from onward.tracker.choices import Stage
from onward.tracker.models import Application

NEW = "new"
FIELD_LABELS = {
    "company": "Company",
    "title": "Role title",
    "status": "Status or stage",
    "applied_on": "Date applied",
    "url": "Link to the posting",
    "location": "Location",
    "notes": "Notes",
    "source": "Where you found it",
    "contact_email": "Contact email",
    "contact_name": "Contact name",
    "salary": "Salary",
    "work_mode": "Remote or on-site",
    "job_type": "Job type",
    "external_id": "Its id in the other tracker",
}


def _date_input() -> forms.DateInput:
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class UploadForm(OnwardForm):
    file = forms.FileField(
        label="Your file",
        help_text="An .mbox (Google Takeout, Thunderbird), an .eml, a .zip of emails, or a .csv "
        "from LinkedIn, JobSync, Onward or any spreadsheet.",
        widget=forms.ClearableFileInput(attrs={"accept": ".mbox,.mbx,.eml,.zip,.csv,.tsv"}),
    )
    keep_bodies = forms.BooleanField(label="Keep each email's full text", required=False)


KEEP_NOTE = (
    "Off by default: Onward keeps the subject, sender, date and the phrases that explain "
    "each suggestion. A rejection's words are always kept, as its message."
)


class ImapForm(OnwardForm):
    host = forms.CharField(label="Mail server", max_length=253, help_text="e.g. imap.gmail.com")
    user = forms.CharField(label="User name", max_length=255, help_text="Usually your address.")
    folder = forms.CharField(
        label="Folder",
        max_length=255,
        initial="INBOX",
        help_text="Gmail's archive: [Gmail]/All Mail",
    )
    since = forms.DateField(
        label="Only mail since", required=False, widget=_date_input(),
        help_text="Leave empty for the whole folder.",
    )  # fmt: skip
    security = forms.ChoiceField(
        label="Encryption", choices=ImapSecurity.choices, initial=ImapSecurity.SSL
    )
    port = forms.IntegerField(
        label="Port", required=False, min_value=1, max_value=65535,
        help_text="Leave empty for the usual one (993, or 143 with STARTTLS).",
    )  # fmt: skip
    keep_bodies = forms.BooleanField(label="Keep each email's full text", required=False)

    def options(self) -> ImapOptions:
        data = self.cleaned_data
        return ImapOptions(
            host=data["host"].strip(),
            user=data["user"].strip(),
            port=data["port"],
            folder=data["folder"].strip() or "INBOX",
            since=data["since"],
            security=data["security"],
        )


class SettingsForm(OnwardForm):
    auto_accept = forms.BooleanField(
        label="Accept confident suggestions by themselves",
        required=False,
        help_text="Off by default: nothing changes in your tracker until you review it. "
        "Rejections accepted this way are logged without starting the rebound flow.",
    )
    auto_accept_min = forms.TypedChoiceField(
        label="From this confidence",
        choices=[(str(v), f"{round(v * 100)}%") for v in (0.99, 0.95, 0.9, 0.85, 0.8, 0.7, 0.6)],
        coerce=float,
    )
    keep_bodies = forms.BooleanField(
        label="Keep the full text of each email",
        required=False,
        help_text="Off by default. A rejection's words are always kept, as its message.",
    )

    @classmethod
    def initial_for(cls, prefs: InboxSettings) -> dict[str, Any]:
        return {
            "auto_accept": prefs.auto_accept,
            "auto_accept_min": str(prefs.auto_accept_min),
            "keep_bodies": prefs.keep_bodies,
        }


class FilterForm(OnwardForm):
    status = forms.ChoiceField(
        label="Show", choices=ItemStatus.choices, required=False, initial=ItemStatus.PENDING
    )
    label = forms.ChoiceField(
        label="Kind", choices=[("", "Everything"), *ItemLabel.choices], required=False
    )
    q = forms.CharField(label="Search", required=False, max_length=200)

    def filters(self) -> ItemFilters:
        data = self.cleaned_data if self.is_valid() else {}
        return ItemFilters(
            status=data.get("status") or ItemStatus.PENDING,
            label=data.get("label") or "",
            q=data.get("q") or "",
        )


class BulkForm(OnwardForm):
    items = forms.TypedMultipleChoiceField(coerce=int, choices=(), required=True)
    action = forms.ChoiceField(choices=(("accept", "Accept"), ("ignore", "Ignore")))

    def __init__(self, *args: Any, ids: list[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["items"]
        assert isinstance(field, forms.TypedMultipleChoiceField)
        field.choices = [(str(pk), str(pk)) for pk in ids]


class EditForm(OnwardForm):
    application = forms.ChoiceField(label="Which application", required=False)
    company = forms.CharField(label="Company", max_length=200, required=False)
    role = forms.CharField(label="Role title", max_length=200, required=False)
    stage = forms.ChoiceField(
        label="Change",
        choices=[("", "No stage change: just link it"), *Stage.choices],
        required=False,
    )
    applied_on = forms.DateField(label="Applied on", required=False, widget=_date_input())
    message = forms.CharField(
        label="Their message, word for word",
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text="Kept with the rejection.",
    )

    def __init__(self, *args: Any, applications: list[Application], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._applications = {str(app.pk): app for app in applications}
        choices = [(NEW, "A new application")]
        choices += [(str(app.pk), _describe(app)) for app in applications]
        field = self.fields["application"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = choices

    def edits(self) -> Edits:
        data = self.cleaned_data
        chosen = data.get("application") or ""
        application = self._applications.get(chosen)
        return Edits(
            application=application,
            new_application=chosen == NEW,
            company=data.get("company", ""),
            role=data.get("role", ""),
            stage=data.get("stage", ""),
            message=data.get("message", ""),
            applied_on=data.get("applied_on"),
        )


def _describe(app: Application) -> str:
    stage = app.get_stage_display().lower()
    return f"{app.posting.title} at {app.posting.company.name} ({stage})"


class MappingForm(OnwardForm):
    """Which column holds what, and a stage for each status word we did not know."""

    def __init__(
        self,
        *args: Any,
        preview: CsvImport,
        headers: tuple[str, ...],
        chosen: dict[str, str] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        columns = [("", "Not in this file"), *((h, h) for h in headers if h)]
        guessed = {g.field: g.header for g in preview.mapping.fields}
        for name in FIELDS:
            self.fields[f"col_{name}"] = forms.ChoiceField(
                label=FIELD_LABELS.get(name, name),
                choices=columns,
                required=name in ("company", "title"),
                initial=guessed.get(name, ""),
            )
        stages = [("", "Leave it unknown"), *Stage.choices]
        chosen = chosen or {}
        words = [(value, "") for value in chosen]
        words += [
            (value, f" ({n} row{'s' if n != 1 else ''})") for value, n in preview.unknown_statuses
        ]
        self.unknown = [value for value, _ in words[:30]]
        for index, (value, count) in enumerate(words[:30]):
            self.fields[f"status_{index}"] = forms.ChoiceField(
                label=f"“{value}”{count}", choices=stages, required=False,
                initial=chosen.get(value, ""),
            )  # fmt: skip

    def column_fields(self) -> list[forms.BoundField]:
        return [self[f"col_{name}"] for name in FIELDS]

    def status_fields(self) -> list[forms.BoundField]:
        return [self[f"status_{i}"] for i in range(len(self.unknown))]

    def columns(self) -> dict[str, str]:
        data = self.cleaned_data
        return {name: data[f"col_{name}"] for name in FIELDS if data.get(f"col_{name}")}

    def statuses(self) -> dict[str, str]:
        data = self.cleaned_data
        return {
            value: data[f"status_{i}"]
            for i, value in enumerate(self.unknown)
            if data.get(f"status_{i}")
        }
