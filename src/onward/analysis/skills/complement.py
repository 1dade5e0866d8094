"""ESCO complemented with the built-in vocabulary's tools, for the names ESCO lacks.

ESCO v1.1.1 has no Tableau, Power BI, Kubernetes, Docker, AWS, Jira or dbt, and its
"Excel" is an alternative label of "use spreadsheets software". Postings name such tools
all the time, so extraction over ESCO adds the built-in vocabulary's skills of the kinds
in ``KINDS`` (tools, technologies, methods, certifications) whose every written form is
unknown to ESCO: a built-in skill that shares a label or alias with any ESCO skill (also
without its "(qualifier)") is left out, so ESCO keeps its own concept ("Python", "SQL",
"JavaScript"). Added skills keep their built-in id with the prefix ``onward:``; the
taxonomy key gains ``+onward-<hash>``, so caches and stored
analyses made over plain ESCO are never mixed with the complemented one.
"""

from __future__ import annotations

from dataclasses import replace

from onward.analysis.skills.forms import QUALIFIER
from onward.analysis.skills.taxonomy import Skill, Taxonomy
from onward.analysis.skills.text import normalise

PREFIX = "onward:"
KINDS = frozenset({"tool", "technology", "method", "certification"})


def _forms(skill: Skill) -> set[tuple[str, ...]]:
    texts = (skill.label, *skill.alt_labels)
    keys = {normalise(t) for t in texts} | {normalise(QUALIFIER.sub("", t)) for t in texts}
    return {k for k in keys if k}


def complement(base: Taxonomy, extra: Taxonomy, kinds: frozenset[str] = KINDS) -> Taxonomy:
    """``base`` plus the skills of ``extra`` of ``kinds`` that no form of ``base`` names."""
    known: set[tuple[str, ...]] = set()
    for skill in base.skills:
        known |= _forms(skill)
    added = []
    for skill in extra.skills:
        if skill.kind not in kinds or _forms(skill) & known:
            continue
        added.append(replace(skill, id=PREFIX + skill.id))
    return Taxonomy(
        source=base.source,
        version=base.version,
        skills=(*base.skills, *added),
        occupations=base.occupations,
        links=base.links,
        attribution=base.attribution,
    )


def is_complemented(taxonomy: Taxonomy) -> bool:
    return any(s.id.startswith(PREFIX) for s in reversed(taxonomy.skills))
