"""Tracker models: companies, postings, applications, the stage event log, rejections."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower

from onward.core.models import OwnedModel
from onward.tracker.choices import (
    Channel,
    EventSource,
    InterviewKind,
    RejectionChannel,
    RejectionReason,
    RoleFamily,
    SalaryPeriod,
    Seniority,
    Stage,
    WorkMode,
)


class Company(OwnedModel):
    name = models.CharField(max_length=200)
    website = models.URLField(blank=True, max_length=500)
    notes = models.TextField(blank=True)

    class Meta(OwnedModel.Meta):
        verbose_name_plural = "companies"
        ordering = ["name"]
        constraints = [
            *OwnedModel.Meta.constraints,
            models.UniqueConstraint(Lower("name"), "owner", name="tracker_company_owner_name_ci"),
        ]

    def __str__(self) -> str:
        return self.name


class JobPosting(OwnedModel):
    company = models.ForeignKey(Company, on_delete=models.PROTECT, related_name="postings")
    title = models.CharField(max_length=200)
    url = models.URLField(blank=True, max_length=1000)
    description = models.TextField(blank=True, help_text="The full posting text.")
    location = models.CharField(max_length=200, blank=True)
    work_mode = models.CharField(max_length=10, choices=WorkMode.choices, blank=True)
    seniority = models.CharField(max_length=12, choices=Seniority.choices, blank=True)
    role_family = models.CharField(max_length=12, choices=RoleFamily.choices, blank=True)
    industry = models.CharField(max_length=100, blank=True)
    salary_min = models.PositiveIntegerField(null=True, blank=True)
    salary_max = models.PositiveIntegerField(null=True, blank=True)
    salary_currency = models.CharField(max_length=3, blank=True)
    salary_period = models.CharField(max_length=5, choices=SalaryPeriod.choices, blank=True)
    source = models.CharField(
        max_length=100, blank=True, help_text="Where you found it, e.g. LinkedIn."
    )

    class Meta(OwnedModel.Meta):
        ordering = ["-created_at"]
        constraints = [
            *OwnedModel.Meta.constraints,
            models.CheckConstraint(
                condition=Q(salary_min__isnull=True)
                | Q(salary_max__isnull=True)
                | Q(salary_min__lte=models.F("salary_max")),
                name="tracker_posting_salary_range",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title} at {self.company.name}"

    def clean(self) -> None:
        if (
            self.salary_min is not None
            and self.salary_max is not None
            and self.salary_min > self.salary_max
        ):
            raise ValidationError({"salary_max": "The maximum is below the minimum."})


class TargetRole(OwnedModel):
    """A role you aim for: an occupation of the taxonomy, or a built-in role family, saved
    from the adjacent roles. Applications tagged with it form a strategy segment."""

    label = models.CharField(max_length=200)
    occupation_id = models.CharField(
        max_length=500, help_text="The ESCO occupation URI, or family:<role family>."
    )
    alt_labels = models.JSONField(default=list, blank=True, help_text="Other names of the role.")

    class Meta(OwnedModel.Meta):
        ordering = ["created_at", "id"]
        constraints = [
            *OwnedModel.Meta.constraints,
            models.UniqueConstraint(
                fields=["owner", "occupation_id"], name="tracker_targetrole_owner_occupation"
            ),
        ]

    def __str__(self) -> str:
        return self.label


class Application(OwnedModel):
    posting = models.ForeignKey(JobPosting, on_delete=models.CASCADE, related_name="applications")
    target_role = models.ForeignKey(
        TargetRole,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="applications",
    )
    applied_on = models.DateField(null=True, blank=True)
    channel = models.CharField(max_length=12, choices=Channel.choices, default=Channel.JOB_BOARD)
    resume_version = models.CharField(max_length=100, blank=True)
    tailored = models.BooleanField(default=False)
    cover_letter = models.BooleanField(default=False)
    notes = models.TextField(blank=True)
    # Denormalised from the event log; only tracker.services.events changes them.
    stage = models.CharField(
        max_length=10, choices=Stage.choices, default=Stage.SAVED, editable=False
    )
    stage_changed_at = models.DateTimeField(null=True, editable=False)

    class Meta(OwnedModel.Meta):
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["owner", "stage"]),
            # perf: the applications list's default order (newest applied first): without
            # it SQLite sorted all of the owner's applications with their postings.
            models.Index(fields=["owner", "applied_on", "created_at"]),
        ]

    def __str__(self) -> str:
        return str(self.posting)


class ApplicationEvent(OwnedModel):
    """Append-only: one row per stage change. The only way an application's stage moves."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="events")
    stage = models.CharField(max_length=10, choices=Stage.choices)
    from_stage = models.CharField(max_length=10, choices=Stage.choices, blank=True)
    occurred_at = models.DateTimeField()
    interview_round = models.PositiveSmallIntegerField(null=True, blank=True)
    interview_kind = models.CharField(max_length=10, choices=InterviewKind.choices, blank=True)
    note = models.TextField(blank=True)
    source = models.CharField(max_length=6, choices=EventSource.choices, default=EventSource.USER)

    class Meta(OwnedModel.Meta):
        ordering = ["occurred_at", "id"]
        indexes = [models.Index(fields=["owner", "occurred_at"])]

    def __str__(self) -> str:
        return f"{self.from_stage or '-'} -> {self.stage} at {self.occurred_at:%Y-%m-%d}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise ValueError("application events are append-only")
        super().save(*args, **kwargs)


class Rejection(OwnedModel):
    application = models.OneToOneField(
        Application, on_delete=models.CASCADE, related_name="rejection"
    )
    event = models.OneToOneField(
        ApplicationEvent, on_delete=models.PROTECT, related_name="rejection", editable=False
    )
    stage_reached = models.CharField(max_length=10, choices=Stage.choices)
    received_on = models.DateField()
    channel = models.CharField(
        max_length=6, choices=RejectionChannel.choices, default=RejectionChannel.EMAIL
    )
    reason = models.CharField(
        max_length=20, choices=RejectionReason.choices, default=RejectionReason.NONE_GIVEN
    )
    message = models.TextField(blank=True, help_text="The rejection message, verbatim.")

    class Meta(OwnedModel.Meta):
        ordering = ["-received_on", "-id"]

    def __str__(self) -> str:
        return f"Rejection for {self.application}"
