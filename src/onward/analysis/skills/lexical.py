"""Exact, alias and fuzzy phrase matching of taxonomy labels over tokenised text.

Labels are indexed as token tuples in a flat phrase table plus a prefix set (a token trie
folded into two hash tables), so a text is scanned in one left-to-right pass. Fuzzy matching
covers typos (edits in a word of the label vocabulary, via rapidfuzz when it is installed)
and spacing variants ("PowerBI" vs "Power BI", "java script" vs "javascript").

A :class:`LexicalPolicy` sets how strict matching is. The default is the product path's
(precision first): acronyms match in their own casing, "(qualified)" names keep what they
are so that extraction can ask for context, and typo correction leaves ordinary words
alone. ``LexicalPolicy.ranking()`` is the permissive policy the ranking benchmark was
measured with (docs/benchmarks.md); it adds lexical evidence to a semantic ranking.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from onward.analysis.skills import forms
from onward.analysis.skills.fuzzy import Fix, Typos
from onward.analysis.skills.taxonomy import Taxonomy
from onward.analysis.skills.text import Token, fold, norm_token, normalise, tokenize
from onward.analysis.skills.words import is_common, is_stopword

EXACT, ALIAS, FUZZY = "exact", "alias", "fuzzy"
_QUALIFIER = forms.QUALIFIER
# A single-word alias that appears in this share of ESCO descriptions is a common word.
COMMON_WORD_SHARE = 0.004
_JOINERS = frozenset(" -\u2010\u2011")
_STOPS = frozenset(',;:!?"\n\u2022')
_BRACKETS = frozenset("()[]{}.")

_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class LexicalPolicy:
    """How strict lexical matching is; the defaults are the product extraction path's."""

    # Acronyms (SQL, DoE) match in their own casing only; forms carry flags (acronym, name,
    # common word, job title) and bare "(qualified)" names rank below every other form.
    strict_forms: bool = True
    fuzzy_min_length: int = 7  # shortest word corrected as a typo
    fuzzy_two_edits_from: int | None = None  # word length from which two edits are allowed
    # Never correct common words or inflections of a label word ("experienced"); a lone
    # corrected word must name a tool or technology and not end like an English word.
    fuzzy_guard: bool = True
    # Spacing variants never join words across punctuation or with function words.
    compact_guard: bool = True

    @classmethod
    def ranking(cls) -> LexicalPolicy:
        """The permissive policy of the ranking benchmark (its figures were measured so)."""
        return cls(
            strict_forms=False,
            fuzzy_min_length=5,
            fuzzy_two_edits_from=8,
            fuzzy_guard=False,
            compact_guard=False,
        )


@dataclass(frozen=True, slots=True)
class Entry:
    skill: int
    method: str
    score: float
    label: str
    case_sensitive: bool = False
    origin: str = forms.LABEL
    qualifier: tuple[str, ...] = ()
    flags: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True, slots=True)
class LexicalHit:
    skill: int
    first: int  # token index, inclusive
    last: int  # token index, exclusive
    method: str
    score: float
    label: str
    reason: str
    entry: Entry | None = None  # the indexed form (strict policy), for context checks
    # other forms written the same way (strict policy), in order: "pricing" may be the bare
    # name of "Pricing (finance)" or of "pricing (actuarial)"; context checks pick one
    others: tuple[Entry, ...] = ()


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


def _unwanted_alias(text: str, key: tuple[str, ...], common: frozenset[str]) -> bool:
    """A one-word alias that is a common word of the descriptions (ESCO: "draw"), or a
    lowercase word of one or two letters ("re")."""
    short = len(key[0]) <= 2 and text.isalpha() and text.islower()
    return (len(key[0]) > 2 and key[0] in common) or short


def _lowercase_labels(taxonomy: Taxonomy) -> bool:
    """Whether labels are written in lower case (ESCO), so a capital marks a name."""
    firsts = [s.label[:1] for s in taxonomy.skills if s.label[:1].isalpha()]
    return sum(c.islower() for c in firsts) > len(firsts) / 2


class LexicalMatcher:
    def __init__(self, taxonomy: Taxonomy, policy: LexicalPolicy | None = None) -> None:
        self.taxonomy = taxonomy
        self.policy = policy or LexicalPolicy()
        self.phrases: dict[tuple[str, ...], Entry] = {}
        self.alternatives: dict[tuple[str, ...], tuple[Entry, ...]] = {}
        self.prefixes: set[tuple[str, ...]] = set()
        self.compact: dict[str, Entry] = {}
        self.max_len = 1
        self._joined_keys: set[str] = set()  # compact forms of labels of several words
        common, known = _description_words(taxonomy)
        self._common = common
        self._known = known
        self._lowercase = _lowercase_labels(taxonomy)
        prior = taxonomy.occupation_counts()
        order = sorted(
            range(len(taxonomy.skills)), key=lambda i: -prior.get(taxonomy.skills[i].id, 0)
        )
        for i in order:
            self._add_skill(i, common)
        label_words = frozenset(w for key in self.phrases for w in key)
        self.typos = Typos(
            label_words,
            known | label_words,
            min_length=self.policy.fuzzy_min_length,
            two_edits_from=self.policy.fuzzy_two_edits_from,
            guard=self.policy.fuzzy_guard,
        )

    def _add_skill(self, i: int, common: frozenset[str]) -> None:
        skill = self.taxonomy.skills[i]
        self._add(skill.label, Entry(i, EXACT, 1.0, skill.label), common, preferred=True)
        for alt in skill.alt_labels:
            self._add(alt, Entry(i, ALIAS, 0.9, alt, origin=forms.ALIAS), common, preferred=False)
        for text in (skill.label, *skill.alt_labels):
            bare = _QUALIFIER.sub("", text)
            if self.policy.strict_forms and sum(c.isalpha() for c in text[len(bare) :]) < 2:
                continue  # "401(k)" is not "401" qualified by "k"
            if bare != text and bare:
                origin = forms.BARE_LABEL if text == skill.label else forms.BARE_ALIAS
                qualifier = forms.qualifier_words(text[len(bare) :])
                entry = Entry(i, ALIAS, 0.85, text, origin=origin, qualifier=qualifier)
                self._add(bare, entry, common, preferred=False)

    def _add(self, text: str, entry: Entry, common: frozenset[str], *, preferred: bool) -> None:
        key = normalise(text)
        if not key:
            return
        if self.policy.strict_forms:
            self._add_strict(text, key, entry, common)
            return
        if len(key) == 1:
            if len(key[0]) <= 2 or key[0].isdigit():
                entry = Entry(entry.skill, entry.method, entry.score, text, case_sensitive=True)
            elif not preferred and key[0] in common:
                return
        current = self.phrases.get(key)
        if current is None or (entry.method == EXACT and current.method != EXACT):
            self.phrases[key] = entry
        self._index_key(key, entry)

    def _add_strict(
        self, text: str, key: tuple[str, ...], entry: Entry, common: frozenset[str]
    ) -> None:
        skill = self.taxonomy.skills[entry.skill]
        if len(key) == 1 and entry.origin != forms.LABEL and _unwanted_alias(text, key, common):
            return
        if (
            len(key) > 1
            and entry.origin != forms.LABEL
            and (is_stopword(key[0]) or is_stopword(key[-1]))
        ):
            return  # "and procedures": a fragment, not a name
        found = forms.flags(text, key, skill, lowercase_labels=self._lowercase)
        if entry.origin == forms.ALIAS and forms.is_loose(text, key, skill, self._lowercase):
            found |= {forms.LOOSE}
        exact_case = forms.ACRONYM in found or (len(key) == 1 and len(key[0]) <= 2)
        # a name in capitals that is also a word ("LESS", "SPARK") matches as written
        exact_case = exact_case or (text.isupper() and key[0] in self._known and len(key) == 1)
        if entry.origin in (forms.BARE_LABEL, forms.BARE_ALIAS) and len(key) == 1:
            # a bare name is written as the vocabulary writes it ("Go", "dbt"), unless it is
            # an everyday word that is no name ("pricing"): that one needs its qualifier
            exact_case = exact_case or forms.PROPER in found or forms.COMMON not in found
        entry = Entry(
            entry.skill,
            entry.method,
            entry.score,
            text if exact_case else entry.label,
            case_sensitive=exact_case,
            origin=entry.origin,
            qualifier=entry.qualifier,
            flags=found,
        )
        current = self.phrases.get(key)
        if current is None:
            self.phrases[key] = entry
        else:  # several forms written alike: keep them all, best origin first
            ranked = sorted(
                [*self.alternatives.get(key, (current,)), entry],
                key=lambda e: forms.ORIGIN_RANK[e.origin],
            )
            self.phrases[key] = ranked[0]
            self.alternatives[key] = tuple(ranked)
        self._index_key(key, entry)

    def _index_key(self, key: tuple[str, ...], entry: Entry) -> None:
        self.max_len = max(self.max_len, len(key))
        self.prefixes.update(key[:n] for n in range(1, len(key) + 1))
        joined = "".join(key)
        if len(joined) >= 5:
            self.compact.setdefault(joined, entry)
            if len(key) > 1:
                self._joined_keys.add(joined)

    def knows(self, word: str) -> bool:
        """Whether one written word is a label or the joined form of one ("JavaScript",
        "PowerBI"), ignoring case."""
        norm = norm_token(fold(word))
        return norm in self.compact or (norm,) in self.phrases or fold(word) in self.compact

    def match(self, text: str, *, fuzzy: bool = True) -> list[LexicalHit]:
        """Non-overlapping hits in ``text``, longest first at each position."""
        tokens = tokenize(text)
        return self.match_tokens(text, tokens, fuzzy=fuzzy)

    def match_tokens(self, text: str, tokens: Sequence[Token], *, fuzzy: bool) -> list[LexicalHit]:
        norms = [t.norm for t in tokens]
        fixes: dict[int, Fix] = {}
        if fuzzy:
            for i, word in enumerate(norms):
                fix = self.typos.correct(word)
                if fix is not None:
                    norms[i], fixes[i] = fix.word, fix
        # spacing variants join the words as written (strict) or as corrected
        joined = [t.norm for t in tokens] if fixes and self.policy.compact_guard else norms
        hits: list[LexicalHit] = []
        i = 0
        while i < len(norms):
            hit = self._longest(text, tokens, norms, i, fixes)
            if hit is None and fuzzy:
                hit = self._compact(text, tokens, joined, i)
            if hit is None:
                i += 1
                continue
            hits.append(hit)
            i = hit.last
        return hits

    def _candidates(self, key: tuple[str, ...], entry: Entry) -> tuple[Entry, ...]:
        return self.alternatives.get(key, (entry,))

    def _longest(
        self, text: str, tokens: Sequence[Token], norms: list[str], i: int, fixes: dict[int, Fix]
    ) -> LexicalHit | None:
        best: tuple[int, list[Entry]] | None = None
        for n in range(1, min(self.max_len, len(norms) - i) + 1):
            key = tuple(norms[i : i + n])
            if key not in self.prefixes:
                break
            if n > 1 and self.policy.strict_forms and self._broken(text, tokens, i + n - 1):
                break  # "team, working" is not "team working"
            entry = self.phrases.get(key)
            if entry is None:
                continue
            surface = text[tokens[i].start : tokens[i + n - 1].end]
            cased = [
                c
                for c in self._candidates(key, entry)
                if self._cased(text, c, surface, tokens[i].start)
            ]
            if cased:
                best = (n, cased)
        if best is None:
            return None
        n, found = best
        entry, others = found[0], tuple(found[1:])
        fixed = [fixes[j] for j in range(i, i + n) if j in fixes]
        if not fixed:
            reason = f"{entry.method} match of {entry.label!r}"
            return LexicalHit(
                entry.skill, i, i + n, entry.method, entry.score, entry.label, reason, entry, others
            )
        if not self._fix_allowed(fixed, n, entry):
            return None
        score = round(entry.score * min(f.similarity for f in fixed) * 0.9, 3)
        reason = f"close spelling of {entry.label!r}"
        return LexicalHit(entry.skill, i, i + n, FUZZY, score, entry.label, reason, entry)

    @staticmethod
    def _broken(text: str, tokens: Sequence[Token], j: int) -> bool:
        """Punctuation between token ``j - 1`` and token ``j``: "team, working" and "AWS
        (S3" are two things, "401(k)" and "CI/CD" one."""
        gap = text[tokens[j - 1].end : tokens[j].start]
        if any(c in _STOPS for c in gap):
            return True
        return any(c in _BRACKETS for c in gap) and any(c.isspace() for c in gap)

    def _cased(self, text: str, entry: Entry, surface: str, start: int) -> bool:
        """Whether ``surface`` is written the way ``entry`` must be."""
        if not entry.case_sensitive:
            return True
        if surface != entry.label:
            return self._lowercase_acronym(entry, surface)
        if self.policy.strict_forms and len(surface) == 1:
            # a one-letter name stands alone: "R&D" and "C-suite" are not R and C
            after = text[start + 1 : start + 2]
            before = text[start - 1 : start] if start else ""
            return after not in ("&", "'", "\u2019", "-") and before not in ("&", "-")
        return True

    @staticmethod
    def _lowercase_acronym(entry: Entry, surface: str) -> bool:
        """Resumes and quick notes write "sql, aws": an all-capitals acronym of three or more
        letters also matches all in lower case, unless that is an everyday word. Title case
        ("Doe", "Aws") stays out: it reads as a name or a sentence start."""
        label = entry.label
        return (
            forms.ACRONYM in entry.flags
            and forms.COMMON not in entry.flags
            and label.isupper()
            and len(label) >= 3
            and surface == label.lower()
        )

    def _fix_allowed(self, fixed: list[Fix], n: int, entry: Entry) -> bool:
        if not self.policy.fuzzy_guard:
            # a lone short word one edit from a label is too often another word
            return not (n == 1 and fixed[0].similarity < 0.8)
        if any(f.doubt == "inflection" for f in fixed) or len(fixed) == n:
            return n == 1 and self._lone_fix_allowed(fixed[0], entry)
        return True

    def _lone_fix_allowed(self, fix: Fix, entry: Entry) -> bool:
        kind = self.taxonomy.skills[entry.skill].kind
        named = forms.PROPER in entry.flags or kind in forms.PRODUCT_KINDS
        return fix.doubt == "" and named and forms.COMMON not in entry.flags

    def _compact(
        self, text: str, tokens: Sequence[Token], norms: list[str], i: int
    ) -> LexicalHit | None:
        for n in (3, 2, 1):
            if i + n > len(norms):
                continue
            entry = self.compact.get("".join(norms[i : i + n]))
            if entry is None or not self._joinable(text, tokens, norms, i, n):
                continue
            if self.policy.compact_guard and (
                entry.case_sensitive or entry.flags & {forms.ACRONYM, forms.COMMON}
            ):
                continue  # acronyms and everyday words are matched as written
            reason = f"spacing variant of {entry.label!r}"
            score = round(entry.score * 0.9, 3)
            return LexicalHit(entry.skill, i, i + n, FUZZY, score, entry.label, reason, entry)
        return None

    def _joinable(
        self, text: str, tokens: Sequence[Token], norms: list[str], i: int, n: int
    ) -> bool:
        if not self.policy.compact_guard:
            return True
        if n == 1:  # one written word for a label of several ("PowerBI"), not a label itself
            return "".join(norms[i : i + 1]) in self._joined_keys
        words = norms[i : i + n]
        if any(is_stopword(w) or is_common(w) for w in words):
            return False
        gaps = (text[tokens[j].end : tokens[j + 1].start] for j in range(i, i + n - 1))
        return all(gap and set(gap) <= _JOINERS for gap in gaps)
