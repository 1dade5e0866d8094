"""A light English stemmer for matching phrases to labels regardless of word form.

"developing", "development", "developer" and "develops" all become "develop"; "organised",
"organizational" and "organisation" become "organ"; "analytical", "analysis" and
"analyst" become "analy". It is not linguistics, only a consistent mapping: the same rules
run over taxonomy labels and over posting text, so two forms of one word meet.
"""

from __future__ import annotations

import functools
import re

# British -ise spellings are written -ize first, so both spellings meet.
_BRITISH = re.compile(r"is(e|es|ed|ing|er|ers|ation|ations|ational)$")
_INFLECTIONS = (
    ("ies", "y"),
    ("ied", "y"),
    ("sses", "ss"),
    ("ing", ""),
    ("ed", ""),
    ("es", "e"),
    ("s", ""),
)
_DERIVATIONS = (
    ("izational", "ize"), ("ational", "ate"), ("ization", "ize"), ("ation", "ate"),
    ("ability", "able"), ("ibility", "ible"), ("ivity", "ive"), ("osity", "ous"),
    ("ytically", "y"), ("ytical", "y"), ("ytics", "y"), ("ytic", "y"), ("ysis", "y"),
    ("yst", "y"), ("yse", "y"), ("yze", "y"), ("ically", "ic"), ("ally", "al"),
    ("fully", "ful"), ("ical", "ic"),
    ("ment", ""), ("ness", ""), ("ity", ""), ("ence", ""), ("ance", ""), ("ent", ""),
    ("ant", ""), ("ive", ""), ("ous", ""), ("able", ""), ("ible", ""), ("ize", ""), ("iz", ""),
    ("ly", ""), ("al", ""), ("er", ""), ("or", ""), ("ist", ""), ("ism", ""), ("ics", "ic"),
    ("ic", ""),
)  # fmt: skip
_KEEP_S = ("ss", "us", "is", "ys", "os")
# Word families the suffix rules would split or merge wrongly: prefix -> stem.
_FAMILIES = (
    ("document", "document"), ("improvis", "improvis"), ("better", "better"),
    ("bett", "bet"), ("analy", "analy"),
)  # fmt: skip
_MIN_STEM = 3
_DOUBLED = re.compile(r"([bcdfgkmnprtv])\1$")


def _inflection(word: str) -> str:
    for suffix, replacement in _INFLECTIONS:
        if not word.endswith(suffix) or len(word) - len(suffix) < _MIN_STEM:
            continue
        if suffix == "s" and word.endswith(_KEEP_S):
            return word
        return word[: -len(suffix)] + replacement
    return word


def _derivation(word: str) -> str:
    for suffix, replacement in _DERIVATIONS:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM + 1:
            return word[: -len(suffix)] + replacement
    return word


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The stem of one lowercase word (words of one or two letters and numbers as given)."""
    if len(word) <= 3 or not word.isalpha():
        return word
    for prefix, family in _FAMILIES:
        if word.startswith(prefix):
            return family
    word = _BRITISH.sub(r"iz\1", word)
    word = _inflection(word)
    for _ in range(2):
        shorter = _derivation(word)
        if shorter == word:
            break
        word = shorter
        if word.endswith("y"):  # "analy" of analysis, analyst, analytical: final
            return word
    if word.endswith("e") and len(word) > _MIN_STEM + 1:
        word = word[:-1]
    return _DOUBLED.sub(r"\1", word)
