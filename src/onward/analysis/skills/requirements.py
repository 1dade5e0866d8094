"""Requirement level of a mention: required, preferred, unknown, or context.

Two sources, nearest first: a cue phrase in the mention's sentence ("must have", "a plus";
the closest cue before the mention wins, else the first one after it), then the section the
sentence sits in (the last heading-like line above it: "Requirements", "Nice to have").

``context``: the sentence is not about the job's requirements at all (the title line,
benefits, the company description, the hiring process, an equal-opportunity statement; see
:mod:`onward.analysis.skills.sections`). Extraction leaves such mentions out unless asked.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from onward.analysis.skills import sections as kinds
from onward.analysis.skills.text import Span

REQUIRED, PREFERRED, UNKNOWN, CONTEXT = "required", "preferred", "unknown", "context"

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
    r"\d+\+? years?(?: of)?(?: [\w-]+)? experience|\d+\+? years",
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
        return REQUIRED if kinds.requirement_heading(stripped) else None
    preferred = [c for c in found if c.level == PREFERRED]
    return PREFERRED if preferred else REQUIRED


@dataclass(frozen=True)
class RequirementContext:
    """Sentence spans with the level each sets by itself (headings) and inherits (sections).

    ``sections``: per sentence, the level of its section, or CONTEXT for a sentence that is
    not about requirements; ``notes``: per sentence, why it is context (else None).
    """

    sections: tuple[str, ...]
    notes: tuple[str | None, ...] = ()

    @classmethod
    def build(cls, text: str, spans: Sequence[Span], *, context: bool = True) -> RequirementContext:
        """``context=False``: only requirement levels, no context detection."""
        state = _State()
        sections: list[str] = []
        notes: list[str | None] = []
        for span in spans:
            level, note = state.step(text, span) if context else state.level_only(text, span)
            sections.append(level)
            notes.append(note)
        return cls(tuple(sections), tuple(notes))


@dataclass
class _State:
    """The section being read, while walking a text sentence by sentence."""

    current: str = UNKNOWN
    context_kind: str = ""  # what the current context section is ("benefits", ...)
    seen_content: bool = False
    previous_end: int | None = None

    def level_only(self, text: str, span: Span) -> tuple[str, str | None]:
        heading = heading_level(text[span.start : span.end])
        if heading is not None:
            self.current = heading
        elif _looks_like_other_heading(text, span):
            self.current = UNKNOWN
        return self.current, None

    def step(self, text: str, span: Span) -> tuple[str, str | None]:
        line = text[span.start : span.end]
        previous_end, self.previous_end = self.previous_end, span.end
        if previous_end is None and _is_title(text, span, line):
            return CONTEXT, f"in the {kinds.TITLE} line, not a requirement"
        previous = self.current
        kind = kinds.context_heading(line)
        if kind is not None:
            self.current, self.context_kind, self.seen_content = CONTEXT, kind, False
        else:
            self.level_only(text, span)
            if kinds.role_heading(line):
                self.current = UNKNOWN
        if self.current == CONTEXT and previous == CONTEXT and kind is None:
            return self._inside_context(text, span, previous_end or 0)
        return self._sentence(text, span)

    def _inside_context(self, text: str, span: Span, previous_end: int) -> tuple[str, str | None]:
        """A sentence under a context heading; a new paragraph that is no list item, or a
        requirement cue ("must", "5+ years"), ends the section."""
        new_paragraph = self.seen_content and kinds.paragraph_break(text, previous_end, span.start)
        if (new_paragraph and not kinds.starts_bullet(text, span.start)) or _cued(text, span):
            self.current = UNKNOWN
            return self._sentence(text, span)
        self.seen_content = True
        return CONTEXT, f"in a {self.context_kind} section, not a requirement"

    def _sentence(self, text: str, span: Span) -> tuple[str, str | None]:
        if self.current == CONTEXT:
            return CONTEXT, f"in a {self.context_kind} section, not a requirement"
        if self.current in (REQUIRED, PREFERRED):
            return self.current, None
        kind = kinds.context_sentence(text[span.start : span.end], has_cue=_cued(text, span))
        if kind is not None:
            article = "an" if kind[0] in "aeiou" else "a"
            return CONTEXT, f"{article} {kind}, not a requirement"
        return self.current, None


def _cued(text: str, span: Span) -> bool:
    """A requirement cue in the sentence ("a bonus" in a benefits line is pay, not a cue)."""
    return any("bonus" not in c.text.lower() for c in sentence_cues(text, span))


def _is_title(text: str, span: Span, line: str) -> bool:
    """The first line of a longer text, when it is no section heading."""
    if heading_level(line) is not None or kinds.role_heading(line):
        return False
    return kinds.context_heading(line) is None and kinds.is_title_line(text, span.start, span.end)


def _looks_like_other_heading(text: str, span: Span) -> bool:
    """A short line ending in ":" without cues ("About us:") closes a requirements section."""
    line = text[span.start : span.end].strip()
    return line.endswith(":") and len(line.split()) <= _HEADING_MAX_WORDS


def mention_level(
    text: str, sentence: Span, mention_start: int, section: str, note: str | None = None
) -> tuple[str, str | None]:
    """(level, reason) for a mention starting at ``mention_start`` inside ``sentence``.

    Cues in the mention's own clause come first ("Python is required, Go is a plus"); a
    sentence that is context (``section`` CONTEXT, ``note`` saying why) stays context.
    """
    if section == CONTEXT:
        return CONTEXT, note or "not about the job's requirements"
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
