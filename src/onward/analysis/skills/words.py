"""Small hand-written word lists that keep extraction from reading ordinary words as skills.

``common_words()`` (``data/words/common.txt``): everyday English words that also spell a
skill, a product or an alias ("excel", "trading", "team") and the words that sit next to
them ("desk", "player"); a match on one needs evidence. ``near_misses()``
(``data/words/near_misses.txt``): ordinary words a letter or two from a label word
("write", "addition"), never corrected as typos. ``STOPWORDS``: function words, which never
make a clause meaningful on their own. ``PERSON_NOUNS``: the last words of job titles.
"""

from __future__ import annotations

import functools
from importlib import resources


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``."""
    return frozenset(text.split())


STOPWORDS = word_set(
    """a an the and or but nor so yet of in on at to for from by with without about into onto
    over under as is are was were be been being am do does did has have had having will would
    shall should can could may might must this that these those it its it's we our us you your
    they their them he she his her i me my who whom whose which what when where why how all any
    both each every few more most other some such no not only own same than too very just also
    up down out off again further then once here there if while per via e.g i.e etc"""
)
_SUFFIXES = ("ing", "ed", "es", "s", "ly", "er", "ers")


def _load(name: str) -> frozenset[str]:
    path = resources.files("onward.analysis.skills").joinpath("data", "words", name)
    words: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        words.update(line.split("#", 1)[0].split())
    return frozenset(words)


@functools.cache
def common_words() -> frozenset[str]:
    """The common-word list, lowercase."""
    return _load("common.txt")


@functools.cache
def near_misses() -> frozenset[str]:
    """Ordinary words a letter or two away from a label word, lowercase."""
    return _load("near_misses.txt")


def _listed(word: str, words: frozenset[str]) -> bool:
    if word in words:
        return True
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            if stem in words or stem + "e" in words:
                return True
            if len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in words:
                return True  # "planning" -> "plan"
    return False


def is_common(word: str) -> bool:
    """Whether ``word`` (lowercase) or a light stem of it is on the common-word list."""
    return _listed(word, common_words())


def is_ordinary(word: str) -> bool:
    """A common word or a near miss: never taken for a typo of a label word."""
    return is_common(word) or _listed(word, near_misses())


def is_stopword(word: str) -> bool:
    return word in STOPWORDS


# The last word of a job-title form of a skill ("analytics engineer", "account manager").
PERSON_NOUNS = word_set(
    """engineer developer manager analyst scientist designer architect administrator consultant
    specialist officer technician assistant coordinator accountant writer tester strategist
    nurse therapist teacher instructor recruiter advisor adviser receptionist secretary
    electrician plumber solicitor lawyer paralegal auditor bookkeeper operator driver chef
    planner buyer editor researcher producer marketer copywriter programmer coach tutor
    trainer translator interpreter worker carer practitioner physiotherapist pharmacist
    midwife surveyor estimator welder carpenter joiner bricklayer plasterer roofer fitter
    machinist mechanic inspector controller executive representative agent owner lead
    director head principal clerk cashier dispatcher scheduler steward attendant cleaner
    baker butcher gardener painter decorator glazier tiler locksmith landscaper hairdresser
    barber florist tailor chauffeur nanny farmer cook mason potter weaver"""
)
