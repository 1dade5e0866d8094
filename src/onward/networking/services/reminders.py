"""Reminders: the ones you add, and the ones Onward adds at the right moment.

Onward adds, each once (keyed by what made it):
- a thank-you note the day after an interview round, per interviewer logged;
- a follow-up a week after applying when nothing has happened since;
- a "stay in touch" note a couple of days after a rejection, per person met there;
- a keep-warm hello when a contact's cadence (every N days) has passed since you last
  were in touch;
- asking for a referral, when you choose that next action on a warm path.
Nothing is ever sent: a reminder comes with drafts for you to edit and send yourself.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F, Max, Q
from django.utils import timezone

from onward.accounts.models import User
from onward.core.services import check_choice, check_owner, clean_text, save
from onward.networking.choices import (
    REMINDER_INTERACTION,
    InteractionKind,
    ReminderKind,
    ReminderStatus,
)
from onward.networking.models import ApplicationContact, Contact, Interaction, Reminder
from onward.tracker.choices import Stage
from onward.tracker.models import Application, ApplicationEvent, Company, Rejection

LOOKBACK_DAYS = 7  # interviews this recent get a thank-you reminder
FOLLOW_UP_AFTER = 7
FOLLOW_UP_WINDOW = 30  # applications older than this are not chased any more
STAY_IN_TOUCH_AFTER = 2
STAY_IN_TOUCH_WINDOW = 30
MAX_SNOOZE_DAYS = 365
OPEN = ReminderStatus.OPEN


def _local_today(now: dt.datetime | None) -> dt.date:
    return timezone.localdate(now or timezone.now())


def _add(owner_id: int, key: str, **fields: Any) -> bool:
    """Create the reminder ``key`` unless it exists (also when made meanwhile)."""
    if Reminder.objects.filter(owner_id=owner_id, key=key).exists():
        return False
    fields["title"] = fields["title"][:300]
    try:
        with transaction.atomic():
            Reminder.objects.create(owner_id=owner_id, key=key, **fields)
    except IntegrityError:
        return False
    return True


# --- yours -------------------------------------------------------------------------------


def _check_due(day: object) -> dt.date:
    if not isinstance(day, dt.date):
        raise ValidationError({"due_on": "Expected a date."})
    return day


def reminder_create(
    *,
    owner: User,
    title: str,
    due_on: dt.date,
    kind: str = ReminderKind.CUSTOM,
    contact: Contact | None = None,
    application: Application | None = None,
    notes: str = "",
) -> Reminder:
    check_owner(owner.pk, contact, "contact")
    check_owner(owner.pk, application, "application")
    reminder = Reminder(
        owner=owner,
        kind=check_choice(kind, ReminderKind, "kind"),
        title=clean_text(title, field="title", max_length=300),
        due_on=_check_due(due_on),
        contact=contact,
        application=application,
        notes=clean_text(notes, field="notes", max_length=20_000),
    )
    if not reminder.title:
        raise ValidationError({"title": "Say what to do."})
    save(reminder)
    return reminder


def reminder_update(*, reminder: Reminder, **fields: Any) -> Reminder:
    unknown = set(fields) - {"title", "due_on", "notes"}
    if unknown:
        raise ValidationError(f"Unknown field(s): {', '.join(sorted(unknown))}")
    if "title" in fields:
        reminder.title = clean_text(fields["title"], field="title", max_length=300)
        if not reminder.title:
            raise ValidationError({"title": "Say what to do."})
    if "due_on" in fields:
        reminder.due_on = _check_due(fields["due_on"])
    if "notes" in fields:
        reminder.notes = clean_text(fields["notes"], field="notes", max_length=20_000)
    save(reminder)
    return reminder


def reminder_snooze(
    *,
    reminder: Reminder,
    days: int | None = None,
    until: dt.date | None = None,
    now: dt.datetime | None = None,
) -> Reminder:
    """Push an open reminder to ``until``, or ``days`` after today (or its due day)."""
    today = _local_today(now)
    if reminder.status != OPEN:
        raise ValidationError({"status": "Only open reminders can be snoozed."})
    if until is None:
        if not isinstance(days, int) or isinstance(days, bool) or not 1 <= days <= MAX_SNOOZE_DAYS:
            raise ValidationError({"days": f"Snooze for 1 to {MAX_SNOOZE_DAYS} days."})
        until = max(today, reminder.due_on) + dt.timedelta(days=days)
    if until <= today:
        raise ValidationError({"until": "Pick a day after today."})
    reminder.due_on = until
    reminder.snoozed_times += 1
    reminder.save(update_fields=["due_on", "snoozed_times"])
    return reminder


@transaction.atomic
def reminder_complete(
    *, reminder: Reminder, log: bool = False, notes: str = "", now: dt.datetime | None = None
) -> Reminder:
    """Mark done; with ``log``, also log the interaction it was about (a thank-you note,
    a message...) with its contact."""
    now = now or timezone.now()
    kind = REMINDER_INTERACTION.get(ReminderKind(reminder.kind)) if reminder.kind else None
    if log and reminder.contact_id is not None and kind is not None:
        interaction = Interaction.objects.create(
            owner_id=reminder.owner_id,
            contact_id=reminder.contact_id,
            kind=kind,
            occurred_on=timezone.localdate(now),
            application_id=reminder.application_id,
            notes=clean_text(notes, field="notes", max_length=20_000),
            created_at=now,
            updated_at=now,
        )
        close_answered(interaction=interaction, now=now)
        reminder.refresh_from_db()
    _close(reminder, ReminderStatus.DONE, now)
    return reminder


def reminder_dismiss(*, reminder: Reminder, now: dt.datetime | None = None) -> Reminder:
    _close(reminder, ReminderStatus.DISMISSED, now or timezone.now())
    return reminder


def reminder_reopen(*, reminder: Reminder) -> Reminder:
    reminder.status, reminder.closed_at = OPEN, None
    reminder.save(update_fields=["status", "closed_at"])
    return reminder


def reminder_delete(*, reminder: Reminder) -> None:
    reminder.delete()


def _close(reminder: Reminder, status: str, now: dt.datetime) -> None:
    if reminder.status == OPEN:
        reminder.status, reminder.closed_at = status, now
        reminder.save(update_fields=["status", "closed_at"])


def referral_ask_plan(
    *,
    contact: Contact,
    application: Application | None = None,
    company: Company | None = None,
    now: dt.datetime | None = None,
) -> Reminder:
    """The "ask for a referral" next action of a warm path: a reminder due today."""
    check_owner(contact.owner_id, application, "application")
    check_owner(contact.owner_id, company, "company")
    target = application.posting.company.name if application else None
    target = target or (company.name if company else contact.company_label)
    where = f"{application.uid}" if application else f"company:{company.uid if company else ''}"
    key = f"referral_ask:{contact.uid}:{where}"
    title = f"Ask {contact.name} for a referral" + (f" at {target}" if target else "")
    _add(
        contact.owner_id,
        key,
        kind=ReminderKind.REFERRAL_ASK,
        title=title,
        due_on=_local_today(now),
        contact=contact,
        application=application,
    )
    reminder = Reminder.objects.get(owner_id=contact.owner_id, key=key)
    if reminder.status != OPEN:
        reminder_reopen(reminder=reminder)
    return reminder


# --- closing what an interaction answers -------------------------------------------------


def close_answered(*, interaction: Interaction, now: dt.datetime) -> int:
    """Open reminders this interaction takes care of are done."""
    mine = Reminder.objects.filter(owner_id=interaction.owner_id, status=OPEN)
    about = Q(contact_id=interaction.contact_id, kind__in=[ReminderKind.KEEP_WARM])
    if interaction.kind == InteractionKind.THANK_YOU:
        about |= Q(contact_id=interaction.contact_id, kind=ReminderKind.THANK_YOU)
    if interaction.kind != InteractionKind.INTERVIEW:
        about |= Q(contact_id=interaction.contact_id, kind=ReminderKind.STAY_IN_TOUCH)
    if interaction.kind in (InteractionKind.REFERRAL_ASKED, InteractionKind.REFERRAL_GIVEN):
        about |= Q(contact_id=interaction.contact_id, kind=ReminderKind.REFERRAL_ASK)
    if interaction.application_id is not None:
        about |= Q(application_id=interaction.application_id, kind=ReminderKind.FOLLOW_UP)
    return mine.filter(about).update(status=ReminderStatus.DONE, closed_at=now)


# --- what Onward adds --------------------------------------------------------------------


def thank_you_for_event(*, event: ApplicationEvent, today: dt.date, now: dt.datetime) -> int:
    """A thank-you per interviewer logged on this round (one for the round if none)."""
    day = timezone.localdate(event.occurred_at)
    if day < today - dt.timedelta(days=LOOKBACK_DAYS):
        return 0
    company = event.application.posting.company.name
    round_name = f"round {event.interview_round}" if event.interview_round else "the interview"
    talked = Interaction.objects.filter(event=event, kind=InteractionKind.INTERVIEW)
    contacts = [i.contact for i in talked.select_related("contact")]
    thanked = set(
        Interaction.objects.filter(
            owner_id=event.owner_id, kind=InteractionKind.THANK_YOU, occurred_on__gte=day
        ).values_list("contact_id", flat=True)
    )
    common = {"kind": ReminderKind.THANK_YOU, "due_on": day + dt.timedelta(days=1)}
    common |= {"application_id": event.application_id, "created_at": now, "updated_at": now}
    if not contacts:
        title = f"Send a thank-you note after {round_name} at {company}"
        return int(_add(event.owner_id, f"thank_you:{event.uid}", title=title, **common))
    added = 0
    for contact in dict.fromkeys(contacts):
        if contact.pk in thanked:
            continue
        title = f"Thank {contact.name} for {round_name} at {company}"
        key = f"thank_you:{event.uid}:{contact.uid}"
        added += _add(event.owner_id, key, title=title, contact=contact, **common)
    return added


def _thank_yous(owner: User, today: dt.date, now: dt.datetime) -> int:
    since = timezone.make_aware(
        dt.datetime.combine(today - dt.timedelta(days=LOOKBACK_DAYS), dt.time.min)
    )
    events = ApplicationEvent.objects.filter(
        owner=owner, stage__in=[Stage.INTERVIEW], occurred_at__gte=since
    ).select_related("application__posting__company")
    return sum(thank_you_for_event(event=e, today=today, now=now) for e in events)


def _first_contact(owner: User, application_ids: list[int]) -> dict[int, int]:
    links = ApplicationContact.objects.filter(
        owner=owner, application_id__in=application_ids, role__in=["recruiter", "hiring_manager"]
    ).order_by("created_at", "id")
    first: dict[int, int] = {}
    for app_id, contact_id in links.values_list("application_id", "contact_id"):
        first.setdefault(app_id, contact_id)
    return first


def _follow_ups(owner: User, today: dt.date, now: dt.datetime) -> int:
    latest = today - dt.timedelta(days=FOLLOW_UP_AFTER)
    earliest = today - dt.timedelta(days=FOLLOW_UP_WINDOW)
    apps = list(
        Application.objects.filter(
            owner=owner, stage=Stage.APPLIED, applied_on__lte=latest, applied_on__gte=earliest
        ).select_related("posting__company")
    )
    touched = set(
        Interaction.objects.filter(owner=owner, application__in=apps)
        .filter(occurred_on__gte=F("application__applied_on"))
        .values_list("application_id", flat=True)
    )
    contacts = _first_contact(owner, [a.pk for a in apps])
    added = 0
    for app in apps:
        if app.pk in touched or app.applied_on is None:
            continue
        title = f"Follow up on {app.posting.title} at {app.posting.company.name}"
        added += _add(
            owner.pk,
            f"follow_up:{app.uid}",
            kind=ReminderKind.FOLLOW_UP,
            title=title,
            due_on=app.applied_on + dt.timedelta(days=FOLLOW_UP_AFTER),
            application=app,
            contact_id=contacts.get(app.pk),
            created_at=now,
            updated_at=now,
        )
    return added


def _stale_follow_ups(owner: User, now: dt.datetime) -> int:
    """A follow-up is no longer needed once the application moved on."""
    return (
        Reminder.objects.filter(owner=owner, status=OPEN, kind=ReminderKind.FOLLOW_UP)
        .exclude(application__stage=Stage.APPLIED)
        .update(status=ReminderStatus.DISMISSED, closed_at=now)
    )


def _stay_in_touch(owner: User, today: dt.date, now: dt.datetime) -> int:
    since = today - dt.timedelta(days=STAY_IN_TOUCH_WINDOW)
    rejections = list(
        Rejection.objects.filter(owner=owner, received_on__gte=since).select_related(
            "application__posting__company"
        )
    )
    links = ApplicationContact.objects.filter(
        owner=owner, application__in=[r.application_id for r in rejections]
    ).select_related("contact")
    met: dict[int, dict[int, Contact]] = {}
    for link in links:
        met.setdefault(link.application_id, {})[link.contact_id] = link.contact
    added = 0
    for rejection in rejections:
        company = rejection.application.posting.company.name
        for contact in met.get(rejection.application_id, {}).values():
            added += _add(
                owner.pk,
                f"stay_in_touch:{rejection.uid}:{contact.uid}",
                kind=ReminderKind.STAY_IN_TOUCH,
                title=f"Stay in touch with {contact.name} ({company})",
                due_on=rejection.received_on + dt.timedelta(days=STAY_IN_TOUCH_AFTER),
                contact=contact,
                application_id=rejection.application_id,
                created_at=now,
                updated_at=now,
            )
    return added


def keep_warm_due(contact: Contact, last_touch: dt.date | None) -> dt.date | None:
    if not contact.cadence_days:
        return None
    start = last_touch or timezone.localdate(contact.created_at)
    return start + dt.timedelta(days=contact.cadence_days)


def _keep_warm(owner: User, now: dt.datetime) -> int:
    contacts = Contact.objects.filter(owner=owner, cadence_days__isnull=False).annotate(
        last_talked=Max("interactions__occurred_on"),
        last_closed=Max("reminders__closed_at", filter=Q(reminders__kind=ReminderKind.KEEP_WARM)),
    )
    waiting = set(
        Reminder.objects.filter(owner=owner, status=OPEN, kind=ReminderKind.KEEP_WARM)
        .exclude(contact=None)
        .values_list("contact_id", flat=True)
    )
    added = 0
    for contact in contacts:
        if contact.pk in waiting:
            continue
        closed = timezone.localdate(contact.last_closed) if contact.last_closed else None
        touches = [d for d in (contact.last_talked, closed) if d is not None]
        last = max(touches) if touches else None
        due = keep_warm_due(contact, last)
        assert due is not None
        since = last.isoformat() if last else "added"
        added += _add(
            owner.pk,
            f"keep_warm:{contact.uid}:{since}",  # one per time you were last in touch
            kind=ReminderKind.KEEP_WARM,
            title=f"Keep in touch with {contact.name}",
            due_on=due,
            contact=contact,
            created_at=now,
            updated_at=now,
        )
    return added


def reminders_refresh(*, owner: User, now: dt.datetime | None = None) -> int:
    """Add the reminders that are due to exist for ``owner``; how many were added.
    Idempotent: each situation adds its reminder once."""
    from onward.networking.services.contacts import contacts_link_companies

    now = now or timezone.now()
    today = _local_today(now)
    contacts_link_companies(owner=owner)  # companies added to the tracker since
    _stale_follow_ups(owner, now)
    return (
        _thank_yous(owner, today, now)
        + _follow_ups(owner, today, now)
        + _stay_in_touch(owner, today, now)
        + _keep_warm(owner, now)
    )


def reminders_refresh_all(*, now: dt.datetime | None = None) -> int:
    """``reminders_refresh`` for every active account (the periodic task)."""
    added = 0
    for user in User.objects.filter(is_active=True).order_by("pk"):
        with timezone.override(user_zone(user)):
            added += reminders_refresh(owner=user, now=now)
    return added


def user_zone(user: User) -> dt.tzinfo:
    """The account's time zone, else the server's."""
    if user.time_zone:
        try:
            return zoneinfo.ZoneInfo(user.time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            pass
    return timezone.get_default_timezone()
