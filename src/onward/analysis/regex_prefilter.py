"""Skip work a regular expression cannot do: what every match of a pattern begins with.

The feedback and mail lexicons hold a few hundred cue patterns each, and scanning a text
with all of them is most of their classifiers' time. :func:`starts_of` reads a pattern's
syntax tree (Python's own regular expression parser) and returns the strings of up to
``width`` characters that every match begins with, or ``None`` when it cannot tell (a
class such as ``\\w``, a wide range, a pattern that may match the empty string). Two
uses, both exact (they only ever skip what could not match):

- :func:`word_starts` and :func:`may_match`: a pattern none of whose starts occurs at a
  word start of the text is not run at all (the feedback lexicon, whole-word phrases over
  lower-cased text).
- :func:`with_first_char_lookahead`: the pattern's possible first characters put in front
  of it as a lookahead (``(?=[nu'])``), so the engine skips positions that cannot start a
  match (the mail lexicon's many ``\\b(?:a|b|c)`` alternations).
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

WIDTH = 5
_MAX_RANGE = 64  # a wider character range is read as "any character"
_WORD_START = re.compile(r"(?<![\w-])")
Starts = frozenset[str]

# A partial answer: the prefixes so far, and whether the match goes on right after them
# (so the next item of a sequence extends them) or something unread may come first.
_Partial = tuple[set[str], bool]


def starts_of(pattern: str, *, flags: int = 0, width: int = WIDTH) -> Starts | None:
    """What every match of ``pattern`` begins with (strings of at most ``width`` chars),
    read as written (``flags`` only change how it parses; case is not folded here)."""
    try:
        found, _ = _seq(sre_parse.parse(pattern, flags), width)
    except (re.error, TypeError, ValueError):
        return None
    if not found or "" in found:
        return None
    return frozenset(found)


def _seq(items: Any, width: int) -> _Partial:
    prefixes = {""}
    for op, av in items:
        if all(len(p) >= width for p in prefixes):
            return prefixes, True
        more, open_ = _op(op, av, width)
        prefixes = {(p + m)[:width] for p in prefixes for m in more} if more else prefixes
        if not open_:
            return prefixes, False
    return prefixes, True


def _op(op: Any, av: Any, width: int) -> _Partial:
    if op is sre.LITERAL:
        return {chr(av)}, True
    if op is sre.IN:
        chars = _charset(av)
        return (chars, True) if chars else (set(), False)
    if op is sre.BRANCH:
        alts = [_seq(alt, width) for alt in av[1]]
        return set().union(*(a[0] for a in alts)), all(a[1] for a in alts)
    if op is sre.SUBPATTERN:
        return _seq(av[-1], width)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, sub = av
        inner, open_ = _seq(sub, width)
        if low == 0:
            inner = inner | {""}
        # An optional item is read exactly; a longer repetition ends what is known.
        return inner, open_ and high == 1
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
        return {""}, True  # zero-width: the next item decides
    return set(), False  # ANY, CATEGORY, NOT_LITERAL, back-references: anything


def _charset(items: Any) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] <= _MAX_RANGE:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None  # NEGATE, CATEGORY, wide ranges
    return chars


def required_literals(
    pattern: str, *, flags: int = 0, width: int = WIDTH, max_count: int = 12
) -> Starts | None:
    """Strings (lower-cased, at most ``width`` characters, at least 3) of which every match
    of ``pattern`` holds one: the starts of the part of the pattern from some item on, the
    most selective such set found (fewest, longest), or ``None`` when none is usable. A
    text that holds none of them (lower-cased) cannot match the pattern with ``re.I``."""
    try:
        items = list(sre_parse.parse(pattern, flags))
    except (re.error, TypeError, ValueError):
        return None
    found = _required(items, width, max_count)
    return frozenset(found) if found else None


def _required(items: list[Any], width: int, max_count: int) -> set[str] | None:
    best: set[str] | None = None
    for k, (op, av) in enumerate(items):
        best = _better(best, _usable(_seq(items[k:], width)[0], max_count))
        if op is sre.SUBPATTERN:
            best = _better(best, _required(list(av[-1]), width, max_count))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            best = _better(best, _required(list(av[2]), width, max_count))
        elif op is sre.BRANCH:
            alts = [_required(list(alt), width, max_count) for alt in av[1]]
            if all(alt is not None for alt in alts):
                best = _better(best, _usable(set().union(*alts), max_count))  # type: ignore[arg-type]
    return best


def _usable(found: set[str], max_count: int) -> set[str] | None:
    lowered = {s.lower() for s in found}
    kept = {s for s in lowered if not any(t != s and t in s for t in lowered)}
    if not kept or len(kept) > max_count or min(len(s) for s in kept) < 3:
        return None
    return kept


def _better(a: set[str] | None, b: set[str] | None) -> set[str] | None:
    if a is None or b is None:
        return a if b is None else b

    def key(x: set[str]) -> tuple[int, int]:
        return (min(len(s) for s in x), -len(x))

    return b if key(b) > key(a) else a


@lru_cache(maxsize=8)  # the feedback cues and markers scan the same text
def word_starts(norm: str) -> Starts:
    """The first one to ``WIDTH`` characters at every word start of a text."""
    found: set[str] = set()
    for m in _WORD_START.finditer(norm):
        at = m.start()
        found.update(norm[at : at + n] for n in range(1, WIDTH + 1))
    return frozenset(found)


def may_match(starts: Starts | None, offered: Starts) -> bool:
    """Whether a pattern with ``starts`` can match a text that offers ``offered``."""
    return starts is None or not starts.isdisjoint(offered)


def with_first_char_lookahead(regex: str, flags: int) -> str:
    """``regex`` with a first-character lookahead in front, or unchanged when any
    character may start a match. Compile the result with the same ``flags``."""
    firsts = starts_of(regex, flags=flags, width=1)
    if firsts is None:
        return regex
    chars = set(firsts)
    if flags & re.I:
        chars = {c for ch in chars for c in {ch, ch.lower(), ch.upper()} if len(c) == 1}
    body = "".join(re.escape(c) if c not in "]\\^-" else "\\" + c for c in sorted(chars))
    return f"(?=[{body}])(?:{regex})"
