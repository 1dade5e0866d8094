"""The common in-memory skill taxonomy, whatever its source (built-in vocabulary or ESCO)."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

ESCO_ATTRIBUTION = "This service uses the ESCO classification of the European Commission."


@dataclass(frozen=True, slots=True)
class Skill:
    """One skill concept: ``kind`` is e.g. "skill/competence", "knowledge", "tool"."""

    id: str
    label: str
    alt_labels: tuple[str, ...] = ()
    description: str = ""
    kind: str = ""
    category: str = ""
    reuse_level: str = ""


@dataclass(frozen=True, slots=True)
class Occupation:
    id: str
    label: str
    alt_labels: tuple[str, ...] = ()
    description: str = ""
    isco_group: str = ""


@dataclass(frozen=True, slots=True)
class OccupationSkill:
    """An occupation-skill link; ``relation`` is "essential" or "optional"."""

    occupation_id: str
    skill_id: str
    relation: str


@dataclass(frozen=True)
class Taxonomy:
    """Skills, occupations and their links, tagged with where they came from.

    ``key`` (source + version) names every cache derived from a taxonomy.
    """

    source: str
    version: str
    skills: tuple[Skill, ...]
    occupations: tuple[Occupation, ...] = ()
    links: tuple[OccupationSkill, ...] = ()
    attribution: str = ""
    _by_id: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {s.id: i for i, s in enumerate(self.skills)})

    @property
    def key(self) -> str:
        return f"{self.source}-{self.version}"

    def __len__(self) -> int:
        return len(self.skills)

    def skill(self, skill_id: str) -> Skill:
        """The skill with this id (KeyError when unknown)."""
        return self.skills[self._by_id[skill_id]]

    def index_of(self, skill_id: str) -> int:
        return self._by_id[skill_id]

    def occupation_counts(self) -> Counter[str]:
        """How many occupations link each skill (a prior for how common a skill is)."""
        return Counter(link.skill_id for link in self.links)

    def skills_of(self, occupation_id: str) -> tuple[OccupationSkill, ...]:
        return tuple(link for link in self.links if link.occupation_id == occupation_id)


class VocabularyEntry(Protocol):
    """What the built-in vocabulary provides for each skill (``vocabulary.VocabularySkill``)."""

    @property
    def id(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def category(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def aliases(self) -> Sequence[str]: ...


def from_vocabulary(entries: Iterable[VocabularyEntry], *, version: str) -> Taxonomy:
    """A taxonomy over the built-in vocabulary (no occupations, no descriptions)."""
    skills = tuple(
        Skill(
            id=e.id,
            label=e.label,
            alt_labels=tuple(a for a in e.aliases if a != e.label),
            kind=e.kind,
            category=e.category,
        )
        for e in entries
    )
    return Taxonomy(source="builtin", version=version, skills=skills)


def load_builtin_taxonomy() -> Taxonomy:
    """The built-in vocabulary as a taxonomy; its version is a hash of the content, so caches
    derived from it (label embeddings) are rebuilt whenever the vocabulary changes."""
    from onward.analysis.skills import vocabulary

    entries = vocabulary.load_builtin()
    digest = hashlib.sha256(
        repr([(e.id, e.label, e.category, e.kind, tuple(e.aliases)) for e in entries]).encode()
    ).hexdigest()
    return from_vocabulary(entries, version=digest[:12])
