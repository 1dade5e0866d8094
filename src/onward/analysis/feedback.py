"""Suggest themes for rejection feedback from a transparent, weighted cue lexicon.

How it reads a text (cues in ``feedback_cues*``, markers in ``feedback_lexicon``, the
polarity rules in ``feedback_polarity``):

1. The text is lower-cased character by character (offsets never move) and split into
   clauses: sentences, then again before contrast words ("but", "however", "it was more
   that"...), so praise in one clause does not leak into criticism in the next. A short
   label before a colon stays with its list ("Development areas: commercial awareness").
2. Cue phrases are found per theme. Overlapping cues keep the longest match
   ("communication skills" beats "skills"); external cues (competition, process change)
   may overlap candidate cues ("a more experienced candidate" is both). A vehicle cue
   ("your answers", "at the level") gives way to a more specific theme in its clause.
3. Each cue gets a polarity from the sentiment markers in its clause, nearer markers
   counting more. A negation within three words before a marker flips it ("not strong",
   "didn't feel there was a strong alignment": fillers such as "feel", "there", "was" do
   not count, and a negation stops at a comma or another cue); a negation with no marker
   to flip is a criticism ("not at the level we need"), full strength right before the
   cue. "It wasn't your X (that...)" clears X. Competition and process-change cues are
   always neutral: they describe circumstances, not the candidate. In a clause naming
   another candidate or what the role needs, comparatives ("stronger") describe them,
   and in a competitive clause an unqualified area ("had run a larger team") is read as
   what set them apart, so both count as concerns. Praise after advice ("try to give
   clear examples") is a target, and pleasantries ("great to meet you") praise nothing.
4. Praise makes a theme a *strength*; criticism or an unqualified mention counts towards
   a *concern* (rejection feedback names areas to look at), a mention at 0.6 of its weight.
   A theme may be both a strength and a concern ("strong Python, shaky system design").
   A contrast clause that criticises without naming a theme ("..., but we wanted to see
   more") refers back to the topics of the clause before it.
5. A side is suggested when its score reaches ``threshold``: summed cue weights, a
   repeated phrase counting a quarter (at most twice more); a strength needs
   ``STRENGTH_SHARE`` of it (praise is brief). Words inside an outside circumstance's cue
   ("candidates whose qualifications more closely match") are part of it. Confidence is
   ``score / (score + 1)``. When nothing reaches it, a theme about the candidate that is
   judged (not just mentioned) and scores over half the threshold is offered instead,
   then a single area named by a strong cue without judgement ("six pages is a lot for a
   CV"); ``other`` is returned only when there is none and the text is not blank.
6. A sentence that clearly praises or criticises the candidate's work but holds no cue
   of any theme ("your fades were clean") is read as skills for the work; so is such a
   clause when nothing else was found. Never when it speaks of the terms of the job
   (salary, notice, visa, place, hours). Cue and marker patterns that cannot start at
   any word of the text are skipped (``regex_prefilter``).
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum

from onward.analysis.feedback_cues import CUES
from onward.analysis.feedback_lexicon import (
    EXTERNAL_THEMES,
    THEME_INFO,
    THEMES,
    Cue,
    Theme,
    ThemeInfo,
)
from onward.analysis.feedback_polarity import (
    Clause,
    Hit,
    build_clause,
    contributions,
    find_markers,
)
from onward.analysis.feedback_reading import Ignored, read_feedback
from onward.analysis.feedback_skill_names import find_skill_names
from onward.analysis.feedback_text import (
    Doc,
    clause_spans,
    compile_phrase,
    longest_first,
)
from onward.analysis.regex_prefilter import may_match, starts_of, word_starts

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
FALLBACK_SHARE = 0.5
# A single area named by a strong cue, unjudged (1.3 * MENTION_FACTOR for "CV").
SOLE_SHARE = 0.7
# Praise is said once and briefly ("your English is good", "impressed by your answers"):
# a strength needs this share of the threshold (chosen on the tuning tables).
STRENGTH_SHARE = 0.8
MENTION_FACTOR = 0.6
CARRY_THRESHOLD = -0.7
MAX_LABEL_WORDS = 3
REPEAT_FACTOR = 0.25
MAX_REPEATS = 2
NAMED_WEIGHT = 1.0
UNNAMED_MIN = 0.7
UNNAMED_WEIGHT = 1.0
CARRIED_WEIGHT = 1.0
_FRAMES = frozenset({Theme.EXPERIENCE_LEVEL, Theme.RESUME})


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
    # What was not read as feedback: greetings, signatures, footers, headers, quoted replies.
    ignored: tuple[Ignored, ...] = ()

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


_CUE_RX = [
    (theme, cue, compile_phrase(cue.pattern), starts_of(cue.pattern))
    for theme, cues in CUES.items()
    for cue in cues
]


def _hit_key(hit: Hit) -> tuple[int, int, float]:
    return hit.start, hit.end, hit.cue.weight


def _find_cues(norm: str) -> list[Hit]:
    offered = word_starts(norm)
    hits = [
        Hit(t, cue, m.start(), m.end())
        for t, cue, rx, starts in _CUE_RX
        if may_match(starts, offered)
        for m in rx.finditer(norm)
    ]
    external = longest_first([h for h in hits if h.theme in EXTERNAL_THEMES], _hit_key)
    internal = longest_first([h for h in hits if h.theme not in EXTERNAL_THEMES], _hit_key)
    return sorted(_with_named(norm, internal + external), key=lambda h: h.start)


def _with_named(norm: str, hits: list[Hit]) -> list[Hit]:
    """Add vocabulary skills where no cue of the lexicon matched; a longer skill name wins
    over the cues inside it ("cell culture" is not culture, "technical SEO" not a vehicle)."""
    named = [
        Hit(name.theme, Cue(name.label, NAMED_WEIGHT, named=True), name.start, name.end)
        for name in find_skill_names(norm)
    ]
    inside = {
        id(h)
        for h in hits
        for n in named
        if n.start <= h.start
        and h.end <= n.end
        and (n.end - n.start) > (h.end - h.start)
        and h.theme not in EXTERNAL_THEMES
    }
    hits = [h for h in hits if id(h) not in inside]
    taken = bytearray(len(norm))
    for hit in hits:
        taken[hit.start : hit.end] = b"\x01" * (hit.end - hit.start)
    return hits + [n for n in named if not any(taken[n.start : n.end])]


def _judge(text: str, doc: Doc, hit: Hit, clause: Clause, external: list[Hit]) -> Evidence | None:
    phrase = text[hit.start : hit.end]

    def make(polarity: Polarity, reason: str, qualifier: Span | None = None) -> Evidence:
        weight = hit.cue.weight
        return Evidence(hit.theme, phrase, hit.start, hit.end, polarity, weight, qualifier, reason)

    if hit.theme in EXTERNAL_THEMES:
        label = THEME_INFO[hit.theme].label.lower()
        return make(Polarity.NEUTRAL, f'"{phrase}" points to {label}, outside your control')
    pieces = contributions(doc, hit, clause, external)
    total = sum(p[0] for p in pieces)
    if abs(total) < 0.05 and clause.competitive and not hit.cue.defer:
        return make(Polarity.CONCERN, f'"{phrase}" is what set the chosen candidate apart')
    if abs(total) < 0.05:
        if hit.cue.named:
            return None  # a skill named in passing says nothing about the candidate
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


def _carried(text: str, clause: Clause, before: list[Hit]) -> list[Evidence]:
    """ "The portfolio looked beautiful, but we wanted to see more": a contrast clause
    with criticism and no cue of its own is about the topics of the clause before it."""
    worst = min(clause.markers, key=lambda m: m.value, default=None)
    total = sum(m.value for m in clause.markers)
    if not clause.contrast or worst is None or total > CARRY_THRESHOLD:
        return []
    qualifier = Span(worst.start, worst.end, text[worst.start : worst.end])
    carried = []
    for hit in before:
        if hit.theme in EXTERNAL_THEMES or hit.cue.lean != "topic":
            continue
        phrase = text[hit.start : hit.end]
        reason = f'"{phrase}" is what the criticism after it refers to ("{qualifier.text}")'
        weight = max(hit.cue.weight, CARRIED_WEIGHT)  # the whole clause is about it
        args = (hit.start, hit.end, Polarity.CONCERN, weight, qualifier, reason)
        carried.append(Evidence(hit.theme, phrase, *args))
    return carried


_ABOUT_YOU = re.compile(r"\b(?:you|your|yours|yourself|he|his|him|she|her|they|their)\b")
# Terms of the job rather than the candidate's work: salary, place, hours, paperwork.
_TERMS = re.compile(
    r"\b(?:salary|salaries|pay|paid|rate|band|notice|visa|sponsor\w*|relocat\w*|commut\w*"
    r"|location|remote|on[- ]site|office|hybrid|start date|availability|available|hours"
    r"|shifts?|weekends?|nights?|contract|part[- ]time|full[- ]time|dbs|right to work)\b"
)


_SENTENCE = re.compile(r"[.!?;]+(?=\s|$)|\n")


def _sentence_has(norm: str, span: tuple[int, int], hits: list[Hit]) -> bool:
    """Whether any cue (of any theme) lies in the sentence around a clause."""
    ends = [m.end() for m in _SENTENCE.finditer(norm)]
    start = max((e for e in ends if e <= span[0]), default=0)
    end = min((e for e in ends if e >= span[1]), default=len(norm))
    return any(start <= h.start < end for h in hits)


def _unnamed(text: str, norm: str, clause: Clause) -> Evidence | None:
    """ "The station was messy", "your dishes were tasty": a clause about the candidate's
    work that praises or criticises clearly but names no theme is about skills for the
    work (the commonest theme of feedback), at a low weight."""
    total = sum(m.value for m in clause.markers)
    about = clause.contrast or _ABOUT_YOU.search(norm, clause.start, clause.end)
    terms = _TERMS.search(norm, clause.start, clause.end)
    if abs(total) < UNNAMED_MIN or not about or terms:
        return None
    strongest = max(
        clause.markers, key=lambda m: abs(m.value) if (m.value > 0) == (total > 0) else 0
    )
    phrase = text[strongest.start : strongest.end]
    qualifier = Span(strongest.start, strongest.end, phrase)
    word = "praise" if total > 0 else "criticism"
    polarity = Polarity.STRENGTH if total > 0 else Polarity.CONCERN
    reason = f'"{phrase}" is {word} of your work with no other theme named: read as skills'
    args = (strongest.start, strongest.end, polarity, UNNAMED_WEIGHT, qualifier, reason)
    return Evidence(Theme.TECHNICAL_SKILLS, phrase, *args)


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


def _needed(suggestion: ThemeSuggestion, threshold: float) -> float:
    return threshold * STRENGTH_SHARE if suggestion.polarity == Polarity.STRENGTH else threshold


def _near_miss(suggestion: ThemeSuggestion, threshold: float) -> bool:
    """Over half the threshold, about the candidate, and judged (praised or criticised, not
    just mentioned): "your answers were a little too brief" rather than "other"."""
    judged = any(e.polarity != Polarity.NEUTRAL for e in suggestion.evidence)
    about_you = suggestion.theme not in EXTERNAL_THEMES
    return judged and about_you and suggestion.score > threshold * FALLBACK_SHARE


def _sole_topic(found: list[ThemeSuggestion], threshold: float) -> list[ThemeSuggestion]:
    """Rejection feedback that names a single area without judging it, by a strong cue
    of that area, points to it as something to look at."""
    about_you = [s for s in found if s.theme not in EXTERNAL_THEMES]
    if len({s.theme for s in about_you}) != 1:
        return []
    best = max(about_you, key=lambda s: s.score)
    strong = best.score >= threshold * SOLE_SHARE and best.polarity == Polarity.CONCERN
    return [best] if strong else []


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


def _without_vehicles(norm: str, hits: list[Hit]) -> list[Hit]:
    """Drop "your answers" / "at the level" when another candidate theme names the topic
    (a licence or a level stays next to a named skill: "needs a forklift licence"), and a
    named skill in the same remark as an experience or CV cue ("no experience of aseptic
    preparation", "your portfolio didn't show print work"): the remark is about that."""
    topics = {h.theme for h in hits if not h.cue.defer and h.theme not in EXTERNAL_THEMES}
    plain = {h.theme for h in hits if not (h.cue.defer or h.cue.named)} - EXTERNAL_THEMES
    kept = [
        h
        for h in hits
        if not h.cue.defer or not (plain if h.theme in _FRAMES else topics) - {h.theme}
    ]
    frames = [h for h in kept if h.theme in _FRAMES and not h.cue.named]
    kept = [h for h in kept if not (h.cue.named and any(_same_remark(norm, h, f) for f in frames))]
    kept = [h for h in kept if not _after_experience(norm, h, kept)]
    cvs = [h for h in kept if h.theme == Theme.RESUME and not h.cue.defer]
    kept = [h for h in kept if not any(_shown_in(norm, cv, h) for cv in cvs)]
    return [h for h in kept if not _within_external(h, kept)]


def _after_experience(norm: str, hit: Hit, hits: list[Hit]) -> bool:
    """ "someone who has already administered Salesforce": the skill after an experience
    frame, in the same remark, is what the experience is of."""
    return hit.theme == Theme.TECHNICAL_SKILLS and any(
        f.theme == Theme.EXPERIENCE_LEVEL
        and not f.cue.named
        and f.end <= hit.start
        and _same_remark(norm, hit, f)
        for f in hits
    )


def _within_external(hit: Hit, hits: list[Hit]) -> bool:
    """ "candidates whose qualifications more closely match": the words of an outside
    circumstance's cue are part of it, not a remark about the candidate."""
    return hit.theme not in EXTERNAL_THEMES and any(
        e.theme in EXTERNAL_THEMES and e.start <= hit.start and hit.end <= e.end for e in hits
    )


_CRITICISM = re.compile(r"n't\b|\b(?:not|no|never|without|lacked|lacking|missing|hard|difficult)\b")


def _shown_in(norm: str, cv: Hit, hit: Hit) -> bool:
    """ "Your CV didn't make it clear what you owned at your last firm", "couldn't find the
    Kubernetes work": skills and experience the CV failed to show are about the CV."""
    return (
        hit.theme in (Theme.TECHNICAL_SKILLS, Theme.EXPERIENCE_LEVEL)
        and hit.cue.lean == "topic"
        and cv.end <= hit.start
        and _CRITICISM.search(norm, cv.end, hit.start) is not None
    )


_SUBJECT = re.compile(r"\b(?:you|he|she|they|i)(?:'re|'ve|'d|'ll)?\b")
NEAR_WORDS = 2
_SEPARATE = frozenset({"of", ",", "-", "you", "he", "she", "they", "i", "but"})


def _same_remark(norm: str, named: Hit, frame: Hit) -> bool:
    """The frame comes first ("experience of X", "someone who has run X") or just after
    ("X experience"), with no new subject between them."""
    if frame.start <= named.start:
        return not _SUBJECT.search(norm, frame.end, max(frame.end, named.start))
    between = norm[named.end : frame.start].split()
    return len(between) <= NEAR_WORDS and not set(between) & _SEPARATE


def _plain(hits: list[Hit]) -> list[Hit]:
    return [h for h in hits if not h.cue.named]


def _clauses(norm: str) -> list[tuple[int, int]]:
    """Clauses, with a short label before a colon kept with what it introduces:
    in "Development areas: commercial awareness" the label says how to read the list."""
    spans: list[tuple[int, int]] = []
    for start, end in clause_spans(norm):
        if spans and _is_label(norm[spans[-1][0] : spans[-1][1]]):
            start = spans.pop()[0]
        spans.append((start, end))
    return spans


def _is_label(clause: str) -> bool:
    return clause.rstrip().endswith(":") and len(clause.split()) <= MAX_LABEL_WORDS


def _analyse(text: str, norm: str) -> tuple[list[Evidence], list[tuple[int, int]]]:
    doc = Doc.of(norm)
    spans = _clauses(norm)
    clause_starts = [s for s, _ in spans]
    hits, markers = _find_cues(norm), find_markers(norm)
    hits_by: dict[int, list[Hit]] = defaultdict(list)
    markers_by: dict[int, list[tuple[int, int, float]]] = defaultdict(list)
    for hit in hits:
        hits_by[bisect.bisect_right(clause_starts, hit.start) - 1].append(hit)
    for marker in markers:
        markers_by[bisect.bisect_right(clause_starts, marker[0]) - 1].append(marker)
    evidence: list[Evidence] = []
    unnamed: list[Evidence | None] = []
    before: list[Hit] = []
    for index, span in enumerate(spans):
        own = _without_vehicles(norm, hits_by.get(index, []))
        clause = build_clause(doc, span, markers_by.get(index, []), own)
        external = [h for h in own if h.theme in EXTERNAL_THEMES]
        carried = [] if _plain(own) else _carried(text, clause, before)
        if carried and all(e.theme in _FRAMES for e in carried):
            own = []  # "but we wanted to see more of your process (wireframes...)"
        elif own:
            carried = []
        judged = [_judge(text, doc, hit, clause, external) for hit in own]
        if not own and not carried:
            residual = _unnamed(text, norm, clause)
            alone = residual is not None and not _sentence_has(norm, span, hits)
            (judged if alone else unnamed).append(residual)
        evidence += [e for e in judged if e is not None] + carried
        before = own or before if carried else own
    if not any(e.theme not in EXTERNAL_THEMES for e in evidence):
        evidence += [e for e in unnamed if e is not None]
    return evidence, spans


def classify_feedback(text: str, *, threshold: float = DEFAULT_THRESHOLD) -> FeedbackAnalysis:
    """Suggest themes (with polarity, score and evidence offsets) for a feedback text."""
    reading = read_feedback(text)
    norm = reading.norm
    evidence, spans = _analyse(text, norm) if norm.strip() else ([], [])
    found = _suggestions(evidence)
    themes = [s for s in found if s.score >= _needed(s, threshold)]
    if not themes:  # nothing clear: offer a judged theme that came close, not "other"
        themes = [s for s in found if _near_miss(s, threshold)]
    if not themes:  # or the one area the feedback is about ("six pages is a lot for a CV")
        themes = _sole_topic(found, threshold)
    below = [s for s in found if s not in themes]
    if not themes and text.strip():
        themes = [_other(below)]
    clauses = tuple(Span(s, e, text[s:e]) for s, e in spans)
    return FeedbackAnalysis(text, tuple(themes), tuple(below), clauses, threshold, reading.ignored)
