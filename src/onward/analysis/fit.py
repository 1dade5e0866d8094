"""How well a posting fits your skills: matched and missing, required vs preferred.

The fit score is over the posting's hard skills, and the required ones dominate it: when
the posting marks skills as required they make up ``REQUIRED_SHARE`` (75%) of the score,
the share of them you have; the remaining 25% is the weighted share of the other skills
it names (mentioned without a requirement cue 0.75, preferred 0.4). A posting with no
required skills is scored by that weighted share alone. So missing two "also mentioned"
words from a company description cannot sink the fit of a job whose requirements you
meet, and having every nice-to-have cannot hide a missing requirement.

Soft skills (communication, curiosity: ``PostingMention.soft``) are listed apart with
their own share and do not move the score: a posting's wording about attitude says little
about whether your skills fit. Skills the posting offers as alternatives ("Tableau or Power
BI", ``PostingMention.group``) count once, and you have them when you have any one. Skills
you marked as not a requirement of the posting (``not_required``: an extractor mistake)
are set apart and count for nothing. Without any skills of yours (an empty profile) there
is no score at all (``Fit.no_profile``): a fit against nothing means nothing.

It is a rough guide to what to brush up on or mention, not a verdict; ``reasons`` say how
it was reached.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from onward.analysis.gaps import PREFERRED, REQUIRED, UNKNOWN, PostingMention

WEIGHTS = {REQUIRED: 1.0, UNKNOWN: 0.75, PREFERRED: 0.4}
REQUIRED_SHARE = 0.75  # of the score, when the posting names required hard skills
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
    no_profile: bool = False  # you have no skills yet: nothing is scored or matched
    not_required: tuple[FitSkill, ...] = ()  # skills you marked as not a requirement

    @property
    def state(self) -> str:
        """``no_profile``, ``no_skills`` (none found), ``soft_only`` or ``scored``."""
        if self.no_profile:
            return "no_profile"
        if not self.skills:
            return "no_skills"
        return "soft_only" if self.score is None else "scored"

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


def _units(skills: list[FitSkill]) -> list[tuple[bool, float, bool]]:
    """(required, weight, matched) per requirement: a skill alone, or a group of
    alternatives (its strongest level; matched when any of them is)."""
    units: list[tuple[bool, float, bool]] = []
    groups: dict[str, tuple[bool, float, bool]] = {}
    for skill in skills:
        weight = WEIGHTS.get(skill.requirement, 0.4)
        required = skill.requirement == REQUIRED
        if not skill.group:
            units.append((required, weight, skill.matched))
            continue
        held = groups.get(skill.group, (False, 0.0, False))
        groups[skill.group] = (held[0] or required, max(held[1], weight), held[2] or skill.matched)
    return units + list(groups.values())


@dataclass(frozen=True)
class _Shares:
    required: tuple[float, float]  # (have, total) of required units
    other: tuple[float, float]  # (have, total) of the others, weighted

    @property
    def score(self) -> float | None:
        (req_have, req_total), (other_have, other_total) = self.required, self.other
        if req_total and other_total:
            return REQUIRED_SHARE * req_have / req_total + (1 - REQUIRED_SHARE) * (
                other_have / other_total
            )
        if req_total:
            return req_have / req_total
        return other_have / other_total if other_total else None


def _shares(skills: list[FitSkill]) -> _Shares:
    units = _units(skills)
    required = [(w, ok) for req, w, ok in units if req]
    other = [(w, ok) for req, w, ok in units if not req]
    return _Shares(
        (sum(w for w, ok in required if ok), sum(w for w, _ in required)),
        (sum(w for w, ok in other if ok), sum(w for w, _ in other)),
    )


def _fit_skills(mentions: Iterable[PostingMention], profile: Collection[str]) -> list[FitSkill]:
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
    return skills


NO_PROFILE = (
    "You have not added your skills yet, so there is nothing to match: add your resume "
    "or a few skills and the fit appears."
)


def posting_fit(
    mentions: Iterable[PostingMention],
    profile: Collection[str],
    *,
    not_required: Collection[str] = (),
) -> Fit:
    """Match a posting's skill mentions against the skill ids in your profile, leaving out
    the skills you marked as ``not_required`` for this posting."""
    every = _fit_skills(mentions, profile)
    skills = [s for s in every if s.skill_id not in not_required]
    apart = tuple(s for s in every if s.skill_id in not_required)
    if not profile:
        return Fit(None, tuple(skills), (NO_PROFILE,), no_profile=True, not_required=apart)
    if not skills:
        reasons = ["No skills from the taxonomy were found in this text."]
        return Fit(None, (), tuple(reasons + _apart_reason(apart)), not_required=apart)
    shares = _shares([s for s in skills if not s.soft])
    soft = _shares([s for s in skills if s.soft])
    soft_have = soft.required[0] + soft.other[0]
    soft_total = soft.required[1] + soft.other[1]
    return Fit(
        shares.score,
        tuple(skills),
        _reasons(skills, shares) + tuple(_apart_reason(apart)),
        soft_have / soft_total if soft_total else None,
        not_required=apart,
    )


def fit_percent(mentions: Iterable[PostingMention], profile: Collection[str]) -> int | None:
    """``posting_fit(mentions, profile).percent`` without the rest of the fit (its reasons,
    soft share and sentences): the same skills, in the same order, the same sums."""
    if not profile:
        return None
    skills = _fit_skills(mentions, profile)
    if not skills:
        return None
    score = _shares([s for s in skills if not s.soft]).score
    return None if score is None else round(score * 100)


def _apart_reason(apart: tuple[FitSkill, ...]) -> list[str]:
    if not apart:
        return []
    n = len(apart)
    they = "they do" if n != 1 else "it does"
    return [f"You marked {n} skill{'s' * (n != 1)} as not a requirement; {they} not count."]


def _score_reason(shares: _Shares) -> str | None:
    (req_have, req_total), (other_have, other_total) = shares.required, shares.other
    if req_total and other_total:
        share = round(REQUIRED_SHARE * 100)
        return (
            f"Required skills make up {share}% of the fit (you have {req_have:g} of "
            f"{req_total:g}); the other {100 - share}% is the rest, where skills mentioned "
            f"count 0.75 and preferred ones 0.4 (you have {other_have:g} of {other_total:g})."
        )
    if req_total:
        return f"The fit is the share of required skills you have: {req_have:g} of {req_total:g}."
    if other_total:
        return (
            "The posting marks no skill as required; skills mentioned count 0.75 and "
            f"preferred ones 0.4, and you have {other_have:g} of {other_total:g}."
        )
    return None


def _reasons(skills: list[FitSkill], shares: _Shares) -> tuple[str, ...]:
    reasons = [
        r
        for r in (
            _count_reason(skills, REQUIRED, "required"),
            _count_reason(skills, PREFERRED, "preferred"),
            _count_reason(skills, UNKNOWN, "other mentioned"),
            _score_reason(shares),
        )
        if r
    ]
    soft = [s for s in skills if s.soft]
    if soft:
        reasons.append(
            f"Soft skills are listed apart and do not change the fit: you have "
            f"{sum(s.matched for s in soft)} of {len(soft)}."
        )
    if any(s.group and not s.soft for s in skills):
        reasons.append("Skills offered as alternatives count once: any one of them will do.")
    return tuple(reasons)
