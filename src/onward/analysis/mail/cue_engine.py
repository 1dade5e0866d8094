"""Weighted cue phrases, and the context rules that discount them.

A :class:`Cue` is a regular expression that supports one label with a weight in (0, 1).
Spaces in a pattern match any run of whitespace (plain-text mail wraps lines anywhere).
Context rules, applied per match:

- *hedged*: the sentence so far makes it conditional or possible, not done ("If you are
  selected for an interview...", "you may be asked to complete an assessment"); such a
  match counts little for its label and, for interview/assessment/offer/rejection cues,
  a little for "application received" (conditional promises are what acknowledgements say).
- *negated*: a negation shortly before ("we are unable to offer you the position"); cues
  marked ``flip`` then count for rejection instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from onward.analysis.regex_prefilter import required_literals, with_first_char_lookahead

# Length-preserving normalisation for matching: curly quotes, dashes and odd spaces.
_TRANSLATE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u200b": " ",
        "\u034f": " ",
        "\ufeff": " ",
        "\u00ad": " ",
        "\t": " ",
    }
)
_HEDGE = re.compile(
    r"\b(?:if|should (?:you|we|your)|unless|whether|in case|in the event|once(?! again| more)|"
    r"when(?:ever)?|(?:more |less )?likely|would(?!\s+(?:like|love|be (?:happy|glad|delighted|"
    r"pleased|great))|\s*$)|"
    r"may|might|could potentially|until|as soon as|how to|tips (?:for|on|to)|ways to|guide to|"
    r"what to (?:say|do|expect)|scripts? for|wenn|falls|sobald|si|lorsque)\b",
    re.I,
)
# Conditionals that real invitations use ("if you are interested, ...") are not hedges.
_BENIGN = re.compile(
    r"\bif (?:you are|you're|you were|still) (?:still )?(?:interested|available|free|keen)|"
    r"\bif (?:this|that|it|any of these|one of these|the time) (?:works|suits|fits)|"
    r"\bif you have (?:any )?(?:further |other |additional )?(?:questions|queries|concerns)|"
    r"\bif (?:you need|needed|necessary|possible|convenient|required|not)\b|"
    r"\bas soon as possible|\bwhether (?:in person|remotely|virtually|online)|"
    r"\bwhen (?:you are|you're|you get) (?:free|available|a chance)|"
    r"\bwhen (?:would|are|is|can|could|will|do|does) ",
    re.I,
)
_NEGATION = re.compile(
    r"\b(?:not|no(?! (?:pressure|rush|hurry|worries|problem|obligation|stress|commitment))|"
    r"never|unable|cannot|nor|without|neither|unfortunately)\b|n't\b|\bnicht\b|\bkein",
    re.I,
)
# A step the candidate already took ("thank you for completing the assessment", "following
# your interview"): history, not an invitation to it.
_HISTORY = re.compile(
    r"\b(?:thank(?:s| you)(?: again| so much| very much| heaps| a lot| a million)? for|"
    r"following|after|enjoyed|"
    r"appreciated|it was (?:great|lovely|nice|good) (?:to meet|meeting|speaking|talking))"
    r"\s+(?:(?!(?:we|i|and|but|so|please)\b)[\w'-]+\s+){0,5}$",
    re.I,
)
# A sentence that describes the process to everyone ("only successful candidates will be
# contacted", "we cannot reply to every applicant"): what happens to others, not to you.
_PROCESS = re.compile(
    r"\bonly (?:successful|shortlisted|short-listed|selected) |\b(?:successful|shortlisted|"
    r"short-listed|selected|suitable|qualified|eligible) (?:candidates|applicants) will\b|"
    r"\b(?:every|each) unsuccessful (?:applicant|candidate)|\b(?:respond|reply|get back|feedback|"
    r"write) "
    r"(?:individually )?to (?:every|each|all|everyone|everybody)\b|\b(?:respond|reply) (?:to )?"
    r"(?:applicants|candidates|everyone) individually|"
    r"\b(?:all|every) (?:[\w-]+ )?(?:applicants|candidates) (?:will be|are|is) (?:asked|"
    r"required|expected|invited) to\b|"
    r"\bassume (?:that )?(?:your application|you)\b|\b(?:applicants|candidates) (?:who|that) "
    r"(?:are not|aren't|have not|haven't|do not|don't)\b|\bour (?:hiring|recruitment|"
    r"selection) process (?:has|consists|involves|includes|is made up)",
    re.I,
)
_PROCESS_END = re.compile(r"[.!?](?=\s)|\n\s*\n")
_STEP_NEGATION = re.compile(r"\b(?:not|never|unable|cannot)\b|n't\b", re.I)
_CLAUSE_BREAK = re.compile(r"[,;()]|\s-+\s")
_STEP_LABELS = frozenset({"interview_invitation", "assessment", "offer"})
_OUTCOME_LABELS = _STEP_LABELS | {"rejection"}
_SENTENCE_END = re.compile(r"[.!?;:](?=\s)|\n\s*\n|\n\s*[-*\u2022]\s")
# A phrase quoted as a kind of mail ('Got a "we went with someone else" email?'): a mention
# in an article or newsletter, not said to the reader.
_QUOTE_OPEN = re.compile(r'"[^"\n]*$')
_QUOTE_CLOSE = re.compile(
    r'^[^"\n]{0,80}"\s*(?:e-?mails?|messages?|letters?|notes?|repl(?:y|ies)|responses?|lines?)\b',
    re.I,
)
# The same in single quotes ("a 'we regret to inform you' message"): an opening quote after
# a space with no closing one since, and a closing quote (after a non-space, before a space)
# followed by a kind of mail. Apostrophes inside words ("we've") are neither.
_SINGLE_OPEN = re.compile(r"(?:^|[\s(\[])'(?=\S)(?:(?!'(?=[\s.,;:!?)]|$))[^\n])*$")
_SINGLE_CLOSE = re.compile(
    r"^(?:[^\n]{0,80}?[^\s'])?'\s*(?:e-?mails?|messages?|letters?|notes?|repl(?:y|ies)|"
    r"responses?|lines?)\b",
    re.I,
)
# An offer of some other role alongside a no ("we'd like to offer you a part-time post
# instead"): a counter-offer, which does not undo the rejection.
_ALTERNATIVE = re.compile(
    r"\b(?:instead|alternative(?:ly)?|rather than|in the meantime)\b|\b(?:a|an|the) "
    r"(?:different|other|another|alternative) (?:[\w-]+ )?(?:role|position|post|job|vacancy|"
    r"opening|opportunity)\b",
    re.I,
)
# A step that must come first ("before we can schedule interviews, ..."): the later step is
# not offered yet.
_PRECONDITION = re.compile(r"\bbefore (?:we|i|they) (?:can|could|are able to|'re able to) $", re.I)
# A task inside an interview ("the interview will include a short written exercise"): part
# of the interview, not a separate assessment.
_PART_OF_INTERVIEW = re.compile(
    r"\b(?:interview|panel|visit|session)s? (?:will |would |may |also )?(?:include|includes|"
    r"involve|involves|consist of|consists of|start with|starts with|begin with|begins with)\b",
    re.I,
)
_FUTURE = re.compile(r"\b(?:will|shall|going to)\b|'ll\b", re.I)
LOOKBACK = 220
FUTURE_REACH = 30
NEGATION_REACH = 45
HISTORY_REACH = 90


def normalise(text: str) -> str:
    """Same length as ``text``, with quotes, dashes and spaces made plain for matching."""
    return text.translate(_TRANSLATE)


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """Compile case-insensitively; a space outside ``[...]`` matches any whitespace run."""
    return re.compile(with_first_char_lookahead(spaced(pattern), re.I), re.I)


def spaced(pattern: str) -> str:
    """``pattern`` with each space outside ``[...]`` made ``\\s+`` (``\\s*`` before ``?``)."""
    out: list[str] = []
    depth = 0
    escaped = False
    for index, char in enumerate(pattern):
        if escaped:
            out.append(char)
            escaped = False
            continue
        if char == "\\":
            escaped = True
        elif char == "[":
            depth += 1
        elif char == "]" and depth:
            depth -= 1
        if char == " " and not depth:
            optional = pattern[index + 1 : index + 2] == "?"
            out.append(r"\s*" if optional else r"\s+")
        elif char == "?" and pattern[index - 1 : index] == " " and not depth and out[-1] == r"\s*":
            continue
        else:
            out.append(char)
    return "".join(out)


@dataclass(frozen=True)
class Cue:
    """One phrase pattern: the label it supports, its weight, where it counts, and how
    context changes it (``hedge``: conditional use discounts it; ``flip``: a preceding
    negation turns it into rejection evidence)."""

    name: str
    label: str
    weight: float
    pattern: re.Pattern[str]
    hedge: bool = True
    flip: bool = False
    future: bool = False
    # Lower-case strings of which every match holds at least one: a text with none of
    # them is not searched (a cheap substring test instead of a regex scan). Derived from
    # the pattern (``regex_prefilter.required_literals``) unless given.
    gate: tuple[str, ...] = ()


def cue(
    name: str,
    label: str,
    weight: float,
    pattern: str,
    flags: str = "",
    *,
    gate: tuple[str, ...] = (),
) -> Cue:
    """``flags``: ``-`` not hedged, ``!`` flips on negation, ``f`` discounted right after
    "will" ("we will schedule a call" describes a process, "can we schedule" invites).
    ``gate``: see :class:`Cue`; by default the pattern's own required literals."""
    compiled = compile_pattern(pattern)
    if not gate:
        gate = tuple(sorted(required_literals(spaced(pattern), flags=re.I) or ()))
    return Cue(name, label, weight, compiled, "-" not in flags, "!" in flags, "f" in flags, gate)


@dataclass(frozen=True)
class Hit:
    """A cue matched at ``[start, end)`` of a field, with the weight after context."""

    cue: Cue
    start: int
    end: int
    label: str
    weight: float
    note: str


def sentence_prefix(text: str, start: int) -> str:
    """The text from the start of the sentence holding ``start`` up to ``start``."""
    window_start = max(0, start - LOOKBACK)
    window = text[window_start:start]
    ends = list(_SENTENCE_END.finditer(window))
    return window[ends[-1].end() :] if ends else window


def _process_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``[start, end)`` describes the process to everyone."""
    before = text[max(0, start - LOOKBACK) : start]
    ends = list(_PROCESS_END.finditer(before))
    head = before[ends[-1].end() :] if ends else before
    after = text[end : end + LOOKBACK]
    stop = _PROCESS_END.search(after)
    tail = after[: stop.start()] if stop else after
    return bool(_PROCESS.search(head + text[start:end] + tail))


def _quoted_mention(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` sits inside a quotation named as a kind of mail."""
    before, after = text[max(0, start - 120) : start], text[end : end + 100]
    if _QUOTE_OPEN.search(before) and _QUOTE_CLOSE.search(after):
        return True
    return bool(_SINGLE_OPEN.search(before) and _SINGLE_CLOSE.search(after))


def _alternative_offer(text: str, start: int, end: int) -> bool:
    """Whether the sentence around an offer phrase offers some other role instead."""
    before = sentence_prefix(text, start)
    after = text[end : end + LOOKBACK]
    stop = _SENTENCE_END.search(after)
    return bool(
        _ALTERNATIVE.search(before + text[start:end] + (after[: stop.start()] if stop else after))
    )


def find_hits(cues: Iterable[Cue], text: str, *, scale: float = 1.0) -> list[Hit]:
    """Every match of every cue in ``text`` (already normalised), context applied."""
    hits: list[Hit] = []
    folded = text.casefold()  # as re.I compares ("\u017f" is an "s")
    for item in cues:
        if item.gate and not any(word in folded for word in item.gate):
            continue
        for match in item.pattern.finditer(text):
            hits.append(_contextual(item, text, match.start(), match.end(), scale))
    return hits


def _contextual(item: Cue, text: str, start: int, end: int, scale: float) -> Hit:
    if not (item.flip or item.hedge or item.future or item.label in _OUTCOME_LABELS):
        return Hit(item, start, end, item.label, item.weight * scale, "")  # no context needed
    prefix = _BENIGN.sub(" ", sentence_prefix(text, start))
    if item.flip and _NEGATION.search(prefix[-NEGATION_REACH:]):
        if item.hedge and _HEDGE.search(prefix):
            return Hit(item, start, end, "rejection", 0.0, "negated, conditional")
        return Hit(item, start, end, "rejection", 0.8 * item.weight * scale, "negated")
    if item.hedge and (_HEDGE.search(prefix) or _PRECONDITION.search(prefix[-NEGATION_REACH:])):
        return Hit(item, start, end, item.label, 0.15 * item.weight * scale, "conditional")
    if item.label in _OUTCOME_LABELS and _quoted_mention(text, start, end):
        return Hit(item, start, end, item.label, 0.05 * item.weight * scale, "quoted")
    if item.label in _OUTCOME_LABELS and _process_sentence(text, start, end):
        return Hit(item, start, end, item.label, 0.15 * item.weight * scale, "process")
    if item.label == "offer" and _alternative_offer(text, start, end):
        return Hit(item, start, end, item.label, 0.5 * item.weight * scale, "another role")
    if item.label == "assessment" and _PART_OF_INTERVIEW.search(prefix):
        return Hit(item, start, end, item.label, 0.3 * item.weight * scale, "part of an interview")
    if item.label in _STEP_LABELS:
        if item.label != "offer" and _HISTORY.search(prefix[-HISTORY_REACH:]):
            return Hit(item, start, end, item.label, 0.2 * item.weight * scale, "past step")
        clause = _CLAUSE_BREAK.split(prefix)[-1]
        if not item.flip and _STEP_NEGATION.search(clause[-NEGATION_REACH:]):
            return Hit(item, start, end, item.label, 0.2 * item.weight * scale, "negated")
    if item.future and _FUTURE.search(prefix[-FUTURE_REACH:]):
        return Hit(item, start, end, item.label, 0.4 * item.weight * scale, "future")
    return Hit(item, start, end, item.label, item.weight * scale, "")
