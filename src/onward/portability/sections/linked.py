"""``LinkedSection``: a ``ModelSection`` whose model also has optional references
(nullable foreign keys, written as a uid or ``null``) and many-to-many links (a list of
uids). Used by the growth loop and the learning plan.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from onward.core.models import OwnedModel
from onward.portability.errors import Problem
from onward.portability.sections.base import LoadContext, ModelSection, Outcome, Record

if TYPE_CHECKING:
    from onward.accounts.models import User
    from onward.portability.document import Document


class LinkedSection(ModelSection):
    # record field -> earlier section; the value may be null
    optional_refs: ClassVar[dict[str, str]] = {}
    # record field (a list of uids) -> (model's many-to-many attribute, earlier section)
    many_refs: ClassVar[dict[str, tuple[str, str]]] = {}

    def rows(self, owner: User) -> Sequence[OwnedModel]:
        qs = self.model._default_manager.filter(owner=owner).select_related(
            *self.refs, *self.optional_refs
        )
        if self.many_refs:
            qs = qs.prefetch_related(*(attr for attr, _ in self.many_refs.values()))
        return list(qs)

    def to_dict(self, obj: OwnedModel) -> dict[str, Any]:
        data = super().to_dict(obj)
        for name in self.optional_refs:
            target = getattr(obj, name)
            data[name] = target.uid if target is not None else None
        for name, (attr, _) in self.many_refs.items():
            data[name] = sorted((o.uid for o in getattr(obj, attr).all()), key=str)
        return data

    def values(self, record: Record, ctx: LoadContext) -> dict[str, Any]:
        data = super().values(record, ctx)
        for name, section in self.optional_refs.items():
            value = getattr(record, name)
            data[f"{name}_id"] = ctx.resolve(section, value).pk if value is not None else None
        return data

    def check(self, document: Document) -> Iterator[Problem]:
        """Optional and many-to-many references must point to records of the file."""
        for name, section in self._ref_targets():
            known = {r.uid for r in document.sections.get(section, ())}
            for index, record in enumerate(document.sections.get(self.name, ())):
                value = getattr(record, name)
                values = value if isinstance(value, list) else [value]
                for uid in values:
                    if uid is not None and uid not in known:
                        yield self.problem(index, record, f"{name}: no record with uid {uid}")

    def _ref_targets(self) -> list[tuple[str, str]]:
        return list(self.optional_refs.items()) + [
            (name, section) for name, (_, section) in self.many_refs.items()
        ]

    def upsert(
        self, record: Record, obj: OwnedModel | None, ctx: LoadContext
    ) -> tuple[OwnedModel, Outcome]:
        obj, outcome = super().upsert(record, obj, ctx)
        for name, (attr, section) in self.many_refs.items():
            wanted = {ctx.resolve(section, uid).pk for uid in getattr(record, name)}
            manager = getattr(obj, attr)
            if set(manager.values_list("pk", flat=True)) != wanted:
                manager.set(list(wanted))
                if outcome == Outcome.UNCHANGED:
                    outcome = Outcome.UPDATED
        return obj, outcome

    def save(self, obj: OwnedModel) -> None:
        exclude = ["owner", "uid", *self.refs, *self.optional_refs]
        exclude += [attr for attr, _ in self.many_refs.values()]
        obj.full_clean(exclude=exclude, validate_unique=False, validate_constraints=False)
        obj.save(touch=False)


def same_uids(records: Sequence[Record], field: str) -> Iterator[tuple[int, Record, uuid.UUID]]:
    """Records whose ``field`` repeats an earlier record's (for one-per-X rules)."""
    seen: set[Any] = set()
    for index, record in enumerate(records):
        value = getattr(record, field)
        if value in seen:
            yield index, record, value
        seen.add(value)
