"""Requirement level of a mention: required, preferred or unknown.

Two sources, nearest first: a cue phrase in the mention's sentence ("must have", "a plus";
the closest cue before the mention wins, else the first one after it), then the section the
sentence sits in (the last heading-like line above it: "Requirements", "Nice to have").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from onward.analysis.skills.text import Span

REQUIRED, PREFERRED, UNKNOWN = "required", "preferred", "unknown"

_PREFERRED_CUES = (
    r"nice[- ]to[- ]haves?",
    r"(?:is|are|would be|will be)? ?an? (?:big |huge |strong )?(?:plus|bonus|advantage)",
    r"bonus(?: points)?",
    r"preferred",
    r"preferably",
    r"preference",
    r"desirable",
    r"desired",
    r"ideally",
    r"advantageous",
    r"good to have",
    r"not required",
    r"optional",
    r"would be (?:great|nice|helpful|beneficial)",
)
_REQUIRED_CUES = (
    r"must[- ]haves?",
    r"must",
    r"required",
    r"requirements?",
    r"mandatory",
    r"essential",
    r"minimum qualifications?",
    r"you (?:will )?(?:need|have|bring)",
    r"need to have",
    r"necessary",
    r"(?:proven|demonstrated|solid|strong) (?:experience|knowledge|track record)",
    r"proficien(?:t|cy) (?:in|with)",
    r"\d+\+? years",
)
_CUE = re.compile(
    "|".join(
        [f"(?P<p{i}>\\b{c}\\b)" for i, c in enumerate(_PREFERRED_CUES)]
        + [f"(?P<r{i}>\\b{c}\\b)" for i, c in enumerate(_REQUIRED_CUES)]
    ),
    re.IGNORECASE,
)
_HEADING_MAX_WORDS = 6
# Cheap pre-check: every cue contains one of these (case-insensitive).
_TRIGGER = re.compile(
    r"nice|plus|bonus|advantag|prefer|desir|ideal|good to|optional|must|requir|mandator|"
    r"essential|minimum|you |need|necessar|proven|demonstrated|solid|strong|proficien|\d",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[;,:]\s+|\s+(?:but|while|whereas)\s+|\s[-\u2013\u2014]\s")


@dataclass(frozen=True, slots=True)
class Cue:
    level: str
    start: int
    end: int
    text: str


def cues(text: str, start: int = 0, end: int | None = None) -> list[Cue]:
    """Requirement cue phrases in ``text[start:end]``, with offsets into ``text``."""
    found = []
    for match in _CUE.finditer(text, start, len(text) if end is None else end):
        kind = (match.lastgroup or "r")[0]
        level = PREFERRED if kind == "p" else REQUIRED
        found.append(Cue(level, match.start(), match.end(), match.group()))
    return found


@functools.lru_cache(maxsize=4096)
def _cues_of(sentence: str) -> tuple[Cue, ...]:
    if not _TRIGGER.search(sentence):
        return ()
    return tuple(cues(sentence))


def sentence_cues(text: str, sentence: Span) -> tuple[Cue, ...]:
    """Cues of one sentence (cached by its text), offsets into ``text``."""
    shift = sentence.start
    return tuple(
        Cue(c.level, c.start + shift, c.end + shift, c.text)
        for c in _cues_of(text[sentence.start : sentence.end])
    )


def heading_level(line: str) -> str | None:
    """The level a heading-like line sets for the section under it, else None.

    A heading is short (at most six words) or ends with a colon and carries a cue.
    """
    stripped = line.strip().strip("#*_").strip()
    words = stripped.split()
    if not words or (len(words) > _HEADING_MAX_WORDS and not stripped.endswith(":")):
        return None
    if stripped.endswith((".", "!", "?")) and not stripped.endswith(":"):
        return None
    found = cues(stripped)
    if not found:
        return None
    preferred = [c for c in found if c.level == PREFERRED]
    return PREFERRED if preferred else REQUIRED


@dataclass(frozen=True)
class RequirementContext:
    """Sentence spans with the level each sets by itself (headings) and inherits (sections)."""

    sections: tuple[str, ...]  # per sentence: the level of the section it belongs to

    @classmethod
    def build(cls, text: str, spans: Sequence[Span]) -> RequirementContext:
        current = UNKNOWN
        sections = []
        for span in spans:
            heading = _heading_for(text, span)
            if heading is not None:
                current = heading
            elif _looks_like_other_heading(text, span):
                current = UNKNOWN
            sections.append(current)
        return cls(tuple(sections))


def _heading_for(text: str, span: Span) -> str | None:
    line = text[span.start : span.end]
    return heading_level(line)


def _looks_like_other_heading(text: str, span: Span) -> bool:
    """A short line ending in ":" without cues ("About us:") closes a requirements section."""
    line = text[span.start : span.end].strip()
    return line.endswith(":") and len(line.split()) <= _HEADING_MAX_WORDS


def mention_level(
    text: str, sentence: Span, mention_start: int, section: str
) -> tuple[str, str | None]:
    """(level, reason) for a mention starting at ``mention_start`` inside ``sentence``.

    Cues in the mention's own clause come first ("Python is required, Go is a plus").
    """
    clause = _clause(text, sentence, mention_start)
    in_sentence = sentence_cues(text, sentence)
    in_clause = [c for c in in_sentence if c.start >= clause.start and c.end <= clause.end]
    found = in_clause or list(in_sentence)
    before = [c for c in found if c.end <= mention_start]
    after = [c for c in found if c.start >= mention_start]
    cue = before[-1] if before else (after[0] if after else None)
    if cue is not None:
        return cue.level, f"cue {cue.text!r} in the sentence"
    if section != UNKNOWN:
        return section, f"listed under a {section} heading"
    return UNKNOWN, None


def _clause(text: str, sentence: Span, position: int) -> Span:
    start, end = sentence.start, sentence.end
    for brk in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
        if brk.end() <= position:
            start = brk.end()
        elif brk.start() >= position:
            end = brk.start()
            break
    return Span(start, end)
