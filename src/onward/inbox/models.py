"""Inbox models: your import settings, import runs, and the review queue.

A ``ReviewItem`` is one proposal: what a message (or tracker row) says, which application
it is about (or that it is a new one), and the change accepting it makes. Nothing changes
in the tracker until a person accepts it (or turned on auto-accept above a confidence).
"""

from __future__ import annotations

import datetime as dt

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone

from onward.core.models import OwnedModel
from onward.inbox.choices import ImapSecurity, ItemKind, ItemLabel, ItemStatus, RunStatus, Source
from onward.tracker.choices import Stage
from onward.tracker.models import Application, ApplicationEvent, Rejection

_UNIT = [MinValueValidator(0.0), MaxValueValidator(1.0)]
# A running import not heard from for this long was abandoned (each batch beats; a worker
# takes such a run over, and a person can resume it).
STALE = dt.timedelta(minutes=5)


class InboxSettings(OwnedModel):
    """One per person: auto-accept, keeping bodies, and the IMAP connection (no password:
    that comes from the environment when an import runs, and is never stored)."""

    auto_accept = models.BooleanField(default=False)
    auto_accept_min = models.FloatField(
        default=0.9, validators=[MinValueValidator(0.5), MaxValueValidator(1.0)]
    )
    keep_bodies = models.BooleanField(default=False)
    imap_host = models.CharField(max_length=255, blank=True)
    imap_port = models.PositiveIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(65535)]
    )
    imap_user = models.CharField(max_length=255, blank=True)
    imap_folder = models.CharField(max_length=255, blank=True, default="INBOX")
    imap_security = models.CharField(
        max_length=8, choices=ImapSecurity.choices, default=ImapSecurity.SSL
    )

    class Meta(OwnedModel.Meta):
        verbose_name_plural = "inbox settings"
        constraints = [
            *OwnedModel.Meta.constraints,
            models.UniqueConstraint(fields=["owner"], name="inbox_settings_one_per_owner"),
        ]

    def __str__(self) -> str:
        return f"Inbox settings of {self.owner_id}"


class ImportRun(OwnedModel):
    """One import of a file, a folder or a mailbox: where it is, what it found so far.

    ``cursor`` says where to resume (a byte offset, the last file, the last IMAP UID, the
    last CSV row); it moves in the same transaction as each batch's review items, so a run
    that stopped resumes exactly after its last whole batch. ``options`` holds the choices
    made when it started (keep bodies, auto-accept, a CSV's columns, the IMAP connection).
    The uploaded file lives in the data dir until the run finishes, then it is deleted.
    """

    source = models.CharField(max_length=8, choices=Source.choices)
    filename = models.CharField(max_length=255, blank=True)
    stored_file = models.CharField(max_length=255, blank=True, editable=False)
    status = models.CharField(max_length=10, choices=RunStatus.choices, default=RunStatus.QUEUED)
    message = models.TextField(blank=True, help_text="What went wrong, in plain words.")
    notes = models.JSONField(default=list, blank=True)
    options = models.JSONField(default=dict, blank=True)
    cursor = models.JSONField(default=dict, blank=True)
    total = models.PositiveBigIntegerField(default=0)
    done = models.PositiveBigIntegerField(default=0)
    read_count = models.PositiveIntegerField(default=0)
    proposed_count = models.PositiveIntegerField(default=0)
    duplicate_count = models.PositiveIntegerField(default=0)
    other_count = models.PositiveIntegerField(default=0)
    current_count = models.PositiveIntegerField(default=0)
    unreadable_count = models.PositiveIntegerField(default=0)
    auto_accepted_count = models.PositiveIntegerField(default=0)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta(OwnedModel.Meta):
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.get_source_display()} {self.filename}".strip()

    @property
    def abandoned(self) -> bool:
        """Running, but whatever read it stopped beating (killed, or the machine went down)."""
        if self.status != RunStatus.RUNNING:
            return False
        return self.heartbeat_at is None or timezone.now() - self.heartbeat_at >= STALE

    @property
    def percent(self) -> int:
        if self.status == RunStatus.DONE:
            return 100
        return min(99, int(100 * self.done / self.total)) if self.total else 0


class ReviewItem(OwnedModel):
    """A proposal from one message or row, waiting for review (or decided)."""

    run = models.ForeignKey(
        ImportRun, null=True, blank=True, on_delete=models.SET_NULL, related_name="items"
    )
    kind = models.CharField(max_length=4, choices=ItemKind.choices, default=ItemKind.MAIL)
    # The message: its Message-ID (else a content hash), or a CSV row's stable key. The
    # digest of the key is what makes re-imports skip what they already brought.
    message_key = models.CharField(max_length=1000)
    key_digest = models.CharField(max_length=64, editable=False)
    message_date = models.DateTimeField(null=True, blank=True)
    sender = models.CharField(max_length=500, blank=True)
    subject = models.CharField(max_length=500, blank=True)
    thread_ids = models.JSONField(default=list, blank=True)
    # The classification, with the phrases it rests on.
    label = models.CharField(max_length=20, choices=ItemLabel.choices)
    label_confidence = models.FloatField(default=0.0, validators=_UNIT)
    evidence = models.JSONField(default=list, blank=True)
    reasons = models.JSONField(default=list, blank=True)
    # The match: an application, or a proposed new one (company, role).
    application = models.ForeignKey(
        Application, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    proposes_new = models.BooleanField(default=False)
    company = models.CharField(max_length=200, blank=True)
    role = models.CharField(max_length=200, blank=True)
    group = models.CharField(max_length=420, blank=True)
    match_score = models.FloatField(default=0.0, validators=_UNIT)
    match_reasons = models.JSONField(default=list, blank=True)
    # The proposed change: the stage to reach ("" for none), a rejection's words, and for
    # a new application its date and details from a tracker row.
    stage = models.CharField(max_length=10, choices=Stage.choices, blank=True)
    applied_on = models.DateField(null=True, blank=True)
    message = models.TextField(blank=True, help_text="A rejection's text, verbatim.")
    details = models.JSONField(default=dict, blank=True)
    confidence = models.FloatField(default=0.0, validators=_UNIT)
    notes = models.JSONField(default=list, blank=True)
    body = models.TextField(blank=True, help_text="The whole body, only if you chose to keep it.")
    # The decision and what it did.
    status = models.CharField(max_length=8, choices=ItemStatus.choices, default=ItemStatus.PENDING)
    decided_at = models.DateTimeField(null=True, blank=True)
    auto_accepted = models.BooleanField(default=False)
    error = models.TextField(blank=True)
    result_application = models.ForeignKey(
        Application, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    result_event = models.ForeignKey(
        ApplicationEvent, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    rejection = models.ForeignKey(
        Rejection, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta(OwnedModel.Meta):
        ordering = ["message_date", "id"]
        constraints = [
            *OwnedModel.Meta.constraints,
            models.UniqueConstraint(fields=["owner", "key_digest"], name="inbox_item_once"),
            models.CheckConstraint(
                condition=Q(application__isnull=True) | Q(proposes_new=False),
                name="inbox_item_match_or_new",
            ),
        ]
        indexes = [
            models.Index(fields=["owner", "status", "message_date"]),
            models.Index(fields=["owner", "group"]),
        ]

    def __str__(self) -> str:
        return self.subject or self.company or self.message_key
