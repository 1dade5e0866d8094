"""Networking models: contacts, their part in applications, interactions, reminders, the
calendar feed and the digest email."""

from __future__ import annotations

from django.db import models
from django.db.models import Q

from onward.core.models import OwnedModel
from onward.networking.choices import (
    ContactRole,
    ContactSource,
    DigestFrequency,
    DigestStatus,
    InteractionKind,
    ReminderKind,
    ReminderStatus,
)
from onward.tracker.models import Application, ApplicationEvent, Company


def no_alternates() -> dict[str, list[str]]:
    return {}


class Contact(OwnedModel):
    name = models.CharField(max_length=200)
    # The tracker's company when there is one; ``company_name`` always holds the name, so
    # a contact imported from LinkedIn need not add every employer to the tracker.
    company = models.ForeignKey(
        Company, null=True, blank=True, on_delete=models.SET_NULL, related_name="contacts"
    )
    company_name = models.CharField(max_length=200, blank=True)
    role = models.CharField(max_length=200, blank=True, help_text="Their job title.")
    email = models.EmailField(max_length=254, blank=True)
    phone = models.CharField(max_length=50, blank=True)
    linkedin_url = models.URLField(max_length=500, blank=True)
    how_met = models.CharField(max_length=300, blank=True)
    tags = models.CharField(max_length=500, blank=True, help_text="Comma-separated, lower case.")
    notes = models.TextField(blank=True)
    cadence_days = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Keep in touch every this many days."
    )
    source = models.CharField(
        max_length=10, choices=ContactSource.choices, default=ContactSource.MANUAL
    )
    # Other emails, phones and LinkedIn URLs (kept by a merge, matched by imports).
    alternates = models.JSONField(default=no_alternates, blank=True)

    class Meta(OwnedModel.Meta):
        ordering = ["name", "id"]
        indexes = [models.Index(fields=["owner", "name"])]

    def __str__(self) -> str:
        return self.name

    @property
    def tag_list(self) -> list[str]:
        return [tag for tag in self.tags.split(",") if tag]

    @property
    def company_label(self) -> str:
        return self.company.name if self.company_id and self.company else self.company_name


class ApplicationContact(OwnedModel):
    """A contact's part in an application (a referrer, an interviewer...)."""

    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="links")
    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="contact_links"
    )
    role = models.CharField(max_length=16, choices=ContactRole.choices)

    class Meta(OwnedModel.Meta):
        ordering = ["created_at", "id"]
        constraints = [
            *OwnedModel.Meta.constraints,
            models.UniqueConstraint(
                fields=["contact", "application", "role"], name="networking_link_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.contact} ({self.get_role_display()}) on {self.application_id}"


class Interaction(OwnedModel):
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="interactions")
    kind = models.CharField(max_length=16, choices=InteractionKind.choices)
    occurred_on = models.DateField()
    application = models.ForeignKey(
        Application,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="interactions",
    )
    event = models.ForeignKey(
        ApplicationEvent,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="interactions",
        help_text="The interview round this interaction belongs to.",
    )
    notes = models.TextField(blank=True)

    class Meta(OwnedModel.Meta):
        ordering = ["-occurred_on", "-id"]
        indexes = [models.Index(fields=["owner", "occurred_on"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} with {self.contact} on {self.occurred_on}"


class Reminder(OwnedModel):
    kind = models.CharField(max_length=16, choices=ReminderKind.choices)
    title = models.CharField(max_length=300)
    due_on = models.DateField()
    status = models.CharField(
        max_length=10, choices=ReminderStatus.choices, default=ReminderStatus.OPEN
    )
    contact = models.ForeignKey(
        Contact, null=True, blank=True, on_delete=models.CASCADE, related_name="reminders"
    )
    application = models.ForeignKey(
        Application, null=True, blank=True, on_delete=models.CASCADE, related_name="reminders"
    )
    notes = models.TextField(blank=True)
    # What made it, for reminders Onward adds ("thank_you:<event uid>:<contact uid>"):
    # the same situation never adds a second reminder.
    key = models.CharField(max_length=200, blank=True)
    snoozed_times = models.PositiveSmallIntegerField(default=0)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta(OwnedModel.Meta):
        ordering = ["due_on", "id"]
        indexes = [models.Index(fields=["owner", "status", "due_on"])]
        constraints = [
            *OwnedModel.Meta.constraints,
            models.UniqueConstraint(
                fields=["owner", "key"], condition=~Q(key=""), name="networking_reminder_key"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title} (due {self.due_on})"


class NetworkSettings(OwnedModel):
    """One row per person: the digest email."""

    digest = models.CharField(
        max_length=8, choices=DigestFrequency.choices, default=DigestFrequency.OFF
    )
    digest_to = models.EmailField(blank=True, help_text="Default: your account's email.")

    class Meta(OwnedModel.Meta):
        constraints = [
            *OwnedModel.Meta.constraints,
            models.UniqueConstraint(fields=["owner"], name="networking_settings_one_per_owner"),
        ]


class CalendarFeed(OwnedModel):
    """A private iCalendar feed URL. Only a SHA-256 digest of its secret is stored."""

    prefix = models.CharField(max_length=16)
    digest = models.CharField(max_length=64, unique=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    last_used_at = models.DateTimeField(null=True, blank=True)

    class Meta(OwnedModel.Meta):
        ordering = ["-created_at", "-id"]


class DigestSent(OwnedModel):
    """One row per person and period: the digest is sent once, whatever runs the task."""

    period = models.CharField(max_length=20)  # "daily:2026-05-04", "weekly:2026-W19"
    status = models.CharField(max_length=8, choices=DigestStatus.choices)
    claimed_at = models.DateTimeField()
    sent_at = models.DateTimeField(null=True, blank=True)
    recipient = models.EmailField(blank=True)
    reminder_count = models.PositiveIntegerField(default=0)

    class Meta(OwnedModel.Meta):
        ordering = ["-claimed_at", "-id"]
        constraints = [
            *OwnedModel.Meta.constraints,
            models.UniqueConstraint(fields=["owner", "period"], name="networking_digest_once"),
        ]
