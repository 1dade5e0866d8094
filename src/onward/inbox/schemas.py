"""JSON shapes of the Inbox API. Inputs forbid unknown fields; choices are enums (422 if bad)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any, Literal

from ninja import Field, Schema
from pydantic import StringConstraints

from onward.core.api.fields import OMITTED, In, ObjectId, ShortText, Text
from onward.inbox.choices import ImapSecurity, ItemLabel, ItemStatus
from onward.inbox.models import ImportRun, ReviewItem
from onward.inbox.presenting import present
from onward.inbox.selectors import ItemFilters
from onward.tracker.choices import Stage

StageOrNone = Literal[
    "",
    "saved",
    "applied",
    "screening",
    "interview",
    "offer",
    "accepted",
    "declined",
    "rejected",
    "withdrawn",
    "ghosted",
]
Host = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=253)]
FieldName = Literal[
    "company", "title", "status", "applied_on", "url", "location", "notes", "source",
    "contact_email", "contact_name", "salary", "work_mode", "job_type", "external_id",
]  # fmt: skip
Confidence = Annotated[float, Field(ge=0.5, le=1.0)]


# --- review items ------------------------------------------------------------------------


class EvidenceOut(Schema):
    field: str = ""
    text: str = ""
    cue: str = ""
    weight: float = 0.0


class ItemOut(Schema):
    id: int
    uid: uuid.UUID
    kind: str
    status: ItemStatus
    label: ItemLabel
    confidence: float
    label_confidence: float
    proposal: str = Field(description="The change accepting it makes, in words.")
    message_key: str
    message_date: dt.datetime | None
    sender: str
    subject: str
    evidence: list[EvidenceOut]
    reasons: list[str]
    application_id: int | None
    proposes_new: bool
    company: str
    role: str
    match_score: float
    match_reasons: list[str]
    stage: str = Field(description="The stage accepting it moves to (empty: none).")
    applied_on: dt.date | None
    message: str = Field(description="A rejection's words, verbatim.")
    notes: list[str]
    body: str = Field(description="The whole email, only if you chose to keep it.")
    decided_at: dt.datetime | None
    auto_accepted: bool
    error: str
    run_id: int | None
    result_application_id: int | None
    rejection_id: int | None

    @staticmethod
    def resolve_proposal(obj: ReviewItem) -> str:
        return present(obj).proposal

    @staticmethod
    def resolve_evidence(obj: ReviewItem) -> list[dict[str, Any]]:
        return [e for e in obj.evidence if isinstance(e, dict)]


class ItemQuery(Schema):
    status: ItemStatus = ItemStatus.PENDING
    label: ItemLabel | None = None
    run_id: ObjectId | None = None
    q: ShortText = ""

    def to_filters(self) -> ItemFilters:
        return ItemFilters(
            status=self.status,
            run_id=self.run_id,
            label=self.label or "",
            q=self.q.strip(),
        )


class AcceptIn(In):
    """Accept as proposed (an empty body), or with changes."""

    application_id: ObjectId | None = Field(None, description="Link it to this application.")
    new_application: bool = Field(False, description="Make it a new application instead.")
    company: ShortText | None = None
    role: ShortText | None = None
    stage: StageOrNone | None = None
    message: Text | None = None
    applied_on: dt.date | None = None
    rebound: bool = Field(True, description="Start the rebound flow for a rejection.")


class BulkIn(In):
    ids: list[ObjectId] = Field(..., min_length=1, max_length=1000)
    action: Literal["accept", "ignore"]


class BulkFailure(Schema):
    id: int
    error: str


class BulkOut(Schema):
    accepted: list[int]
    ignored: int
    failed: list[BulkFailure]


# --- imports -----------------------------------------------------------------------------


class RunOut(Schema):
    id: int
    uid: uuid.UUID
    source: str
    filename: str
    status: str
    message: str
    notes: list[str]
    total: int
    done: int
    percent: int
    read_count: int
    proposed_count: int
    duplicate_count: int
    other_count: int = Field(description="Messages that were not about a job search.")
    current_count: int = Field(description="News your tracker already had.")
    unreadable_count: int
    auto_accepted_count: int
    options: dict[str, Any]
    started_at: dt.datetime | None
    finished_at: dt.datetime | None
    created_at: dt.datetime

    @staticmethod
    def resolve_notes(obj: ImportRun) -> list[str]:
        return [str(n) for n in obj.notes]


class ImapIn(In):
    host: Host
    user: Annotated[str, StringConstraints(min_length=1, max_length=255)]
    port: Annotated[int, Field(ge=1, le=65535)] | None = None
    folder: ShortText = "INBOX"
    since: dt.date | None = None
    security: ImapSecurity = ImapSecurity.SSL
    keep_bodies: bool | None = None


class MappingIn(In):
    columns: dict[FieldName, ShortText] = Field(
        default_factory=dict, description="Field -> the header of its column."
    )
    statuses: dict[ShortText, Stage] = Field(
        default_factory=dict, description="A status word of the file -> an Onward stage."
    )
    start: bool = Field(False, description="Import the rows now (else only save the mapping).")


class FieldGuessOut(Schema):
    field: str
    header: str
    confidence: float
    reasons: list[str]


class PreviewRow(Schema):
    number: int
    company: str
    title: str
    stage: str | None
    status: str
    applied_on: dt.date | None
    issues: list[str]


class UnknownStatus(Schema):
    value: str
    rows: int


class PreviewOut(Schema):
    format: str
    encoding: str
    mapping: list[FieldGuessOut]
    missing: list[str]
    confidence: float
    unknown_statuses: list[UnknownStatus]
    rows: list[PreviewRow]
    row_count: int
    errors: list[str]


# --- settings ----------------------------------------------------------------------------


class SettingsOut(Schema):
    auto_accept: bool
    auto_accept_min: float
    keep_bodies: bool
    imap_host: str
    imap_port: int | None
    imap_user: str
    imap_folder: str
    imap_security: str


class SettingsPatch(In):
    auto_accept: bool = Field(OMITTED)
    auto_accept_min: Confidence = Field(OMITTED)
    keep_bodies: bool = Field(OMITTED)
