"""Extraction: find skill mentions in a posting or resume, with offsets and reasons.

Product path: every sentence goes through the lexical matcher (exact, alias, fuzzy) and the
context checks of :mod:`onward.analysis.skills.guards` (an ambiguous form needs evidence).
Sentences that are not about the job's requirements (the title line, benefits, the company
description, the hiring process, equal-opportunity text) are context: their mentions are
left out unless ``ExtractConfig.context_mentions`` asks for them, marked
``requirement="context"``. When the index has a semantic linker and ``config.semantic`` is
on, requirement-like sentences that lexical matching left without a hit are linked
semantically, clause by clause (batched per text, cached across texts), see
:mod:`onward.analysis.skills.linking`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from onward.analysis.skills import guards
from onward.analysis.skills.lexical import LexicalHit, LexicalMatcher
from onward.analysis.skills.linking import SemanticLinker
from onward.analysis.skills.requirements import (
    CONTEXT,
    UNKNOWN,
    RequirementContext,
    mention_level,
)
from onward.analysis.skills.taxonomy import Taxonomy
from onward.analysis.skills.text import Span, sentences, tokenize

EXACT, ALIAS, FUZZY, SEMANTIC = "exact", "alias", "fuzzy", "semantic"
# Raised whenever extraction returns different mentions for the same text and taxonomy
# (2: strict lexical policy, context checks, sections). Callers that store mentions should
# extract again when the version they stored differs.
EXTRACTOR_VERSION = 2


@dataclass(frozen=True, slots=True)
class SkillMention:
    """One mention of a skill; offsets are character offsets into the input text.

    ``requirement``: required, preferred, unknown, or context (only with
    ``ExtractConfig(context_mentions=True)``: text that is not about requirements).
    """

    skill_id: str
    label: str
    surface: str
    start: int
    end: int
    method: str
    score: float
    requirement: str
    sentence_start: int
    sentence_end: int
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class ExtractConfig:
    fuzzy: bool = True
    semantic: bool = True
    # Semantic linking only for sentences with a requirement cue or under a requirement
    # heading (False: every sentence without a lexical hit).
    semantic_requirements_only: bool = True
    # None: the linker's own threshold (it depends on the encoder).
    semantic_threshold: float | None = None
    semantic_max_per_sentence: int = 2
    min_score: float = 0.0
    # Detect text that is not about requirements (title line, benefits, company, ...).
    sections: bool = True
    # Return mentions found in such text too, with requirement="context".
    context_mentions: bool = False


@dataclass(frozen=True)
class SkillIndex:
    """Everything extraction needs for one taxonomy; build once, share across threads."""

    taxonomy: Taxonomy
    lexical: LexicalMatcher
    semantic: SemanticLinker | None = None


def build_index(taxonomy: Taxonomy, *, semantic: SemanticLinker | None = None) -> SkillIndex:
    return SkillIndex(taxonomy, LexicalMatcher(taxonomy), semantic)


@dataclass(frozen=True)
class _Place:
    """A sentence with its section level and, for context, why."""

    span: Span
    section: str
    note: str | None


def _lexical_mentions(
    text: str, place: _Place, index: SkillIndex, config: ExtractConfig
) -> list[SkillMention]:
    span = place.span
    body = text[span.start : span.end]
    tokens = tokenize(body)
    hits = index.lexical.match_tokens(body, tokens, fuzzy=config.fuzzy)

    def level_of(hit: LexicalHit) -> str:
        start = span.start + tokens[hit.first].start
        return mention_level(text, span, start, place.section, place.note)[0]

    mentions = []
    for kept in guards.review(body, tokens, hits, index.taxonomy, level_of):
        hit = kept.hit
        start, end = span.start + tokens[hit.first].start, span.start + tokens[hit.last - 1].end
        mention = _mention(text, index, hit.skill, start, end, hit.method, hit.score, place)
        if kept.level is not None and mention.requirement != CONTEXT:
            mention = _override(mention, kept.level, kept.note)
        mentions.append(_with_reason(mention, hit.reason))
    return mentions


def _mention(
    text: str,
    index: SkillIndex,
    skill: int,
    start: int,
    end: int,
    method: str,
    score: float,
    place: _Place,
) -> SkillMention:
    level, why = mention_level(text, place.span, start, place.section, place.note)
    entry = index.taxonomy.skills[skill]
    return SkillMention(
        skill_id=entry.id,
        label=entry.label,
        surface=text[start:end],
        start=start,
        end=end,
        method=method,
        score=score,
        requirement=level,
        sentence_start=place.span.start,
        sentence_end=place.span.end,
        reasons=() if why is None else (why,),
    )


def _with_reason(mention: SkillMention, reason: str) -> SkillMention:
    return replace(mention, reasons=(reason, *mention.reasons))


def _override(mention: SkillMention, level: str, note: str | None) -> SkillMention:
    return replace(mention, requirement=level, reasons=(note,) if note else ())


def extract(
    text: str, index: SkillIndex, config: ExtractConfig | None = None
) -> tuple[SkillMention, ...]:
    """All skill mentions in ``text``, in order of appearance."""
    config = config or ExtractConfig()
    spans = sentences(text)
    context = RequirementContext.build(text, spans, context=config.sections)
    found: list[SkillMention] = []
    pending: list[_Place] = []
    for span, section, note in zip(spans, context.sections, context.notes, strict=True):
        place = _Place(span, section, note)
        mentions = _lexical_mentions(text, place, index, config)
        found += mentions
        if not mentions and _wants_semantic(text, place, config):
            pending.append(place)
    if pending and index.semantic is not None and config.semantic:
        places = {p.span: p for p in pending}
        for link in index.semantic.link(text, list(places), config):
            mention = _mention(
                text,
                index,
                link.skill,
                link.start,
                link.end,
                SEMANTIC,
                link.score,
                places[link.sentence],
            )
            found.append(_with_reason(mention, link.reason))
    found = [m for m in found if m.score >= config.min_score]
    if not config.context_mentions:
        found = [m for m in found if m.requirement != CONTEXT]
    return tuple(sorted(found, key=lambda m: (m.start, -m.score)))


def _wants_semantic(text: str, place: _Place, config: ExtractConfig) -> bool:
    span = place.span
    if not config.semantic or span.end - span.start < 12 or place.section == CONTEXT:
        return False
    if not config.semantic_requirements_only:
        return True
    level, _ = mention_level(text, span, span.start, place.section, place.note)
    return level != UNKNOWN
