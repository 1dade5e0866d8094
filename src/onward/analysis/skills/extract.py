"""Extraction: find skill mentions in a posting or resume, with offsets and reasons.

Product path: every sentence goes through the lexical matcher (exact, alias, fuzzy). When the
index has a semantic linker and ``config.semantic`` is on, requirement-like sentences that
lexical matching left without a hit are linked semantically, clause by clause (batched per
text, cached across texts), see :mod:`onward.analysis.skills.linking`.
"""

from __future__ import annotations

from dataclasses import dataclass

from onward.analysis.skills.lexical import LexicalMatcher
from onward.analysis.skills.linking import SemanticLinker
from onward.analysis.skills.requirements import UNKNOWN, RequirementContext, mention_level
from onward.analysis.skills.taxonomy import Taxonomy
from onward.analysis.skills.text import Span, sentences, tokenize

EXACT, ALIAS, FUZZY, SEMANTIC = "exact", "alias", "fuzzy", "semantic"


@dataclass(frozen=True, slots=True)
class SkillMention:
    """One mention of a skill; offsets are character offsets into the input text."""

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


@dataclass(frozen=True)
class SkillIndex:
    """Everything extraction needs for one taxonomy; build once, share across threads."""

    taxonomy: Taxonomy
    lexical: LexicalMatcher
    semantic: SemanticLinker | None = None


def build_index(taxonomy: Taxonomy, *, semantic: SemanticLinker | None = None) -> SkillIndex:
    return SkillIndex(taxonomy, LexicalMatcher(taxonomy), semantic)


def _lexical_mentions(
    text: str, sentence: Span, section: str, index: SkillIndex, config: ExtractConfig
) -> list[SkillMention]:
    tokens = tokenize(text[sentence.start : sentence.end])
    body = text[sentence.start : sentence.end]
    mentions = []
    for hit in index.lexical.match_tokens(body, tokens, fuzzy=config.fuzzy):
        start = sentence.start + tokens[hit.first].start
        end = sentence.start + tokens[hit.last - 1].end
        mentions.append(
            _mention(
                text,
                index,
                hit.skill,
                start,
                end,
                hit.method,
                hit.score,
                sentence,
                section,
                hit.reason,
            )
        )
    return mentions


def _mention(
    text: str,
    index: SkillIndex,
    skill: int,
    start: int,
    end: int,
    method: str,
    score: float,
    sentence: Span,
    section: str,
    reason: str,
) -> SkillMention:
    level, why = mention_level(text, sentence, start, section)
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
        sentence_start=sentence.start,
        sentence_end=sentence.end,
        reasons=(reason,) if why is None else (reason, why),
    )


def extract(
    text: str, index: SkillIndex, config: ExtractConfig | None = None
) -> tuple[SkillMention, ...]:
    """All skill mentions in ``text``, in order of appearance."""
    config = config or ExtractConfig()
    spans = sentences(text)
    context = RequirementContext.build(text, spans)
    found: list[SkillMention] = []
    pending: list[tuple[Span, str]] = []
    for span, section in zip(spans, context.sections, strict=True):
        mentions = _lexical_mentions(text, span, section, index, config)
        found += mentions
        if not mentions and _wants_semantic(text, span, section, config):
            pending.append((span, section))
    if pending and index.semantic is not None and config.semantic:
        sections = dict(pending)
        for link in index.semantic.link(text, list(sections), config):
            section = sections[link.sentence]
            found.append(
                _mention(
                    text,
                    index,
                    link.skill,
                    link.start,
                    link.end,
                    SEMANTIC,
                    link.score,
                    link.sentence,
                    section,
                    link.reason,
                )
            )
    found = [m for m in found if m.score >= config.min_score]
    return tuple(sorted(found, key=lambda m: (m.start, -m.score)))


def _wants_semantic(text: str, span: Span, section: str, config: ExtractConfig) -> bool:
    if not config.semantic or span.end - span.start < 12:
        return False
    if not config.semantic_requirements_only:
        return True
    level, _ = mention_level(text, span, span.start, section)
    return level != UNKNOWN
