"""Exact, alias and fuzzy phrase matching of taxonomy labels over tokenised text.

Labels are indexed as token tuples in a flat phrase table plus a prefix set (a token trie
folded into two hash tables), so a text is scanned in one left-to-right pass. Fuzzy matching
covers typos (one or two edits in a word of the label vocabulary, via rapidfuzz when it is
installed) and spacing variants ("PowerBI" vs "Power BI", "java script" vs "javascript").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from onward.analysis.skills.taxonomy import Taxonomy
from onward.analysis.skills.text import Token, norm_token, normalise, tokenize

EXACT, ALIAS, FUZZY = "exact", "alias", "fuzzy"
_QUALIFIER = re.compile(r"\s*\([^)]*\)\s*$")
# A single-word alias that appears in this share of ESCO descriptions is a common word.
COMMON_WORD_SHARE = 0.004
MAX_CACHE = 200_000

_levenshtein: Callable[..., int] | None
try:
    from rapidfuzz.distance.Levenshtein import distance as _rapid_distance

    _levenshtein = _rapid_distance
except ImportError:  # pragma: no cover - rapidfuzz is a runtime dependency
    _levenshtein = None
_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True, slots=True)
class Entry:
    skill: int
    method: str
    score: float
    label: str
    case_sensitive: bool = False


@dataclass(frozen=True, slots=True)
class LexicalHit:
    skill: int
    first: int  # token index, inclusive
    last: int  # token index, exclusive
    method: str
    score: float
    label: str
    reason: str


def _description_words(taxonomy: Taxonomy) -> tuple[frozenset[str], frozenset[str]]:
    """(common words, known words) by document frequency in the skill descriptions.

    A single-word alias that is a common word ("draw", "balance") is not indexed; a word seen
    in at least two descriptions is a real word, never "corrected" as a typo.
    """
    with_text = [s.description for s in taxonomy.skills if s.description]
    df: Counter[str] = Counter()
    for text in with_text:
        df.update(set(_WORD.findall(text.lower())))
    stems: Counter[str] = Counter()
    for word, n in df.items():
        stems[norm_token(word)] += n
    known = frozenset(w for w, n in stems.items() if n >= 2)
    if len(with_text) < 500:
        return frozenset(), known
    cutoff = COMMON_WORD_SHARE * len(with_text)
    return frozenset(w for w, n in stems.items() if n >= cutoff), known


class LexicalMatcher:
    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self.phrases: dict[tuple[str, ...], Entry] = {}
        self.prefixes: set[tuple[str, ...]] = set()
        self.compact: dict[str, Entry] = {}
        self.max_len = 1
        self._fix_cache: dict[str, tuple[str, float] | None] = {}
        common, known = _description_words(taxonomy)
        prior = taxonomy.occupation_counts()
        order = sorted(
            range(len(taxonomy.skills)), key=lambda i: -prior.get(taxonomy.skills[i].id, 0)
        )
        for i in order:
            self._add_skill(i, common)
        self._label_words = frozenset(w for key in self.phrases for w in key)
        self._known = known | self._label_words
        self._by_shape = self._vocabulary_buckets()

    def _add_skill(self, i: int, common: frozenset[str]) -> None:
        skill = self.taxonomy.skills[i]
        self._add(skill.label, Entry(i, EXACT, 1.0, skill.label), common, preferred=True)
        for alt in skill.alt_labels:
            self._add(alt, Entry(i, ALIAS, 0.9, alt), common, preferred=False)
        for text in (skill.label, *skill.alt_labels):
            bare = _QUALIFIER.sub("", text)
            if bare != text and bare:
                self._add(bare, Entry(i, ALIAS, 0.85, text), common, preferred=False)

    def _add(self, text: str, entry: Entry, common: frozenset[str], *, preferred: bool) -> None:
        key = normalise(text)
        if not key:
            return
        if len(key) == 1:
            if len(key[0]) <= 2 or key[0].isdigit():
                entry = Entry(entry.skill, entry.method, entry.score, text, case_sensitive=True)
            elif not preferred and key[0] in common:
                return
        current = self.phrases.get(key)
        if current is None or (entry.method == EXACT and current.method != EXACT):
            self.phrases[key] = entry
        self.max_len = max(self.max_len, len(key))
        self.prefixes.update(key[:n] for n in range(1, len(key) + 1))
        joined = "".join(key)
        if len(joined) >= 5:
            self.compact.setdefault(joined, entry)

    def _vocabulary_buckets(self) -> dict[tuple[str, int], list[str]]:
        buckets: dict[tuple[str, int], list[str]] = defaultdict(list)
        for word in self._label_words:
            if len(word) >= 5 and word.isalpha():
                buckets[(word[0], len(word))].append(word)
        return buckets

    def match(self, text: str, *, fuzzy: bool = True) -> list[LexicalHit]:
        """Non-overlapping hits in ``text``, longest first at each position."""
        tokens = tokenize(text)
        return self.match_tokens(text, tokens, fuzzy=fuzzy)

    def match_tokens(self, text: str, tokens: Sequence[Token], *, fuzzy: bool) -> list[LexicalHit]:
        norms = [t.norm for t in tokens]
        fixes: dict[int, float] = {}
        if fuzzy:
            for i, word in enumerate(norms):
                fix = self._correct(word)
                if fix is not None:
                    norms[i], fixes[i] = fix
        hits: list[LexicalHit] = []
        i = 0
        while i < len(norms):
            hit = self._longest(text, tokens, norms, i, fixes)
            if hit is None and fuzzy:
                hit = self._compact(norms, i)
            if hit is None:
                i += 1
                continue
            hits.append(hit)
            i = hit.last
        return hits

    def _longest(
        self, text: str, tokens: Sequence[Token], norms: list[str], i: int, fixes: dict[int, float]
    ) -> LexicalHit | None:
        best: tuple[int, Entry] | None = None
        for n in range(1, min(self.max_len, len(norms) - i) + 1):
            key = tuple(norms[i : i + n])
            if key not in self.prefixes:
                break
            entry = self.phrases.get(key)
            if entry is None:
                continue
            surface = text[tokens[i].start : tokens[i + n - 1].end]
            if entry.case_sensitive and surface != entry.label:
                continue
            best = (n, entry)
        if best is None:
            return None
        n, entry = best
        fixed = [fixes[j] for j in range(i, i + n) if j in fixes]
        if fixed and n == 1 and fixed[0] < 0.8:
            return None  # a lone short word one edit from a label is too often another word
        if not fixed:
            reason = f"{entry.method} match of {entry.label!r}"
            return LexicalHit(entry.skill, i, i + n, entry.method, entry.score, entry.label, reason)
        score = round(entry.score * min(fixed) * 0.9, 3)
        reason = f"close spelling of {entry.label!r}"
        return LexicalHit(entry.skill, i, i + n, FUZZY, score, entry.label, reason)

    def _compact(self, norms: list[str], i: int) -> LexicalHit | None:
        for n in (3, 2, 1):
            if i + n > len(norms):
                continue
            entry = self.compact.get("".join(norms[i : i + n]))
            if entry is not None:
                reason = f"spacing variant of {entry.label!r}"
                score = round(entry.score * 0.9, 3)
                return LexicalHit(entry.skill, i, i + n, FUZZY, score, entry.label, reason)
        return None

    def _correct(self, word: str) -> tuple[str, float] | None:
        """The label-vocabulary word one or two edits away from ``word`` (cached)."""
        if len(word) < 5 or not word.isalpha() or word in self._known:
            return None
        if word in self._fix_cache:
            return self._fix_cache[word]
        fix = self._nearest(word)
        if len(self._fix_cache) < MAX_CACHE:
            self._fix_cache[word] = fix
        return fix

    def _nearest(self, word: str) -> tuple[str, float] | None:
        limit = 1 if len(word) < 8 else 2
        best: tuple[int, str] | None = None
        for size in range(len(word) - limit, len(word) + limit + 1):
            for candidate in self._by_shape.get((word[0], size), ()):
                distance = _distance(word, candidate, limit)
                if distance <= limit and (best is None or distance < best[0]):
                    best = (distance, candidate)
        if best is None:
            return None
        return best[1], 1.0 - best[0] / max(len(word), len(best[1]))


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, with rapidfuzz when available (cut off above ``limit``)."""
    if _levenshtein is None:  # pragma: no cover - rapidfuzz is a runtime dependency
        return _plain_distance(a, b)
    return int(_levenshtein(a, b, score_cutoff=limit))


def _plain_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]
