"""Skills named as missing in feedback: each span of :func:`missing_spans`, linked to skills.

Only what the employer frames as lacking is linked, never the greeting, the praise or the
signature. A needed phrase is linked in three steps, the first that finds something wins:

1. the skills engine's own extraction (lexical: labels, aliases, typos) over the phrase;
2. word linking: the taxonomy label whose every content word (light stems: "statistical"
   and "statistics" are one) is in the phrase and which covers at least ``min_cover`` of
   the phrase's weight, rarer words weighing more ("statistical power" is Statistics, a
   label that spells "power" too would win over it). Taxonomy-wide word weights are
   computed once per taxonomy and cached;
3. meaning: when the index has a semantic linker, the skill nearest to the phrase if its
   cosine reaches the linker's threshold (or ``semantic_threshold``).
"""

from __future__ import annotations

import math
import re
import threading
from collections import Counter
from dataclasses import dataclass

from onward.analysis.feedback_missing import MissingSpan, missing_spans
from onward.analysis.skills.extract import ExtractConfig, SkillIndex, extract
from onward.analysis.skills.forms import QUALIFIER
from onward.analysis.skills.taxonomy import Taxonomy
from onward.analysis.skills.words import is_common, is_stopword

__all__ = ["NamedMissing", "WordLinker", "link_phrase", "named_missing"]

MIN_COVER = 0.5
MIN_STEM = 4
VENDORS = frozenset(
    ["apache", "microsoft", "ms", "google", "amazon", "adobe", "autodesk", "ibm", "atlassian"]
)
_WORD_CASED = re.compile(r"[A-Za-z0-9][A-Za-z0-9+#.]*")
_PHRASE_CONFIG = ExtractConfig(semantic=False, sections=False)
_WORD = re.compile(r"[a-z0-9][a-z0-9+#.]*")
_SUFFIXES = (
    "isations", "izations", "isation", "ization", "ations", "ation", "ments", "ment",
    "ities", "ity", "ings", "ing", "ical", "ics", "ic", "ers", "er", "ies", "es", "al",
    "ed", "ly", "s",
)  # fmt: skip
# Words that say nothing about which skill a phrase is.
_GENERIC = frozenset(
    [
        "skill",
        "skills",
        "experience",
        "knowledge",
        "ability",
        "abilities",
        "understanding",
        "background",
        "expertise",
        "exposure",
        "familiarity",
        "proficiency",
        "competence",
        "level",
        "strong",
        "good",
        "solid",
        "more",
        "some",
        "work",
        "working",
        "basic",
        "advanced",
        "general",
        "related",
        "relevant",
        "years",
        "year",
    ]
)


def stem(word: str) -> str:
    """A light stem: "statistical"/"statistics" -> "statist", "modelling"/"modeling" ->
    "model", "visualisation"/"visualization" -> "visualis"."""
    word = word.replace("z", "s")
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            word = word[: -len(suffix)]
            break
    if len(word) > MIN_STEM and word[-1] == word[-2]:
        word = word[:-1]
    return word[:-1] if len(word) > MIN_STEM and word.endswith("e") else word


def content_words(text: str) -> list[str]:
    words = _WORD.findall(text.lower())
    return [w for w in words if not is_stopword(w) and w not in _GENERIC]


@dataclass(frozen=True)
class WordLink:
    skill: int
    label: str  # the label or alternative label that matched
    score: float


@dataclass(frozen=True)
class _Label:
    stems: frozenset[str]
    skill: int
    text: str
    words: frozenset[str]  # its content words, lower-case
    plain: bool  # every word is an everyday word ("Teams", "Spark"): needs its capital


class WordLinker:
    """Order-free matching of a phrase against every label's content words. A vendor name
    is not needed ("Spark" is Apache Spark); a label of everyday words only links when the
    phrase writes it with a capital ("Teams", not "team")."""

    def __init__(self, taxonomy: Taxonomy, *, min_cover: float = MIN_COVER) -> None:
        self.min_cover = min_cover
        self._labels: dict[str, list[_Label]] = {}
        counts: Counter[str] = Counter()
        for index, skill in enumerate(taxonomy.skills):
            for text in (skill.label, *skill.alt_labels):
                words = [w for w in content_words(QUALIFIER.sub("", text) or text)]
                words = [w for w in words if w not in VENDORS] or words
                if not words:
                    continue
                label = _Label(
                    frozenset(stem(w) for w in words),
                    index,
                    text,
                    frozenset(words),
                    all(is_common(w) for w in words),
                )
                counts.update(label.stems)
                for s in label.stems:
                    self._labels.setdefault(s, []).append(label)
        total = max(1, sum(counts.values()))
        self._weight = {s: math.log(1 + total / n) for s, n in counts.items()}
        self._unknown = math.log(1 + total)

    def link(self, phrase: str) -> WordLink | None:
        words = content_words(phrase)
        found = frozenset(stem(w) for w in words)
        if not found:
            return None
        capitals = {w.lower() for w in _WORD_CASED.findall(phrase) if w[:1].isupper()}
        mass = sum(self._weight.get(s, self._unknown) for s in found)
        best: tuple[float, int, WordLink] | None = None
        for s in found:
            for label in self._labels.get(s, ()):
                if not label.stems <= found or (label.plain and not label.words <= capitals):
                    continue
                cover = sum(self._weight[x] for x in label.stems) / mass
                rank = (round(cover, 6), len(label.stems))
                if best is None or rank > best[:2]:
                    best = (*rank, WordLink(label.skill, label.text, round(cover, 3)))
        if best is None or best[0] < self.min_cover:
            return None
        return best[2]


_linkers: dict[int, tuple[Taxonomy, WordLinker]] = {}
_lock = threading.Lock()


def word_linker(taxonomy: Taxonomy) -> WordLinker:
    """The word linker of a taxonomy, built once per taxonomy object (thread-safe)."""
    found = _linkers.get(id(taxonomy))
    if found is not None and found[0] is taxonomy:
        return found[1]
    with _lock:
        found = _linkers.get(id(taxonomy))
        if found is None or found[0] is not taxonomy:
            found = (taxonomy, WordLinker(taxonomy))
            _linkers[id(taxonomy)] = found
        return found[1]


@dataclass(frozen=True)
class NamedMissing:
    """A skill the employer says was lacking, with the span it was read from."""

    skill_id: str
    label: str
    span: MissingSpan
    method: str  # exact | alias | fuzzy | words | semantic
    score: float
    reason: str


@dataclass(frozen=True)
class PhraseLink:
    skill: int
    method: str
    score: float
    reason: str


def link_phrase(
    phrase: str, index: SkillIndex, *, semantic_threshold: float | None = None
) -> list[PhraseLink]:
    """Skills a short phrase names: lexical first, then by words, then by meaning."""
    mentions = extract(phrase, index, _PHRASE_CONFIG)
    if mentions:
        taxonomy = index.taxonomy
        return [
            PhraseLink(taxonomy.index_of(m.skill_id), m.method, m.score, m.reasons[0])
            for m in mentions
        ]
    words = word_linker(index.taxonomy).link(phrase)
    if words is not None:
        reason = f"its words spell {words.label!r} ({words.score:.0%} of the phrase)"
        return [PhraseLink(words.skill, "words", words.score, reason)]
    return _by_meaning(phrase, index, semantic_threshold)


def _by_meaning(phrase: str, index: SkillIndex, threshold: float | None) -> list[PhraseLink]:
    linker = index.semantic
    if linker is None:
        return []
    ranked = linker.best_skills(linker.encoder.encode([phrase]), top=1)
    limit = linker.threshold if threshold is None else threshold
    if not ranked or not ranked[0] or ranked[0][0][1] < limit:
        return []
    skill, score = ranked[0][0]
    label = index.taxonomy.skills[skill].label
    return [PhraseLink(skill, "semantic", round(score, 3), f"close in meaning to {label!r}")]


def named_missing(
    text: str, index: SkillIndex, *, semantic_threshold: float | None = None
) -> tuple[NamedMissing, ...]:
    """Skills the feedback ``text`` says the candidate lacked, first mention of each."""
    found: dict[str, NamedMissing] = {}
    for span in missing_spans(text):
        for link in link_phrase(span.phrase, index, semantic_threshold=semantic_threshold):
            skill = index.taxonomy.skills[link.skill]
            reason = f"{span.reason}; {link.reason}"
            named = NamedMissing(skill.id, skill.label, span, link.method, link.score, reason)
            found.setdefault(skill.id, named)
    return tuple(found.values())
