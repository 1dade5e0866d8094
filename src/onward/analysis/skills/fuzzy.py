"""Typo correction against the words of the label vocabulary ("Javscript" -> "javascript").

Candidates share the first letter and are within one edit (two for long words when the
policy allows), via rapidfuzz when it is installed. With ``guard`` on (the product path),
ordinary words are never corrected (:func:`onward.analysis.skills.words.is_ordinary`),
transpositions count as one edit, candidates are tried in a fixed order, and every
correction says why it may still be a real word (``Fix.doubt``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from onward.analysis.skills.words import is_ordinary

MAX_CACHE = 200_000
# Endings of derived English words: a single word ending so is not taken for a typo.
_ENGLISH_ENDINGS = (
    "ing", "ed", "ly", "tion", "sion", "ment", "ness", "ity", "ive", "ous", "able", "ible",
    "ful", "less", "ise", "ize", "ate", "er", "est", "ence", "ance", "al", "ant", "ent",
)  # fmt: skip

_levenshtein: Callable[..., int] | None
_osa: Callable[..., int] | None
try:
    from rapidfuzz.distance.Levenshtein import distance as _rapid_distance
    from rapidfuzz.distance.OSA import distance as _rapid_osa

    _levenshtein, _osa = _rapid_distance, _rapid_osa
except ImportError:  # pragma: no cover - rapidfuzz is a runtime dependency
    _levenshtein = _osa = None


@dataclass(frozen=True, slots=True)
class Fix:
    """A typo correction: the label word, its similarity, and why it may be a real word."""

    word: str
    similarity: float
    doubt: str = ""  # "", "ending" (ends like an English word), "inflection" (of the target)


class Typos:
    def __init__(
        self,
        label_words: frozenset[str],
        known: frozenset[str],
        *,
        min_length: int,
        two_edits_from: int | None,
        guard: bool,
    ) -> None:
        """``known``: real words, never corrected (label words, description words)."""
        self.known = known
        self.min_length = min_length
        self.two_edits_from = two_edits_from
        self.guard = guard
        self._cache: dict[str, Fix | None] = {}
        buckets: dict[tuple[str, int], list[str]] = defaultdict(list)
        for word in label_words:
            if len(word) >= 5 and word.isalpha():
                buckets[(word[0], len(word))].append(word)
        if guard:
            for words in buckets.values():
                words.sort()  # ties between candidates break the same way in every process
        self._by_shape = buckets

    def correct(self, word: str) -> Fix | None:
        """The label-vocabulary word a few edits away from ``word`` (cached)."""
        if len(word) < self.min_length or not word.isalpha() or word in self.known:
            return None
        if self.guard and is_ordinary(word):
            return None
        if word in self._cache:
            return self._cache[word]
        fix = self._nearest(word)
        if len(self._cache) < MAX_CACHE:
            self._cache[word] = fix
        return fix

    def _nearest(self, word: str) -> Fix | None:
        two = self.two_edits_from
        limit = 2 if two is not None and len(word) >= two else 1
        measure = _osa if self.guard else _levenshtein
        best: tuple[int, str] | None = None
        for size in range(len(word) - limit, len(word) + limit + 1):
            for candidate in self._by_shape.get((word[0], size), ()):
                distance = _distance(word, candidate, limit, measure)
                if distance <= limit and (best is None or distance < best[0]):
                    best = (distance, candidate)
        if best is None:
            return None
        similarity = 1.0 - best[0] / max(len(word), len(best[1]))
        return Fix(best[1], similarity, _doubt(word, best[1]))


def _doubt(word: str, target: str) -> str:
    """Why a corrected word may be a real word: an inflection of the target
    ("experienced" / "experience") or an English ending ("reliably")."""
    shorter = min(len(word), len(target))
    shared = 0
    while shared < shorter and word[shared] == target[shared]:
        shared += 1
    if shared >= shorter - 2:
        return "inflection"
    return "ending" if word.endswith(_ENGLISH_ENDINGS) else ""


def _distance(a: str, b: str, limit: int, measure: Callable[..., int] | None = None) -> int:
    """Edit distance, with rapidfuzz when available (cut off above ``limit``)."""
    measure = measure or _levenshtein
    if measure is None:  # pragma: no cover - rapidfuzz is a runtime dependency
        return _plain_distance(a, b)
    return int(measure(a, b, score_cutoff=limit))


def _plain_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]
