"""Sections for the tracker: companies, postings, applications, events, rejections."""

from __future__ import annotations

import uuid
from abc import abstractmethod
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError

from onward.core.models import OwnedModel
from onward.portability.errors import Problem
from onward.portability.sections.base import ModelSection, Outcome, Record
from onward.portability.sections.context import Deferred, LoadContext
from onward.portability.sections.linked import LinkedSection
from onward.portability.sections.tracker_records import (
    ApplicationRecord,
    CompanyRecord,
    EventRecord,
    PostingRecord,
    RejectionRecord,
    TargetRoleRecord,
)
from onward.tracker.choices import Stage
from onward.tracker.models import (
    Application,
    ApplicationEvent,
    Company,
    JobPosting,
    Rejection,
    TargetRole,
)

if TYPE_CHECKING:
    from onward.accounts.models import User
    from onward.portability.document import Document


class ByNaturalKey(ModelSection):
    """Rows unique per account by a natural key (a company's name, a target role's
    occupation): a record with the key of one you already have, or of one placed earlier
    in the same import, reuses it whatever its uid."""

    @abstractmethod
    def key_of(self, item: Any) -> str:
        """The natural key of a row or a record (both have the same field)."""

    def _known(self, ctx: LoadContext) -> dict[str, OwnedModel]:
        known = ctx.memo.get(self.name)
        if known is None:
            known = ctx.memo[self.name] = {}
            rows = self.model._default_manager.filter(owner_id__in=ctx.owner_ids)
            for row in rows.order_by("owner_id", "id"):
                known.setdefault(self.key_of(row), row)
        return known

    def match(self, record: Record, values: dict[str, Any], ctx: LoadContext) -> OwnedModel | None:
        return self._known(ctx).get(self.key_of(record))

    def reuse_unchanged(self, obj: OwnedModel, record: Record) -> bool:
        return True

    def place(
        self, index: int, record: Record, obj: OwnedModel | None, ctx: LoadContext
    ) -> Outcome:
        outcome = super().place(index, record, obj, ctx)
        self._known(ctx).setdefault(self.key_of(record), ctx.resolve(self.name, record.uid))
        return outcome


class CompanySection(ByNaturalKey):
    """A company you already have under another uid is reused (names are unique)."""

    name = "companies"
    noun = "company"
    record = CompanyRecord
    model = Company
    fields = ("name", "website", "notes")

    def key_of(self, item: Any) -> str:
        return str(item.name).strip().lower()


class PostingSection(ModelSection):
    name = "postings"
    noun = "posting"
    record = PostingRecord
    model = JobPosting
    refs = {"company": "companies"}
    fields = (
        "title",
        "url",
        "description",
        "location",
        "work_mode",
        "seniority",
        "role_family",
        "industry",
        "salary_min",
        "salary_max",
        "salary_currency",
        "salary_period",
        "source",
    )


class TargetRoleSection(ByNaturalKey):
    """Target roles; one you already have for the same occupation is reused (an account
    has one target role per occupation)."""

    name = "target_roles"
    noun = "target role"
    record = TargetRoleRecord
    model = TargetRole
    fields = ("label", "occupation_id", "alt_labels")

    def key_of(self, item: Any) -> str:
        return str(item.occupation_id).strip()


def _last_events(document: Document) -> dict[uuid.UUID, EventRecord]:
    """Each application's latest event in the file (file order breaks ties)."""
    last: dict[uuid.UUID, EventRecord] = {}
    for event in document.records("events", EventRecord):
        current = last.get(event.application)
        if current is None or event.occurred_at >= current.occurred_at:
            last[event.application] = event
    return last


class ApplicationSection(LinkedSection):
    name = "applications"
    noun = "application"
    record = ApplicationRecord
    model = Application
    refs = {"posting": "postings"}
    optional_refs = {"target_role": "target_roles"}
    fields = ("applied_on", "channel", "resume_version", "tailored", "cover_letter", "notes")

    def to_dict(self, obj: OwnedModel) -> dict[str, Any]:
        assert isinstance(obj, Application)
        return super().to_dict(obj) | {
            "stage": obj.stage,
            "stage_changed_at": obj.stage_changed_at,
        }

    def check(self, document: Document) -> Iterator[Problem]:
        yield from super().check(document)
        last = _last_events(document)
        for index, app in enumerate(document.records(self.name, ApplicationRecord)):
            event = last.get(app.uid)
            stage = event.stage if event else Stage.SAVED.value
            changed_at = event.occurred_at if event else None
            if app.stage != stage:
                message = f"stage: {app.stage!r} does not match its last event ({stage!r})"
                yield self.problem(index, app, message)
            elif app.stage_changed_at != changed_at:
                message = "stage_changed_at: does not match the time of its last event"
                yield self.problem(index, app, message)

    def new_values(self, record: Record) -> dict[str, Any]:
        """A new application's stage is its last event's (checked above)."""
        assert isinstance(record, ApplicationRecord)
        return {"stage": record.stage, "stage_changed_at": record.stage_changed_at}

    def finish(self, *, ctx: LoadContext) -> None:
        """Set the denormalised stage of applications you had that got new events."""
        for app in Application.objects.filter(pk__in=ctx.changed_applications):
            last = app.events.order_by("-occurred_at", "-id").first()
            stage, changed_at = (last.stage, last.occurred_at) if last else (Stage.SAVED, None)
            if (app.stage, app.stage_changed_at) != (stage, changed_at):
                app.stage, app.stage_changed_at = stage, changed_at
                app.save(update_fields=["stage", "stage_changed_at"], touch=False)


class EventSection(ModelSection):
    """Append-only: an event already recorded under the same uid must be identical."""

    name = "events"
    noun = "event"
    record = EventRecord
    model = ApplicationEvent
    refs = {"application": "applications"}
    fields = (
        "stage",
        "from_stage",
        "occurred_at",
        "interview_round",
        "interview_kind",
        "note",
        "source",
    )

    def rows(self, owner: User) -> Sequence[OwnedModel]:
        events = ApplicationEvent.objects.filter(owner=owner).select_related("application")
        return list(events.order_by("occurred_at", "id"))

    def sort(self, records: list[Record]) -> list[Record]:
        # The order events happened in (ties keep the order they were recorded in).
        return records

    def check_change(self, obj: OwnedModel, values: dict[str, Any]) -> None:
        changed = [name for name, value in values.items() if getattr(obj, name) != value]
        names = ", ".join(sorted(name.removesuffix("_id") for name in changed))
        raise ValidationError(
            f"differs from the event already recorded with this uid ({names}); "
            "events cannot be changed"
        )

    def replay(self, item: Deferred, *, ctx: LoadContext) -> None:
        super().replay(item, ctx=ctx)
        event = ctx.resolve(self.name, item.record.uid)
        assert isinstance(event, ApplicationEvent)
        ctx.changed_applications.add(event.application_id)


class RejectionSection(ModelSection):
    name = "rejections"
    noun = "rejection"
    record = RejectionRecord
    model = Rejection
    refs = {"application": "applications", "event": "events"}
    fields = ("stage_reached", "received_on", "channel", "reason", "message")

    def check(self, document: Document) -> Iterator[Problem]:
        events = {event.uid: event for event in document.records("events", EventRecord)}
        seen: set[uuid.UUID] = set()
        for index, rejection in enumerate(document.records(self.name, RejectionRecord)):
            event = events.get(rejection.event)
            if event is not None and (
                event.application != rejection.application or event.stage != Stage.REJECTED
            ):
                message = "event: must be the 'rejected' event of the same application"
                yield self.problem(index, rejection, message)
            if rejection.application in seen:
                message = "application: has more than one rejection in this file"
                yield self.problem(index, rejection, message)
            seen.add(rejection.application)


TRACKER_SECTIONS = (
    CompanySection(),
    PostingSection(),
    TargetRoleSection(),
    ApplicationSection(),
    EventSection(),
    RejectionSection(),
)
