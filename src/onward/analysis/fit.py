"""How well a posting fits your skills: matched and missing, required vs preferred.

The fit score is the weighted share of the posting's hard skills you have: required skills
count 1, skills mentioned without a requirement cue 0.75, preferred ones 0.4. Soft skills
(communication, curiosity: ``PostingMention.soft``) are listed apart with their own share
and do not move the score: a posting's wording about attitude says little about whether
your skills fit. Skills the posting offers as alternatives ("Tableau or Power BI",
``PostingMention.group``) count once, and you have them when you have any one. It is a
rough guide to what to brush up on or mention, not a verdict; ``reasons`` say how it was
reached.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from onward.analysis.gaps import PREFERRED, REQUIRED, UNKNOWN, PostingMention

WEIGHTS = {REQUIRED: 1.0, UNKNOWN: 0.75, PREFERRED: 0.4}
_RANK = {REQUIRED: 0, UNKNOWN: 1, PREFERRED: 2}


@dataclass(frozen=True)
class FitSkill:
    skill_id: str
    label: str
    requirement: str
    matched: bool
    sentences: tuple[str, ...]
    soft: bool = False
    group: str = ""  # skills offered as alternatives share a group


@dataclass(frozen=True)
class Fit:
    score: float | None  # 0..1 over hard skills; None when the posting names none
    skills: tuple[FitSkill, ...]
    reasons: tuple[str, ...]
    soft_score: float | None = None  # 0..1 over soft skills; None when there are none

    def of(self, requirement: str, *, matched: bool | None = None) -> tuple[FitSkill, ...]:
        return tuple(
            s
            for s in self.skills
            if s.requirement == requirement and (matched is None or s.matched == matched)
        )

    @property
    def soft_skills(self) -> tuple[FitSkill, ...]:
        return tuple(s for s in self.skills if s.soft)

    @property
    def percent(self) -> int | None:
        return None if self.score is None else round(self.score * 100)

    @property
    def soft_percent(self) -> int | None:
        return None if self.soft_score is None else round(self.soft_score * 100)


def _merge(mentions: Iterable[PostingMention]) -> list[tuple[PostingMention, list[str]]]:
    """One entry per skill (its strongest requirement), with every sentence naming it."""
    merged: dict[str, tuple[PostingMention, list[str]]] = {}
    for mention in mentions:
        held = merged.get(mention.skill_id)
        if held is None:
            merged[mention.skill_id] = (mention, [mention.sentence])
            continue
        best, sentences = held
        if mention.sentence not in sentences:
            sentences.append(mention.sentence)
        if _RANK.get(mention.requirement, 3) < _RANK.get(best.requirement, 3):
            merged[mention.skill_id] = (mention, sentences)
    return list(merged.values())


def _count_reason(skills: list[FitSkill], requirement: str, noun: str) -> str | None:
    group = [s for s in skills if s.requirement == requirement and not s.soft]
    if not group:
        return None
    have = sum(s.matched for s in group)
    return f"You have {have} of {len(group)} {noun} skill{'s' * (len(group) != 1)}."


def _units(skills: list[FitSkill]) -> list[tuple[float, bool]]:
    """(weight, matched) per requirement: a skill alone, or a group of alternatives (its
    strongest level; matched when any of them is)."""
    units: list[tuple[float, bool]] = []
    groups: dict[str, tuple[float, bool]] = {}
    for skill in skills:
        weight = WEIGHTS.get(skill.requirement, 0.4)
        if not skill.group:
            units.append((weight, skill.matched))
            continue
        held = groups.get(skill.group, (0.0, False))
        groups[skill.group] = (max(held[0], weight), held[1] or skill.matched)
    return units + list(groups.values())


def _share(skills: list[FitSkill]) -> tuple[float, float]:
    units = _units(skills)
    return sum(w for w, ok in units if ok), sum(w for w, _ in units)


def posting_fit(mentions: Iterable[PostingMention], profile: Collection[str]) -> Fit:
    """Match a posting's skill mentions against the skill ids in your profile."""
    skills = [
        FitSkill(
            m.skill_id,
            m.label,
            m.requirement,
            m.skill_id in profile,
            tuple(sentences),
            m.soft,
            m.group,
        )
        for m, sentences in _merge(mentions)
    ]
    skills.sort(key=lambda s: (s.soft, _RANK.get(s.requirement, 3), s.matched, s.label.lower()))
    if not skills:
        return Fit(None, (), ("No skills from the taxonomy were found in this text.",))
    hard = [s for s in skills if not s.soft]
    soft = [s for s in skills if s.soft]
    have, total = _share(hard)
    soft_have, soft_total = _share(soft)
    return Fit(
        have / total if total else None,
        tuple(skills),
        _reasons(skills, have, total),
        soft_have / soft_total if soft_total else None,
    )


def _reasons(skills: list[FitSkill], have: float, total: float) -> tuple[str, ...]:
    reasons = [
        r
        for r in (
            _count_reason(skills, REQUIRED, "required"),
            _count_reason(skills, PREFERRED, "preferred"),
            _count_reason(skills, UNKNOWN, "other mentioned"),
        )
        if r
    ]
    if total:
        reasons.append(
            "Required skills count 1, others mentioned 0.75 and preferred ones 0.4; "
            f"the fit is the share you have: {have:g} of {total:g}."
        )
    soft = [s for s in skills if s.soft]
    if soft:
        reasons.append(
            f"Soft skills are listed apart and do not change the fit: you have "
            f"{sum(s.matched for s in soft)} of {len(soft)}."
        )
    if any(s.group and not s.soft for s in skills):
        reasons.append("Skills offered as alternatives count once: any one of them will do.")
    return tuple(reasons)
