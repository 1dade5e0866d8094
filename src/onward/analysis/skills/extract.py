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

from collections.abc import Callable
from dataclasses import dataclass, replace

from onward.analysis.skills import glue, guards, support
from onward.analysis.skills.lexical import LexicalHit, LexicalMatcher
from onward.analysis.skills.linking import SemanticLinker
from onward.analysis.skills.phraselink import PhraseLinker
from onward.analysis.skills.phrases import Phrase, propose
from onward.analysis.skills.requirements import (
    CONTEXT,
    PREFERRED,
    REQUIRED,
    RequirementContext,
    mention_level,
)
from onward.analysis.skills.taxonomy import Taxonomy
from onward.analysis.skills.text import Span, Token, sentences, tokenize

EXACT, ALIAS, FUZZY, SEMANTIC, PHRASE = "exact", "alias", "fuzzy", "semantic", "phrase"
HARD, SOFT = "hard", "soft"
# Raised whenever extraction returns different mentions for the same text and taxonomy
# (2: strict lexical policy, context checks, sections; 3: requirement phrases, support for
# lexical matches, lost line breaks, soft skills, alternatives, no semantic linking by
# default). Callers that store mentions should extract again when their version differs.
EXTRACTOR_VERSION = 3


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
    kind: str = HARD  # hard, or soft (a way of working: communication, curiosity)
    # mentions offered as alternatives ("Tableau or Power BI") share a group
    group: str = ""

    @property
    def soft(self) -> bool:
        return self.kind == SOFT


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
    # Requirement phrases: link phrases without a lexical hit as a whole, and ask lexical
    # matches for support (a phrase, a requirement sentence, a name, a short line).
    phrases: bool = True


@dataclass(frozen=True)
class SkillIndex:
    """Everything extraction needs for one taxonomy; build once, share across threads."""

    taxonomy: Taxonomy
    lexical: LexicalMatcher
    semantic: SemanticLinker | None = None
    phrases: PhraseLinker | None = None


def build_index(taxonomy: Taxonomy, *, semantic: SemanticLinker | None = None) -> SkillIndex:
    return SkillIndex(taxonomy, LexicalMatcher(taxonomy), semantic, PhraseLinker(taxonomy))


@dataclass(frozen=True)
class _Place:
    """A sentence with its section level and, for context, why."""

    span: Span
    section: str
    note: str | None


def _lexical_mentions(
    text: str,
    place: _Place,
    index: SkillIndex,
    config: ExtractConfig,
    phrases: list[Phrase],
) -> list[SkillMention]:
    span = place.span
    body = text[span.start : span.end]
    tokens = tokenize(body)
    hits = index.lexical.match_tokens(body, tokens, fuzzy=config.fuzzy)

    def level_of(hit: LexicalHit) -> str:
        start = span.start + tokens[hit.first].start
        return mention_level(text, span, start, place.section, place.note)[0]

    candidates = _candidates(text, place, index, body, tokens, hits, level_of)
    listed = support.listed([(c[2], c[3]) for c in candidates], body)
    mentions = []
    for mention, flags, first, last, reason in candidates:
        if config.phrases:
            found = _in_context(mention, body, first, last, flags, index)
            if found is None:
                continue
            mention = found
            evidence = (first, last) in listed or support.short_clause(body, first, last)
            if not evidence and not _counts(mention, flags, body, phrases, index):
                continue
        mentions.append(_with_reason(mention, reason))
    return mentions


_Candidate = tuple[SkillMention, frozenset[str], int, int, str]


def _candidates(
    text: str,
    place: _Place,
    index: SkillIndex,
    body: str,
    tokens: list[Token],
    hits: list[LexicalHit],
    level_of: Callable[[LexicalHit], str],
) -> list[_Candidate]:
    """The hits the guards accept, as mentions with their flags and offsets in ``body``."""
    span = place.span
    out: list[_Candidate] = []
    for kept in guards.review(body, tokens, hits, index.taxonomy, level_of):
        hit = kept.hit
        first, last = tokens[hit.first].start, tokens[hit.last - 1].end
        start, end = span.start + first, span.start + last
        mention = _mention(text, index, hit.skill, start, end, hit.method, hit.score, place)
        if kept.level is not None and mention.requirement != CONTEXT:
            mention = _override(mention, kept.level, kept.note)
        flags = hit.entry.flags if hit.entry is not None else frozenset()
        out.append((mention, flags, first, last, hit.reason))
    return out


def _in_context(
    mention: SkillMention,
    body: str,
    first: int,
    last: int,
    flags: frozenset[str],
    index: SkillIndex,
) -> SkillMention | None:
    """Job titles ("Senior Java Developer") are context; a skill word naming a group of
    people ("our Sales teams") is no mention at all."""
    if mention.requirement == CONTEXT:
        return mention
    if support.in_job_title(body, first, last):
        return _override(mention, CONTEXT, "part of a job title, not a requirement")
    if support.in_protected_list(body, first, last):
        return _override(mention, CONTEXT, "an equal-opportunity statement, not a requirement")
    skill = index.taxonomy.skill(mention.skill_id)
    if support.names_group(body, last) and not support.named(skill, flags):
        return None
    return mention


def _counts(
    mention: SkillMention,
    flags: frozenset[str],
    body: str,
    phrases: list[Phrase],
    index: SkillIndex,
) -> bool:
    """Whether something supports the mention (see :mod:`onward.analysis.skills.support`);
    a soft skill needs a requirement phrase or a requirement cue."""
    in_phrase = support.inside(mention.start, mention.end, phrases) is not None
    stated = mention.requirement in (REQUIRED, PREFERRED)
    one_word = " " not in mention.surface.strip()
    if mention.kind == SOFT and one_word:  # "an ambitious team", "energetic colleagues"
        return in_phrase or stated or support.short_line(body)
    if support.own_voice(body) and one_word:  # "our HR portal", "we sell energy"
        return support.product(index.taxonomy.skill(mention.skill_id), flags)
    return stated or in_phrase or _supported(mention, flags, body, phrases, index)


def _supported(
    mention: SkillMention,
    flags: frozenset[str],
    body: str,
    phrases: list[Phrase],
    index: SkillIndex,
) -> bool:
    skill = index.taxonomy.skill(mention.skill_id)
    return support.named(skill, flags) or support.short_line(body)


def _phrase_mentions(
    text: str, place: _Place, index: SkillIndex, phrases: list[Phrase], found: list[SkillMention]
) -> list[SkillMention]:
    """Phrases without a lexical hit, linked as a whole by the phrase linker."""
    if index.phrases is None:
        return []
    out = []
    for phrase in phrases:
        if any(m.start < phrase.end and phrase.start < m.end for m in found):
            continue
        link = index.phrases.link(text[phrase.start : phrase.end])
        if link is None:
            continue
        mention = _mention(
            text, index, link.skill, phrase.start, phrase.end, PHRASE, link.score, place
        )
        if phrase.kind == "soft":
            mention = replace(mention, kind=SOFT)
        out.append(_with_reason(mention, f"{link.reason}, {phrase.cue}"))
    return out


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
    kind = SOFT if support.is_soft(entry) else HARD
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
        kind=kind,
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
    spans = sentences(text, glue.breaks(text, index.lexical.knows) if config.sections else ())
    context = RequirementContext.build(text, spans, context=config.sections)
    found: list[SkillMention] = []
    pending: list[tuple[_Place, Phrase]] = []
    for span, section, note in zip(spans, context.sections, context.notes, strict=True):
        place = _Place(span, section, note)
        phrases = propose(text, span) if config.phrases and section != CONTEXT else []
        mentions = _lexical_mentions(text, place, index, config, phrases)
        mentions += _phrase_mentions(text, place, index, phrases, mentions)
        found += _grouped(text, span, mentions)
        pending += [(place, p) for p in phrases if not _covered(p, mentions)]
    if pending and index.semantic is not None and config.semantic:
        found += _semantic_mentions(text, index, pending, config)
    found = [m for m in found if m.score >= config.min_score]
    if not config.context_mentions:
        found = [m for m in found if m.requirement != CONTEXT]
    return tuple(sorted(found, key=lambda m: (m.start, -m.score)))


def _grouped(text: str, span: Span, mentions: list[SkillMention]) -> list[SkillMention]:
    """Mark mentions offered as alternatives with a shared group."""
    if len(mentions) < 2:
        return mentions
    body = text[span.start : span.end]
    spans = [(m.start - span.start, m.end - span.start) for m in mentions]
    groups = {}
    for run in support.alternatives(body, spans):
        name = f"{span.start + run[0][0]}"
        groups.update({s: name for s in run})
    if not groups:
        return mentions
    return [
        replace(m, group=groups.get((m.start - span.start, m.end - span.start), ""))
        for m in mentions
    ]


def _covered(phrase: Phrase, mentions: list[SkillMention]) -> bool:
    return any(m.start < phrase.end and phrase.start < m.end for m in mentions)


def _semantic_mentions(
    text: str,
    index: SkillIndex,
    pending: list[tuple[_Place, Phrase]],
    config: ExtractConfig,
) -> list[SkillMention]:
    """Requirement phrases nothing lexical linked, linked by meaning (optional)."""
    assert index.semantic is not None
    places = {(p.span, Span(ph.start, ph.end)): (p, ph) for p, ph in pending}
    out = []
    for link in index.semantic.link_phrases(text, list(places), config.semantic_threshold):
        place, phrase = places[(link.sentence, Span(link.start, link.end))]
        mention = _mention(
            text, index, link.skill, link.start, link.end, SEMANTIC, link.score, place
        )
        if phrase.kind == "soft":
            mention = replace(mention, kind=SOFT)
        out.append(_with_reason(mention, f"{link.reason}, {phrase.cue}"))
    return out
