"""Every write to the tracker. Stage changes go through ``application_move`` only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models.functions import Lower
from django.utils import timezone

from onward.accounts.models import User
from onward.core.services import FUTURE_SLACK, FieldRules, check_fields, clean_text, midday, save
from onward.growth import services as growth_services
from onward.skills import services as skills_services
from onward.tracker import stages
from onward.tracker.choices import (
    CLOSED,
    EventSource,
    InterviewKind,
    RejectionChannel,
    RejectionReason,
    Stage,
)
from onward.tracker.models import (
    Application,
    ApplicationEvent,
    Company,
    JobPosting,
    Rejection,
    TargetRole,
)

COMPANY_FIELDS = ("name", "website", "notes")
POSTING_FIELDS = (
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
APPLICATION_FIELDS = (
    "applied_on",
    "channel",
    "resume_version",
    "tailored",
    "cover_letter",
    "notes",
    "target_role",
)
# What every write must meet beyond the models' own validation (see core.services.save);
# import applies the same rules to each record.
FIELD_RULES: dict[type[models.Model], FieldRules] = {
    Application: FieldRules(days=("applied_on",)),
    ApplicationEvent: FieldRules(moments=("occurred_at",)),
    Rejection: FieldRules(days=("received_on",)),
}


def _assign(obj: Any, fields: dict[str, Any], allowed: Iterable[str]) -> None:
    allowed = set(allowed)
    unknown = set(fields) - allowed
    if unknown:
        raise ValidationError(f"Unknown field(s): {', '.join(sorted(unknown))}")
    for name, value in fields.items():
        if isinstance(value, str):
            value = value.strip()
        setattr(obj, name, value)


# --- companies ---------------------------------------------------------------------------


def _company_name_taken(*, owner: User, name: str, exclude_pk: int | None = None) -> bool:
    qs = Company.objects.annotate(lname=Lower("name")).filter(owner=owner, lname=name.lower())
    if exclude_pk is not None:
        qs = qs.exclude(pk=exclude_pk)
    return qs.exists()


def company_create(*, owner: User, name: str, website: str = "", notes: str = "") -> Company:
    company = Company(owner=owner)
    _assign(company, {"name": name, "website": website, "notes": notes}, COMPANY_FIELDS)
    if _company_name_taken(owner=owner, name=company.name):
        raise ValidationError({"name": f"You already have a company called {company.name!r}."})
    save(company)
    return company


def company_get_or_create(*, owner: User, name: str) -> Company:
    name = name.strip()
    if not name:
        raise ValidationError({"company": "Name the company."})
    existing = (
        Company.objects.annotate(lname=Lower("name"))
        .filter(owner=owner, lname=name.lower())
        .first()
    )
    return existing or company_create(owner=owner, name=name)


def company_update(*, company: Company, **fields: Any) -> Company:
    _assign(company, fields, COMPANY_FIELDS)
    if _company_name_taken(owner=company.owner, name=company.name, exclude_pk=company.pk):
        raise ValidationError({"name": f"You already have a company called {company.name!r}."})
    save(company)
    return company


def company_delete(*, company: Company) -> None:
    if company.postings.exists():
        raise ValidationError("This company still has postings; delete those first.")
    company.delete()


# --- postings ----------------------------------------------------------------------------


def posting_create(*, owner: User, company: Company, title: str, **fields: Any) -> JobPosting:
    if company.owner_id != owner.pk:
        raise ValidationError({"company": "Unknown company."})
    posting = JobPosting(owner=owner, company=company)
    _assign(posting, {"title": title, **fields}, POSTING_FIELDS)
    save(posting)
    skills_services.posting_skills_refresh_safely(posting=posting)  # never raises
    return posting


@transaction.atomic
def posting_create_with_company(
    *,
    owner: User,
    title: str,
    company: Company | None = None,
    company_name: str = "",
    **fields: Any,
) -> JobPosting:
    """Create a posting for ``company``, or for the company called ``company_name``
    (found case-insensitively, created when new), all in one transaction."""
    if company is None:
        company = company_get_or_create(owner=owner, name=company_name)
    return posting_create(owner=owner, company=company, title=title, **fields)


def posting_update(
    *, posting: JobPosting, company: Company | None = None, **fields: Any
) -> JobPosting:
    if company is not None:
        if company.owner_id != posting.owner_id:
            raise ValidationError({"company": "Unknown company."})
        posting.company = company
    description = posting.description
    _assign(posting, fields, POSTING_FIELDS)
    save(posting)
    if posting.description != description:
        skills_services.posting_skills_refresh_safely(posting=posting)  # never raises
    return posting


@transaction.atomic
def posting_delete(*, posting: JobPosting) -> None:
    """Delete a posting with its applications, their events and rejections."""
    # A rejection protects its event, so it goes first (as in application_delete).
    Rejection.objects.filter(application__posting=posting).delete()
    ApplicationEvent.objects.filter(application__posting=posting).delete()
    posting.delete()


# --- target roles ------------------------------------------------------------------------

MAX_ALT_LABELS = 30
"""Other names kept per target role (ESCO lists up to a few dozen; the first are the
common ones)."""


def target_role_save(
    *, owner: User, occupation_id: str, label: str, alt_labels: Iterable[str] = ()
) -> TargetRole:
    """Save an occupation (or role family) as a target role; saving it again returns the
    one you have (its label and other names refreshed)."""
    occupation_id, label = occupation_id.strip(), label.strip()
    if not occupation_id or not label:
        raise ValidationError("A target role needs an occupation and a label.")
    names = [n.strip() for n in alt_labels if n.strip() and n.strip() != label]
    role = TargetRole.objects.filter(owner=owner, occupation_id=occupation_id).first()
    role = role or TargetRole(owner=owner, occupation_id=occupation_id)
    relabelled = role.pk is not None and role.label != label
    role.label = clean_text(label, field="label")
    role.alt_labels = list(dict.fromkeys(names))[:MAX_ALT_LABELS]
    save(role)
    if relabelled:
        _touch_tagged(role)
    return role


def _touch_tagged(role: TargetRole) -> None:
    """Mark the role's applications changed: their segment changed (the strategy figures
    are cached under the applications' change times)."""
    Application.objects.filter(target_role=role).update(updated_at=timezone.now())


@transaction.atomic
def target_role_delete(*, target_role: TargetRole) -> None:
    """Remove a target role; the applications tagged with it keep everything else."""
    _touch_tagged(target_role)
    target_role.delete()


def _check_target_role(application: Application) -> None:
    role = application.target_role
    if role is not None and role.owner_id != application.owner_id:
        raise ValidationError({"target_role": "Unknown target role."})


# --- applications ------------------------------------------------------------------------


@transaction.atomic
def application_create(
    *,
    owner: User,
    posting: JobPosting,
    stage: Stage = Stage.APPLIED,
    now: dt.datetime | None = None,
    **fields: Any,
) -> Application:
    """Create an application and its first event (``saved`` or ``applied``).

    A later open stage (screening, interview, offer) is reached by further moves, so
    the log shows how the application got there.
    """
    now = now or timezone.now()
    stage = Stage(stage)
    if posting.owner_id != owner.pk:
        raise ValidationError({"posting": "Unknown posting."})
    if stage in CLOSED or stage == Stage.GHOSTED:
        raise ValidationError({"stage": "Start an application as saved, applied or later."})
    application = Application(owner=owner, posting=posting, created_at=now, updated_at=now)
    _assign(application, fields, APPLICATION_FIELDS)
    _check_target_role(application)
    if stage != Stage.SAVED and application.applied_on is None:
        application.applied_on = timezone.localdate(now)
    if application.applied_on and application.applied_on > timezone.localdate(now):
        raise ValidationError({"applied_on": "The application date is in the future."})
    save(application, rules=FIELD_RULES[Application], now=now)
    first = Stage.SAVED if stage == Stage.SAVED else Stage.APPLIED
    when = now
    if first == Stage.APPLIED and application.applied_on != timezone.localdate(now):
        assert application.applied_on is not None
        when = min(midday(application.applied_on), now)
    _append_event(application, stage=first, occurred_at=when, now=now)
    if stage not in (Stage.SAVED, Stage.APPLIED):
        application_move(application=application, stage=stage, now=now)
        application.refresh_from_db()  # the move updated a locked copy of the row
    return application


@transaction.atomic
@transaction.atomic
def application_create_with_posting(
    *,
    owner: User,
    posting_fields: dict[str, Any],
    company: Company | None = None,
    company_name: str = "",
    stage: Stage = Stage.APPLIED,
    now: dt.datetime | None = None,
    **fields: Any,
) -> Application:
    """Create the posting (and its company, when new) and the application in one go."""
    posting = posting_create_with_company(
        owner=owner, company=company, company_name=company_name, **posting_fields
    )
    return application_create(owner=owner, posting=posting, stage=stage, now=now, **fields)


def application_update(*, application: Application, **fields: Any) -> Application:
    if "stage" in fields:
        raise ValidationError({"stage": "Change the stage with a move, not an edit."})
    _assign(application, fields, APPLICATION_FIELDS)
    _check_target_role(application)
    if application.applied_on and application.applied_on > timezone.localdate():
        raise ValidationError({"applied_on": "The application date is in the future."})
    save(application, rules=FIELD_RULES[Application])
    return application


def application_delete(*, application: Application) -> None:
    """Delete an application with its log; its posting too when nothing else uses it."""
    with transaction.atomic():
        posting = application.posting
        Rejection.objects.filter(application=application).delete()
        ApplicationEvent.objects.filter(application=application).delete()
        application.delete()
        if not posting.applications.exists():
            posting.delete()


def _last_event(application: Application) -> ApplicationEvent | None:
    return application.events.order_by("-occurred_at", "-id").first()


def _before_ghosted(application: Application) -> Stage | None:
    last = _last_event(application)
    if last is not None and last.stage == Stage.GHOSTED and last.from_stage:
        return Stage(last.from_stage)
    return None


def _append_event(
    application: Application,
    *,
    stage: Stage,
    occurred_at: dt.datetime,
    now: dt.datetime,
    interview_kind: str = "",
    interview_round: int | None = None,
    note: str = "",
    source: str = EventSource.USER,
) -> ApplicationEvent:
    event = ApplicationEvent.objects.create(
        owner_id=application.owner_id,
        application=application,
        stage=stage,
        from_stage=application.stage if application.stage_changed_at else "",
        occurred_at=occurred_at,
        interview_kind=interview_kind,
        interview_round=interview_round,
        note=clean_text(note, field="note"),
        source=source,
        created_at=now,
        updated_at=now,
    )
    application.stage = stage
    application.stage_changed_at = occurred_at
    application.save(update_fields=["stage", "stage_changed_at"])
    growth_services.wins_from_event(event=event)  # real progress becomes a win, once
    return event


def _check_when(application: Application, occurred_at: dt.datetime, now: dt.datetime) -> None:
    if occurred_at > now + FUTURE_SLACK:
        raise ValidationError({"occurred_at": "That date is in the future."})
    last = _last_event(application)
    if last is not None and occurred_at < last.occurred_at:
        raise ValidationError(
            {
                "occurred_at": "That is before the last recorded change "
                f"({timezone.localtime(last.occurred_at):%Y-%m-%d %H:%M})."
            }
        )


@transaction.atomic
def application_move(
    *,
    application: Application,
    stage: Stage | str,
    occurred_at: dt.datetime | None = None,
    interview_kind: str = "",
    note: str = "",
    source: str = EventSource.USER,
    now: dt.datetime | None = None,
) -> ApplicationEvent:
    """Move an application to ``stage`` by appending an event.

    Rejections go through ``rejection_record``, which needs the details.
    """
    now = now or timezone.now()
    try:
        target = Stage(stage)
    except ValueError:
        raise ValidationError({"stage": f"Unknown stage {stage!r}."}) from None
    if target == Stage.REJECTED:
        raise ValidationError({"stage": "Log a rejection to move an application to rejected."})
    # Lock the row so two concurrent moves cannot both pass the checks.
    application = Application.objects.select_for_update().get(pk=application.pk)
    current = Stage(application.stage)
    error = stages.move_error(current, target, before_ghosted=_before_ghosted(application))
    if error:
        raise ValidationError({"stage": error})
    when = occurred_at or now
    _check_when(application, when, now)
    round_no: int | None = None
    if target == Stage.INTERVIEW:
        if interview_kind and interview_kind not in InterviewKind.values:
            raise ValidationError({"interview_kind": f"Unknown interview kind {interview_kind!r}."})
        # Left blank when the kind is not known yet ("Not sure yet"), never guessed.
        round_no = application.events.filter(stage=Stage.INTERVIEW).count() + 1
    elif interview_kind:
        raise ValidationError({"interview_kind": "Only interviews have a kind."})
    if target == Stage.APPLIED and application.applied_on is None:
        application.applied_on = timezone.localdate(when)
        application.save(update_fields=["applied_on"])
    return _append_event(
        application,
        stage=target,
        occurred_at=when,
        now=now,
        interview_kind=interview_kind,
        interview_round=round_no,
        note=note,
        source=source,
    )


def application_unghost(
    *, application: Application, now: dt.datetime | None = None
) -> ApplicationEvent:
    """Undo a ghosted mark: back to the stage the application was in before."""
    if application.stage != Stage.GHOSTED:
        raise ValidationError({"stage": "This application is not marked ghosted."})
    previous = _before_ghosted(application) or Stage.APPLIED
    return application_move(
        application=application, stage=previous, note="Still waiting: ghosted mark undone.", now=now
    )


def _rejection_fields(*, received_on: dt.date, channel: str, reason: str, now: dt.datetime) -> None:
    errors: dict[str, str] = {}
    if channel not in RejectionChannel.values:
        errors["channel"] = f"Unknown channel {channel!r}."
    if reason not in RejectionReason.values:
        errors["reason"] = f"Unknown reason {reason!r}."
    if received_on > timezone.localdate(now):
        errors["received_on"] = "That date is in the future."
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def rejection_record(
    *,
    application: Application,
    received_on: dt.date | None = None,
    channel: str = RejectionChannel.EMAIL,
    reason: str = RejectionReason.NONE_GIVEN,
    message: str = "",
    now: dt.datetime | None = None,
) -> Rejection:
    """Record the rejection and move the stage to rejected, in one transaction."""
    now = now or timezone.now()
    received_on = received_on or timezone.localdate(now)
    _rejection_fields(received_on=received_on, channel=channel, reason=reason, now=now)
    application = Application.objects.select_for_update().get(pk=application.pk)
    current = Stage(application.stage)
    before = _before_ghosted(application)
    error = stages.move_error(current, Stage.REJECTED, before_ghosted=before)
    if error:
        raise ValidationError({"stage": error})
    when = now if received_on == timezone.localdate(now) else midday(received_on)
    last = _last_event(application)
    if last is not None and when < last.occurred_at:
        when = last.occurred_at
    reached = before if current == Stage.GHOSTED and before else current
    message = clean_text(message, field="message")
    event = _append_event(application, stage=Stage.REJECTED, occurred_at=when, now=now)
    rejection = Rejection(
        owner_id=application.owner_id,
        application=application,
        event=event,
        stage_reached=reached,
        received_on=received_on,
        channel=channel,
        reason=reason,
        message=message,
        created_at=now,
        updated_at=now,
    )
    check_fields(rejection, rules=FIELD_RULES[Rejection], now=now)
    rejection.save()
    return rejection


def rejection_update(
    *, rejection: Rejection, now: dt.datetime | None = None, **fields: Any
) -> Rejection:
    now = now or timezone.now()
    _assign(rejection, fields, ("received_on", "channel", "reason", "message"))
    _rejection_fields(
        received_on=rejection.received_on,
        channel=rejection.channel,
        reason=rejection.reason,
        now=now,
    )
    check_fields(rejection, rules=FIELD_RULES[Rejection], now=now)
    rejection.save()
    return rejection


@transaction.atomic
def rejection_retract(*, rejection: Rejection, now: dt.datetime | None = None) -> ApplicationEvent:
    """A rejection logged by mistake: append an event back to the earlier stage."""
    now = now or timezone.now()
    application = Application.objects.select_for_update().get(pk=rejection.application_id)
    back_to = Stage(rejection.stage_reached)
    rejection.delete()
    return _append_event(
        application, stage=back_to, occurred_at=now, now=now, note="Rejection retracted."
    )


# --- ghosting ----------------------------------------------------------------------------


def applications_mark_ghosted(
    *, now: dt.datetime | None = None, owner: User | None = None, backdated: bool = False
) -> int:
    """Mark applications with no news for the owner's ghosting period. Returns how many.

    ``owner`` limits it to one account. ``backdated`` dates each mark when its period ran
    out instead of ``now``: a history written after the fact (the demo) is then already
    settled, and the periodic job finds nothing left to mark.
    """
    now = now or timezone.now()
    users = User.objects.filter(is_active=True)
    if owner is not None:
        users = users.filter(pk=owner.pk)
    marked = 0
    for user in users.only("id", "ghost_after_days"):
        period = dt.timedelta(days=user.effective_ghost_days())
        cutoff = now - period
        stale = Application.objects.filter(
            owner=user, stage__in=stages.GHOSTABLE, stage_changed_at__lt=cutoff
        ).values_list("pk", flat=True)
        for pk in stale:
            marked += _ghost_one(pk, cutoff=cutoff, now=now, after=period if backdated else None)
    return marked


@transaction.atomic
def _ghost_one(
    pk: int, *, cutoff: dt.datetime, now: dt.datetime, after: dt.timedelta | None = None
) -> int:
    application = Application.objects.select_for_update().get(pk=pk)
    if application.stage not in stages.GHOSTABLE or (
        application.stage_changed_at is None or application.stage_changed_at >= cutoff
    ):
        return 0  # another process moved it meanwhile
    when = now if after is None else application.stage_changed_at + after
    _append_event(
        application,
        stage=Stage.GHOSTED,
        occurred_at=when,
        now=when,
        note="No response; marked ghosted automatically.",
        source=EventSource.SYSTEM,
    )
    return 1
