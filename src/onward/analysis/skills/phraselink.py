"""Link a requirement phrase to the taxonomy skill whose label it spells, in any word order
and word form: "managing stakeholders" is "Stakeholder management", "working independently
and efficiently" is "work independently", "strong communication skills" is "communication".

Labels and phrases become sets of stems (:mod:`onward.analysis.skills.stems`) without
function words. A label links when the phrase holds every stem of it (light verbs such as
"show" or "use" may be left out: "curious" is enough for "show curiosity") and those stems
carry at least ``min_coverage`` of the phrase's weight (rare words weigh more, by inverse
label frequency; a word no label uses weighs most). So "develop new bioinformatics
pipelines" is not linked to "develop" alone.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from onward.analysis.skills.forms import QUALIFIER
from onward.analysis.skills.stems import stem
from onward.analysis.skills.taxonomy import Taxonomy
from onward.analysis.skills.words import STOPWORDS, word_set

_WORD = re.compile(r"[^\W_]+(?:[+#.][^\W_]+)*[+#]*")
# "A-level", "C-suite", "3D-printing": a part of one letter or digit keeps the word whole.
_SHORT_PART = re.compile(r"\b[^\W_]{1,2}-[^\W_]+|[^\W_]+-[^\W_]{1,2}\b")
# Verbs a label may open with that a phrase may leave out ("show curiosity" for "curious").
LIGHT = frozenset(
    stem(w)
    for w in word_set(
        """show demonstrate display exhibit have be possess use utilise utilize apply perform
        undertake conduct practise practice adopt keep carry out think"""
    )
)
# Words of a phrase that say nothing about which skill it is.
FILLER = frozenset(
    stem(w)
    for w in word_set(
        """strong excellent good great solid proven deep demonstrable demonstrated relevant
        extensive broad various new existing high highly very advanced basic sound practical
        hands-on outstanding exceptional effective proficient experience experienced
        knowledge skill skills ability abilities understanding background expertise exposure
        years year plus minimum least familiarity well able ideally preferably also including
        related similar etc other others different multiple several like field area level
        role position environment opportunity way thing part range variety number lot kind
        type aspect"""
    )
)
_SKIP = STOPWORDS | word_set("e.g i.e etc")


def stems_of(text: str, *, filler: bool = False) -> list[str]:
    """Content stems of ``text`` in order: function words left out, and filler words
    ("strong", "experience") unless ``filler``."""
    out = []
    lowered = _SHORT_PART.sub(lambda m: m.group().replace("-", ""), text.lower())
    for match in _WORD.finditer(lowered):
        word = match.group()
        if word in _SKIP:
            continue
        s = stem(word)
        if filler or s not in FILLER:
            out.append(s)
    return out


@dataclass(frozen=True, slots=True)
class _Label:
    skill: int
    text: str
    required: frozenset[str]
    preferred: bool
    light: bool = False  # a light verb was left out ("show curiosity" -> {curiosity})


@dataclass(frozen=True, slots=True)
class PhraseLink:
    skill: int
    label: str
    score: float  # share of the phrase's weight the label covers
    reason: str


class PhraseLinker:
    """Order-free, form-free label matching of whole phrases (see the module doc)."""

    def __init__(self, taxonomy: Taxonomy, *, min_coverage: float = 0.6) -> None:
        self.taxonomy = taxonomy
        self.min_coverage = min_coverage
        labels = list(self._labels(taxonomy))
        df: Counter[str] = Counter()
        for label in labels:
            df.update(label.required)
        total = max(1, len(labels))
        self._idf = {s: math.log(1 + total / n) for s, n in df.items()}
        self._unknown = math.log(1 + total)
        self._by_key: dict[str, list[tuple[_Label, float]]] = {}
        for label in labels:
            key = max(label.required, key=lambda s: (self._idf[s], s))
            mass = sum(self._idf[s] for s in label.required)
            self._by_key.setdefault(key, []).append((label, mass))
        self._cache: dict[str, PhraseLink | None] = {}

    @staticmethod
    def _labels(taxonomy: Taxonomy) -> Iterable[_Label]:
        for i, skill in enumerate(taxonomy.skills):
            for text in (skill.label, *skill.alt_labels):
                bare = QUALIFIER.sub("", text) or text
                stems = frozenset(stems_of(bare, filler=True))
                required = stems - LIGHT
                if required:
                    yield _Label(i, text, required, text == skill.label, required != stems)

    def weight(self, s: str) -> float:
        return self._idf.get(s, self._unknown)

    def link(self, text: str) -> PhraseLink | None:
        """The label the phrase ``text`` spells best, if it covers enough of it."""
        if text in self._cache:
            return self._cache[text]
        if len(self._cache) > 50_000:
            self._cache.clear()
        link = self._cache[text] = self._link(text)
        return link

    def _link(self, text: str) -> PhraseLink | None:
        found = set(stems_of(text))
        if not found:
            return None
        total = sum(self.weight(s) for s in found)
        best: tuple[float, int, bool, _Label] | None = None
        for s in found:
            for label, mass in self._by_key.get(s, ()):
                if not label.required <= found:
                    continue
                if label.light and len(label.required) == 1 and len(found) > 1:
                    continue  # "use dictionaries" is not "data dictionaries"
                covered = mass / total
                rank = (covered, len(label.required), label.preferred, label)
                if best is None or rank[:3] > best[:3]:
                    best = rank
        if best is None or best[0] < self.min_coverage:
            return None
        covered, _, _, label = best
        reason = f"the phrase spells {label.text!r} ({covered:.0%} of its words)"
        return PhraseLink(label.skill, label.text, round(covered, 3), reason)
