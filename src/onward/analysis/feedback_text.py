"""Text plumbing for the feedback classifier: offset-preserving normalisation, clauses,
word positions and longest-match selection. No knowledge of themes lives here."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from onward.analysis.feedback_lexicon import CLAUSE_BREAKS, NEGATORS, SUBORDINATORS

T = TypeVar("T")
_TOKEN = re.compile(r"\w+(?:'[a-z]+)*")
_SENTENCE_END = re.compile(r"[.!?;:]+(?=\s|$)|\n")
_APOSTROPHES = {"\u2018": "'", "\u2019": "'", "\u02bc": "'"}


def compile_phrase(pattern: str) -> re.Pattern[str]:
    """A pattern matched as whole words (hyphenated words count as one)."""
    return re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])")


_BREAK = compile_phrase(CLAUSE_BREAKS)
# A comma and a new subject start a clause of their own in run-on speech: "..., they did
# say your interview was really good".
_NEW_SUBJECT = re.compile(r",\s+(?=(?:and |so |then )?(?:they|she|he|we|i|you)(?:'\w+)?\b)")


def normalise(text: str) -> str:
    """Lower-case without changing length, so offsets map 1:1 to the input."""
    out = []
    for char in text:
        low = char.lower()
        out.append(_APOSTROPHES.get(char, low if len(low) == 1 else char))
    return "".join(out)


def clause_spans(norm: str) -> list[tuple[int, int]]:
    """Sentences, cut again before contrast words and after a leading "although ...,"."""
    cuts = {0, len(norm)}
    cuts.update(m.end() for m in _SENTENCE_END.finditer(norm))
    cuts.update(m.start() for m in _BREAK.finditer(norm))
    cuts.update(m.end() for m in _NEW_SUBJECT.finditer(norm))
    spans: list[tuple[int, int]] = []
    for start, end in itertools.pairwise(sorted(cuts)):
        segment = norm[start:end]
        comma = segment.find(",")
        if segment.lstrip().startswith(SUBORDINATORS) and comma > 0:
            spans += [(start, start + comma + 1), (start + comma + 1, end)]
        else:
            spans.append((start, end))
    return [(s, e) for s, e in spans if norm[s:e].strip()]


def longest_first(items: list[T], key: Callable[[T], tuple[int, int, float]]) -> list[T]:
    """Keep non-overlapping items, longest then heaviest first. ``key``: start, end, weight."""
    taken = bytearray(max((key(i)[1] for i in items), default=0))
    kept: list[T] = []
    for item in sorted(items, key=lambda i: (key(i)[0] - key(i)[1], -key(i)[2], key(i)[0])):
        start, end, _ = key(item)
        if not any(taken[start:end]):
            taken[start:end] = b"\x01" * (end - start)
            kept.append(item)
    return sorted(kept, key=lambda i: key(i)[0])


def is_negator(token: str) -> bool:
    return token in NEGATORS or token.endswith("n't")


@dataclass(frozen=True)
class Doc:
    """The normalised text with its word positions, for word distances."""

    norm: str
    tokens: tuple[tuple[int, int, str], ...]
    starts: tuple[int, ...]

    @classmethod
    def of(cls, norm: str) -> Doc:
        tokens = tuple((t.start(), t.end(), t.group()) for t in _TOKEN.finditer(norm))
        return cls(norm, tokens, tuple(t[0] for t in tokens))

    def index(self, pos: int) -> int:
        """Index of the word containing or preceding ``pos``."""
        return bisect.bisect_right(self.starts, pos) - 1

    def words(self, start: int, end: int) -> tuple[tuple[int, int, str], ...]:
        lo, hi = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        return self.tokens[lo:hi]

    def gap(self, a: tuple[int, int], b: tuple[int, int]) -> int:
        """Words strictly between two spans (0 when adjacent or overlapping)."""
        first, second = (a, b) if a[0] <= b[0] else (b, a)
        return max(0, self.index(second[0]) - self.index(first[1] - 1) - 1)
