"""The life of an import run: start (or resume), heartbeat, switch, discard.

A run writes new rows in short batches under a hidden, inactive staging account (see
``models.ImportRun``); ``run_switch`` then moves them to the importing account, and writes
the deferred records and the changes to existing rows in one transaction. A run that fails
is discarded: its rows are deleted, again in short batches. A run whose process died is
resumed by importing the same file again, or settled by the ``finish abandoned imports``
job after a day.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import IntegrityError, models, transaction
from django.utils import timezone

from onward.accounts.models import User
from onward.core.errors import validation_message
from onward.portability.account import AccountRecord, account_load
from onward.portability.batches import PENDING, WriteBatches
from onward.portability.errors import ImportBusyError, ImportFileError, Problem
from onward.portability.models import ImportRun
from onward.portability.sections import SECTIONS
from onward.portability.sections.base import ModelSection
from onward.portability.sections.context import LoadContext

# A run that has not written for this long lost its process (batches write every second).
STALE_AFTER = dt.timedelta(minutes=2)
# The job discards interrupted runs nobody resumed after this long.
ABANDONED_AFTER = dt.timedelta(days=1)


def owned_models() -> list[type[models.Model]]:
    """Every model with an ``owner`` account: the sections' models in import order (parents
    first), then the rest (rows derived from them, e.g. a posting's skills)."""
    section_models: list[type[models.Model]] = [
        s.model for s in SECTIONS if isinstance(s, ModelSection)
    ]
    others = [
        model
        for model in apps.get_models()
        if model not in section_models and model is not ImportRun and _has_owner(model)
    ]
    return section_models + others


def _has_owner(model: type[models.Model]) -> bool:
    try:
        owner = model._meta.get_field("owner")
    except FieldDoesNotExist:
        return False
    return owner.is_relation and owner.related_model is User


def run_start(*, owner: User, digest: str, now: dt.datetime) -> tuple[ImportRun, bool]:
    """A new run into ``owner``, or its interrupted run of the same file (resumed: True)."""
    with transaction.atomic():
        run = ImportRun.objects.select_for_update().filter(owner=owner).first()
        if run is not None and run.heartbeat_at > now - STALE_AFTER:
            started = timezone.localtime(run.started_at)
            raise ImportBusyError(f"another import into this account is running ({started:%H:%M})")
        if run is not None and run.digest == digest:
            run.heartbeat_at = now
            run.save(update_fields=["heartbeat_at"])
            return run, True
    if run is not None:
        run_discard(run)  # an interrupted import of another file
    try:
        with transaction.atomic():
            staging = User(username=f"~import:{uuid.uuid4().hex}", is_active=False)
            staging.set_unusable_password()
            staging.save()
            run = ImportRun.objects.create(
                owner=owner, staging=staging, digest=digest, started_at=now, heartbeat_at=now
            )
    except IntegrityError:
        raise ImportBusyError("another import into this account has just started") from None
    return run, False


def run_heartbeat(run: ImportRun) -> None:
    """Mark the run alive (inside each batch); stop if it was discarded meanwhile."""
    if not ImportRun.objects.filter(pk=run.pk).update(heartbeat_at=timezone.now()):
        raise ImportFileError([Problem("the import was cancelled by another import")])


def run_switch(run: ImportRun, *, ctx: LoadContext, account: AccountRecord) -> bool:
    """Give the run's rows to the account, then write the deferred records and changes in
    one transaction. Returns whether empty profile settings were filled in.

    Rows move in short batches, parents first (a posting before its applications, an
    application before its events), so for the few seconds this takes the account shows
    part of the import, never a row whose parent is missing. Should the last step fail,
    the rows move back and the run is discarded.
    """
    moved: list[tuple[type[models.Model], list[int]]] = []
    try:
        _move_rows(run, ctx, moved)
        with ctx.batches.write():
            for item in ctx.deferred:
                with ctx.locate(item.section.name, item.index, item.record.uid):
                    item.section.replay(item, ctx=ctx)
            for section in SECTIONS:
                section.finish(ctx=ctx)
            filled = _fill_profile(ctx.owner, account)
            User.objects.filter(pk=run.staging_id).delete()  # and the run with it
    except BaseException:
        for model, pks in moved:
            model._default_manager.filter(pk__in=pks).update(owner_id=run.staging_id)
        raise
    return filled


def _move_rows(
    run: ImportRun, ctx: LoadContext, moved: list[tuple[type[models.Model], list[int]]]
) -> None:
    ImportRun.objects.filter(pk=run.pk).update(switching=True)
    for model in owned_models():
        rows = model._default_manager.filter(owner_id=run.staging_id).order_by("pk")

        def move(pks: Sequence[int], model: type[models.Model] = model) -> None:
            try:
                with transaction.atomic():
                    model._default_manager.filter(pk__in=pks).update(owner_id=run.owner_id)
            except IntegrityError as exc:
                raise _conflict(model, pks, run) from exc
            moved.append((model, list(pks)))

        while pks := list(rows.values_list("pk", flat=True)[:PENDING]):
            ctx.batches.write_all(pks, move)


def _conflict(model: type[models.Model], pks: Sequence[int], run: ImportRun) -> ImportFileError:
    """Name the row that clashes with one the account got during the import."""
    section = next((s for s in SECTIONS if getattr(s, "model", None) is model), None)
    for pk in pks:
        try:
            with transaction.atomic():
                model._default_manager.filter(pk=pk).update(owner_id=run.owner_id)
                raise _Undo
        except _Undo:
            continue
        except IntegrityError:
            uid = str(model._default_manager.filter(pk=pk).values_list("uid", flat=True)[0])
            message = "conflicts with a change made to the account during the import"
            return ImportFileError([Problem(message, section.name if section else "", None, uid)])
    return ImportFileError([Problem("conflicts with a change made during the import")])


class _Undo(Exception):
    """Roll a trial write back."""


def _fill_profile(owner: User, account: AccountRecord) -> bool:
    try:
        return account_load(owner=owner, record=account)
    except ValidationError as exc:
        raise ImportFileError([Problem(validation_message(exc), "account")]) from exc


def run_discard(run: ImportRun, *, batches: WriteBatches | None = None) -> None:
    """Delete everything the run wrote, in short transactions (children first), then
    the run."""
    batches = batches or WriteBatches()
    for model in owned_models()[::-1]:
        rows = model._default_manager.filter(owner_id=run.staging_id)

        def delete(pks: Sequence[int], model: type[models.Model] = model) -> None:
            model._default_manager.filter(pk__in=pks).delete()

        while pks := list(rows.values_list("pk", flat=True)[:PENDING]):
            batches.write_all(pks, delete)
    with transaction.atomic():
        User.objects.filter(pk=run.staging_id).delete()


def run_finish_moving(run: ImportRun, *, batches: WriteBatches | None = None) -> None:
    """Complete an interrupted switch: the rest of the rows go to the account."""
    batches = batches or WriteBatches()
    ctx = LoadContext(owner=run.owner, batches=batches)
    _move_rows(run, ctx, [])
    with transaction.atomic():
        User.objects.filter(pk=run.staging_id).delete()


def import_runs_finish_abandoned(*, now: dt.datetime | None = None) -> int:
    """The job: runs interrupted long ago and never resumed are discarded, or completed
    when they had started switching (their records were all checked). Returns how many."""
    now = now or timezone.now()
    done = 0
    for pk in ImportRun.objects.filter(heartbeat_at__lt=now - ABANDONED_AFTER).values_list(
        "pk", flat=True
    ):
        with transaction.atomic():  # claim it, so neither a resume nor another job takes it
            claimed = ImportRun.objects.select_for_update().select_related("owner")
            run = claimed.filter(pk=pk).first()
            if run is None or run.heartbeat_at >= now - ABANDONED_AFTER:
                continue
            ImportRun.objects.filter(pk=pk).update(heartbeat_at=timezone.now())
        if run.switching:
            run_finish_moving(run)
        else:
            run_discard(run)
        done += 1
    return done
