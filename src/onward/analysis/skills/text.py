"""Tokens with character offsets, label normalisation and sentence splitting."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

# Words with inner dots/plus/hash stay whole: "node.js", "c++", "c#", ".net", "ci/cd" splits.
_TOKEN = re.compile(r"\.?[^\W_]+(?:[.'\u2019][^\W_]+)*[+#]*", re.UNICODE)
_SENTENCE_END = re.compile(r"(?<=[.!?;])[\"')\]]?\s+(?=[\"'(\[]?[A-Z0-9•\-*])")
_LINE_BREAK = re.compile(r"\s*(?:\r?\n|\u2022|\u25cf|\u25aa)\s*")
_KEEP_S = ("ss", "us", "is", "os", "ys")


@dataclass(frozen=True, slots=True)
class Token:
    norm: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


def fold(text: str) -> str:
    """Lowercase, NFKD, accents removed (so "Résumé" and "resume" match)."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def norm_token(word: str) -> str:
    """A light, symmetric stem: plural "s" dropped from longer words, apostrophes unified."""
    word = word.replace("\u2019", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("s") and word.isalpha() and not word.endswith(_KEEP_S):
        word = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return word


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` with offsets into the original string.

    Folding is done per match, so offsets always point into ``text`` as given.
    """
    return [Token(norm_token(fold(m.group())), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def normalise(label: str) -> tuple[str, ...]:
    """The token key a label is indexed under."""
    return tuple(t.norm for t in tokenize(label))


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and (text[start].isspace() or text[start] in "-*•·>:"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


def sentences(text: str, breaks: Sequence[int] = ()) -> list[Span]:
    """Sentence-like spans: lines (bullets) first, then sentence ends inside each line.

    ``breaks``: more offsets to split at, as if a line ended there (lost line breaks, see
    :mod:`onward.analysis.skills.glue`)."""
    spans = _sentences(text)
    if not breaks:
        return spans
    out: list[Span] = []
    cuts = sorted(set(breaks))
    for span in spans:
        start = span.start
        for cut in cuts:
            if span.start < cut < span.end:
                piece = _trimmed(text, start, cut)
                if piece:
                    out.append(piece)
                start = cut
        piece = _trimmed(text, start, span.end)
        if piece:
            out.append(piece)
    return out


def _sentences(text: str) -> list[Span]:
    spans: list[Span] = []
    line_start = 0
    for brk in [*_LINE_BREAK.finditer(text), None]:
        line_end = brk.start() if brk else len(text)
        start = line_start
        for end_match in _SENTENCE_END.finditer(text, line_start, line_end):
            span = _trimmed(text, start, end_match.start())
            if span:
                spans.append(span)
            start = end_match.end()
        span = _trimmed(text, start, line_end)
        if span:
            spans.append(span)
        line_start = brk.end() if brk else len(text)
    return spans
