"""Requirement phrases: the spans of a sentence that state a skill, found by rules.

A posting states what it wants in a few recurring shapes; each gives a phrase:

- after an introducing phrase: "experience with *cloud platforms*", "knowledge of
  *payroll*", "ability to *negotiate contracts*", "you will *design data pipelines*";
- a duty that opens a line or a bullet with an action verb: "*Build dashboards for the
  sales team*", "*Developing reporting tools*" (verbs: ``data/words/verbs.txt``);
- soft skills: "*communication skills*", "*team player*", and qualities said of the person
  ("you are *curious* and *self-motivated*"; words: ``data/words/soft.txt``).

A phrase ends at a clause break (punctuation, "that", "is a plus", ...), at "and"/"to"
before another verb (which opens the next phrase), or after ``MAX_WORDS`` words. Phrases are
only proposals: extraction links each to a taxonomy skill (lexical hits inside it, or the
phrase linker) and drops those it cannot link.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from onward.analysis.skills.phrasewords import soft_words, verb_base
from onward.analysis.skills.text import Span
from onward.analysis.skills.words import STOPWORDS, word_set

SKILL, KNOWLEDGE, SOFT = "skill", "knowledge", "soft"
MAX_WORDS = 10
_WORD = re.compile(r"[A-Za-z][\w'\u2019+#/&-]*(?:\.[A-Za-z0-9]+)*[+#]*|\d[\w+#.%-]*")
_BREAK = re.compile(r"[,;:!?()\[\]{}|\u2022\u00b7*\"]|\.(?=\s|$)|\s[-\u2013\u2014]\s|\s/\s")
# Introducing phrases; the group names the kind of what follows: k (a field, a tool or an
# activity), s (an activity: a verb must follow).
_INTRO = re.compile(
    r"\b(?:(?P<k>(?:experience (?:in|with|of|on|within|across|using"
    r"|working (?:with|in|on))|(?:experience|experienced) (?=[a-z]+ing\b)"
    r"|knowledge (?:of|in|about|on|within)|understanding (?:of|in)|familiarity with"
    r"|proficiency (?:in|with|at)|fluency in|background in|grounding in|exposure to"
    r"|expertise (?:in|with|on|within|across)|competence in|command of|mastery of|grasp of"
    r"|insight into|track record (?:of|in)|degree in|qualifications? in|certification in"
    r"|interest in|passion for)"
    r"|(?:familiar|proficient|skilled|fluent|competent|versed|certified|qualified|trained"
    r"|experienced|expert|comfortable) (?:in|with|on|at|using|working (?:with|in|on))"
    r"|passionate about|qualified(?: as)?(?: an?)?)"
    r"|(?P<s>(?:the )?(?:ability|able|capable|capability|willingness|willing|eager|keen"
    r"|required|expected) (?:to|of)|responsible for|responsibility for"
    r"|(?:who |you )?(?:enjoys?|loves?|likes?)(?: to)?"
    r"|you(?:'ll|\u2019ll| will| would| should)?(?: also)?(?: be)?(?: able to)?))\s+",
    re.IGNORECASE,
)
# Phrases that take any words after them, not only an action verb.
_OPEN_CUES = ("the abil", "abil", "able", "capab", "responsib")
_NEGATED = word_set("not never we they it us no")
_ENDS = word_set(
    """that which who whose where when while whilst because so if than etc e.g i.e is are
    was were would will should could can must may might please preferred preferably ideally
    required desirable essential plus advantage bonus beneficial including especially
    particularly like such as within per"""
)
_GENERIC = word_set(
    """strong excellent good great solid proven deep demonstrable demonstrated relevant
    extensive broad various new existing high highly very advanced basic sound working
    practical hands-on outstanding exceptional effective proficient experience experienced
    knowledge skill skills ability abilities understanding background expertise exposure
    years year plus minimum least familiarity"""
)
_PERSONAL = re.compile(
    r"\b(?:you|you're|you\u2019re|your|yourself|candidates?|applicants?|individual|person"
    r"|someone|profile|we(?:'re| are) looking for|ideal)\b",
    re.IGNORECASE,
)
_SKILL_NOUNS = word_set("skills skill abilities ability skillset mindset mind approach attitude")
_QUALITY_NEXT = word_set(
    """and or about to in with by at person individual player self-starter
    engineer developer professional mindset mind attitude approach thinker learner communicator
    worker personality nature way manner"""
)
_NOT_DUTY = re.compile(
    r"(?:(?:apply|send|join|submit|click|contact|email|call|visit|check|find|learn more|read"
    r"|see|get|enjoy|work with us|work for us)\b(?: (?:now|today|here|online|for this|via"
    r"|through|by|at|us|our))|report(?:s|ing)? (?:directly )?to\b|grow\b|help\b"
    r"|work(?:s|ing)? (?:for|at)\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Phrase:
    """A proposed requirement phrase; offsets are into the whole text."""

    start: int
    end: int
    kind: str  # skill (an activity), knowledge (a field, tool or topic) or soft
    cue: str  # why it was proposed


@dataclass(frozen=True, slots=True)
class _Word:
    text: str
    low: str
    start: int
    end: int


def _words(text: str, span: Span) -> list[_Word]:
    return [
        _Word(m.group(), m.group().lower(), m.start(), m.end())
        for m in _WORD.finditer(text, span.start, span.end)
    ]


def _broken_before(words: Sequence[_Word], breaks: Sequence[int]) -> list[bool]:
    """Per word: whether a clause break stands between it and the word before."""
    out, j = [], 0
    for i, word in enumerate(words):
        left = words[i - 1].end if i else -1
        while j < len(breaks) and breaks[j] < left:
            j += 1
        out.append(i == 0 or (j < len(breaks) and breaks[j] < word.start))
    return out


def _breaks(text: str, span: Span) -> list[int]:
    return [m.start() for m in _BREAK.finditer(text, span.start, span.end)]


class _Reader:
    """The words and clause breaks of one sentence."""

    def __init__(self, text: str, span: Span) -> None:
        self.text = text
        self.span = span
        self.words = _words(text, span)
        self.starts = {w.start: i for i, w in enumerate(self.words)}
        self._broken = _broken_before(self.words, _breaks(text, span))

    def broken(self, i: int) -> bool:
        """A clause break between word ``i - 1`` and word ``i`` (or ``i`` is the first)."""
        return i >= len(self._broken) or self._broken[i]

    def phrase_end(self, first: int) -> int:
        """The word index after the phrase that starts at ``first``."""
        i = first
        while i < len(self.words) and i - first < MAX_WORDS:
            word = self.words[i]
            if i > first and (self.broken(i) or word.low in _ENDS):
                break
            if i > first and word.low in ("and", "or", "to", "&") and i + 1 < len(self.words):
                following = self.words[i + 1].low
                if verb_base(following) and not self.broken(i + 1):
                    break  # "design X and build Y": the next duty
                if following in ("experience", "knowledge", "ability", "understanding"):
                    break
            i += 1
        return i

    def phrase(self, first: int, kind: str, cue: str) -> Phrase | None:
        last = self.phrase_end(first)
        while last > first and (self.words[last - 1].low in STOPWORDS | {"&", "and/or"}):
            last -= 1
        content = [w for w in self.words[first:last] if _is_content(w.low)]
        if not content or (kind == SKILL and len(content) == 1 and verb_base(content[0].low)):
            return None  # nothing, or a bare verb ("ensure", "develop")
        return Phrase(self.words[first].start, self.words[last - 1].end, kind, cue)


def _is_content(word: str) -> bool:
    return word not in STOPWORDS and word not in _GENERIC and not word.isdigit()


def propose(text: str, span: Span) -> list[Phrase]:
    """Requirement phrases of the sentence ``text[span.start:span.end]``, in order."""
    reader = _Reader(text, span)
    if not reader.words:
        return []
    found = _after_intro(reader)
    found += _before_noun(reader) + _duties(reader, found) + _soft(reader)
    return _without_overlaps(found)


def _after_intro(reader: _Reader) -> list[Phrase]:
    found = []
    for match in _INTRO.finditer(reader.text, reader.span.start, reader.span.end):
        first = reader.starts.get(match.end())
        if first is None or reader.broken(first) or _negated(reader, match.start()):
            continue
        if match.group().lower().startswith("responsib") and not _about_you(reader, match.start()):
            continue  # "the department is responsible for": the company, not the job
        following = reader.words[first].low
        cue = match.group().strip()
        is_verb = verb_base(following) is not None and not _shouted(reader.words[first])
        if match.group("s") and not is_verb and not cue.lower().startswith(_OPEN_CUES):
            continue  # "you will join", "you are": no duty follows
        kind = SKILL if match.group("s") or is_verb else KNOWLEDGE
        found += _scope(reader, first, kind, f"after {cue!r}")
    return found


def _scope(reader: _Reader, first: int, kind: str, cue: str) -> list[Phrase]:
    """The phrase at word ``first`` and the list items that continue it after commas and
    brackets ("experience with AWS (EC2, S3) and infrastructure as code")."""
    found: list[Phrase] = []
    words = reader.words
    while first < len(words) and len(found) < 8:
        phrase = reader.phrase(first, kind, cue)
        if phrase is not None:
            found.append(phrase)
        last = reader.phrase_end(first)
        if last >= len(words) or not reader.broken(last) or not _list_break(reader, last):
            break
        first = last
        while first < len(words) and words[first].low in ("and", "or", "&", "as", "well"):
            first += 1
    return found


def _list_break(reader: _Reader, i: int) -> bool:
    """A comma, slash or bracket (not a full stop, colon or semicolon) before word ``i``."""
    gap = reader.text[reader.words[i - 1].end : reader.words[i].start]
    return bool(gap.strip()) and set(gap.strip()) <= set(",/()&")


_EXPERIENCE_NOUNS = word_set("experience expertise knowledge skills background proficiency")
_NOT_FIELD = word_set(
    """year years month months any some relevant previous prior professional commercial
    industry proven strong solid good great excellent extensive practical demonstrable
    hands-on work working technical related similar this that the your our their"""
)


def _before_noun(reader: _Reader) -> list[Phrase]:
    """ "Python experience", "strong Excel and month-end close experience", "SQL skills":
    the words before such a noun, back to a break or a function word."""
    found = []
    words = reader.words
    for i, word in enumerate(words):
        if word.low not in _EXPERIENCE_NOUNS or i == 0 or reader.broken(i):
            continue
        first = i
        while first > 0 and not reader.broken(first) and i - first < 6:
            previous = words[first - 1].low
            if previous in STOPWORDS - {"and", "or"} or previous in _NOT_FIELD:
                break
            first -= 1
        while first < i and words[first].low in ("and", "or", "&"):
            first += 1
        soft = soft_words()
        if word.low == "skills" and words[i - 1].low in soft.words:
            continue  # "communication skills": a soft skill, proposed as such
        if first < i:
            found.append(
                Phrase(words[first].start, words[i].end, KNOWLEDGE, f"before {word.text!r}")
            )
    return found


def _negated(reader: _Reader, position: int) -> bool:
    """ "We are able to", "not required to": the cue is not about the candidate."""
    before = [w.low for w in reader.words if w.end <= position][-3:]
    return any(w in _NEGATED for w in before)


def _about_you(reader: _Reader, position: int) -> bool:
    """The cue opens the sentence or a clause, or "you" comes shortly before it."""
    before = [w for w in reader.words if w.end <= position]
    if not before or reader.broken(len(before)):
        return True
    return any(w.low in ("you", "you'll", "you\u2019ll") for w in before[-4:])


def _shouted(word: _Word) -> bool:
    """A word in capitals ("ADDRESS", "LEAD") is a name or a heading, not a verb."""
    return len(word.text) > 1 and word.text.isupper()


def _duties(reader: _Reader, earlier: Sequence[Phrase]) -> list[Phrase]:
    """Phrases opened by an action verb: at the start of the sentence or after a break,
    after "and" inside a duty ("Design X and maintain Y"), or after "to" ending one ("work
    with the team to improve X")."""
    found: list[Phrase] = [p for p in earlier if p.kind == SKILL]
    words = reader.words
    for i, word in enumerate(words):
        if verb_base(word.low) is None or _shouted(word) or word.low in soft_words().qualities:
            continue  # "organised", "committed": a quality, not a duty
        joined = (
            i > 1
            and words[i - 1].low in ("and", "or", "&", "to")
            and bool(found)
            and found[-1].end >= words[i - 2].end
        )
        if not (reader.broken(i) or joined) or _NOT_DUTY.match(reader.text, word.start):
            continue
        phrase = reader.phrase(i, SKILL, "a duty opened by an action verb")
        if phrase is not None and _has_object(reader, i, phrase) and not _named(reader, phrase):
            found.append(phrase)
    return [p for p in found if p not in earlier]


def _named(reader: _Reader, phrase: Phrase) -> bool:
    """A phrase in title case ("Learning & Development Resources", "Lead Java Engineer") is a
    heading, a name or a job title, not a duty."""
    words = [
        w.text
        for w in reader.words
        if phrase.start <= w.start < phrase.end and w.low not in STOPWORDS and w.text[0].isalpha()
    ]
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def _has_object(reader: _Reader, i: int, phrase: Phrase) -> bool:
    """A duty says what it acts on: more than the bare verb."""
    return phrase.end > reader.words[i].end


def _soft(reader: _Reader) -> list[Phrase]:
    soft = soft_words()
    words, found = reader.words, []
    personal = bool(_PERSONAL.search(reader.text, reader.span.start, reader.span.end))
    i = 0
    while i < len(words):
        n = _soft_phrase_at(words, i, soft.by_first.get(words[i].low, ()))
        if n:
            found.append(Phrase(words[i].start, words[i + n - 1].end, SOFT, "a soft-skill phrase"))
            i += n
            continue
        word = words[i]
        skills = _skills_after(words, i) if word.low in soft.words else None
        if skills is not None:
            found.append(Phrase(word.start, words[skills].end, SOFT, "names a soft skill"))
            i = skills + 1
            continue
        if word.low in soft.qualities and (personal or i == 0) and _quality(reader, i):
            found.append(Phrase(word.start, word.end, SOFT, "a quality of the person"))
        i += 1
    return found


def _quality(reader: _Reader, i: int) -> bool:
    """A quality word that describes the person, not a thing ("creative solutions")."""
    words = reader.words
    if i + 1 >= len(words) or reader.broken(i + 1):
        return True
    return words[i + 1].low in _QUALITY_NEXT


def _soft_phrase_at(words: Sequence[_Word], i: int, multi: Sequence[tuple[str, ...]]) -> int:
    for phrase in multi:
        n = len(phrase)
        if tuple(w.low for w in words[i : i + n]) == phrase:
            return n
    return 0


def _skills_after(words: Sequence[_Word], i: int) -> int | None:
    """The index of "skills" closing "communication (and interpersonal) skills"."""
    soft = soft_words()
    j = i + 1
    while j < len(words) and j <= i + 4:
        low = words[j].low
        if low in _SKILL_NOUNS:
            return j
        if (
            low not in soft.nouns
            and low not in soft.qualities
            and low not in ("and", "&", "or", "/")
        ):
            return None
        j += 1
    return None


def _without_overlaps(phrases: list[Phrase]) -> list[Phrase]:
    """Phrases in order; of two that overlap, the one that starts first (then the longer)."""
    kept: list[Phrase] = []
    for phrase in sorted(phrases, key=lambda p: (p.start, -p.end, p.kind != SOFT)):
        if kept and phrase.start < kept[-1].end:
            continue
        kept.append(phrase)
    return kept
