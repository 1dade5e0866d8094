"""Building blocks of the export format: one ``Section`` per kind of record.

A section turns an owner's rows into pydantic records (``dump``), checks records against
the rest of a parsed file (``check``), validates each record as the services would
(``validate``) and writes them back (``load``, then ``replay`` in the final switch).
``ModelSection`` does all of that for a plain owned model; subclasses only declare fields
and references. Where each record goes is explained in ``sections.context``.
"""

from __future__ import annotations

import enum
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import BaseModel, ConfigDict

from onward.core.models import OwnedModel
from onward.core.services import NO_RULES, FieldRules, check_fields
from onward.portability.errors import Problem
from onward.portability.fields import Timestamp, Uid
from onward.portability.sections.context import Deferred, LoadContext, Pending, Placement, State

if TYPE_CHECKING:
    import datetime as dt

    from onward.accounts.models import User
    from onward.portability.document import Document


class Record(BaseModel):
    """Fields every owned object has in an export."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    uid: Uid
    created_at: Timestamp
    updated_at: Timestamp


class Outcome(enum.Enum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


@dataclass
class Counts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0

    def add(self, outcome: Outcome) -> None:
        setattr(self, outcome.value, getattr(self, outcome.value) + 1)


class Section(ABC):
    """One top-level list of the export file."""

    name: ClassVar[str]  # the key in the file, e.g. "companies"
    noun: ClassVar[str]  # one record in words, e.g. "company"
    record: ClassVar[type[Record]]
    # record field -> name of the (earlier) section whose uid it holds
    refs: ClassVar[dict[str, str]] = {}

    @abstractmethod
    def dump(self, *, owner: User) -> list[Record]: ...

    def problem(self, index: int, record: Record, message: str) -> Problem:
        return Problem(message, self.name, index, str(record.uid))

    def check(self, document: Document) -> Iterator[Problem]:
        """Problems that need other records of the file (references are checked for you)."""
        return iter(())

    @abstractmethod
    def validate(self, record: Record, *, rules: FieldRules, now: dt.datetime) -> None:
        """Raise ``ValidationError`` for a value the services would refuse."""

    @abstractmethod
    def load(self, records: Sequence[Record], *, ctx: LoadContext) -> Counts: ...

    @abstractmethod
    def replay(self, item: Deferred, *, ctx: LoadContext) -> None:
        """Write a deferred record (in the final switch)."""

    def finish(self, *, ctx: LoadContext) -> None:  # noqa: B027 (optional hook)
        """Runs in the final switch, after every deferred record is written."""


class ModelSection(Section):
    """A section for one ``OwnedModel``: upsert by (owner, uid), keeping timestamps."""

    model: ClassVar[type[OwnedModel]]
    fields: ClassVar[tuple[str, ...]]

    # --- export ----------------------------------------------------------------------

    def rows(self, owner: User) -> Sequence[OwnedModel]:
        return list(self.model._default_manager.filter(owner=owner).select_related(*self.refs))

    def dump(self, *, owner: User) -> list[Record]:
        records = [self.record.model_validate(self.to_dict(obj)) for obj in self.rows(owner)]
        return self.sort(records)

    def sort(self, records: list[Record]) -> list[Record]:
        return sorted(records, key=lambda r: (r.created_at, str(r.uid)))

    def to_dict(self, obj: OwnedModel) -> dict[str, Any]:
        data = {name: getattr(obj, name) for name in ("uid", "created_at", "updated_at")}
        data |= {name: getattr(obj, name) for name in self.fields}
        data |= {name: getattr(obj, name).uid for name in self.refs}
        return data

    # --- import: checking ------------------------------------------------------------

    def plain_values(self, record: Record) -> dict[str, Any]:
        """The record's own values (no references), as model attributes."""
        names = ("created_at", "updated_at", *self.fields)
        return {name: getattr(record, name) for name in names}

    def new_values(self, record: Record) -> dict[str, Any]:
        """Values set only when the row is created (e.g. denormalised ones)."""
        return {}

    def build(self, record: Record) -> OwnedModel:
        values = self.plain_values(record) | self.new_values(record)
        return self.model(uid=record.uid, **values)

    def link_fields(self) -> list[str]:
        """Model fields set from references (left out of field validation)."""
        return list(self.refs)

    def validate(self, record: Record, *, rules: FieldRules = NO_RULES, now: dt.datetime) -> None:
        obj = self.build(record)
        check_fields(obj, rules=rules, now=now)
        exclude = ["owner", "uid", *self.link_fields()]
        obj.full_clean(exclude=exclude, validate_unique=False, validate_constraints=False)

    # --- import: placing and writing -------------------------------------------------

    def targets(self, record: Record, ctx: LoadContext) -> dict[str, Placement | None]:
        """Where each referenced record went (None for an empty optional reference)."""
        return {
            name: ctx.placement(section, getattr(record, name))
            for name, section in self.refs.items()
        }

    def links(self, record: Record, ctx: LoadContext) -> dict[str, list[Placement]]:
        """Many-to-many attribute -> the placements of its targets."""
        return {}

    def values(self, targets: dict[str, Placement | None], record: Record) -> dict[str, Any]:
        """Model attribute values for ``record``: its own, and references as primary keys
        (None for a target not written yet)."""
        data = self.plain_values(record)
        for name, placement in targets.items():
            data[f"{name}_id"] = placement.obj.pk if placement is not None else None
        return data

    def existing(self, ctx: LoadContext) -> dict[Any, OwnedModel]:
        """The account's and the run's rows by uid."""
        rows = self.model._default_manager.filter(owner_id__in=ctx.owner_ids)
        return {obj.uid: obj for obj in rows}

    def match(self, record: Record, values: dict[str, Any], ctx: LoadContext) -> OwnedModel | None:
        """A row that is the same thing under another uid (e.g. the same company name)."""
        return None

    def reuse_unchanged(self, obj: OwnedModel, record: Record) -> bool:
        """Whether a row found by ``match`` is kept as it is (not updated from the file)."""
        return False

    def load(self, records: Sequence[Record], *, ctx: LoadContext) -> Counts:
        existing = self.existing(ctx)
        counts = Counts()
        for index, record in enumerate(records):
            with ctx.locate(self.name, index, record.uid):
                counts.add(self.place(index, record, existing.get(record.uid), ctx))
        ctx.flush()
        return counts

    def place(
        self, index: int, record: Record, obj: OwnedModel | None, ctx: LoadContext
    ) -> Outcome:
        """Decide where ``record`` goes; stage it, defer it, or leave it be."""
        targets = self.targets(record, ctx)
        links = self.links(record, ctx)
        placements = [p for p in targets.values() if p is not None]
        placements += [p for group in links.values() for p in group]
        values = self.values(targets, record)
        if obj is None:
            obj = self.match(record, values, ctx)
            if obj is not None and self.reuse_unchanged(obj, record):
                ctx.remember(self.name, record.uid, ctx.state_of(obj), obj)
                return Outcome.CREATED if ctx.state_of(obj) is State.STAGED else Outcome.UNCHANGED
        waiting = any(p.state is State.DEFERRED for p in placements)
        if obj is not None and ctx.state_of(obj) is State.EXISTING:
            ctx.remember(self.name, record.uid, State.EXISTING, obj)
            if not waiting and not self.changes(obj, values, links):
                return Outcome.UNCHANGED
            self.check_change(obj, values)
            ctx.deferred.append(Deferred(self, index, record))
            return Outcome.UPDATED
        if waiting or ctx.staging is None or any(p.state is State.EXISTING for p in placements):
            ctx.remember(self.name, record.uid, State.DEFERRED, obj or self.build(record))
            ctx.deferred.append(Deferred(self, index, record))
            return Outcome.CREATED
        self.stage(index, record, obj, values, links, ctx)
        return Outcome.CREATED

    def changes(
        self, obj: OwnedModel, values: dict[str, Any], links: dict[str, list[Placement]]
    ) -> dict[str, Any]:
        changed = {name: value for name, value in values.items() if getattr(obj, name) != value}
        for attr, group in links.items():
            wanted = {p.obj.pk for p in group}
            if set(getattr(obj, attr).values_list("pk", flat=True)) != wanted:
                changed[attr] = wanted
        return changed

    def check_change(self, obj: OwnedModel, values: dict[str, Any]) -> None:
        """Raise ``ValidationError`` when an existing row may not change (e.g. events)."""

    def stage(
        self,
        index: int,
        record: Record,
        obj: OwnedModel | None,
        values: dict[str, Any],
        links: dict[str, list[Placement]],
        ctx: LoadContext,
    ) -> None:
        """Queue the row for the next batch, owned by the run's staging account."""
        assert ctx.staging is not None
        update = obj is not None
        if obj is None:
            obj = self.build(record)
            obj.owner = ctx.staging
        elif not self.changes(obj, values, links):
            ctx.remember(self.name, record.uid, State.STAGED, obj)
            return
        for name, value in values.items():
            setattr(obj, name, value)
        pks = {attr: [p.obj.pk for p in group] for attr, group in links.items()}
        ctx.remember(self.name, record.uid, State.STAGED, obj)
        ctx.stage(Pending(self.name, index, obj, pks or None, update=update))

    def replay(self, item: Deferred, *, ctx: LoadContext) -> None:
        """Create or update the row now that every target has a primary key."""
        placement = ctx.placement(self.name, item.record.uid)
        obj = placement.obj
        targets = self.targets(item.record, ctx)
        links = self.links(item.record, ctx)
        values = self.values(targets, item.record)
        if placement.state is State.DEFERRED:
            obj.owner = ctx.owner
        for name, value in self.changes(obj, values, {}).items():
            setattr(obj, name, value)
        obj.save(touch=False)
        for attr, group in links.items():
            getattr(obj, attr).set([p.obj.pk for p in group])
        placement.state = State.EXISTING
