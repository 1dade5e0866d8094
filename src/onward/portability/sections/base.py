"""Building blocks of the export format: one ``Section`` per kind of record.

A section turns an owner's rows into pydantic records (``dump``), checks records against
the rest of a parsed file (``check``) and writes them back (``load``). ``ModelSection``
does all of that for a plain owned model; subclasses only declare fields and references.
"""

from __future__ import annotations

import enum
import uuid
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from django.core.exceptions import ValidationError
from django.db import IntegrityError
from pydantic import BaseModel, ConfigDict

from onward.core.errors import validation_message
from onward.core.models import OwnedModel
from onward.portability.errors import ImportFileError, Problem
from onward.portability.fields import Timestamp, Uid

if TYPE_CHECKING:
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


@dataclass
class LoadContext:
    """State shared by the sections during one import: the owner and objects by uid."""

    owner: User
    objects: dict[tuple[str, uuid.UUID], OwnedModel] = field(default_factory=dict)

    def remember(self, section: str, uid: uuid.UUID, obj: OwnedModel) -> None:
        self.objects[(section, uid)] = obj

    def resolve(self, section: str, uid: uuid.UUID) -> OwnedModel:
        return self.objects[(section, uid)]

    def loaded(self, section: str) -> list[OwnedModel]:
        return [obj for (name, _), obj in self.objects.items() if name == section]

    @contextmanager
    def locate(self, section: str, index: int, uid: uuid.UUID) -> Iterator[None]:
        """Name the record in any error raised while writing it."""
        try:
            yield
        except ValidationError as exc:
            problem = Problem(validation_message(exc), section, index, str(uid))
            raise ImportFileError([problem]) from exc
        except IntegrityError as exc:
            problem = Problem(f"conflicts with existing data ({exc})", section, index, str(uid))
            raise ImportFileError([problem]) from exc


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
    def load(self, records: Sequence[Record], *, ctx: LoadContext) -> Counts: ...

    def finish(self, *, ctx: LoadContext) -> None:  # noqa: B027 (optional hook)
        """Runs after every section has loaded (e.g. to recompute denormalised fields)."""


class ModelSection(Section):
    """A section for one ``OwnedModel``: upsert by (owner, uid), keeping timestamps."""

    model: ClassVar[type[OwnedModel]]
    fields: ClassVar[tuple[str, ...]]

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

    def values(self, record: Record, ctx: LoadContext) -> dict[str, Any]:
        """Model attribute values for ``record`` (references resolved to primary keys)."""
        data = {name: getattr(record, name) for name in ("created_at", "updated_at", *self.fields)}
        for name, section in self.refs.items():
            data[f"{name}_id"] = ctx.resolve(section, getattr(record, name)).pk
        return data

    def load(self, records: Sequence[Record], *, ctx: LoadContext) -> Counts:
        existing = {obj.uid: obj for obj in self.model._default_manager.filter(owner=ctx.owner)}
        counts = Counts()
        for index, record in enumerate(records):
            with ctx.locate(self.name, index, record.uid):
                obj, outcome = self.upsert(record, existing.get(record.uid), ctx)
            ctx.remember(self.name, record.uid, obj)
            counts.add(outcome)
        return counts

    def upsert(
        self, record: Record, obj: OwnedModel | None, ctx: LoadContext
    ) -> tuple[OwnedModel, Outcome]:
        values = self.values(record, ctx)
        if obj is None:
            obj = self.model(owner=ctx.owner, uid=record.uid, **values)
            self.save(obj)
            return obj, Outcome.CREATED
        changed = {name: value for name, value in values.items() if getattr(obj, name) != value}
        if not changed:
            return obj, Outcome.UNCHANGED
        self.update(obj, changed)
        return obj, Outcome.UPDATED

    def update(self, obj: OwnedModel, changed: dict[str, Any]) -> None:
        for name, value in changed.items():
            setattr(obj, name, value)
        self.save(obj)

    def save(self, obj: OwnedModel) -> None:
        exclude = ["owner", "uid", *self.refs]
        obj.full_clean(exclude=exclude, validate_unique=False, validate_constraints=False)
        obj.save(touch=False)
