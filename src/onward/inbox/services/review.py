"""Deciding on review items: accept (as proposed or edited), ignore, reopen; one or many.

Accepting makes the change through the tracker's own services, in one transaction: a new
application when proposed, the stage moves (as events from an import, dated by the
message), and a rejection with the message's words verbatim. One rejection accepted on its
own is logged with ``growth.services.rejection_log``, so its rebound flow starts; rejections
accepted in bulk or automatically are recorded alone, and the flow is offered from there.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone

from onward.core.errors import validation_message
from onward.core.services import check_owner, clean_text
from onward.growth import services as growth_services
from onward.inbox import selectors
from onward.inbox.choices import ItemKind, ItemStatus
from onward.inbox.models import ReviewItem
from onward.inbox.proposals import path_to, propose, start_stage
from onward.tracker import services as tracker_services
from onward.tracker.choices import EventSource, RejectionChannel, Stage, WorkMode
from onward.tracker.models import Application, ApplicationEvent, Rejection

UNNAMED_ROLE = "Role not named"


@dataclass(frozen=True)
class Edits:
    """What the person changed before accepting (None: left as proposed)."""

    application: Application | None = None
    new_application: bool | None = None
    company: str | None = None
    role: str | None = None
    stage: str | None = None
    message: str | None = None
    applied_on: dt.date | None = None


@dataclass
class BulkResult:
    accepted: list[ReviewItem] = field(default_factory=list)
    failed: list[tuple[ReviewItem, str]] = field(default_factory=list)


def _pending(item: ReviewItem) -> ReviewItem:
    locked = ReviewItem.objects.select_for_update().get(pk=item.pk)
    if locked.status != ItemStatus.PENDING:
        raise ValidationError({"status": "This one has already been reviewed."})
    return locked


@transaction.atomic
def review_item_accept(
    *,
    item: ReviewItem,
    edits: Edits | None = None,
    rebound: bool = True,
    auto: bool = False,
    now: dt.datetime | None = None,
) -> ReviewItem:
    """Make the proposed (or edited) change and mark the item accepted (or edited)."""
    now = now or timezone.now()
    item = _pending(item)
    edited = _apply_edits(item, edits) if edits else False
    application = _application_for(item, now)
    event, rejection = _reach(item, application, rebound=rebound, now=now)
    item.status = ItemStatus.EDITED if edited else ItemStatus.ACCEPTED
    item.decided_at = now
    item.auto_accepted = auto
    item.error = ""
    item.result_application = application
    item.result_event = event
    item.rejection = rejection
    item.save()
    _refresh_pending(item, application)
    return item


def review_item_ignore(*, item: ReviewItem, now: dt.datetime | None = None) -> ReviewItem:
    with transaction.atomic():
        item = _pending(item)
        item.status = ItemStatus.IGNORED
        item.decided_at = now or timezone.now()
        item.save(update_fields=["status", "decided_at"])
    return item


def review_item_reopen(*, item: ReviewItem) -> ReviewItem:
    """An ignored item back in the queue. Accepted ones stay: their change is made (undo it
    in the tracker, e.g. retract the rejection)."""
    with transaction.atomic():
        item = ReviewItem.objects.select_for_update().get(pk=item.pk)
        if item.status != ItemStatus.IGNORED:
            raise ValidationError({"status": "Only an ignored item can go back to the queue."})
        item.status = ItemStatus.PENDING
        item.decided_at = None
        item.save(update_fields=["status", "decided_at"])
    return item


def review_items_accept(
    *, items: list[ReviewItem], auto: bool = False, now: dt.datetime | None = None
) -> BulkResult:
    """Accept each item in turn (oldest mail first); one that fails keeps its error and
    stays in the queue, the others go through. Rejections start no rebound flow here."""
    result = BulkResult()
    for item in sorted(items, key=_chronological):
        try:
            result.accepted.append(review_item_accept(item=item, rebound=False, auto=auto, now=now))
        except ValidationError as exc:
            message = validation_message(exc)
            ReviewItem.objects.filter(pk=item.pk, status=ItemStatus.PENDING).update(error=message)
            result.failed.append((item, message))
    return result


def review_items_ignore(*, items: list[ReviewItem], now: dt.datetime | None = None) -> int:
    now = now or timezone.now()
    ids = [item.pk for item in items]
    return ReviewItem.objects.filter(pk__in=ids, status=ItemStatus.PENDING).update(
        status=ItemStatus.IGNORED, decided_at=now
    )


def _chronological(item: ReviewItem) -> tuple[float, int]:
    when = item.message_date
    return (when.timestamp() if when else float("inf"), item.pk)


# --- edits -------------------------------------------------------------------------------


def _apply_edits(item: ReviewItem, edits: Edits) -> bool:
    before = _snapshot(item)
    if edits.application is not None:
        check_owner(item.owner_id, edits.application, "application")
        item.application, item.proposes_new = edits.application, False
    elif edits.new_application:
        item.application, item.proposes_new = None, True
        item.group = f"edited:{item.key_digest}"
    if edits.company is not None:
        item.company = clean_text(edits.company, field="company", max_length=200)
    if edits.role is not None:
        item.role = clean_text(edits.role, field="role", max_length=200)
    if edits.stage is not None:
        if edits.stage and edits.stage not in Stage.values:
            raise ValidationError({"stage": f"Unknown stage {edits.stage!r}."})
        item.stage = edits.stage
    if edits.message is not None:
        item.message = clean_text(edits.message, field="message", max_length=100_000)
    if edits.applied_on is not None:
        item.applied_on = edits.applied_on
    return _snapshot(item) != before


def _snapshot(item: ReviewItem) -> tuple[Any, ...]:
    return (
        item.application_id,
        item.proposes_new,
        item.company,
        item.role,
        item.stage,
        item.message,
        item.applied_on,
    )


# --- the application ---------------------------------------------------------------------


def _application_for(item: ReviewItem, now: dt.datetime) -> Application:
    if item.application_id is not None:
        return Application.objects.select_related("posting__company").get(pk=item.application_id)
    if not item.proposes_new:
        raise ValidationError(
            {"application": "The application this was matched to is gone: pick another one, "
             "or make it a new application."}
        )  # fmt: skip
    earlier = selectors.group_application(owner=item.owner, group=item.group)
    if earlier is not None and not item.group.startswith("edited:"):
        return earlier
    return _create_application(item, now)


def _create_application(item: ReviewItem, now: dt.datetime) -> Application:
    if not item.company:
        raise ValidationError({"company": "Name the company to add this application."})
    target = Stage(item.stage) if item.stage else Stage.APPLIED
    day = item.applied_on
    if day is None and item.message_date is not None:
        day = timezone.localdate(item.message_date)
    if day is not None:
        day = min(day, timezone.localdate(now))
    details = item.details or {}
    notes = str(details.get("notes", ""))
    if item.kind == ItemKind.MAIL and item.subject:
        notes = f"Added from your email: {item.subject}"
    return tracker_services.application_create_with_posting(
        owner=item.owner,
        company_name=item.company,
        posting_fields=_posting_fields(item, details),
        stage=start_stage(target),
        applied_on=day if target != Stage.SAVED else None,
        notes=notes,
        now=now,
    )


def _posting_fields(item: ReviewItem, details: dict[str, Any]) -> dict[str, Any]:
    fields: dict[str, Any] = {"title": item.role or UNNAMED_ROLE}
    url = str(details.get("url", ""))
    try:
        URLValidator()(url)
        fields["url"] = url[:1000]
    except ValidationError:
        pass
    for name, size in (("location", 200), ("source", 100)):
        if details.get(name):
            fields[name] = str(details[name])[:size]
    if details.get("work_mode") in WorkMode.values:
        fields["work_mode"] = details["work_mode"]
    return fields


# --- the stage moves ---------------------------------------------------------------------


def _reach(
    item: ReviewItem, application: Application, *, rebound: bool, now: dt.datetime
) -> tuple[ApplicationEvent | None, Rejection | None]:
    if not item.stage:
        return None, None
    current, target = Stage(application.stage), Stage(item.stage)
    path = path_to(current, target)
    if path is None:
        raise ValidationError(
            {"stage": f"Cannot move from {current.label.lower()} to {target.label.lower()}."}
        )
    if not path:  # already there (an earlier item did it), unless it is the next round
        if target != Stage.INTERVIEW:
            return None, None
        path = [Stage.INTERVIEW]
    event: ApplicationEvent | None = None
    rejection: Rejection | None = None
    for step in path:
        when = _when(item, application, now)
        if step == Stage.REJECTED:
            rejection = _reject(item, application, when=when, rebound=rebound, now=now)
            event = rejection.event
        else:
            event = tracker_services.application_move(
                application=application, stage=step, occurred_at=when, note=_note(item),
                source=EventSource.IMPORT, now=now,
            )  # fmt: skip
        application.refresh_from_db()
    return event, rejection


def _when(item: ReviewItem, application: Application, now: dt.datetime) -> dt.datetime:
    """The message's time, but never before the application's last change or in the
    future: history stays in order."""
    when = item.message_date or now
    if application.stage_changed_at is not None:
        when = max(when, application.stage_changed_at)
    return min(when, now)


def _note(item: ReviewItem) -> str:
    if item.kind == ItemKind.MAIL:
        return f"From your email: {item.subject}" if item.subject else "From your email."
    return "From your tracker import."


def _reject(
    item: ReviewItem,
    application: Application,
    *,
    when: dt.datetime,
    rebound: bool,
    now: dt.datetime,
) -> Rejection:
    fields: dict[str, Any] = {
        "application": application,
        "received_on": timezone.localdate(when),
        "channel": RejectionChannel.EMAIL if item.kind == ItemKind.MAIL else RejectionChannel.NONE,
        "message": item.message,
        "now": now,
    }
    if rebound:
        return growth_services.rejection_log(**fields)
    return tracker_services.rejection_record(**fields)


# --- what is left in the queue -----------------------------------------------------------


def _refresh_pending(item: ReviewItem, application: Application) -> None:
    """Other items about the same application (or the same new one, now created) point at
    it, and say what is still to change given its new stage."""
    same_new = ReviewItem.objects.filter(
        owner_id=item.owner_id, status=ItemStatus.PENDING, proposes_new=True, group=item.group
    ).exclude(group="")
    same_new.update(application=application, proposes_new=False)
    pending = ReviewItem.objects.filter(
        owner_id=item.owner_id, status=ItemStatus.PENDING, application=application
    )
    current = Stage(application.stage)
    for other in pending:
        target = other.details.get("target") if isinstance(other.details, dict) else None
        proposal = propose(
            Stage(target) if target in Stage.values else None,
            current,
            when=other.message_date,
            changed_at=application.stage_changed_at,
        )
        if proposal.stage != other.stage:
            other.stage = proposal.stage
            other.save(update_fields=["stage", "updated_at"])
