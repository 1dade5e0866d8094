"""Fixed vocabularies of the Inbox. Stored values are stable: they appear in exports."""

from __future__ import annotations

from django.db import models


class Source(models.TextChoices):
    MBOX = "mbox", "Mailbox file (.mbox)"
    EML = "eml", "Email file (.eml)"
    ZIP = "zip", "Zip of emails"
    FOLDER = "folder", "Folder of .eml files"
    IMAP = "imap", "Mail server (IMAP)"
    CSV = "csv", "Spreadsheet or tracker (.csv)"


MAIL_SOURCES = frozenset({Source.MBOX, Source.EML, Source.ZIP, Source.FOLDER, Source.IMAP})


class RunStatus(models.TextChoices):
    MAPPING = "mapping", "Waiting for you to check the columns"
    QUEUED = "queued", "Waiting to start"
    RUNNING = "running", "Reading"
    STOPPED = "stopped", "Stopped part-way (can resume)"
    DONE = "done", "Done"
    FAILED = "failed", "Could not finish"
    CANCELLED = "cancelled", "Cancelled"


ACTIVE_RUNS = frozenset({RunStatus.QUEUED, RunStatus.RUNNING})
RESUMABLE_RUNS = frozenset({RunStatus.STOPPED, RunStatus.FAILED})


class ItemKind(models.TextChoices):
    MAIL = "mail", "Email"
    ROW = "row", "Tracker row"


class ItemLabel(models.TextChoices):
    """What a message or row says happened (the mail classifier's labels, a withdrawal,
    and a tracker row's status)."""

    REJECTION = "rejection", "Rejection"
    APPLICATION_RECEIVED = "application_received", "Application received"
    INTERVIEW_INVITATION = "interview_invitation", "Interview invitation"
    ASSESSMENT = "assessment", "Assessment or test"
    OFFER = "offer", "Offer"
    WITHDRAWAL = "withdrawal", "You withdrew"
    ROW = "row", "Tracker row"


class ItemStatus(models.TextChoices):
    PENDING = "pending", "Waiting for review"
    ACCEPTED = "accepted", "Accepted"
    EDITED = "edited", "Accepted with your changes"
    IGNORED = "ignored", "Ignored"


DECIDED = frozenset({ItemStatus.ACCEPTED, ItemStatus.EDITED, ItemStatus.IGNORED})
APPLIED = frozenset({ItemStatus.ACCEPTED, ItemStatus.EDITED})


class ImapSecurity(models.TextChoices):
    SSL = "ssl", "TLS from the start (port 993)"
    STARTTLS = "starttls", "STARTTLS (port 143)"
