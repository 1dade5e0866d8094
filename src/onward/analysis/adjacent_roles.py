"""Adjacent roles: occupations ranked by how much of their skill set you already have.

Each occupation of the taxonomy (ESCO) lists essential and optional skills. With the set
of skills you confirmed, an occupation scores

    score = (matched essential + OPTIONAL_WEIGHT x matched optional)
            / (all essential + OPTIONAL_WEIGHT x all optional)

a number from 0 to 1: the share of the occupation's weighted skill set you have. Optional
skills weigh half as much as essential ones. An occupation is listed only when at least
``MIN_MATCHED`` of its skills are yours, so one shared skill ("communication") never puts a
role at the top. The skills you lack are its bridge skills: essential ones first, then
optional, each group in the taxonomy's order.

Limits, said plainly: the score only counts skill concepts that match exactly (no partial
credit for a related skill), knows nothing of levels, experience or the labour market, and
occupations with few linked skills reach high scores more easily.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from onward.analysis.skills.taxonomy import Occupation, Taxonomy

ESSENTIAL_WEIGHT = 1.0
OPTIONAL_WEIGHT = 0.5
MIN_MATCHED = 2  # skills of yours an occupation must list to be shown at all
DEFAULT_LIMIT = 20


@dataclass(frozen=True, slots=True)
class RoleSkill:
    """A skill an occupation lists; ``essential`` is False for an optional one."""

    skill_id: str
    label: str
    essential: bool


@dataclass(frozen=True, slots=True)
class AdjacentRole:
    """One occupation, how well your skills cover it, and what would bridge the rest."""

    occupation_id: str
    label: str
    isco_group: str
    score: float  # 0..1, see the module docstring
    matched_essential: tuple[RoleSkill, ...]
    matched_optional: tuple[RoleSkill, ...]
    bridge: tuple[RoleSkill, ...]  # skills you lack: essential first, then optional
    essential_total: int
    optional_total: int

    @property
    def percent(self) -> int:
        return round(self.score * 100)

    @property
    def reasons(self) -> tuple[str, ...]:
        """Why it ranks where it does, in words."""
        missing = sum(s.essential for s in self.bridge)
        return (
            f"You have {len(self.matched_essential)} of its {self.essential_total} essential "
            f"skills and {len(self.matched_optional)} of its {self.optional_total} optional ones.",
            f"{missing} essential skill{'' if missing == 1 else 's'} to bridge.",
        )


@dataclass(frozen=True)
class RoleIndex:
    """The occupations of a taxonomy with their skills, built once per taxonomy."""

    occupations: tuple[Occupation, ...]
    skills: tuple[tuple[RoleSkill, ...], ...]  # per occupation, in link order
    by_skill: dict[str, tuple[int, ...]]  # skill id -> occupations (indexes) listing it

    def __len__(self) -> int:
        return len(self.occupations)


def _label(taxonomy: Taxonomy, skill_id: str) -> str:
    try:
        return taxonomy.skill(skill_id).label
    except KeyError:
        return skill_id


def build_index(taxonomy: Taxonomy) -> RoleIndex:
    """Group the taxonomy's occupation-skill links by occupation and by skill."""
    position = {o.id: i for i, o in enumerate(taxonomy.occupations)}
    per_occupation: list[list[RoleSkill]] = [[] for _ in taxonomy.occupations]
    by_skill: defaultdict[str, list[int]] = defaultdict(list)
    for link in taxonomy.links:
        index = position.get(link.occupation_id)
        if index is None:
            continue
        essential = link.relation == "essential"
        per_occupation[index].append(
            RoleSkill(link.skill_id, _label(taxonomy, link.skill_id), essential)
        )
        by_skill[link.skill_id].append(index)
    return RoleIndex(
        occupations=taxonomy.occupations,
        skills=tuple(tuple(skills) for skills in per_occupation),
        by_skill={skill: tuple(dict.fromkeys(found)) for skill, found in by_skill.items()},
    )


def _weight(skills: Iterable[RoleSkill]) -> float:
    return sum(ESSENTIAL_WEIGHT if s.essential else OPTIONAL_WEIGHT for s in skills)


def score_role(
    occupation: Occupation, skills: tuple[RoleSkill, ...], have: Collection[str]
) -> AdjacentRole:
    """One occupation scored against the skill ids in ``have``."""
    matched = [s for s in skills if s.skill_id in have]
    lacking = [s for s in skills if s.skill_id not in have]
    total = _weight(skills)
    return AdjacentRole(
        occupation_id=occupation.id,
        label=occupation.label,
        isco_group=occupation.isco_group,
        score=_weight(matched) / total if total else 0.0,
        matched_essential=tuple(s for s in matched if s.essential),
        matched_optional=tuple(s for s in matched if not s.essential),
        bridge=tuple(sorted(lacking, key=lambda s: not s.essential)),
        essential_total=sum(s.essential for s in skills),
        optional_total=sum(not s.essential for s in skills),
    )


def _order(role: AdjacentRole) -> tuple[float, int, int, str]:
    return (-role.score, -len(role.matched_essential), len(role.bridge), role.label.lower())


def adjacent_roles(
    index: RoleIndex,
    have: Collection[str],
    *,
    limit: int = DEFAULT_LIMIT,
    min_matched: int = MIN_MATCHED,
) -> tuple[AdjacentRole, ...]:
    """The ``limit`` best-covered occupations that list at least ``min_matched`` of ``have``.

    Ties go to more matched essential skills, then fewer bridge skills, then the label.
    """
    have = frozenset(have)
    counts: defaultdict[int, int] = defaultdict(int)
    for skill_id in have:
        for occupation in index.by_skill.get(skill_id, ()):
            counts[occupation] += 1
    roles = [
        score_role(index.occupations[i], index.skills[i], have)
        for i, count in counts.items()
        if count >= max(1, min_matched)
    ]
    return tuple(sorted(roles, key=_order)[: max(0, limit)])
