"""The word lists behind requirement phrases: action verbs and soft-skill words.

``data/words/verbs.txt``: base forms of action verbs that open a duty ("design", "build");
:func:`verb_base` finds the base of an inflected form. ``data/words/soft.txt``: qualities
of a person ("curious"), nouns of soft skills ("communication") and phrases that name one
("team player"). Both are written by hand for Onward from ordinary English.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources


def _load(name: str) -> dict[str, list[str]]:
    """The lines of a word file by ``[section]`` ("" before the first), comments removed."""
    path = resources.files("onward.analysis.skills").joinpath("data", "words", name)
    sections: dict[str, list[str]] = {"": []}
    current = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        body = line.split("#", 1)[0].strip()
        if body.startswith("[") and body.endswith("]"):
            current = body[1:-1]
            sections[current] = []
        elif body:
            sections[current].append(body)
    return sections


@functools.cache
def verbs() -> frozenset[str]:
    """Base forms of the action verbs (``data/words/verbs.txt``)."""
    return frozenset(w for line in _load("verbs.txt")[""] for w in line.split())


@dataclass(frozen=True)
class SoftWords:
    qualities: frozenset[str]
    nouns: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]

    @functools.cached_property
    def words(self) -> frozenset[str]:
        """Qualities and soft-skill nouns together."""
        return self.qualities | self.nouns

    @functools.cached_property
    def by_first(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        """The phrases by their first word, longest first."""
        grouped: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self.phrases:
            grouped.setdefault(phrase[0], []).append(phrase)
        return {w: tuple(sorted(p, key=len, reverse=True)) for w, p in grouped.items()}


@functools.cache
def soft_words() -> SoftWords:
    """Soft-skill words and phrases (``data/words/soft.txt``)."""
    sections = _load("soft.txt")
    qualities = frozenset(w for line in sections["qualities"] for w in line.split())
    nouns = frozenset(w for line in sections["skill nouns"] for w in line.split())
    phrases = tuple(
        tuple(part.split())
        for line in sections["phrases"]
        for part in line.split("|")
        if part.split()
    )
    return SoftWords(qualities, nouns, tuple(sorted(phrases, key=len, reverse=True)))


@functools.lru_cache(maxsize=16384)
def verb_base(word: str) -> str | None:
    """The listed verb ``word`` is a form of ("designs", "building", "managed"), else None."""
    known = verbs()
    if word in known:
        return word
    for suffix in ("ing", "ed", "es", "s"):
        if not word.endswith(suffix) or len(word) - len(suffix) < 2:
            continue
        stem = word[: -len(suffix)]
        for base in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
            if base in known:
                return base
        if suffix in ("ed", "es") and stem.endswith("i") and stem[:-1] + "y" in known:
            return stem[:-1] + "y"
    return None
