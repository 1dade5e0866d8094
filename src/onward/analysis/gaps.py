"""Skill gaps across a job search: what rejected applications asked for that you lack.

Pure functions over plain dataclasses (no Django, ``today`` passed in). Inputs:

- ``ApplicationSkills``: one application's posting mentions (skill, requirement level,
  sentence), its outcome (``rejected``, ``progressing`` or ``open``), the stage it reached
  and the day it was decided (the rejection date; for others the last change).
- ``NamedGap``: a skill named as missing in a reflection or in employer feedback.
- ``profile``: the skill ids you have (confirmed profile skills).

Scoring, per skill you lack: every rejected application asking for it adds
``requirement weight x stage weight x recency``; every reflection or feedback naming it
adds ``NAMED_WEIGHT x recency``. Recency halves every ``half_life_days``. The contrast
between rejected and progressing applications (``lift``: how much more often the skill
shows up in rejections, smoothed) scales the posting part up or down. Every number is
explained in ``reasons`` and backed by ``evidence``.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field

REJECTED, PROGRESSING, OPEN = "rejected", "progressing", "open"
REQUIRED, PREFERRED, UNKNOWN = "required", "preferred", "unknown"
POSTING, REFLECTION, FEEDBACK = "posting", "reflection", "feedback"


@dataclass(frozen=True)
class PostingMention:
    skill_id: str
    label: str
    requirement: str  # required | preferred | unknown
    sentence: str
    soft: bool = False  # a soft skill (fit lists them apart)
    group: str = ""  # mentions offered as alternatives ("Tableau or Power BI") share one


@dataclass(frozen=True)
class ApplicationSkills:
    application_id: int
    outcome: str  # rejected | progressing | open
    stage_reached: str  # applied, screening, interview, offer...
    decided_on: dt.date | None
    mentions: tuple[PostingMention, ...]


@dataclass(frozen=True)
class NamedGap:
    skill_id: str
    label: str
    source: str  # reflection | feedback
    text: str
    on: dt.date
    application_id: int | None = None


@dataclass(frozen=True)
class GapConfig:
    half_life_days: float = 90.0
    requirement_weights: dict[str, float] = field(
        default_factory=lambda: {REQUIRED: 1.0, UNKNOWN: 0.6, PREFERRED: 0.4}
    )
    # Later stages weigh more: the employer had a closer look before saying no.
    stage_weights: dict[str, float] = field(
        default_factory=lambda: {"applied": 0.8, "screening": 1.0, "interview": 1.3, "offer": 1.5}
    )
    named_weight: float = 1.5
    min_lift_factor: float = 0.5
    max_lift_factor: float = 2.0
    max_evidence: int = 12


@dataclass(frozen=True)
class Evidence:
    application_id: int | None
    sentence: str
    requirement: str  # required | preferred | unknown | named
    source: str = POSTING


@dataclass(frozen=True)
class Gap:
    skill_id: str
    label: str
    score: float
    required_count: int
    preferred_count: int
    rejected_count: int
    progressing_count: int
    lift: float | None  # None without progressing applications to compare with
    evidence: tuple[Evidence, ...]
    reasons: tuple[str, ...]
    named_count: int = 0
    in_profile: bool = False

    @property
    def rejected_application_ids(self) -> tuple[int, ...]:
        """The rejected applications behind this gap (for "surfaced by" links)."""
        ids = (e.application_id for e in self.evidence if e.source == POSTING)
        return tuple(dict.fromkeys(i for i in ids if i is not None))


def recency(on: dt.date | None, today: dt.date, half_life_days: float) -> float:
    """1.0 today, 0.5 after one half-life; undated or future counts as today."""
    if on is None or on >= today:
        return 1.0
    return float(0.5 ** ((today - on).days / half_life_days))


def lift(rejected_with: int, rejected_total: int, progress_with: int, progress_total: int) -> float:
    """How much more often a skill appears in rejected than in progressing applications,
    with add-one smoothing so small counts stay near 1."""
    in_rejected = (rejected_with + 1) / (rejected_total + 2)
    in_progressing = (progress_with + 1) / (progress_total + 2)
    return in_rejected / in_progressing


@dataclass
class _Tally:
    label: str
    weight: float = 0.0
    named_weight: float = 0.0
    required: int = 0
    preferred: int = 0
    rejected: set[int] = field(default_factory=set)
    progressing: set[int] = field(default_factory=set)
    named: int = 0
    evidence: list[Evidence] = field(default_factory=list)


def _strongest(mentions: Iterable[PostingMention]) -> dict[str, PostingMention]:
    """One mention per skill per posting: the strongest requirement wins."""
    rank = {REQUIRED: 0, UNKNOWN: 1, PREFERRED: 2}
    best: dict[str, PostingMention] = {}
    for mention in mentions:
        held = best.get(mention.skill_id)
        if held is None or rank.get(mention.requirement, 3) < rank.get(held.requirement, 3):
            best[mention.skill_id] = mention
    return best


def _add_application(
    tallies: dict[str, _Tally], app: ApplicationSkills, today: dt.date, config: GapConfig
) -> None:
    for skill_id, mention in _strongest(app.mentions).items():
        tally = tallies.setdefault(skill_id, _Tally(mention.label))
        if app.outcome == PROGRESSING:
            tally.progressing.add(app.application_id)
            continue
        if app.outcome != REJECTED:
            continue
        tally.rejected.add(app.application_id)
        tally.required += mention.requirement == REQUIRED
        tally.preferred += mention.requirement == PREFERRED
        tally.weight += (
            config.requirement_weights.get(mention.requirement, 0.5)
            * config.stage_weights.get(app.stage_reached, 1.0)
            * recency(app.decided_on, today, config.half_life_days)
        )
        tally.evidence.append(
            Evidence(app.application_id, mention.sentence, mention.requirement, POSTING)
        )


def _add_named(
    tallies: dict[str, _Tally], gap: NamedGap, today: dt.date, config: GapConfig
) -> None:
    tally = tallies.setdefault(gap.skill_id, _Tally(gap.label))
    tally.named += 1
    tally.named_weight += config.named_weight * recency(gap.on, today, config.half_life_days)
    tally.evidence.append(Evidence(gap.application_id, gap.text, "named", gap.source))


def _reasons(tally: _Tally, gap_lift: float | None, factor: float, in_profile: bool) -> list[str]:
    reasons = []
    if tally.rejected:
        count = len(tally.rejected)
        levels = [
            f"{n} as {word}"
            for n, word in ((tally.required, "required"), (tally.preferred, "preferred"))
            if n
        ]
        detail = f" ({', '.join(levels)})" if levels else ""
        reasons.append(f"Asked for in {count} rejected application{'s' * (count != 1)}{detail}.")
    if tally.named:
        reasons.append(
            f"Named as missing {tally.named} time{'s' * (tally.named != 1)} "
            "in your reflections or in feedback."
        )
    if gap_lift is not None and tally.rejected:
        if factor > 1.05:
            reasons.append(
                f"Shows up {gap_lift:.1f}x as often in rejections as in applications "
                "that moved forward."
            )
        elif factor < 0.95:
            reasons.append("Also common in applications that moved forward, so it may matter less.")
    if in_profile:
        reasons.append("It is in your profile; the mentions suggest going deeper.")
    return reasons


def _gap(
    skill_id: str, tally: _Tally, totals: tuple[int, int], in_profile: bool, config: GapConfig
) -> Gap:
    rejected_total, progress_total = totals
    gap_lift: float | None = None
    factor = 1.0
    if progress_total and tally.rejected:
        gap_lift = lift(len(tally.rejected), rejected_total, len(tally.progressing), progress_total)
        factor = min(max(math.sqrt(gap_lift), config.min_lift_factor), config.max_lift_factor)
    score = tally.weight * factor + tally.named_weight
    evidence = sorted(
        tally.evidence, key=lambda e: (e.source != POSTING, e.requirement, e.sentence)
    )
    return Gap(
        skill_id=skill_id,
        label=tally.label,
        score=round(score, 4),
        required_count=tally.required,
        preferred_count=tally.preferred,
        rejected_count=len(tally.rejected),
        progressing_count=len(tally.progressing),
        lift=None if gap_lift is None else round(gap_lift, 4),
        evidence=tuple(evidence[: config.max_evidence]),
        reasons=tuple(_reasons(tally, gap_lift, factor, in_profile)),
        named_count=tally.named,
        in_profile=in_profile,
    )


def skill_gaps(
    applications: Sequence[ApplicationSkills],
    profile: Collection[str],
    named: Sequence[NamedGap] = (),
    *,
    today: dt.date,
    config: GapConfig | None = None,
) -> tuple[Gap, ...]:
    """Skills you lack, most pressing first.

    A skill in your profile is no gap from postings alone; named as missing in a reflection
    or feedback it still is (marked ``in_profile``).
    """
    config = config or GapConfig()
    tallies: dict[str, _Tally] = {}
    for app in applications:
        _add_application(tallies, app, today, config)
    for item in named:
        _add_named(tallies, item, today, config)
    totals = (
        sum(app.outcome == REJECTED for app in applications),
        sum(app.outcome == PROGRESSING for app in applications),
    )
    gaps = []
    for skill_id, tally in tallies.items():
        in_profile = skill_id in profile
        if in_profile and not tally.named:
            continue
        if not tally.rejected and not tally.named:
            continue
        if in_profile:
            tally.weight = 0.0  # only what was named counts for a skill you have
        gaps.append(_gap(skill_id, tally, totals, in_profile, config))
    return tuple(sorted(gaps, key=lambda g: (-g.score, g.label.lower(), g.skill_id)))


def more_in_rejections(gaps: Iterable[Gap], *, min_lift: float = 1.25) -> tuple[Gap, ...]:
    """The contrast: gaps that show up clearly more in rejections than in progress."""
    found = [g for g in gaps if g.lift is not None and g.lift >= min_lift]
    return tuple(sorted(found, key=lambda g: (-(g.lift or 0.0), g.label.lower())))
