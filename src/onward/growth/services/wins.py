"""The wins ledger: automatic wins from real events (once each), and wins added by hand."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from onward.accounts.models import User
from onward.core.services import (
    check_choice,
    check_moment_not_future,
    check_owner,
    clean_text,
    save,
)
from onward.growth.choices import WinKind
from onward.growth.models import Win
from onward.tracker.choices import FUNNEL, EventSource, Stage
from onward.tracker.models import Application, ApplicationEvent

_RANK = {stage: index for index, stage in enumerate(FUNNEL)} | {Stage.ACCEPTED: len(FUNNEL)}
_RETURNS_FROM = frozenset({Stage.REJECTED, Stage.GHOSTED, Stage.WITHDRAWN, Stage.DECLINED})


def win_add(
    *,
    owner: User,
    title: str,
    note: str = "",
    occurred_at: dt.datetime | None = None,
    application: Application | None = None,
    now: dt.datetime | None = None,
) -> Win:
    """A win you add yourself: anything that felt like progress."""
    now = now or timezone.now()
    occurred_at = occurred_at or now
    check_owner(owner.pk, application, "application")
    check_moment_not_future(occurred_at, "occurred_at", now)
    title = clean_text(title, field="title", max_length=200)
    if not title:
        raise ValidationError({"title": "Name the win."})
    win = Win(
        owner=owner,
        kind=WinKind.MANUAL,
        title=title,
        note=clean_text(note, field="note", max_length=5000),
        occurred_at=occurred_at,
        application=application,
        created_at=now,
        updated_at=now,
    )
    save(win, exclude=("application",))
    return win


def win_record(
    *,
    owner: User,
    kind: str,
    title: str,
    source_key: str,
    occurred_at: dt.datetime,
    application: Application | None = None,
    note: str = "",
) -> Win | None:
    """Record an automatic win once per ``source_key``; None when it already exists."""
    check_choice(kind, WinKind, "kind")
    if not source_key:
        raise ValidationError({"source_key": "An automatic win needs a source key."})
    if Win.objects.filter(owner=owner, source_key=source_key).exists():
        return None
    try:
        with transaction.atomic():
            return Win.objects.create(
                owner=owner,
                kind=kind,
                title=title[:200],
                note=note,
                occurred_at=occurred_at,
                application=application,
                source_key=source_key[:120],
            )
    except IntegrityError:  # recorded meanwhile by another process
        return None


def _best_rank_before(event: ApplicationEvent) -> int:
    earlier = ApplicationEvent.objects.filter(application_id=event.application_id).exclude(
        pk=event.pk
    )
    ranks = [_RANK.get(Stage(stage), -1) for stage in earlier.values_list("stage", flat=True)]
    return max(ranks, default=-1)


def _event_win(event: ApplicationEvent) -> tuple[str, str] | None:
    """(kind, title) for an event that is real progress, or None."""
    company = event.application.posting.company.name
    stage = Stage(event.stage)
    if stage not in _RANK or stage in (Stage.SAVED, Stage.APPLIED):
        return None
    is_new = _RANK[stage] > _best_rank_before(event)
    if event.from_stage in _RETURNS_FROM and not is_new:
        return None  # an undo: a rejection retracted, a ghosted mark lifted
    if stage == Stage.INTERVIEW:
        round_no = f" {event.interview_round}" if event.interview_round else ""
        return WinKind.INTERVIEW_INVITATION, f"Interview round{round_no} at {company}"
    if not is_new:
        return None
    if stage == Stage.SCREENING:
        return WinKind.STAGE_REACHED, f"Moved to screening at {company}"
    if stage == Stage.OFFER:
        return WinKind.OFFER, f"Offer from {company}"
    return WinKind.STAGE_REACHED, f"Accepted at {company}"


def wins_from_event(*, event: ApplicationEvent) -> Win | None:
    """Called by the tracker for every new event: a win for real progress, once.

    Screening, each interview round, an offer and accepting count; saving, applying,
    closing, system and imported events, and undo moves (retract, unghost) do not.
    A new "applied" event also checks the weekly goals (tailored applications).
    """
    if event.source != EventSource.USER:
        return None
    owner = event.application.owner
    if event.stage == Stage.APPLIED:
        from onward.growth.services.goals import goals_check_met

        goals_check_met(owner=owner, today=timezone.localdate(event.occurred_at))
        return None
    found = _event_win(event)
    if found is None:
        return None
    kind, title = found
    return win_record(
        owner=owner,
        kind=kind,
        title=title,
        source_key=f"event:{event.uid}",
        occurred_at=event.occurred_at,
        application=event.application,
    )


def win_mark_celebrated(
    *, owner: User, now: dt.datetime | None = None, before: dt.datetime | None = None
) -> list[Win]:
    """Mark wins not yet celebrated as shown; returns them so the UI celebrates once.

    ``before``: only wins that happened before then (the rest wait for their moment).
    """
    now = now or timezone.now()
    with transaction.atomic():
        qs = Win.objects.select_for_update().filter(
            owner=owner, celebrated_at__isnull=True, hidden_at__isnull=True
        )
        if before is not None:
            qs = qs.filter(occurred_at__lt=before)
        pending = list(qs.order_by("occurred_at", "id"))
        Win.objects.filter(pk__in=[w.pk for w in pending]).update(celebrated_at=now)
    for win in pending:
        win.celebrated_at = now
    return pending


def win_delete(*, win: Win, now: dt.datetime | None = None) -> None:
    """Delete a win. An automatic one is hidden instead, so it is not recorded again."""
    if not win.source_key:
        win.delete()
        return
    win.hidden_at = now or timezone.now()
    win.save(update_fields=["hidden_at", "updated_at"])
