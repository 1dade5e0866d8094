"""How the feedback classifier reads praise and criticism around a cue, clause by clause.

Sentiment markers are found once per text; each clause then works out which negations
flip which markers, whether it names another candidate (comparatives then describe them),
whether it states what the role asks for ("we needed someone with stronger Excel"), and
where advice starts (praise after "try" or "next time" describes a target, not the
candidate). ``contributions`` turns that into signed evidence for one cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from onward.analysis.feedback_lexicon import (
    ADVICE,
    CLAUSE_BREAKS,
    NEGATION_FILLERS,
    NEGATIVE_MARKERS,
    POSITIVE_MARKERS,
    WANT,
    Cue,
    Theme,
)
from onward.analysis.feedback_text import Doc, compile_phrase, is_negator, longest_first
from onward.analysis.regex_prefilter import may_match, starts_of, word_starts

NEGATION_WINDOW = 3
LONE_NEGATION = -0.5
CLOSE_NEGATION = -1.0  # a negation right before a cue it governs
MIN_FLIPPABLE = 0.6  # "didn't stretch the more able": weak comparison words are not flipped

Span2 = tuple[int, int]
Piece = tuple[float, Span2 | None, str]  # signed value, where, note


@dataclass(frozen=True)
class Hit:
    theme: Theme
    cue: Cue
    start: int
    end: int


@dataclass(frozen=True)
class Marker:
    start: int
    end: int
    value: float  # signed, negation already applied
    negated: bool
    comparative: bool
    # After "we need someone..." or "we weren't sure you'd...": praise words there describe
    # what the role asks for or what was doubted ("someone confident with SEO audits").
    scoped: bool = False


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    markers: tuple[Marker, ...]
    negators: tuple[Span2, ...]  # unconsumed negation words (char spans)
    competitive: bool  # names another candidate
    wanting: bool  # states what the role asks for
    advice_at: int  # where advice starts; the clause end if none
    contrast: bool  # opens with "but", "however"...


_ADVICE_RX = compile_phrase(ADVICE)
_CONTRAST_RX = re.compile(rf"\s*(?:{CLAUSE_BREAKS})(?![\w-])")
_WANT_RX = compile_phrase(WANT)
_MARKER_RX = [(compile_phrase(p), w, starts_of(p)) for p, w in POSITIVE_MARKERS] + [
    (compile_phrase(p), -w, starts_of(p)) for p, w in NEGATIVE_MARKERS
]


def find_markers(norm: str) -> list[tuple[int, int, float]]:
    offered = word_starts(norm)
    found = [
        (m.start(), m.end(), w)
        for rx, w, starts in _MARKER_RX
        if may_match(starts, offered)
        for m in rx.finditer(norm)
    ]
    return longest_first(found, lambda f: (f[0], f[1], abs(f[2])))


def reach(doc: Doc, a: Span2, b: Span2) -> int:
    """Words between a negation and what it may negate, filler words not counted.

    A negation does not reach past a comma: "weren't nervous, which was great"."""
    first, second = (a, b) if a[0] <= b[0] else (b, a)
    if "," in doc.norm[first[1] : second[0]]:
        return NEGATION_WINDOW
    between = doc.words(first[1], second[0])
    return sum(1 for _, _, tok in between if tok not in NEGATION_FILLERS)


def _read_markers(
    doc: Doc, markers: list[tuple[int, int, float]], negators: list[Span2], hits: list[Hit]
) -> list[Marker]:
    """Apply negations to markers; each negation flips at most the nearest marker after it."""
    built: list[Marker] = []
    for m_start, m_end, weight in markers:
        strength = abs(weight)
        if not strength:  # a pleasantry: it only hides the praise word inside it
            continue
        near = [
            n
            for n in negators
            if n[0] < m_start
            and strength >= MIN_FLIPPABLE
            and not (weight < 0 and _ADVICE_RX.fullmatch(doc.norm, m_start, m_end))
            and reach(doc, n, (m_start, m_end)) < NEGATION_WINDOW
            and not any(n[1] <= h.start < m_start for h in hits)  # a cue in between
        ]
        flip = near[-1] if near else None
        if flip is not None:
            negators.remove(flip)
        text = doc.norm[m_start:m_end]
        # One word ("stronger"); "one of the strongest" is praise, not a comparison.
        comparative = weight > 0 and not flip and " " not in text and text.endswith(("er", "est"))
        value = -weight if flip else weight
        built.append(Marker(m_start, m_end, value, flip is not None, comparative))
    return built


_DOUBT_RX = re.compile(r".*\b(?:that|whether|if|you|you'd|you're|you'll|would|how)")


def _scoped(doc: Doc, built: list[Marker]) -> list[Marker]:
    opens = [
        m.end
        for m in built
        if m.value < 0
        and (
            _WANT_RX.fullmatch(doc.norm, m.start, m.end)
            or _DOUBT_RX.fullmatch(doc.norm, m.start, m.end)
        )
    ]
    if not opens:
        return built
    at = min(opens)
    return [replace(m, scoped=True) if m.start >= at and m.value > 0 else m for m in built]


def build_clause(
    doc: Doc, span: Span2, markers: list[tuple[int, int, float]], hits: list[Hit]
) -> Clause:
    start, end = span
    fixed = [(h.start, h.end) for h in hits] + [(m[0], m[1]) for m in markers]
    negators = [
        (s, e)
        for s, e, tok in doc.words(start, end)
        if is_negator(tok) and not any(a <= s < b for a, b in fixed)
    ]
    built = _scoped(doc, _read_markers(doc, markers, negators, hits))
    competitive = any(h.theme == Theme.COMPETITION for h in hits)
    wanting = any(_WANT_RX.fullmatch(doc.norm, m[0], m[1]) for m in markers)
    advice = [m[0] for m in markers if _ADVICE_RX.fullmatch(doc.norm, m[0], m[1])]
    advice_at = min(advice, default=end)
    contrast = _CONTRAST_RX.match(doc.norm, start) is not None
    flags = (competitive, wanting, advice_at, contrast)
    return Clause(start, end, tuple(built), tuple(negators), *flags)


def distance_factor(words_between: int) -> float:
    if words_between < 3:
        return 1.0
    return 0.7 if words_between < 8 else 0.4


def _marker_piece(doc: Doc, hit: Hit, clause: Clause, m: Marker) -> Piece:
    compared = m.comparative and (clause.competitive or clause.wanting)
    value = -abs(m.value) if compared or m.scoped else m.value
    other = "said of the other candidate" if clause.competitive else "what the role asks for"
    note = "negated" if m.negated else other if compared else ""
    note = "what the role asks for or what was doubted" if m.scoped and not note else note
    factor = distance_factor(doc.gap((hit.start, hit.end), (m.start, m.end)))
    return value * factor, (m.start, m.end), note


_LEAN = {"concern": -1.0, "strength": 1.0}


def contributions(doc: Doc, hit: Hit, clause: Clause, external: list[Hit]) -> list[Piece]:
    """Signed pieces of evidence for one cue's polarity: (value, span, note)."""
    span = (hit.start, hit.end)
    pieces: list[Piece] = []
    for m in clause.markers:
        overlaps_cue = m.start < hit.end and m.end > hit.start
        in_external = any(e.start <= m.start < e.end for e in external)
        aim = m.value > 0 and m.start > clause.advice_at  # "try ... so it is clear"
        if not (overlaps_cue or in_external or aim):
            pieces.append(_marker_piece(doc, hit, clause, m))
    lean = _LEAN.get(hit.cue.lean, 0.0)
    if lean > 0 and clause.wanting:
        lean = 0.0  # "a crisp answer is essential": what the role asks for
    lean_span: Span2 | None = None
    for neg in clause.negators:
        before = neg[0] < hit.start and reach(doc, neg, span) < NEGATION_WINDOW
        if lean and before and lean_span is None:
            lean, lean_span = -lean, neg  # "weren't nervous": the negation decides
            continue
        value = CLOSE_NEGATION if before else LONE_NEGATION * distance_factor(doc.gap(span, neg))
        pieces.append((value, neg, "negation"))  # "didn't sell your achievements"
    if lean:
        pieces.append((lean, lean_span, "negation" if lean_span else ""))
    return pieces
