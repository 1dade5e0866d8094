"""Writing the interaction log and a contact's part in applications: links, referrals,
and logging an interview round with its interviewers in one step."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from onward.core.services import check_choice, check_not_future, check_owner, clean_text, save
from onward.networking.choices import ContactRole, InteractionKind
from onward.networking.models import ApplicationContact, Contact, Interaction
from onward.networking.services import reminders
from onward.tracker import services as tracker_services
from onward.tracker.choices import Channel, Stage
from onward.tracker.models import Application, ApplicationEvent

INTERACTION_FIELDS = ("kind", "occurred_on", "application", "event", "notes")


def _check_links(interaction: Interaction) -> None:
    owner_id = interaction.owner_id
    check_owner(owner_id, interaction.application, "application")
    check_owner(owner_id, interaction.event, "event")
    event = interaction.event
    if event is not None:
        if interaction.application is None:
            interaction.application = event.application
        elif event.application_id != interaction.application.pk:
            raise ValidationError({"event": "That round belongs to another application."})


def _set(interaction: Interaction, fields: dict[str, Any], now: dt.datetime) -> None:
    unknown = set(fields) - set(INTERACTION_FIELDS)
    if unknown:
        raise ValidationError(f"Unknown field(s): {', '.join(sorted(unknown))}")
    if "kind" in fields:
        interaction.kind = check_choice(fields["kind"], InteractionKind, "kind")
    if "occurred_on" in fields:
        day = fields["occurred_on"] or timezone.localdate(now)
        if not isinstance(day, dt.date):
            raise ValidationError({"occurred_on": "Expected a date."})
        check_not_future(day, "occurred_on", now=now)
        interaction.occurred_on = day
    for name in ("application", "event"):
        if name in fields:
            setattr(interaction, name, fields[name])
    if "notes" in fields:
        interaction.notes = clean_text(fields["notes"], field="notes", max_length=100_000)
    _check_links(interaction)


@transaction.atomic
def interaction_log(
    *,
    contact: Contact,
    kind: str,
    occurred_on: dt.date | None = None,
    application: Application | None = None,
    event: ApplicationEvent | None = None,
    notes: str = "",
    now: dt.datetime | None = None,
) -> Interaction:
    """Log an interaction; reminders it answers (a thank-you sent, a catch-up) close."""
    now = now or timezone.now()
    interaction = Interaction(
        owner_id=contact.owner_id, contact=contact, created_at=now, updated_at=now
    )
    fields = {"kind": kind, "occurred_on": occurred_on, "application": application}
    _set(interaction, {**fields, "event": event, "notes": notes}, now)
    save(interaction)
    reminders.close_answered(interaction=interaction, now=now)
    return interaction


def interaction_update(
    *, interaction: Interaction, now: dt.datetime | None = None, **fields: Any
) -> Interaction:
    _set(interaction, fields, now or timezone.now())
    save(interaction)
    return interaction


def interaction_delete(*, interaction: Interaction) -> None:
    interaction.delete()


# --- a contact's part in an application --------------------------------------------------


def application_contact_link(
    *, contact: Contact, application: Application, role: str
) -> ApplicationContact:
    """Link ``contact`` to ``application`` in ``role`` (linking twice changes nothing)."""
    check_owner(contact.owner_id, application, "application")
    role = check_choice(role, ContactRole, "role")
    existing = ApplicationContact.objects.filter(
        contact=contact, application=application, role=role
    ).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            return ApplicationContact.objects.create(
                owner_id=contact.owner_id, contact=contact, application=application, role=role
            )
    except IntegrityError:  # linked meanwhile by another request
        return ApplicationContact.objects.get(contact=contact, application=application, role=role)


def application_contact_unlink(*, link: ApplicationContact) -> None:
    link.delete()


@transaction.atomic
def referral_record(
    *, application: Application, contact: Contact, log: bool = True, now: dt.datetime | None = None
) -> ApplicationContact:
    """``contact`` referred you: the application's channel becomes "referral", the
    contact is linked as its referrer, and (``log``) a "referral given" is logged."""
    link = application_contact_link(
        contact=contact, application=application, role=ContactRole.REFERRER
    )
    application.refresh_from_db()  # never save a stale stage back
    if application.channel != Channel.REFERRAL:
        tracker_services.application_update(application=application, channel=Channel.REFERRAL)
    if log:
        interaction_log(
            contact=contact,
            kind=InteractionKind.REFERRAL_GIVEN,
            application=application,
            now=now,
        )
    return link


@transaction.atomic
def interview_log(
    *,
    application: Application,
    interviewers: Sequence[Contact] = (),
    occurred_at: dt.datetime | None = None,
    interview_kind: str = "",
    note: str = "",
    now: dt.datetime | None = None,
) -> ApplicationEvent:
    """Move ``application`` to the next interview round and log who interviewed you:
    each interviewer is linked to the application and gets an "interview" interaction
    on that round, and a thank-you reminder is added for the next day."""
    now = now or timezone.now()
    for contact in interviewers:
        check_owner(application.owner_id, contact, "interviewers")
    event = tracker_services.application_move(
        application=application,
        stage=Stage.INTERVIEW,
        occurred_at=occurred_at,
        interview_kind=interview_kind,
        note=note,
        now=now,
    )
    application.refresh_from_db()  # the move updated a locked copy of the row
    day = timezone.localdate(event.occurred_at)
    for contact in dict.fromkeys(interviewers):
        application_contact_link(
            contact=contact, application=application, role=ContactRole.INTERVIEWER
        )
        Interaction.objects.create(
            owner_id=application.owner_id,
            contact=contact,
            kind=InteractionKind.INTERVIEW,
            occurred_on=day,
            application=application,
            event=event,
            created_at=now,
            updated_at=now,
        )
    reminders.thank_you_for_event(event=event, today=timezone.localdate(now), now=now)
    return event
