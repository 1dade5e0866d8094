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
from onward.portability.sections.base import ModelSection, Record
from onward.portability.sections.context import LoadContext, Placement

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

    def targets(self, record: Record, ctx: LoadContext) -> dict[str, Placement | None]:
        found = super().targets(record, ctx)
        for name, section in self.optional_refs.items():
            value = getattr(record, name)
            found[name] = ctx.placement(section, value) if value is not None else None
        return found

    def links(self, record: Record, ctx: LoadContext) -> dict[str, list[Placement]]:
        return {
            attr: [ctx.placement(section, uid) for uid in getattr(record, name)]
            for name, (attr, section) in self.many_refs.items()
        }

    def link_fields(self) -> list[str]:
        return [*self.refs, *self.optional_refs, *(attr for attr, _ in self.many_refs.values())]

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


def same_uids(records: Sequence[Record], field: str) -> Iterator[tuple[int, Record, uuid.UUID]]:
    """Records whose ``field`` repeats an earlier record's (for one-per-X rules)."""
    seen: set[Any] = set()
    for index, record in enumerate(records):
        value = getattr(record, field)
        if value in seen:
            yield index, record, value
        seen.add(value)
