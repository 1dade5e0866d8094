"""Speed for the cue lexicon: the characters a pattern's match can start with, put in front
of it as a lookahead (``(?=[nu'])``). The regular expression engine then skips positions
whose character cannot start a match, which makes the many ``\\b(?:a|b|c)`` alternations of
the lexicon several times cheaper to scan; what matches is unchanged (a lookahead on the
first character only ever rejects positions where no match could start)."""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

# (characters, nullable); None: any character may start a match.
_First = tuple[frozenset[str] | None, bool]
_MAX_RANGE = 64


def with_first_char_lookahead(regex: str, flags: int) -> str:
    """``regex`` with a first-character lookahead in front, or unchanged when any
    character may start a match."""
    chars, nullable = _first_of(list(sre_parse.parse(regex, flags)))
    if chars is None or nullable or not chars:
        return regex
    if flags & re.I:
        chars = frozenset(c for ch in chars for c in {ch, ch.lower(), ch.upper()} if len(c) == 1)
    body = "".join(re.escape(c) if c not in "]\\^-" else "\\" + c for c in sorted(chars))
    return f"(?=[{body}])(?:{regex})"


def _first_of(items: list[Any]) -> _First:
    """First characters of a sequence of parsed items, and whether it can match empty."""
    out: set[str] = set()
    for op, av in items:
        chars, nullable = _first_item(op, av)
        if chars is None:
            return None, False
        out |= chars
        if not nullable:
            return frozenset(out), False
    return frozenset(out), True


def _first_item(op: Any, av: Any) -> _First:
    if op is sre.LITERAL:
        return frozenset({chr(av)}), False
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return frozenset(), True  # zero-width: the next item decides
    if op is sre.IN:
        return _first_in(av), False
    if op is sre.SUBPATTERN:
        return _first_of(list(av[-1]))
    if op is sre.BRANCH:
        return _first_branches(av[1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _, sub = av
        chars, nullable = _first_of(list(sub))
        return chars, nullable or low == 0
    return None, False  # ANY, CATEGORY, NOT_LITERAL, back-references: anything


def _first_branches(branches: Any) -> _First:
    out: set[str] = set()
    any_nullable = False
    for branch in branches:
        chars, nullable = _first_of(list(branch))
        if chars is None:
            return None, False
        out |= chars
        any_nullable = any_nullable or nullable
    return frozenset(out), any_nullable


def _first_in(av: Any) -> frozenset[str] | None:
    out: set[str] = set()
    for op, value in av:
        if op is sre.LITERAL:
            out.add(chr(value))
        elif op is sre.RANGE and value[1] - value[0] <= _MAX_RANGE:
            out.update(chr(code) for code in range(value[0], value[1] + 1))
        else:
            return None  # NEGATE, CATEGORY, wide ranges
    return frozenset(out)
