"""How well a posting fits your skills: matched and missing, required vs preferred.

The fit score is the weighted share of the posting's skills you have: required skills
count 1, skills mentioned without a requirement cue 0.75, preferred ones 0.5. It is a
rough guide to what to brush up on or mention, not a verdict; ``reasons`` say how it
was reached.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from onward.analysis.gaps import PREFERRED, REQUIRED, UNKNOWN, PostingMention

WEIGHTS = {REQUIRED: 1.0, UNKNOWN: 0.75, PREFERRED: 0.5}
_RANK = {REQUIRED: 0, UNKNOWN: 1, PREFERRED: 2}


@dataclass(frozen=True)
class FitSkill:
    skill_id: str
    label: str
    requirement: str
    matched: bool
    sentences: tuple[str, ...]


@dataclass(frozen=True)
class Fit:
    score: float | None  # 0..1; None when the posting names no skills
    skills: tuple[FitSkill, ...]
    reasons: tuple[str, ...]

    def of(self, requirement: str, *, matched: bool | None = None) -> tuple[FitSkill, ...]:
        return tuple(
            s
            for s in self.skills
            if s.requirement == requirement and (matched is None or s.matched == matched)
        )

    @property
    def percent(self) -> int | None:
        return None if self.score is None else round(self.score * 100)


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
    group = [s for s in skills if s.requirement == requirement]
    if not group:
        return None
    have = sum(s.matched for s in group)
    return f"You have {have} of {len(group)} {noun} skill{'s' * (len(group) != 1)}."


def posting_fit(mentions: Iterable[PostingMention], profile: Collection[str]) -> Fit:
    """Match a posting's skill mentions against the skill ids in your profile."""
    skills = [
        FitSkill(m.skill_id, m.label, m.requirement, m.skill_id in profile, tuple(sentences))
        for m, sentences in _merge(mentions)
    ]
    skills.sort(key=lambda s: (_RANK.get(s.requirement, 3), s.matched, s.label.lower()))
    if not skills:
        return Fit(None, (), ("No skills from the taxonomy were found in this text.",))
    total = sum(WEIGHTS.get(s.requirement, 0.5) for s in skills)
    have = sum(WEIGHTS.get(s.requirement, 0.5) for s in skills if s.matched)
    reasons = [
        r
        for r in (
            _count_reason(skills, REQUIRED, "required"),
            _count_reason(skills, PREFERRED, "preferred"),
            _count_reason(skills, UNKNOWN, "other mentioned"),
        )
        if r
    ]
    reasons.append(
        "Required skills count 1, others mentioned 0.75 and preferred ones 0.5; "
        f"the fit is the share you have: {have:g} of {total:g}."
    )
    return Fit(have / total, tuple(skills), tuple(reasons))
