"""What kind of word a skill's surface form is: an acronym, a name, an everyday word, a title.

The product extraction path uses these flags to ask for evidence before trusting a match
(see :mod:`onward.analysis.skills.guards`): "DoE" must be written "DoE", "Excel" must be
capitalised, "trading" needs a skill context, "Go" (the bare name of "Go (programming
language)") needs a clear one, and "analytics engineers" names people, not a skill.
"""

from __future__ import annotations

import re
from itertools import pairwise

from onward.analysis.skills.taxonomy import Skill
from onward.analysis.skills.text import normalise
from onward.analysis.skills.words import PERSON_NOUNS, is_common, is_stopword

# Where a form comes from: the label, an alias, or either with its "(qualifier)" removed.
LABEL, ALIAS, BARE_LABEL, BARE_ALIAS = "label", "alias", "bare-label", "bare-alias"
ORIGIN_RANK = {LABEL: 0, ALIAS: 1, BARE_LABEL: 2, BARE_ALIAS: 3}
# Flags
ACRONYM, PROPER, COMMON, TITLE = "acronym", "proper", "common", "title"
# A one-word alternative name in lower case for a skill named otherwise ("scale" for
# "design principles", "integrity" for "morality"): weak evidence on its own.
LOOSE = "loose"
PRODUCT_KINDS = frozenset({"tool", "technology", "language", "certification"})
QUALIFIER = re.compile(r"\s*\(([^)]*)\)\s*$")
_LETTERS = re.compile(r"[^\W\d_]")


def is_acronym(form: str) -> bool:
    """SQL, AWS, PMP, EC2 (two or three capitals) or DoE, SAFe, iOS (short, a capital after
    a small letter). Longer words in capitals ("SPARK", "PRINCE2") are names."""
    if " " in form.strip():
        return False
    letters = "".join(_LETTERS.findall(form))
    if len(letters) < 2:
        return False
    if letters.isupper():
        return len(letters) <= 3
    inner_capital = any(a.islower() and b.isupper() for a, b in pairwise(letters))
    return inner_capital and len(letters) <= 4


def _is_proper(form: str, skill: Skill, lowercase_labels: bool) -> bool:
    letters = "".join(_LETTERS.findall(form))
    if not letters or not any(c.isupper() for c in letters):
        return False
    if any(c.isupper() for c in letters[1:]):
        return True  # JavaScript, GitHub
    return lowercase_labels or skill.kind in PRODUCT_KINDS


def _is_title(key: tuple[str, ...], skill: Skill) -> bool:
    """A job-title form ("analytics engineer") of a skill named otherwise."""
    if not key or key[-1] not in PERSON_NOUNS:
        return False
    label = normalise(QUALIFIER.sub("", skill.label))
    return not label or label[-1] != key[-1]


def flags(
    form: str, key: tuple[str, ...], skill: Skill, *, lowercase_labels: bool
) -> frozenset[str]:
    """Flags of one surface form (``key``: its normalised tokens)."""
    found: set[str] = set()
    if len(key) == 1:
        if is_acronym(form):
            found.add(ACRONYM)
        elif _is_proper(form, skill, lowercase_labels):
            found.add(PROPER)
        if is_common(key[0]):
            found.add(COMMON)
    if _is_title(key, skill):
        found.add(TITLE)
    return frozenset(found)


def is_loose(form: str, key: tuple[str, ...], skill: Skill, lowercase_labels: bool) -> bool:
    """In a taxonomy written in lower case (ESCO, whose alternative labels are many and
    loose), one lower-case word standing for a skill named otherwise ("integrity" for
    "morality") or for a longer label ("engineering" for "packaging engineering"). The
    built-in vocabulary's aliases are chosen by hand: none is loose."""
    if not lowercase_labels or len(key) != 1 or form == skill.label:
        return False
    if not form.isalpha() or not form.islower():
        return False
    label = normalise(QUALIFIER.sub("", skill.label))
    return key[0] not in label or len(label) > 1


def qualifier_words(qualifier: str) -> tuple[str, ...]:
    """The content words of a "(qualifier)", normalised: "(programming language)" ->
    ("programming", "language")."""
    return tuple(w for w in normalise(qualifier) if len(w) > 1 and not is_stopword(w))
