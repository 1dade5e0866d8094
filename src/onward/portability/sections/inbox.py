"""Sections for the Inbox (after the skills app's): its settings, import runs and the
review items they made.

An import not finished when the account is exported (still running, queued, or waiting for
a CSV's columns) is written as stopped: the file it reads and the worker reading it stay
behind (uploaded files are never exported). A file that says otherwise is read the same way,
so an imported run never waits for a file or a worker it does not have; resuming one that
read a file asks for the file again.

Review items are unique per message (their Message-ID, a content hash or a CSV row's key):
an import that brings one the account already has under another uid reuses it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import Field, StrictFloat, StrictStr

from onward.core.models import OwnedModel
from onward.inbox.choices import (
    ACTIVE_RUNS,
    ImapSecurity,
    ItemKind,
    ItemLabel,
    ItemStatus,
    RunStatus,
    Source,
)
from onward.inbox.models import ImportRun, InboxSettings, ReviewItem
from onward.inbox.services.items import key_digest
from onward.portability.errors import Problem
from onward.portability.fields import Count, Day, Flag, Timestamp, Uid, one_of
from onward.portability.sections.base import ModelSection, Record
from onward.portability.sections.context import LoadContext
from onward.portability.sections.linked import LinkedSection
from onward.tracker.choices import Stage

if TYPE_CHECKING:
    from onward.portability.document import Document

Unit = Annotated[StrictFloat, Field(ge=0.0, le=1.0)]
UNFINISHED_RUNS = ACTIVE_RUNS | {RunStatus.MAPPING}


class InboxSettingsRecord(Record):
    auto_accept: Flag = False
    auto_accept_min: Annotated[StrictFloat, Field(ge=0.5, le=1.0)] = 0.9
    keep_bodies: Flag = False
    imap_host: StrictStr = ""
    imap_port: Annotated[int, Field(ge=1, le=65535, strict=True)] | None = None
    imap_user: StrictStr = ""
    imap_folder: StrictStr = "INBOX"
    imap_security: Annotated[StrictStr, one_of(ImapSecurity, "IMAP security")] = "ssl"


class ImportRunRecord(Record):
    source: Annotated[StrictStr, one_of(Source, "import source")]
    filename: StrictStr = ""
    status: Annotated[StrictStr, one_of(RunStatus, "import status")]
    message: StrictStr = ""
    notes: list[StrictStr] = []
    options: dict[str, Any] = {}
    cursor: dict[str, Any] = {}
    total: Count = 0
    done: Count = 0
    read_count: Count = 0
    proposed_count: Count = 0
    duplicate_count: Count = 0
    other_count: Count = 0
    current_count: Count = 0
    unreadable_count: Count = 0
    auto_accepted_count: Count = 0
    started_at: Timestamp | None = None
    finished_at: Timestamp | None = None


class ReviewItemRecord(Record):
    run: Uid | None = None
    kind: Annotated[StrictStr, one_of(ItemKind, "item kind")]
    message_key: Annotated[StrictStr, Field(min_length=1, max_length=1000)]
    message_date: Timestamp | None = None
    sender: StrictStr = ""
    subject: StrictStr = ""
    thread_ids: list[StrictStr] = []
    label: Annotated[StrictStr, one_of(ItemLabel, "item label")]
    label_confidence: Unit = 0.0
    evidence: list[dict[str, Any]] = []
    reasons: list[StrictStr] = []
    application: Uid | None = None
    proposes_new: Flag = False
    company: StrictStr = ""
    role: StrictStr = ""
    group: StrictStr = ""
    match_score: Unit = 0.0
    match_reasons: list[StrictStr] = []
    stage: Annotated[StrictStr, one_of(Stage, "stage", blank=True)] = ""
    applied_on: Day | None = None
    message: StrictStr = ""
    details: dict[str, Any] = {}
    confidence: Unit = 0.0
    notes: list[StrictStr] = []
    body: StrictStr = ""
    status: Annotated[StrictStr, one_of(ItemStatus, "review status")]
    decided_at: Timestamp | None = None
    auto_accepted: Flag = False
    error: StrictStr = ""
    result_application: Uid | None = None
    result_event: Uid | None = None
    rejection: Uid | None = None


class InboxSettingsSection(ModelSection):
    """At most one record: an account already with settings has them updated."""

    name = "inbox_settings"
    noun = "inbox settings"
    record = InboxSettingsRecord
    model = InboxSettings
    fields = (
        "auto_accept", "auto_accept_min", "keep_bodies", "imap_host", "imap_port",
        "imap_user", "imap_folder", "imap_security",
    )  # fmt: skip

    def check(self, document: Document) -> Iterator[Problem]:
        for index, record in enumerate(document.sections[self.name][1:], 1):
            yield self.problem(index, record, "only one inbox settings record per account")

    def match(self, record: Record, values: dict[str, Any], ctx: LoadContext) -> OwnedModel | None:
        return InboxSettings.objects.filter(owner=ctx.owner).first()


class ImportRunSection(ModelSection):
    name = "import_runs"
    noun = "import"
    record = ImportRunRecord
    model = ImportRun
    fields = (
        "source", "filename", "status", "message", "notes", "options", "cursor", "total",
        "done", "read_count", "proposed_count", "duplicate_count", "other_count",
        "current_count", "unreadable_count", "auto_accepted_count", "started_at", "finished_at",
    )  # fmt: skip

    def to_dict(self, obj: OwnedModel) -> dict[str, Any]:
        data = super().to_dict(obj)
        data["status"] = _travelling(data["status"])
        return data

    def plain_values(self, record: Record) -> dict[str, Any]:
        data = super().plain_values(record)
        data["status"] = _travelling(data["status"])
        return data


def _travelling(status: str) -> str:
    """An unfinished run's status in an export (its worker and file do not travel)."""
    return RunStatus.STOPPED if status in UNFINISHED_RUNS else status


class ReviewItemSection(LinkedSection):
    name = "review_items"
    noun = "review item"
    record = ReviewItemRecord
    model = ReviewItem
    optional_refs = {
        "run": "import_runs",
        "application": "applications",
        "result_application": "applications",
        "result_event": "events",
        "rejection": "rejections",
    }
    fields = (
        "kind", "message_key", "message_date", "sender", "subject", "thread_ids", "label",
        "label_confidence", "evidence", "reasons", "proposes_new", "company", "role", "group",
        "match_score", "match_reasons", "stage", "applied_on", "message", "details",
        "confidence", "notes", "body", "status", "decided_at", "auto_accepted", "error",
    )  # fmt: skip

    def check(self, document: Document) -> Iterator[Problem]:
        yield from super().check(document)
        seen: dict[str, int] = {}
        for index, record in enumerate(document.sections[self.name]):
            assert isinstance(record, ReviewItemRecord)
            if record.message_key in seen:
                message = f"message_key: already used by review_items[{seen[record.message_key]}]"
                yield self.problem(index, record, message)
            seen.setdefault(record.message_key, index)
            if record.application is not None and record.proposes_new:
                yield self.problem(index, record, "proposes_new: it is matched to an application")

    def plain_values(self, record: Record) -> dict[str, Any]:
        data = super().plain_values(record)
        data["key_digest"] = key_digest(data["message_key"])
        return data

    def match(self, record: Record, values: dict[str, Any], ctx: LoadContext) -> OwnedModel | None:
        """The account's (or this run's) item for the same message, under another uid."""
        items = ReviewItem.objects.filter(owner_id__in=ctx.owner_ids)
        return items.filter(key_digest=values["key_digest"]).order_by("owner_id", "id").first()


INBOX_SECTIONS = (InboxSettingsSection(), ImportRunSection(), ReviewItemSection())
