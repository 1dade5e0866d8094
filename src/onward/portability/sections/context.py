"""State shared by the sections during one import run.

Every record of the file ends up in one of three places (``State``):

- ``EXISTING``: a row the account already has. Unchanged, or changed by the final switch.
- ``STAGED``: a new row, written in short batches under the run's hidden staging account
  and moved to the account by the final switch.
- ``DEFERRED``: a new row that refers to an existing one (a new event of an application
  you already have). Staging it would show it early through that row, so it is created
  by the final switch, like the changes to existing rows.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from onward.core.errors import validation_message
from onward.core.models import OwnedModel
from onward.portability.batches import PENDING, WriteBatches
from onward.portability.errors import ImportFileError, Problem

if TYPE_CHECKING:
    import datetime as dt

    from onward.accounts.models import User
    from onward.portability.sections.base import ModelSection, Record


class State(enum.Enum):
    EXISTING = "existing"
    STAGED = "staged"
    DEFERRED = "deferred"


@dataclass
class Placement:
    state: State
    obj: OwnedModel  # DEFERRED: built but not saved yet (no primary key until the switch)


@dataclass
class Pending:
    """A staged write waiting for the next batch."""

    section: str
    index: int
    obj: OwnedModel
    links: dict[str, list[int]] | None = None  # many-to-many attribute -> target pks
    update: bool = False


@dataclass
class Deferred:
    section: ModelSection
    index: int
    record: Record


@dataclass
class LoadContext:
    """The owner, where each record went (by section and uid), and the writes to come.

    ``staging`` is the run's hidden account; ``None`` writes straight to ``owner`` (the
    final switch).
    """

    owner: User
    staging: User | None = None
    now: dt.datetime | None = None
    batches: WriteBatches = field(default_factory=WriteBatches)
    objects: dict[tuple[str, uuid.UUID], Placement] = field(default_factory=dict)
    deferred: list[Deferred] = field(default_factory=list)
    pending: list[Pending] = field(default_factory=list)
    # Section name -> its own index (e.g. companies by lower-case name).
    memo: dict[str, dict[Any, OwnedModel]] = field(default_factory=dict)
    changed_applications: set[int] = field(default_factory=set)

    @property
    def owner_ids(self) -> list[int]:
        return [self.owner.pk] + ([self.staging.pk] if self.staging is not None else [])

    def remember(self, section: str, uid: uuid.UUID, state: State, obj: OwnedModel) -> None:
        self.objects[(section, uid)] = Placement(state, obj)

    def resolve(self, section: str, uid: uuid.UUID) -> OwnedModel:
        return self.objects[(section, uid)].obj

    def placement(self, section: str, uid: uuid.UUID) -> Placement:
        return self.objects[(section, uid)]

    def state_of(self, obj: OwnedModel) -> State:
        """``EXISTING`` for the account's own rows, ``STAGED`` for the staging account's."""
        staged = self.staging is not None and obj.owner_id == self.staging.pk
        return State.STAGED if staged else State.EXISTING

    def stage(self, pending: Pending) -> None:
        self.pending.append(pending)
        if len(self.pending) >= PENDING:
            self.flush()

    def flush(self) -> None:
        """Write the pending staged rows in one short transaction."""
        if not self.pending:
            return
        pending, self.pending = self.pending, []
        self.batches.write_all(pending, self._write_chunk)

    def _write_chunk(self, chunk: Sequence[Pending]) -> None:
        try:
            with transaction.atomic():
                _write(chunk)
        except IntegrityError:
            # Find the record at fault: write them one by one, naming the one that fails.
            for item in chunk:
                with self.locate(item.section, item.index, item.obj.uid):
                    _write([item], one_by_one=True)

    @contextmanager
    def locate(self, section: str, index: int, uid: uuid.UUID) -> Iterator[None]:
        """Name the record in any error raised while checking or writing it."""
        try:
            yield
        except ValidationError as exc:
            problem = Problem(validation_message(exc), section, index, str(uid))
            raise ImportFileError([problem]) from exc
        except IntegrityError as exc:
            problem = Problem(f"conflicts with existing data ({exc})", section, index, str(uid))
            raise ImportFileError([problem]) from exc


def _write(pending: Sequence[Pending], *, one_by_one: bool = False) -> None:
    new = [item for item in pending if not item.update]
    for item in pending:
        if item.update:
            item.obj.save(touch=False)
    if new and not one_by_one:
        model = type(new[0].obj)
        model._default_manager.bulk_create([item.obj for item in new])
    for item in new:
        if one_by_one:
            item.obj.pk = None
            item.obj._state.adding = True
            with transaction.atomic():
                item.obj.save(touch=False)
        for attr, pks in (item.links or {}).items():
            getattr(item.obj, attr).set(pks)
