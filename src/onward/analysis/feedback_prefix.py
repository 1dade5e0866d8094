"""Skip cue patterns that cannot match a text, by the letters a match must start with.

The lexicon has some 180 cue patterns and 70 marker patterns, each matched as whole words
(``feedback_text.compile_phrase``); scanning a snippet with all of them is most of the
classifier's time. :func:`starts_of` reads a pattern's syntax tree (Python's own regular
expression parser) and returns the strings of up to ``WIDTH`` characters every match
begins with, or ``None`` when it cannot tell; :func:`word_starts` gives what a text offers
at its word starts. A pattern none of whose starts occurs is not run: the result is the
same as running it, only faster.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

WIDTH = 5
_WORD_START = re.compile(r"(?<![\w-])")
Starts = frozenset[str]


# A partial answer: the prefixes so far, and whether the match goes on right after them
# (so the next item of a sequence extends them) or something unread may come first.
Partial = tuple[set[str], bool]


def _seq(items: Any) -> Partial:
    prefixes = {""}
    for op, av in items:
        if all(len(p) >= WIDTH for p in prefixes):
            return prefixes, True
        more, open_ = _op(op, av)
        prefixes = {(p + m)[:WIDTH] for p in prefixes for m in more} if more else prefixes
        if not open_:
            return prefixes, False
    return prefixes, True


def _op(op: Any, av: Any) -> Partial:
    if op is sre.LITERAL:
        return {chr(av)}, True
    if op is sre.IN:
        chars = _charset(av)
        return (chars, True) if chars else (set(), False)
    if op is sre.BRANCH:
        alts = [_seq(alt) for alt in av[1]]
        return set().union(*(a[0] for a in alts)), all(a[1] for a in alts)
    if op is sre.SUBPATTERN:
        return _seq(av[-1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, high, sub = av
        inner, open_ = _seq(sub)
        if low == 0:
            inner = inner | {""}
        # An optional item is read exactly; a longer repetition ends what is known.
        return inner, open_ and high == 1
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
        return {""}, True
    return set(), False


def _charset(items: Any) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None
    return chars


def starts_of(pattern: str) -> Starts | None:
    """What every match of ``pattern`` begins with (strings of at most ``WIDTH`` chars)."""
    try:
        found, _ = _seq(sre_parse.parse(pattern))
    except (re.error, TypeError, ValueError):
        return None
    if not found or "" in found:
        return None
    return frozenset(found)


@lru_cache(maxsize=8)  # the cues and the markers scan the same text
def word_starts(norm: str) -> Starts:
    """The first one to ``WIDTH`` characters at every word start of a text."""
    found: set[str] = set()
    for m in _WORD_START.finditer(norm):
        at = m.start()
        found.update(norm[at : at + n] for n in range(1, WIDTH + 1))
    return frozenset(found)


def may_match(starts: Starts | None, offered: Starts) -> bool:
    return starts is None or not starts.isdisjoint(offered)
