"""Sections for the networking app (after the skills ones): contacts, their links to
applications, interactions and reminders. Feed secrets, digest records and settings are not
exported (secrets, and what was sent from this server)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import Field, StrictStr

from onward.core.models import OwnedModel
from onward.networking.choices import (
    ContactRole,
    ContactSource,
    InteractionKind,
    ReminderKind,
    ReminderStatus,
)
from onward.networking.models import ApplicationContact, Contact, Interaction, Reminder
from onward.portability.errors import Problem
from onward.portability.fields import Count, Day, Timestamp, Uid, one_of
from onward.portability.sections.base import Record
from onward.portability.sections.context import LoadContext
from onward.portability.sections.linked import LinkedSection

if TYPE_CHECKING:
    from onward.portability.document import Document

Values = list[StrictStr]


class ContactRecord(Record):
    name: StrictStr
    company: Uid | None = None
    company_name: StrictStr = ""
    role: StrictStr = ""
    email: StrictStr = ""
    phone: StrictStr = ""
    linkedin_url: StrictStr = ""
    how_met: StrictStr = ""
    tags: Values = Field(default_factory=list)
    notes: StrictStr = ""
    cadence_days: Annotated[Count, Field(ge=1, le=3650)] | None = None
    source: Annotated[StrictStr, one_of(ContactSource, "contact source")] = ContactSource.MANUAL
    alternates: dict[StrictStr, Values] = Field(default_factory=dict)


class ContactLinkRecord(Record):
    contact: Uid
    application: Uid
    role: Annotated[StrictStr, one_of(ContactRole, "contact role")]


class InteractionRecord(Record):
    contact: Uid
    kind: Annotated[StrictStr, one_of(InteractionKind, "interaction kind")]
    occurred_on: Day
    application: Uid | None = None
    event: Uid | None = None
    notes: StrictStr = ""


class ReminderRecord(Record):
    kind: Annotated[StrictStr, one_of(ReminderKind, "reminder kind")]
    title: StrictStr
    due_on: Day
    status: Annotated[StrictStr, one_of(ReminderStatus, "reminder status")]
    contact: Uid | None = None
    application: Uid | None = None
    notes: StrictStr = ""
    key: StrictStr = ""
    snoozed_times: Count = 0
    closed_at: Timestamp | None = None


class ContactSection(LinkedSection):
    name = "contacts"
    noun = "contact"
    record = ContactRecord
    model = Contact
    optional_refs = {"company": "companies"}
    fields = (
        "name",
        "company_name",
        "role",
        "email",
        "phone",
        "linkedin_url",
        "how_met",
        "notes",
        "cadence_days",
        "source",
        "alternates",
    )

    def to_dict(self, obj: OwnedModel) -> dict[str, Any]:
        assert isinstance(obj, Contact)
        return {**super().to_dict(obj), "tags": obj.tag_list}

    def plain_values(self, record: Record) -> dict[str, Any]:
        assert isinstance(record, ContactRecord)
        tags = ",".join(dict.fromkeys(t.strip().lower() for t in record.tags if t.strip()))
        return {**super().plain_values(record), "tags": tags}


class ContactLinkSection(LinkedSection):
    name = "contact_links"
    noun = "contact link"
    record = ContactLinkRecord
    model = ApplicationContact
    refs = {"contact": "contacts", "application": "applications"}
    fields = ("role",)

    def check(self, document: Document) -> Iterator[Problem]:
        seen: set[tuple[Any, Any, str]] = set()
        for index, item in enumerate(document.records(self.name, ContactLinkRecord)):
            key = (item.contact, item.application, item.role)
            if key in seen:
                yield self.problem(index, item, "the same contact, application and role twice")
            seen.add(key)

    def match(self, record: Record, values: dict[str, Any], ctx: LoadContext) -> OwnedModel | None:
        """The same link under another uid is reused (a new contact or application has none)."""
        if values["contact_id"] is None or values["application_id"] is None:
            return None
        return ApplicationContact.objects.filter(
            contact_id=values["contact_id"],
            application_id=values["application_id"],
            role=values["role"],
        ).first()


class InteractionSection(LinkedSection):
    name = "interactions"
    noun = "interaction"
    record = InteractionRecord
    model = Interaction
    refs = {"contact": "contacts"}
    optional_refs = {"application": "applications", "event": "events"}
    fields = ("kind", "occurred_on", "notes")


class ReminderSection(LinkedSection):
    name = "reminders"
    noun = "reminder"
    record = ReminderRecord
    model = Reminder
    optional_refs = {"contact": "contacts", "application": "applications"}
    fields = ("kind", "title", "due_on", "status", "notes", "key", "snoozed_times", "closed_at")

    def match(self, record: Record, values: dict[str, Any], ctx: LoadContext) -> OwnedModel | None:
        """One reminder per situation (its key), whatever its uid."""
        if not values["key"]:
            return None
        return Reminder.objects.filter(owner_id__in=ctx.owner_ids, key=values["key"]).first()


NETWORKING_SECTIONS = (
    ContactSection(),
    ContactLinkSection(),
    InteractionSection(),
    ReminderSection(),
)
