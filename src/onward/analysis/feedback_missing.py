"""Where feedback says what the candidate lacked: the spans a skills gap may come from.

Skills are named all over a feedback text: in the greeting ("Hi Maya"), in praise ("your
SQL was strong"), in advice to keep doing something, in a signature, in the name of the
company. Only some of them are what the employer says was missing. :func:`missing_spans`
finds those, in what ``feedback_reading`` leaves after blanking the boilerplate:

1. Frames (``feedback_missing_cues.FRAMES``) say "this was lacking": "where you fell short
   was X", "the main concern was X", "we needed someone who could X", "more experience
   with X", "lacked X", "not enough X", "would have liked to see X", "you haven't X",
   "brush up on X" (advice to improve), "X was weak", "X needs work", and what the chosen
   candidate had when it is framed as the difference ("a candidate with more years in X").
   A frame right after "no", "not", "never", "keep" or "continue" does not count ("no
   concerns about", "it's not that you lacked", "keep working on").
2. The needed phrase runs from the frame to the end of its clause (a stop word, a dash, a
   bracket, "which", "than", "for this role"...); a phrase that only introduces a detail
   after a colon gives way to it ("the experimentation question: we needed someone who
   could size an A/B test").
3. Under a heading such as "Areas to develop" or "Where we had concerns:", the head of each
   bullet ("- SQL: could not write a join") is needed too; under "Strengths", nothing is.
4. A phrase is split into items at commas, "and", "or", "/" (skill names from the built-in
   vocabulary such as "pricing and packaging" are kept whole), and each item loses the
   words around it that are not the skill ("more hands-on experience with", "the ...
   question").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from onward.analysis.feedback_missing_cues import (
    AFTER,
    CANCEL,
    DETAIL,
    FRAMES,
    ITEM_SPLIT,
    LACK_HEADING,
    LEAD,
    OTHER_CANDIDATE,
    PRAISE_HEADING,
    STOP,
    TRAIL,
    Frame,
)
from onward.analysis.feedback_reading import read_feedback
from onward.analysis.feedback_skill_names import find_skill_names
from onward.analysis.skills.words import PERSON_NOUNS, is_stopword

__all__ = ["MissingSpan", "missing_spans"]

MAX_ITEM_WORDS = 6
MAX_HEADING_WORDS = 8
CANCEL_WINDOW = 24  # characters before a frame searched for "no", "not", "keep"

_FRAME_RX = [(frame, re.compile(rf"(?<![\w-])(?:{frame.pattern})(?![\w-])")) for frame in FRAMES]
_STOP_RX = re.compile(STOP)
_SPLIT_RX = re.compile(ITEM_SPLIT)
_LEAD_RX = re.compile(rf"^{LEAD}")
_TRAIL_RX = re.compile(TRAIL)
_CANCEL_RX = re.compile(CANCEL)
_PREPOSITION = re.compile(r"\s(?:for|with|in|at|on|to|from|when|during|by|of)\s")
_SENTENCE = re.compile(r"[^.!?;\n]+[.!?;]*")
_LACK_HEADING_RX = re.compile(rf"(?:{LACK_HEADING})\b")
_PRAISE_HEADING_RX = re.compile(rf"(?:{PRAISE_HEADING})\b")
_BULLET = re.compile(r"\s*(?:[-*+\u2022\u2013\u00b7>]|\d+[.)])\s+")
_HEAD_END = re.compile(r"\s*(?::|\s[-\u2013\u2014]\s|$)")
_BOUNDARY_BEFORE = re.compile(
    r".*(?:[,;:(]|\s[-\u2013\u2014]\s|\b(?:but|however|although|though|while|whereas|that"
    r"|because|so|felt|thought|said|found|noted|mentioned|and(?= (?:your|the|you|we|they|it"
    r"|his|her|their|our) )))"
)
_HEADER_RX = re.compile(
    r"\b(?:question|questions|part|side|round|section|piece|bit|area|exercise|task|stage"
    r"|element|topic)\s*$"
)
_PEOPLE = frozenset(
    {"you", "i", "we", "he", "she", "they", "candidate", "applicant", "person", "team"}
    | {"panel", "it", "this", "that"}
)
# In a clause about another candidate, what counts as the difference ("more", "already").
_GAP_WORDS = re.compile(
    r"\b(?:more|stronger|deeper|already|previously|done|worked|run|led|managed|direct"
    r"|hands-on|experience|exp|background|years?|licen[cs]e|qualifications?|certifi\w+"
    r"|knowledge|tipped|swung|difference|edge|deciding|weighted|also)\b"
)


@dataclass(frozen=True)
class MissingSpan:
    """A phrase the employer frames as lacking; ``text[start:end] == phrase``."""

    start: int
    end: int
    phrase: str
    clause_start: int
    clause_end: int
    cue: str  # the words that frame it ("where you fell short was", "we needed someone who")
    kind: str  # lacking | needed | advice | other candidate
    reason: str


def missing_spans(text: str) -> tuple[MissingSpan, ...]:
    """Spans of ``text`` where the employer says the candidate lacked something."""
    norm = read_feedback(text).norm
    found: list[MissingSpan] = []
    for match in _SENTENCE.finditer(norm):
        if match.group().strip():
            found += _in_sentence(text, norm, match.start(), match.end())
    found += _under_headings(text, norm)
    seen: set[tuple[int, int]] = set()
    unique: list[MissingSpan] = []
    for span in sorted(found, key=lambda s: (s.start, -s.end)):
        if (span.start, span.end) not in seen and not _inside(span, unique):
            seen.add((span.start, span.end))
            unique.append(span)
    return tuple(unique)


def _inside(span: MissingSpan, kept: list[MissingSpan]) -> bool:
    return any(k.start <= span.start and span.end <= k.end for k in kept)


def _in_sentence(text: str, norm: str, start: int, end: int) -> list[MissingSpan]:
    spans: list[MissingSpan] = []
    framed_at = end
    for frame, rx in _FRAME_RX:
        for match in rx.finditer(norm, start, end):
            if frame.kind != DETAIL:
                framed_at = min(framed_at, match.start())
    for frame, rx in _FRAME_RX:
        for match in rx.finditer(norm, start, end):
            if _cancelled(norm, start, match.start()):
                continue
            if frame.kind == DETAIL and match.start() <= framed_at:
                continue  # "especially X" only details a frame before it
            if frame.kind == OTHER_CANDIDATE and not _GAP_WORDS.search(norm, start, end):
                continue
            cue = text[match.start() : match.end()].strip()
            for region in _regions(norm, frame, match, start, end):
                spans += _items(text, norm, region, (start, end), cue, frame.kind)
    return spans


def _regions(
    norm: str, frame: Frame, match: re.Match[str], start: int, end: int
) -> list[tuple[int, int]]:
    """Where the needed phrase of a frame is, and the detail around it."""
    regions = []
    if frame.side == AFTER:
        stop = _STOP_RX.search(norm, match.end(), end)
        at = stop.start() if stop else end
        regions.append((match.end(), at))
        if norm.startswith(":", at):
            if _HEADER_RX.search(norm, match.end(), at) and _framed(norm, at + 1, end):
                regions.pop()  # "...the experimentation question: we needed someone who..."
            elif not _framed(norm, at + 1, end):
                regions.append((at + 1, end))  # "MLOps: deploying and monitoring models"
        elif stop and stop.group().strip() in ("-", "\u2013", "\u2014"):
            second = re.search(r"\s[-\u2013\u2014]\s", norm[stop.end() : end])
            if second:  # "observability - metrics, tracing and alerting - than you..."
                regions.append((stop.end(), stop.end() + second.start()))
        if frame.subject:
            regions.append(_before(norm, match.start(), start))
    else:
        regions.append(_before(norm, match.start(), start))
    return [r for r in regions if norm[r[0] : r[1]].strip()]


def _before(norm: str, at: int, start: int) -> tuple[int, int]:
    head = _BOUNDARY_BEFORE.match(norm, start, at)
    region = (head.end() if head else start, at)
    words = norm[region[0] : region[1]].split()
    if not words or words[-1] in _PEOPLE:
        return (at, at)  # "you didn't...", "the candidate did not...": a person
    return region


def _framed(norm: str, start: int, end: int) -> bool:
    return any(rx.search(norm, start, end) for frame, rx in _FRAME_RX if frame.kind != DETAIL)


def _cancelled(norm: str, sentence_start: int, at: int) -> bool:
    before = norm[max(sentence_start, at - CANCEL_WINDOW) : at]
    return _CANCEL_RX.search(before.rstrip(" ,")) is not None


def _items(
    text: str,
    norm: str,
    region: tuple[int, int],
    clause: tuple[int, int],
    cue: str,
    kind: str,
) -> list[MissingSpan]:
    spans = []
    for a, b in _split(norm, *region):
        item = _trim(norm, a, b)
        if item is None or any(rx.search(norm, *item) for _, rx in _FRAME_RX):
            continue  # a frame of its own inside: it gives its own items
        s, e = item
        phrase = text[s:e]
        reason = f'"{phrase}" is framed as {_WHY[kind]} ("{cue}")'
        spans.append(MissingSpan(s, e, phrase, *clause, cue, kind, reason))
    return spans


_WHY = {
    "lacking": "lacking",
    "needed": "what the role needed",
    "advice": "something to improve",
    "other candidate": "what set the chosen candidate apart",
    "detail": "the detail of a gap",
}


def _split(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """Items of a phrase; a vocabulary skill with "and" in it stays whole."""
    whole = [(start + n.start, start + n.end) for n in find_skill_names(norm[start:end])]
    cuts = [
        m
        for m in _SPLIT_RX.finditer(norm, start, end)
        if not any(a < m.start() < b for a, b in whole)
    ]
    pieces, at = [], start
    for cut in cuts:
        pieces.append((at, cut.start()))
        at = cut.end()
    pieces.append((at, end))
    return pieces


def _trim(norm: str, start: int, end: int) -> tuple[int, int] | None:
    piece = norm[start:end]
    while piece[:1] in (" ", "\t", ",", "'", '"', "*", "-"):
        piece, start = piece[1:], start + 1
    if not piece:
        return None
    lead = _LEAD_RX.match(piece)
    offset = lead.end() if lead else 0
    body = piece[offset:]
    trail = _TRAIL_RX.search(body)
    body = body[: trail.start()] if trail else body
    stripped = body.strip(" ,'\"*-\u2013\u2014")
    if not stripped:
        return None
    s = start + offset + body.index(stripped)
    words = stripped.split()
    if len(words) > MAX_ITEM_WORDS:
        cut = _PREPOSITION.search(stripped)
        if cut is None or len(stripped[: cut.start()].split()) > MAX_ITEM_WORDS:
            return None
        stripped = stripped[: cut.start()]
        words = stripped.split()
    if all(is_stopword(w) for w in words):
        return None
    if words[-1].strip(".,") in PERSON_NOUNS:
        return None  # a role ("a pure backend developer"), not a skill
    if not re.search(r"[a-z]", stripped):
        return None
    return s, s + len(stripped)


def _under_headings(text: str, norm: str) -> list[MissingSpan]:
    """Bullet heads under "Areas to develop" (and similar) headings."""
    spans: list[MissingSpan] = []
    lacking: str | None = None
    at = 0
    for line in norm.split("\n"):
        start, end = at, at + len(line)
        at = end + 1
        body = line.strip()
        if not body:
            lacking = None if lacking is None or not spans else lacking
            continue
        heading = _heading(body)
        if heading is not None:
            lacking = text[start:end].strip() if heading else None
            continue
        bullet = _BULLET.match(line)
        if lacking is None or bullet is None:
            continue
        head_end = _HEAD_END.search(norm, start + bullet.end(), end)
        head = (start + bullet.end(), head_end.start() if head_end else end)
        spans += _items(text, norm, head, (start, end), lacking, "lacking")
    return spans


def _heading(line: str) -> bool | None:
    """True: a heading of what was lacking; False: of strengths; None: not a heading."""
    words = line.rstrip(":").split()
    if len(words) > MAX_HEADING_WORDS or line.endswith((".", "!", "?")) or _BULLET.match(line):
        return None
    if ":" in line.rstrip(":"):
        return None
    if _PRAISE_HEADING_RX.search(line):
        return False
    if _LACK_HEADING_RX.search(line):
        return True
    return None
