"""HTML forms of the tracker. They parse input; the services decide what is allowed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django import forms
from django.utils import timezone

from onward.core.forms import OnwardForm
from onward.tracker import services
from onward.tracker.choices import (
    FUNNEL,
    Channel,
    InterviewKind,
    RejectionChannel,
    RejectionReason,
    RoleFamily,
    SalaryPeriod,
    Seniority,
    Stage,
    WorkMode,
)
from onward.tracker.models import Application, Company, TargetRole
from onward.tracker.selectors import ApplicationFilters, target_role_for_title

DATETIME_LOCAL = "%Y-%m-%dT%H:%M"


def _date_input() -> forms.DateInput:
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def _textarea(rows: int) -> forms.Textarea:
    return forms.Textarea(attrs={"rows": rows})


@dataclass(frozen=True)
class Fieldset:
    legend: str
    fields: list[forms.BoundField]
    layout: str = ""


class FieldsetMixin:
    """Renders a long form as a few labelled groups (see ``tracker/_fieldsets.html``)."""

    FIELDSETS: tuple[tuple[str, tuple[str, ...], str], ...] = ()

    def fieldsets(self) -> list[Fieldset]:
        form: Any = self
        return [
            Fieldset(legend, [form[name] for name in names if name in form.fields], layout)
            for legend, names, layout in self.FIELDSETS
        ]


# --- applications ------------------------------------------------------------------------


class ApplicationEditForm(FieldsetMixin, OnwardForm):
    """The posting and the application, without the stage (that changes by moves)."""

    FIELDSETS = (
        ("The job", ("company", "title", "url"), ""),
        (
            "Details",
            ("location", "work_mode", "seniority", "role_family", "industry", "source"),
            "form-row",
        ),
        ("Pay", ("salary_min", "salary_max", "salary_currency", "salary_period"), "form-row"),
        ("Job description", ("description",), ""),
        (
            "Your application",
            (
                "stage",
                "applied_on",
                "channel",
                "resume_version",
                "tailored",
                "cover_letter",
                "target_role",
                "notes",
            ),
            "form-row",
        ),
    )
    AUTO = "auto"  # the create form's default: the target role the job title names

    company = forms.CharField(
        max_length=200, widget=forms.TextInput(attrs={"autocomplete": "organization"})
    )
    title = forms.CharField(max_length=200, label="Job title")
    url = forms.URLField(
        max_length=1000, required=False, label="Link to the posting", assume_scheme="https"
    )
    location = forms.CharField(max_length=200, required=False)
    work_mode = forms.ChoiceField(choices=WorkMode.choices, required=False, label="Work mode")
    seniority = forms.ChoiceField(choices=Seniority.choices, required=False)
    role_family = forms.ChoiceField(choices=RoleFamily.choices, required=False, label="Role family")
    industry = forms.CharField(max_length=100, required=False)
    source = forms.CharField(
        max_length=100,
        required=False,
        label="Where you found it",
        help_text="For example LinkedIn, a friend, the company's site.",
    )
    salary_min = forms.IntegerField(min_value=0, required=False, label="Salary from")
    salary_max = forms.IntegerField(min_value=0, required=False, label="Salary to")
    salary_currency = forms.CharField(
        max_length=3, required=False, label="Currency", help_text="Three letters, e.g. EUR."
    )
    salary_period = forms.ChoiceField(
        choices=[("", "Not stated"), *SalaryPeriod.choices], required=False, label="Per"
    )
    description = forms.CharField(
        required=False,
        label="Full job description",
        help_text="Paste the whole posting; it stays here even if the ad disappears.",
        widget=_textarea(10),
    )
    applied_on = forms.DateField(
        required=False,
        label="Applied on",
        help_text="Leave empty for today.",
        widget=_date_input(),
    )
    channel = forms.ChoiceField(choices=Channel.choices, initial=Channel.JOB_BOARD)
    resume_version = forms.CharField(
        max_length=100,
        required=False,
        label="Resume version",
        help_text="A label for the CV you sent, e.g. “data-2025-v3”.",
    )
    tailored = forms.BooleanField(required=False, label="I tailored my resume for this job")
    cover_letter = forms.BooleanField(required=False, label="I sent a cover letter")
    target_role = forms.ChoiceField(required=False, label="Target role")
    notes = forms.CharField(required=False, widget=_textarea(4))

    def __init__(self, *args: Any, roles: Sequence[TargetRole] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.roles = {str(r.pk): r for r in roles}
        if not roles:
            del self.fields["target_role"]  # nothing to choose from: no target roles saved
            return
        self._target_role_choices()

    def _target_role_choices(self) -> None:
        """None, or one of your target roles; the current one, else the one the job title
        names, is preselected (a suggestion: you can change it)."""
        field: Any = self.fields["target_role"]
        field.choices = [("", "None"), *((key, r.label) for key, r in self.roles.items())]
        if self.initial.get("target_role"):
            return
        found = target_role_for_title(
            title=str(self.initial.get("title") or ""), roles=list(self.roles.values())
        )
        if found is not None:
            self.initial["target_role"] = str(found[0].pk)
            field.help_text = f"Suggested: {found[1].reason}"

    def clean_target_role(self) -> TargetRole | None:
        value = str(self.cleaned_data.get("target_role") or "")
        if value == self.AUTO:
            found = target_role_for_title(
                title=str(self.data.get("title") or ""), roles=list(self.roles.values())
            )
            return found[0] if found else None
        return self.roles.get(value)

    def clean_salary_currency(self) -> str:
        return str(self.cleaned_data.get("salary_currency", "")).strip().upper()

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        low, high = data.get("salary_min"), data.get("salary_max")
        if low is not None and high is not None and low > high:
            self.add_error("salary_max", "The maximum is below the minimum.")
        return data

    def posting_fields(self) -> dict[str, Any]:
        return {name: self.cleaned_data[name] for name in services.POSTING_FIELDS}

    def application_fields(self) -> dict[str, Any]:
        names = [n for n in services.APPLICATION_FIELDS if n in self.fields]
        return {name: self.cleaned_data[name] for name in names}

    @staticmethod
    def initial_for(application: Application) -> dict[str, Any]:
        posting = application.posting
        initial: dict[str, Any] = {"company": posting.company.name}
        initial |= {name: getattr(posting, name) for name in services.POSTING_FIELDS}
        initial |= {name: getattr(application, name) for name in services.APPLICATION_FIELDS}
        initial["target_role"] = str(application.target_role_id or "")
        return initial


class ApplicationCreateForm(ApplicationEditForm):
    stage = forms.ChoiceField(
        choices=[(stage.value, stage.label) for stage in FUNNEL],
        initial=Stage.APPLIED,
        label="Where it stands",
        help_text="“Saved” means you have not applied yet.",
    )

    def _target_role_choices(self) -> None:
        """A new application's target role is, by default, the one its title names."""
        field: Any = self.fields["target_role"]
        roles = ((key, r.label) for key, r in self.roles.items())
        field.choices = [(self.AUTO, "The one the job title names"), ("", "None"), *roles]
        field.initial = self.AUTO
        field.help_text = (
            "By default, the target role whose name (or another name of it) appears in the "
            "job title, if any."
        )


class QuickAddForm(OnwardForm):
    """The board's per-column quick add: a company and a job title are enough."""

    company = forms.CharField(
        max_length=200, widget=forms.TextInput(attrs={"autocomplete": "organization"})
    )
    title = forms.CharField(max_length=200, label="Job title")
    stage = forms.ChoiceField(
        choices=[(stage.value, stage.label) for stage in FUNNEL], widget=forms.HiddenInput
    )

    @classmethod
    def for_stage(cls, stage: Stage, data: Any = None, *, focus: bool = False) -> QuickAddForm:
        """A form with ids of its own, so every column can show one on the same page.

        ``focus`` asks the page script to put the cursor in it (to add another one).
        """
        form = cls(data, initial={"stage": stage.value}, auto_id=f"id_add_{stage.value}_%s")
        if focus:
            form.fields["company"].widget.attrs["data-autofocus"] = ""
        return form

    def column(self) -> str:
        """The column this form belongs to (what was posted, else what it was made for)."""
        value = self.data.get("stage") if self.is_bound else self.initial.get("stage")
        return str(value or "")


# --- stage moves and rejections ----------------------------------------------------------


def move_label(stage: Stage, current: Stage) -> str:
    if stage == Stage.INTERVIEW and current == Stage.INTERVIEW:
        return "Interview (next round)"
    return stage.label


class StageField(forms.ChoiceField):
    """Offers the allowed moves but accepts any stage: the service explains a refusal."""

    def valid_value(self, value: Any) -> bool:
        return value in Stage.values


class MoveForm(OnwardForm):
    stage = StageField(label="Move to")
    when = forms.DateTimeField(
        required=False,
        help_text="When it happened. Leave as is for right now.",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format=DATETIME_LOCAL),
    )
    shown_when = forms.CharField(required=False, widget=forms.HiddenInput)
    interview_kind = forms.ChoiceField(
        choices=[("", "Not sure yet"), *InterviewKind.choices],
        required=False,
        label="Interview kind",
        help_text="Only for interviews.",
    )
    note = forms.CharField(required=False, widget=_textarea(3))

    def __init__(
        self,
        *args: Any,
        moves: Sequence[Stage],
        current: Stage,
        now: dt.datetime | None = None,
        **kwargs: Any,
    ) -> None:
        shown = timezone.localtime(now or timezone.now()).strftime(DATETIME_LOCAL)
        kwargs.setdefault("initial", {"when": shown, "shown_when": shown})
        super().__init__(*args, **kwargs)
        field: Any = self.fields["stage"]
        field.choices = [(s.value, move_label(s, current)) for s in moves if s != Stage.REJECTED]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("stage") != Stage.INTERVIEW:
            data["interview_kind"] = ""
        if self.data.get("when") and self.data.get("when") == data.get("shown_when"):
            data["when"] = None  # left at the default: the service records "now"
        return data


class RejectionForm(OnwardForm):
    received_on = forms.DateField(label="Received on", widget=_date_input())
    channel = forms.ChoiceField(
        choices=RejectionChannel.choices, initial=RejectionChannel.EMAIL, label="How it came"
    )
    reason = forms.ChoiceField(
        choices=RejectionReason.choices,
        initial=RejectionReason.NONE_GIVEN,
        label="Reason given",
        help_text="Only what they said; your own thoughts can come later.",
    )
    message = forms.CharField(
        required=False,
        label="Their message, word for word",
        help_text="Paste it as it is. It helps to spot patterns later.",
        widget=_textarea(8),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("initial", {"received_on": timezone.localdate()})
        super().__init__(*args, **kwargs)


# --- companies ---------------------------------------------------------------------------


class CompanyForm(OnwardForm):
    name = forms.CharField(max_length=200)
    website = forms.URLField(max_length=500, required=False, assume_scheme="https")
    notes = forms.CharField(required=False, widget=_textarea(4))

    @staticmethod
    def initial_for(company: Company) -> dict[str, Any]:
        return {name: getattr(company, name) for name in services.COMPANY_FIELDS}


# --- the list filters --------------------------------------------------------------------

SORT_CHOICES = [
    ("-applied_on", "Newest applied first"),
    ("applied_on", "Oldest applied first"),
    ("-updated", "Recently changed"),
    ("company", "Company A to Z"),
    ("stage", "Stage"),
]
TAILORED_CHOICES = [("", "Either"), ("yes", "Tailored"), ("no", "Not tailored")]


class ApplicationFilterForm(OnwardForm):
    q = forms.CharField(
        required=False,
        max_length=200,
        label="Search",
        widget=forms.TextInput(
            attrs={"type": "search", "placeholder": "Title, company, location or notes"}
        ),
    )
    order = forms.ChoiceField(choices=SORT_CHOICES, required=False, label="Sort")
    stage = forms.MultipleChoiceField(
        choices=Stage.choices, required=False, widget=forms.CheckboxSelectMultiple
    )
    channel = forms.ChoiceField(choices=[("", "Any"), *Channel.choices], required=False)
    role_family = forms.ChoiceField(
        choices=[("", "Any"), *RoleFamily.choices[1:]], required=False, label="Role family"
    )
    applied_from = forms.DateField(required=False, label="Applied from", widget=_date_input())
    applied_to = forms.DateField(required=False, label="Applied until", widget=_date_input())
    tailored = forms.ChoiceField(choices=TAILORED_CHOICES, required=False, label="Resume")

    EXTRA = ("stage", "channel", "role_family", "applied_from", "applied_to", "tailored")

    def filters(self) -> ApplicationFilters:
        """Filters from the valid fields; an invalid one is ignored (and shown as an error)."""
        data = self.cleaned_data if hasattr(self, "cleaned_data") else {}
        tailored = {"yes": True, "no": False}.get(data.get("tailored") or "")
        return ApplicationFilters(
            q=data.get("q") or "",
            stages=tuple(data.get("stage") or ()),
            channel=data.get("channel") or "",
            role_family=data.get("role_family") or "",
            applied_from=data.get("applied_from"),
            applied_to=data.get("applied_to"),
            tailored=tailored,
            order=data.get("order") or "-applied_on",
        )

    def has_extra_filters(self) -> bool:
        return any(self.data.get(name) for name in self.EXTRA)
