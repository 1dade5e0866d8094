"""Target roles: which of your saved roles a posting's job title names.

A target role (an occupation or role family you saved) has a label and other names
(ESCO's alternative labels, a family's common titles). A title names a role when one of
those names appears in it as whole words, in order, ignoring case and punctuation:
"Senior Data Analyst (remote)" names "data analyst". When several roles match, the
longest name wins ("data engineer" over "engineer"), then the role saved first. This is a
suggestion for the application form; the user can always choose another role or none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_WORD = re.compile(r"[^\W_]+(?:[+#]+|(?:[&.'][^\W_]+)*)", re.UNICODE)


def words(text: str) -> tuple[str, ...]:
    """Case-folded words of ``text`` ("C++", "R&D" and "Node.js" stay whole)."""
    return tuple(w.casefold() for w in _WORD.findall(text))


@dataclass(frozen=True)
class RoleName:
    """A saved target role: its key (the caller's id), label and other names."""

    key: str
    label: str
    alt_labels: tuple[str, ...] = ()


@dataclass(frozen=True)
class TitleMatch:
    key: str
    label: str
    matched: str  # the name found in the title
    reason: str


def _contains(title: tuple[str, ...], name: tuple[str, ...]) -> bool:
    size = len(name)
    return any(title[i : i + size] == name for i in range(len(title) - size + 1))


def match_title(title: str, roles: Sequence[RoleName]) -> TitleMatch | None:
    """The role whose label or other name appears in ``title``; None when none does."""
    found = words(title)
    best: tuple[int, int, RoleName, str] | None = None
    for order, role in enumerate(roles):
        for name in (role.label, *role.alt_labels):
            name_words = words(name)
            if not name_words or not _contains(found, name_words):
                continue
            rank = (-len(name_words), order)
            if best is None or rank < best[:2]:
                best = (*rank, role, name)
    if best is None:
        return None
    role, name = best[2], best[3]
    return TitleMatch(role.key, role.label, name, f"The job title contains “{name}”.")
