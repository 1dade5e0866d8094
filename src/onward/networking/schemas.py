"""JSON shapes of the networking API. Inputs forbid unknown fields; choices are enums."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any, Literal

from ninja import Field, Schema

from onward.core.api.fields import OMITTED, AwareDatetime, In, Name, ObjectId, ShortText, Text
from onward.networking.choices import (
    ContactRole,
    ContactSource,
    InteractionKind,
    ReminderKind,
    ReminderStatus,
)
from onward.networking.models import Contact
from onward.networking.selectors import ContactFilters
from onward.tracker.choices import InterviewKind

Cadence = Annotated[int, Field(ge=1, le=3650)] | None
Email = Annotated[Text, Field(max_length=254)]
Tag = Annotated[Text, Field(max_length=40)]
Tags = list[Tag]
ContactOrder = Literal["name", "-last_contacted", "company", "-created"]


class CompanyRef(Schema):
    id: int
    name: str


class ContactIn(In):
    name: Name
    company_id: ObjectId | None = None
    company_name: ShortText = ""
    role: ShortText = ""
    email: Email = ""
    phone: Annotated[Text, Field(max_length=50)] = ""
    linkedin_url: Annotated[Text, Field(max_length=500)] = ""
    how_met: Annotated[Text, Field(max_length=300)] = ""
    tags: Tags = Field(default_factory=list)
    notes: Text = ""
    cadence_days: Cadence = None


class ContactPatch(In):
    name: Name = Field(OMITTED)
    company_id: ObjectId | None = Field(OMITTED)
    company_name: ShortText = Field(OMITTED)
    role: ShortText = Field(OMITTED)
    email: Email = Field(OMITTED)
    phone: Annotated[Text, Field(max_length=50)] = Field(OMITTED)
    linkedin_url: Annotated[Text, Field(max_length=500)] = Field(OMITTED)
    how_met: Annotated[Text, Field(max_length=300)] = Field(OMITTED)
    tags: Tags = Field(OMITTED)
    notes: Text = Field(OMITTED)
    cadence_days: Cadence = None


class ContactQuery(Schema):
    q: ShortText = Field("", description="Words in name, company, role, email, tags.")
    tag: Tag = ""
    company_id: ObjectId | None = None
    source: ContactSource | None = None
    order: ContactOrder = "name"

    def to_filters(self) -> ContactFilters:
        return ContactFilters(
            q=self.q.strip(),
            tag=self.tag.strip(),
            company_id=self.company_id,
            source=self.source or "",
            order=self.order,
        )


class ContactOut(Schema):
    id: int
    uid: uuid.UUID
    name: str
    company: CompanyRef | None
    company_name: str
    role: str
    email: str
    phone: str
    linkedin_url: str
    how_met: str
    tags: list[str]
    notes: str
    cadence_days: int | None
    source: ContactSource
    alternates: dict[str, list[str]]
    last_contacted: dt.date | None
    created_at: dt.datetime
    updated_at: dt.datetime

    @staticmethod
    def resolve_tags(obj: Contact) -> list[str]:
        return obj.tag_list

    @staticmethod
    def resolve_last_contacted(obj: Contact) -> dt.date | None:
        return getattr(obj, "last_contacted", None)

    @staticmethod
    def resolve_company_name(obj: Contact) -> str:
        return obj.company_label


class MergeIn(In):
    other_id: ObjectId = Field(description="The contact folded into this one, then deleted.")


class DuplicateOut(Schema):
    first_id: int
    second_id: int
    first_name: str
    second_name: str
    reasons: list[str]


class ImportIn(In):
    format: Literal["linkedin", "vcard"]
    content: Annotated[Text, Field(max_length=10 * 1024 * 1024)]


class ImportOut(Schema):
    created: int
    updated: int
    unchanged: int
    skipped: int
    contact_ids: list[int]


# --- interactions and links --------------------------------------------------------------


class InteractionIn(In):
    contact_id: ObjectId
    kind: InteractionKind
    occurred_on: dt.date | None = None
    application_id: ObjectId | None = None
    event_id: ObjectId | None = None
    notes: Text = ""


class InteractionPatch(In):
    kind: InteractionKind = Field(OMITTED)
    occurred_on: dt.date = Field(OMITTED)
    notes: Text = Field(OMITTED)


class InteractionQuery(Schema):
    contact_id: ObjectId | None = None
    application_id: ObjectId | None = None
    kind: InteractionKind | None = None
    since: dt.date | None = None


class InteractionOut(Schema):
    id: int
    uid: uuid.UUID
    contact_id: int
    kind: InteractionKind
    occurred_on: dt.date
    application_id: int | None
    event_id: int | None
    notes: str
    created_at: dt.datetime
    updated_at: dt.datetime


class LinkIn(In):
    contact_id: ObjectId
    application_id: ObjectId
    role: ContactRole


class LinkQuery(Schema):
    contact_id: ObjectId | None = None
    application_id: ObjectId | None = None


class LinkOut(Schema):
    id: int
    uid: uuid.UUID
    contact_id: int
    application_id: int
    role: ContactRole
    created_at: dt.datetime


class InterviewIn(In):
    interviewer_ids: list[ObjectId] = Field(default_factory=list, max_length=50)
    occurred_at: AwareDatetime | None = None
    interview_kind: InterviewKind | None = None
    note: Text = ""


class InterviewOut(Schema):
    event_id: int
    interview_round: int | None
    occurred_at: dt.datetime
    interaction_ids: list[int]


class ReferralIn(In):
    contact_id: ObjectId
    log: bool = True


class ReferrerOut(Schema):
    application_id: int
    contact_id: int
    name: str


# --- reminders ---------------------------------------------------------------------------


class ReminderIn(In):
    title: Annotated[Text, Field(min_length=1, max_length=300)]
    due_on: dt.date
    kind: ReminderKind = ReminderKind.CUSTOM
    contact_id: ObjectId | None = None
    application_id: ObjectId | None = None
    notes: Text = ""


class ReminderPatch(In):
    title: Annotated[Text, Field(min_length=1, max_length=300)] = Field(OMITTED)
    due_on: dt.date = Field(OMITTED)
    notes: Text = Field(OMITTED)


class ReminderQuery(Schema):
    status: ReminderStatus | Literal["all"] = ReminderStatus.OPEN
    kind: ReminderKind | None = None
    contact_id: ObjectId | None = None
    application_id: ObjectId | None = None
    due_before: dt.date | None = None


class ReminderOut(Schema):
    id: int
    uid: uuid.UUID
    kind: ReminderKind
    title: str
    due_on: dt.date
    status: ReminderStatus
    contact_id: int | None
    application_id: int | None
    notes: str
    snoozed_times: int
    closed_at: dt.datetime | None
    created_at: dt.datetime
    updated_at: dt.datetime


class DoneIn(In):
    log: bool = False
    notes: Text = ""


class SnoozeIn(In):
    days: Annotated[int, Field(ge=1, le=365)] | None = None
    until: dt.date | None = None  # wins over days


class DraftOut(Schema):
    tone: str
    subject: str
    body: str


# --- warm paths --------------------------------------------------------------------------


class WarmContactOut(Schema):
    contact_id: int
    name: str
    reasons: list[str]


class WarmPathOut(Schema):
    company: CompanyRef
    application_id: int | None
    contacts: list[WarmContactOut]


def warm_path_out(path: Any) -> dict[str, Any]:
    return {
        "company": {"id": path.company.pk, "name": path.company.name},
        "application_id": path.application.pk if path.application else None,
        "contacts": [
            {"contact_id": w.contact.pk, "name": w.contact.name, "reasons": list(w.reasons)}
            for w in path.contacts
        ],
    }
