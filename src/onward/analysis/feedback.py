"""Suggest themes for rejection feedback from a transparent, weighted cue lexicon.

How it reads a text (see ``feedback_lexicon`` for the cues themselves):

1. The text is lower-cased character by character (offsets never move) and split into
   clauses: sentences, then again before contrast words ("but", "however", "although"...),
   so praise in one clause does not leak into criticism in the next.
2. Cue phrases are found per theme. Overlapping cues keep the longest match
   ("communication skills" beats "skills"); external cues (competition, process change)
   may overlap candidate cues ("a more experienced candidate" is both).
3. Each cue gets a polarity from the sentiment markers in its clause, nearer markers
   counting more. A negation within three words before a marker flips it ("not strong",
   "no concerns"); a negation with no marker to flip is a mild criticism ("not at the
   level we need"). Competition and process-change cues are always neutral: they
   describe circumstances, not the candidate. In a clause naming another candidate,
   comparatives ("stronger") describe them, and an unqualified area ("had run a larger
   team") is read as what set them apart, so both count as concerns.
4. Praise makes a theme a *strength*; criticism or an unqualified mention counts towards
   a *concern* (rejection feedback names areas to look at), a mention at 0.6 of its weight.
   A theme may be both a strength and a concern ("strong Python, shaky system design").
5. A side is suggested when its score reaches ``threshold``: summed cue weights, a
   repeated phrase counting a quarter (at most twice more). Confidence is
   ``score / (score + 1)``. ``other`` is returned only when nothing reaches the
   threshold and the text is not blank.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum

from onward.analysis.feedback_lexicon import (
    CUES,
    EXTERNAL_THEMES,
    NEGATIVE_MARKERS,
    POSITIVE_MARKERS,
    THEME_INFO,
    THEMES,
    Cue,
    Theme,
    ThemeInfo,
)
from onward.analysis.feedback_text import (
    Doc,
    clause_spans,
    compile_phrase,
    is_negator,
    longest_first,
    normalise,
)

__all__ = [
    "THEMES",
    "THEME_INFO",
    "Evidence",
    "FeedbackAnalysis",
    "Polarity",
    "Span",
    "Theme",
    "ThemeInfo",
    "ThemeSuggestion",
    "classify_feedback",
]

DEFAULT_THRESHOLD = 1.0
MENTION_FACTOR = 0.6
REPEAT_FACTOR = 0.25
MAX_REPEATS = 2
NEGATION_WINDOW = 3
LONE_NEGATION = -0.5


class Polarity(StrEnum):
    CONCERN = "concern"
    STRENGTH = "strength"
    NEUTRAL = "neutral"


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Evidence:
    """One phrase the classifier relied on; ``text[start:end] == phrase``."""

    theme: Theme
    phrase: str
    start: int
    end: int
    polarity: Polarity
    weight: float
    qualifier: Span | None  # the marker that decided the polarity, if any
    reason: str


@dataclass(frozen=True)
class ThemeSuggestion:
    theme: Theme
    label: str
    polarity: Polarity
    score: float
    confidence: float
    evidence: tuple[Evidence, ...]
    reason: str


@dataclass(frozen=True)
class FeedbackAnalysis:
    text: str
    themes: tuple[ThemeSuggestion, ...]
    below_threshold: tuple[ThemeSuggestion, ...]
    clauses: tuple[Span, ...]
    threshold: float

    @property
    def concerns(self) -> tuple[ThemeSuggestion, ...]:
        return tuple(t for t in self.themes if t.polarity == Polarity.CONCERN)

    @property
    def strengths(self) -> tuple[ThemeSuggestion, ...]:
        return tuple(t for t in self.themes if t.polarity == Polarity.STRENGTH)

    @property
    def theme_values(self) -> tuple[str, ...]:
        """Distinct theme values, concerns first: what to pre-tick in a form."""
        return tuple(dict.fromkeys(t.theme.value for t in self.themes))


@dataclass(frozen=True)
class _Hit:
    theme: Theme
    cue: Cue
    start: int
    end: int


@dataclass(frozen=True)
class _Marker:
    start: int
    end: int
    value: float  # signed, negation already applied
    negated: bool
    comparative: bool


@dataclass(frozen=True)
class _Clause:
    start: int
    end: int
    markers: tuple[_Marker, ...]
    negators: tuple[tuple[int, int], ...]  # unconsumed negation words (char spans)
    competitive: bool


_CUE_RX = [
    (theme, cue, compile_phrase(cue.pattern)) for theme, cues in CUES.items() for cue in cues
]
_MARKER_RX = [(compile_phrase(p), w) for p, w in POSITIVE_MARKERS] + [
    (compile_phrase(p), -w) for p, w in NEGATIVE_MARKERS
]


def _hit_key(hit: _Hit) -> tuple[int, int, float]:
    return hit.start, hit.end, hit.cue.weight


def _find_cues(norm: str) -> list[_Hit]:
    hits = [_Hit(t, cue, m.start(), m.end()) for t, cue, rx in _CUE_RX for m in rx.finditer(norm)]
    external = longest_first([h for h in hits if h.theme in EXTERNAL_THEMES], _hit_key)
    internal = longest_first([h for h in hits if h.theme not in EXTERNAL_THEMES], _hit_key)
    return sorted(internal + external, key=lambda h: h.start)


def _find_markers(norm: str) -> list[tuple[int, int, float]]:
    found = [(m.start(), m.end(), w) for rx, w in _MARKER_RX for m in rx.finditer(norm)]
    return longest_first(found, lambda f: (f[0], f[1], abs(f[2])))


def _build_clause(
    doc: Doc, span: tuple[int, int], markers: list[tuple[int, int, float]], hits: list[_Hit]
) -> _Clause:
    start, end = span
    fixed = [(h.start, h.end) for h in hits] + [(m[0], m[1]) for m in markers]
    negators = [
        (s, e)
        for s, e, tok in doc.words(start, end)
        if is_negator(tok) and not any(a <= s < b for a, b in fixed)
    ]
    built: list[_Marker] = []
    for m_start, m_end, weight in markers:
        span_m = (m_start, m_end)
        near = [n for n in negators if n[0] < m_start and doc.gap(n, span_m) < NEGATION_WINDOW]
        flip = near[-1] if near else None
        if flip is not None:
            negators.remove(flip)
        text = doc.norm[m_start:m_end]
        comparative = weight > 0 and flip is None and text.endswith(("er", "est"))
        value = -weight if flip else weight
        built.append(_Marker(m_start, m_end, value, flip is not None, comparative))
    competitive = any(h.theme == Theme.COMPETITION for h in hits)
    return _Clause(start, end, tuple(built), tuple(negators), competitive)


def _distance_factor(words_between: int) -> float:
    if words_between < 3:
        return 1.0
    return 0.7 if words_between < 8 else 0.4


_LEAN = {"concern": -1.0, "strength": 1.0}
_Piece = tuple[float, tuple[int, int] | None, str]


def _contributions(doc: Doc, hit: _Hit, clause: _Clause, external: list[_Hit]) -> list[_Piece]:
    """Signed pieces of evidence for one cue's polarity: (value, span, note)."""
    span = (hit.start, hit.end)
    pieces: list[_Piece] = []
    for m in clause.markers:
        overlaps_cue = m.start < hit.end and m.end > hit.start
        in_external = any(e.start <= m.start < e.end for e in external)
        if overlaps_cue or in_external:
            continue
        compared = m.comparative and clause.competitive
        value = -abs(m.value) if compared else m.value
        note = "negated" if m.negated else "said of the other candidate" if compared else ""
        factor = _distance_factor(doc.gap(span, (m.start, m.end)))
        pieces.append((value * factor, (m.start, m.end), note))
    lean = _LEAN.get(hit.cue.lean, 0.0)
    lean_span: tuple[int, int] | None = None
    for neg in clause.negators:
        before = neg[0] < hit.start and doc.gap(neg, span) < NEGATION_WINDOW
        if lean and before and lean_span is None:
            lean, lean_span = -lean, neg  # "weren't nervous": the negation decides
            continue
        pieces.append((LONE_NEGATION * _distance_factor(doc.gap(span, neg)), neg, "negation"))
    if lean:
        pieces.append((lean, lean_span, "negation" if lean_span else ""))
    return pieces


def _judge(text: str, doc: Doc, hit: _Hit, clause: _Clause, external: list[_Hit]) -> Evidence:
    phrase = text[hit.start : hit.end]

    def make(polarity: Polarity, reason: str, qualifier: Span | None = None) -> Evidence:
        weight = hit.cue.weight
        return Evidence(hit.theme, phrase, hit.start, hit.end, polarity, weight, qualifier, reason)

    if hit.theme in EXTERNAL_THEMES:
        label = THEME_INFO[hit.theme].label.lower()
        return make(Polarity.NEUTRAL, f'"{phrase}" points to {label}: not a verdict on you')
    pieces = _contributions(doc, hit, clause, external)
    total = sum(p[0] for p in pieces)
    if abs(total) < 0.05 and clause.competitive:
        return make(Polarity.CONCERN, f'"{phrase}" is what set the chosen candidate apart')
    if abs(total) < 0.05:
        return make(Polarity.NEUTRAL, f'"{phrase}" is mentioned without praise or criticism')
    winning = [p for p in pieces if (p[0] > 0) == (total > 0)]
    _, where, note = max(winning, key=lambda p: abs(p[0]))
    word = "praise" if total > 0 else "criticism"
    polarity = Polarity.STRENGTH if total > 0 else Polarity.CONCERN
    if where is None:
        return make(polarity, f'"{phrase}" reads as {word} by itself')
    qualifier = Span(where[0], where[1], text[where[0] : where[1]])
    extra = f", {note}" if note and note != "negation" else ""
    return make(polarity, f'"{phrase}" reads as {word} ("{qualifier.text}"{extra})', qualifier)


def _side(evidence: Evidence) -> Polarity:
    if evidence.theme in EXTERNAL_THEMES or evidence.polarity == Polarity.STRENGTH:
        return evidence.polarity
    return Polarity.CONCERN


def _score(items: list[Evidence]) -> float:
    seen: dict[str, int] = defaultdict(int)
    score = 0.0
    for item in items:
        factor = (
            MENTION_FACTOR
            if item.polarity == Polarity.NEUTRAL and item.theme not in EXTERNAL_THEMES
            else 1.0
        )
        key = item.phrase.lower()
        repeat = seen[key]
        seen[key] += 1
        if repeat <= MAX_REPEATS:
            score += item.weight * factor * (REPEAT_FACTOR if repeat else 1.0)
    return round(score, 3)


def _suggestion(theme: Theme, side: Polarity, items: list[Evidence]) -> ThemeSuggestion:
    label = THEME_INFO[theme].label
    score = _score(items)
    quoted = ", ".join(f'"{e.phrase}"' for e in items[:3])
    more = f" and {len(items) - 3} more" if len(items) > 3 else ""
    framing = {Polarity.CONCERN: "as something to work on", Polarity.STRENGTH: "as a strength"}
    how = framing.get(side, "(outside your control)")
    reason = f"{label} {how}: {quoted}{more}."
    confidence = round(score / (score + 1), 2)
    return ThemeSuggestion(theme, label, side, score, confidence, tuple(items), reason)


_SIDE_ORDER = {Polarity.CONCERN: 0, Polarity.NEUTRAL: 1, Polarity.STRENGTH: 2}


def _suggestions(evidence: list[Evidence]) -> list[ThemeSuggestion]:
    groups: dict[tuple[Theme, Polarity], list[Evidence]] = defaultdict(list)
    for item in evidence:
        groups[(item.theme, _side(item))].append(item)
    found = [_suggestion(theme, side, items) for (theme, side), items in groups.items()]
    return sorted(found, key=lambda s: (_SIDE_ORDER[s.polarity], -s.score, s.theme.value))


def _other(below: list[ThemeSuggestion]) -> ThemeSuggestion:
    best = max((s.confidence for s in below), default=0.0)
    reason = "No theme cue was strong enough; pick the themes yourself."
    return ThemeSuggestion(
        Theme.OTHER,
        THEME_INFO[Theme.OTHER].label,
        Polarity.NEUTRAL,
        0.0,
        round(1 - best, 2),
        (),
        reason,
    )


def _analyse(text: str, norm: str) -> tuple[list[Evidence], list[tuple[int, int]]]:
    doc = Doc.of(norm)
    spans = clause_spans(norm)
    clause_starts = [s for s, _ in spans]
    hits, markers = _find_cues(norm), _find_markers(norm)
    hits_by: dict[int, list[_Hit]] = defaultdict(list)
    markers_by: dict[int, list[tuple[int, int, float]]] = defaultdict(list)
    for hit in hits:
        hits_by[bisect.bisect_right(clause_starts, hit.start) - 1].append(hit)
    for marker in markers:
        markers_by[bisect.bisect_right(clause_starts, marker[0]) - 1].append(marker)
    evidence: list[Evidence] = []
    for index, span in enumerate(spans):
        own = hits_by.get(index, [])
        clause = _build_clause(doc, span, markers_by.get(index, []), own)
        external = [h for h in own if h.theme in EXTERNAL_THEMES]
        evidence += [_judge(text, doc, hit, clause, external) for hit in own]
    return evidence, spans


def classify_feedback(text: str, *, threshold: float = DEFAULT_THRESHOLD) -> FeedbackAnalysis:
    """Suggest themes (with polarity, score and evidence offsets) for a feedback text."""
    norm = normalise(text)
    evidence, spans = _analyse(text, norm) if text.strip() else ([], [])
    found = _suggestions(evidence)
    themes = [s for s in found if s.score >= threshold]
    below = [s for s in found if s.score < threshold]
    if not themes and text.strip():
        themes = [_other(below)]
    clauses = tuple(Span(s, e, text[s:e]) for s, e in spans)
    return FeedbackAnalysis(text, tuple(themes), tuple(below), clauses, threshold)
