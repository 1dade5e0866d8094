"""Onward's built-in skills vocabulary: load it and check it.

The vocabulary ships inside the package as one CSV file per job family under
``data/vocabulary/`` (see the README.md there). It is what skill extraction uses on a fresh
install, before (or instead of) any downloaded taxonomy. Pure Python, no Django.
"""

from __future__ import annotations

import csv
import functools
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources

COLUMNS = ("id", "label", "category", "kind", "aliases")
ALIAS_SEPARATOR = "|"

KINDS = frozenset(
    {"tool", "technology", "method", "knowledge", "task", "soft", "language", "certification"}
)

# File stem -> category. Every row of a family's file carries that family's category.
FAMILIES: dict[str, str] = {
    "software": "Software engineering",
    "data": "Data & analytics",
    "product_design": "Product & design",
    "marketing_sales": "Marketing & sales",
    "finance": "Finance & accounting",
    "operations": "Operations & supply chain",
    "healthcare": "Healthcare",
    "education": "Education & training",
    "trades": "Skilled trades & manufacturing",
    "administration": "Administration & office",
    "customer_support": "Customer support",
    "people": "People & HR",
    "legal": "Legal & compliance",
    "research": "Research & science",
    "soft_skills": "Soft skills",
    "languages": "Languages",
    "certifications": "Certifications",
}
CATEGORIES = frozenset(FAMILIES.values())

_ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_DATA_PACKAGE = "onward.analysis.skills"
_DATA_PATH = ("data", "vocabulary")


class VocabularyFormatError(ValueError):
    """A vocabulary file does not have the expected columns."""


@dataclass(frozen=True)
class VocabularySkill:
    id: str
    label: str
    category: str
    kind: str
    aliases: tuple[str, ...] = ()

    @property
    def surface_forms(self) -> tuple[str, ...]:
        """The label followed by every alias: all the ways the skill is written."""
        return (self.label, *self.aliases)


def normalise_form(text: str) -> str:
    """The key two surface forms must not share: case-folded, hyphens as spaces."""
    return " ".join(text.casefold().replace("-", " ").split())


@functools.cache
def load_builtin() -> tuple[VocabularySkill, ...]:
    """Every skill of the built-in vocabulary, family by family, in file order."""
    return tuple(skill for family in FAMILIES for skill in load_family(family))


def load_family(family: str) -> tuple[VocabularySkill, ...]:
    """The skills of one family file, e.g. ``load_family("healthcare")``."""
    if family not in FAMILIES:
        raise KeyError(f"unknown vocabulary family {family!r}")
    path = resources.files(_DATA_PACKAGE).joinpath(*_DATA_PATH, f"{family}.csv")
    return parse_csv(path.read_text(encoding="utf-8"), source=f"{family}.csv")


def parse_csv(text: str, *, source: str = "<text>") -> tuple[VocabularySkill, ...]:
    """Parse vocabulary CSV text (header row ``id,label,category,kind,aliases``)."""
    reader = csv.DictReader(io.StringIO(text))
    header = tuple(reader.fieldnames or ())
    if header != COLUMNS:
        raise VocabularyFormatError(f"{source}: expected columns {COLUMNS}, found {header}")
    return tuple(_row_to_skill(row) for row in reader)


def _row_to_skill(row: dict[str, str]) -> VocabularySkill:
    raw_aliases = (row.get("aliases") or "").split(ALIAS_SEPARATOR)
    return VocabularySkill(
        id=(row.get("id") or "").strip(),
        label=(row.get("label") or "").strip(),
        category=(row.get("category") or "").strip(),
        kind=(row.get("kind") or "").strip(),
        aliases=tuple(alias.strip() for alias in raw_aliases if alias.strip()),
    )


def validate(skills: Iterable[VocabularySkill]) -> list[str]:
    """Human-readable problems with a vocabulary; an empty list means it is sound.

    Checks: id format and uniqueness, empty labels or aliases, unknown kinds and
    categories, a surface form repeated within one skill (ignoring case), and a surface
    form (label or alias, compared with :func:`normalise_form`, so also ignoring hyphens)
    claimed by two different skills.
    """
    problems: list[str] = []
    seen_ids: set[str] = set()
    owners: dict[str, str] = {}
    for skill in skills:
        problems.extend(_skill_problems(skill))
        if skill.id in seen_ids:
            problems.append(f"duplicate id {skill.id!r}")
        seen_ids.add(skill.id)
        for form in skill.surface_forms:
            owner = owners.setdefault(normalise_form(form), skill.id)
            if owner != skill.id:
                problems.append(f"{form!r} of {skill.id!r} clashes with {owner!r}")
    return problems


def validate_builtin() -> list[str]:
    """:func:`validate` over the shipped files, plus: each file uses its family's category."""
    problems = validate(load_builtin())
    for family, category in FAMILIES.items():
        problems.extend(
            f"{family}.csv: {skill.id!r} has category {skill.category!r}, not {category!r}"
            for skill in load_family(family)
            if skill.category != category
        )
    return problems


def _skill_problems(skill: VocabularySkill) -> Iterator[str]:
    if not _ID_PATTERN.fullmatch(skill.id):
        yield f"bad id {skill.id!r} (lowercase letters, digits and single hyphens)"
    if not skill.label:
        yield f"{skill.id!r}: empty label"
    if skill.kind not in KINDS:
        yield f"{skill.id!r}: unknown kind {skill.kind!r}"
    if skill.category not in CATEGORIES:
        yield f"{skill.id!r}: unknown category {skill.category!r}"
    if any(not alias.strip() for alias in skill.aliases):
        yield f"{skill.id!r}: empty alias"
    forms = [" ".join(form.casefold().split()) for form in skill.surface_forms if form.strip()]
    if len(forms) != len(set(forms)):
        yield f"{skill.id!r}: repeats a surface form"
