"""The networking JSON endpoints. Each handler parses, calls one selector or service, renders."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import Http404, HttpRequest
from ninja import Query, Router, Status

from onward.accounts.auth import current_user
from onward.accounts.models import User
from onward.core.api.fields import ObjectId
from onward.core.api.pagination import paginated
from onward.core.api.responses import Created, NoContent
from onward.networking import drafts, selectors, services
from onward.networking.models import ApplicationContact, Contact, Interaction, Reminder
from onward.networking.schemas import (
    ContactIn,
    ContactOut,
    ContactPatch,
    ContactQuery,
    DoneIn,
    DraftOut,
    DuplicateOut,
    ImportIn,
    ImportOut,
    InteractionIn,
    InteractionOut,
    InteractionPatch,
    InteractionQuery,
    InterviewIn,
    InterviewOut,
    LinkIn,
    LinkOut,
    LinkQuery,
    MergeIn,
    ReferralIn,
    ReferrerOut,
    ReminderIn,
    ReminderOut,
    ReminderPatch,
    ReminderQuery,
    SnoozeIn,
    WarmPathOut,
    warm_path_out,
)
from onward.tracker import selectors as tracker_selectors
from onward.tracker.models import Application

contacts = Router(tags=["contacts"])
interactions = Router(tags=["contacts"])
links = Router(tags=["contacts"])
reminders = Router(tags=["reminders"])
application_people = Router(tags=["contacts"])
warm_paths = Router(tags=["contacts"])


def _contact_fields(owner: User, fields: dict[str, Any]) -> dict[str, Any]:
    if "company_id" in fields:
        company_id = fields.pop("company_id")
        fields["company"] = (
            tracker_selectors.company_get(owner=owner, pk=company_id) if company_id else None
        )
    return fields


def _application(owner: User, pk: int | None) -> Application | None:
    return tracker_selectors.application_get(owner=owner, pk=pk) if pk else None


# --- contacts ----------------------------------------------------------------------------


@contacts.get("", response=list[ContactOut])
@paginated
def contact_list(request: HttpRequest, filters: Query[ContactQuery]) -> QuerySet[Contact]:
    return selectors.contact_list(owner=current_user(request), filters=filters.to_filters())


@contacts.post("", response={201: ContactOut})
def contact_create(request: HttpRequest, payload: ContactIn) -> Created:
    owner = current_user(request)
    contact = services.contact_create(
        owner=owner, **_contact_fields(owner, payload.model_dump(exclude_unset=True))
    )
    return Status(201, selectors.contact_get(owner=owner, pk=contact.pk))


@contacts.get("/duplicates", response=list[DuplicateOut])
def duplicate_list(request: HttpRequest) -> list[dict[str, Any]]:
    return [
        {
            "first_id": d.first.pk,
            "second_id": d.second.pk,
            "first_name": d.first.name,
            "second_name": d.second.name,
            "reasons": list(d.reasons),
        }
        for d in selectors.duplicate_list(owner=current_user(request))
    ]


@contacts.post("/import", response=ImportOut)
def contact_import(request: HttpRequest, payload: ImportIn) -> services.ImportSummary:
    owner = current_user(request)
    if payload.format == "vcard":
        return services.contacts_import_vcard(owner=owner, data=payload.content)
    return services.contacts_import_linkedin(owner=owner, data=payload.content)


@contacts.get("/{contact_id}", response=ContactOut)
def contact_get(request: HttpRequest, contact_id: ObjectId) -> Contact:
    return selectors.contact_get(owner=current_user(request), pk=contact_id)


@contacts.patch("/{contact_id}", response=ContactOut)
def contact_update(request: HttpRequest, contact_id: ObjectId, payload: ContactPatch) -> Contact:
    owner = current_user(request)
    contact = selectors.contact_get(owner=owner, pk=contact_id)
    services.contact_update(contact=contact, **_contact_fields(owner, payload.changes()))
    return selectors.contact_get(owner=owner, pk=contact_id)


@contacts.delete("/{contact_id}", response={204: None})
def contact_delete(request: HttpRequest, contact_id: ObjectId) -> NoContent:
    services.contact_delete(
        contact=selectors.contact_get(owner=current_user(request), pk=contact_id)
    )
    return Status(204, None)


@contacts.post("/{contact_id}/merge", response=ContactOut)
def contact_merge(request: HttpRequest, contact_id: ObjectId, payload: MergeIn) -> Contact:
    owner = current_user(request)
    keep = selectors.contact_get(owner=owner, pk=contact_id)
    other = selectors.contact_get(owner=owner, pk=payload.other_id)
    services.contact_merge(keep=keep, other=other)
    return selectors.contact_get(owner=owner, pk=contact_id)


@contacts.post("/{contact_id}/referral-ask", response={201: ReminderOut})
def referral_ask(
    request: HttpRequest, contact_id: ObjectId, application_id: ObjectId | None = None
) -> Created:
    owner = current_user(request)
    contact = selectors.contact_get(owner=owner, pk=contact_id)
    reminder = services.referral_ask_plan(
        contact=contact, application=_application(owner, application_id)
    )
    return Status(201, reminder)


# --- interactions ------------------------------------------------------------------------


@interactions.get("", response=list[InteractionOut])
@paginated
def interaction_list(
    request: HttpRequest, filters: Query[InteractionQuery]
) -> QuerySet[Interaction]:
    return selectors.interaction_list(
        owner=current_user(request),
        contact_id=filters.contact_id,
        application_id=filters.application_id,
        kind=filters.kind or "",
        since=filters.since,
    )


@interactions.post("", response={201: InteractionOut})
def interaction_create(request: HttpRequest, payload: InteractionIn) -> Created:
    owner = current_user(request)
    event = None
    if payload.event_id:
        event = tracker_selectors.event_list(owner=owner).filter(pk=payload.event_id).first()
        if event is None:
            raise Http404("No such event.")
    interaction = services.interaction_log(
        contact=selectors.contact_get(owner=owner, pk=payload.contact_id),
        kind=payload.kind,
        occurred_on=payload.occurred_on,
        application=_application(owner, payload.application_id),
        event=event,
        notes=payload.notes,
    )
    return Status(201, interaction)


@interactions.get("/{interaction_id}", response=InteractionOut)
def interaction_get(request: HttpRequest, interaction_id: ObjectId) -> Interaction:
    return selectors.interaction_get(owner=current_user(request), pk=interaction_id)


@interactions.patch("/{interaction_id}", response=InteractionOut)
def interaction_update(
    request: HttpRequest, interaction_id: ObjectId, payload: InteractionPatch
) -> Interaction:
    interaction = selectors.interaction_get(owner=current_user(request), pk=interaction_id)
    return services.interaction_update(interaction=interaction, **payload.changes())


@interactions.delete("/{interaction_id}", response={204: None})
def interaction_delete(request: HttpRequest, interaction_id: ObjectId) -> NoContent:
    interaction = selectors.interaction_get(owner=current_user(request), pk=interaction_id)
    services.interaction_delete(interaction=interaction)
    return Status(204, None)


# --- links -------------------------------------------------------------------------------


@links.get("", response=list[LinkOut])
@paginated
def link_list(request: HttpRequest, filters: Query[LinkQuery]) -> QuerySet[ApplicationContact]:
    return selectors.link_list(
        owner=current_user(request),
        contact_id=filters.contact_id,
        application_id=filters.application_id,
    )


@links.post("", response={201: LinkOut})
def link_create(request: HttpRequest, payload: LinkIn) -> Created:
    owner = current_user(request)
    link = services.application_contact_link(
        contact=selectors.contact_get(owner=owner, pk=payload.contact_id),
        application=tracker_selectors.application_get(owner=owner, pk=payload.application_id),
        role=payload.role,
    )
    return Status(201, link)


@links.get("/{link_id}", response=LinkOut)
def link_get(request: HttpRequest, link_id: ObjectId) -> ApplicationContact:
    return selectors.link_get(owner=current_user(request), pk=link_id)


@links.delete("/{link_id}", response={204: None})
def link_delete(request: HttpRequest, link_id: ObjectId) -> NoContent:
    services.application_contact_unlink(
        link=selectors.link_get(owner=current_user(request), pk=link_id)
    )
    return Status(204, None)


# --- an application's people: interviews with interviewers, referrals --------------------


@application_people.post("/{application_id}/interviews", response={201: InterviewOut})
def interview_log(request: HttpRequest, application_id: ObjectId, payload: InterviewIn) -> Created:
    owner = current_user(request)
    application = tracker_selectors.application_get(owner=owner, pk=application_id)
    people = selectors.contacts_by_id(owner=owner, ids=list(payload.interviewer_ids))
    if len(people) != len(set(payload.interviewer_ids)):
        raise Http404("No such contact.")
    event = services.interview_log(
        application=application,
        interviewers=people,
        occurred_at=payload.occurred_at,
        interview_kind=payload.interview_kind or "",
        note=payload.note,
    )
    ids = list(event.interactions.order_by("id").values_list("id", flat=True))
    return Status(
        201,
        {
            "event_id": event.pk,
            "interview_round": event.interview_round,
            "occurred_at": event.occurred_at,
            "interaction_ids": ids,
        },
    )


@application_people.post("/{application_id}/referral", response={201: LinkOut})
def referral_record(request: HttpRequest, application_id: ObjectId, payload: ReferralIn) -> Created:
    owner = current_user(request)
    link = services.referral_record(
        application=tracker_selectors.application_get(owner=owner, pk=application_id),
        contact=selectors.contact_get(owner=owner, pk=payload.contact_id),
        log=payload.log,
    )
    return Status(201, link)


@warm_paths.get("", response=list[WarmPathOut])
def warm_path_list(
    request: HttpRequest, company_id: ObjectId | None = None
) -> list[dict[str, Any]]:
    owner = current_user(request)
    if company_id is not None:
        company = tracker_selectors.company_get(owner=owner, pk=company_id)
        return [warm_path_out(selectors.warm_paths_for(owner=owner, company=company))]
    return [warm_path_out(p) for p in selectors.warm_path_list(owner=owner)]


@warm_paths.get("/referrers", response=list[ReferrerOut])
def referrer_list(request: HttpRequest) -> list[dict[str, Any]]:
    found = selectors.referrers_by_application(owner=current_user(request))
    return [
        {"application_id": app_id, "contact_id": r.contact_id, "name": r.name}
        for app_id, r in sorted(found.items())
    ]


# --- reminders ---------------------------------------------------------------------------


@reminders.get("", response=list[ReminderOut])
@paginated
def reminder_list(request: HttpRequest, filters: Query[ReminderQuery]) -> QuerySet[Reminder]:
    return selectors.reminder_list(
        owner=current_user(request),
        status="" if filters.status == "all" else filters.status,
        kind=filters.kind or "",
        contact_id=filters.contact_id,
        application_id=filters.application_id,
        due_before=filters.due_before,
    )


@reminders.post("", response={201: ReminderOut})
def reminder_create(request: HttpRequest, payload: ReminderIn) -> Created:
    owner = current_user(request)
    contact = (
        selectors.contact_get(owner=owner, pk=payload.contact_id) if payload.contact_id else None
    )
    reminder = services.reminder_create(
        owner=owner,
        title=payload.title,
        due_on=payload.due_on,
        kind=payload.kind,
        contact=contact,
        application=_application(owner, payload.application_id),
        notes=payload.notes,
    )
    return Status(201, reminder)


@reminders.get("/{reminder_id}", response=ReminderOut)
def reminder_get(request: HttpRequest, reminder_id: ObjectId) -> Reminder:
    return selectors.reminder_get(owner=current_user(request), pk=reminder_id)


@reminders.patch("/{reminder_id}", response=ReminderOut)
def reminder_update(
    request: HttpRequest, reminder_id: ObjectId, payload: ReminderPatch
) -> Reminder:
    reminder = selectors.reminder_get(owner=current_user(request), pk=reminder_id)
    return services.reminder_update(reminder=reminder, **payload.changes())


@reminders.delete("/{reminder_id}", response={204: None})
def reminder_delete(request: HttpRequest, reminder_id: ObjectId) -> NoContent:
    services.reminder_delete(
        reminder=selectors.reminder_get(owner=current_user(request), pk=reminder_id)
    )
    return Status(204, None)


@reminders.post("/{reminder_id}/done", response=ReminderOut)
def reminder_done(request: HttpRequest, reminder_id: ObjectId, payload: DoneIn) -> Reminder:
    reminder = selectors.reminder_get(owner=current_user(request), pk=reminder_id)
    return services.reminder_complete(reminder=reminder, log=payload.log, notes=payload.notes)


@reminders.post("/{reminder_id}/snooze", response=ReminderOut)
def reminder_snooze(request: HttpRequest, reminder_id: ObjectId, payload: SnoozeIn) -> Reminder:
    reminder = selectors.reminder_get(owner=current_user(request), pk=reminder_id)
    return services.reminder_snooze(reminder=reminder, days=payload.days, until=payload.until)


@reminders.post("/{reminder_id}/dismiss", response=ReminderOut)
def reminder_dismiss(request: HttpRequest, reminder_id: ObjectId) -> Reminder:
    reminder = selectors.reminder_get(owner=current_user(request), pk=reminder_id)
    return services.reminder_dismiss(reminder=reminder)


@reminders.get("/{reminder_id}/drafts", response=list[DraftOut])
def reminder_drafts(request: HttpRequest, reminder_id: ObjectId) -> list[dict[str, str]]:
    reminder = selectors.reminder_get(owner=current_user(request), pk=reminder_id)
    return [
        {"tone": d.tone.value, "subject": d.subject, "body": d.body}
        for d in drafts.reminder_drafts(reminder)
    ]
