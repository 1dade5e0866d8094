"""Span-level extraction data and scores: SkillSpan JSON lines, overlap and exact matching.

SkillSpan (Zhang et al., NAACL 2022) gives job-posting sentences as tokens with BIO tags for
skill and knowledge spans. A sentence is rebuilt by joining its tokens with single spaces,
so every gold span has character offsets into that text. Sentences of one posting share
its ``idx``; ``postings()`` joins them, one per line, for whole-posting extraction.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SKILL, KNOWLEDGE = "skill", "knowledge"
_LAYERS = ((SKILL, "tags_skill"), (KNOWLEDGE, "tags_knowledge"))


class SpanFormatError(ValueError):
    """The file is not SkillSpan-style JSON lines."""


@dataclass(frozen=True, slots=True)
class GoldSpan:
    start: int
    end: int
    kind: str  # skill | knowledge


@dataclass(frozen=True)
class SpanSentence:
    posting: str  # source + idx: the posting the sentence comes from
    text: str
    gold: tuple[GoldSpan, ...]


def _bio_spans(tags: Sequence[str]) -> list[tuple[int, int]]:
    """Token ranges [first, last) of the B/I runs (an I without a B opens a span too)."""
    found: list[tuple[int, int]] = []
    start: int | None = None
    for i, tag in enumerate([*tags, "O"]):
        opens = tag.startswith("B") or (tag.startswith("I") and start is None)
        if start is not None and (opens or tag == "O"):
            found.append((start, i))
            start = None
        if opens:
            start = i
    return found


def sentence_from_row(row: dict[str, object]) -> SpanSentence:
    tokens = row.get("tokens")
    if not isinstance(tokens, list) or not all(isinstance(t, str) for t in tokens):
        raise SpanFormatError("a row lacks its list of tokens")
    starts, position = [], 0
    for token in tokens:
        starts.append(position)
        position += len(token) + 1
    gold = []
    for kind, key in _LAYERS:
        tags = row.get(key)
        if not isinstance(tags, list) or len(tags) != len(tokens):
            raise SpanFormatError(f"a row's {key} does not match its tokens")
        for first, last in _bio_spans([str(t) for t in tags]):
            end = starts[last - 1] + len(tokens[last - 1])
            gold.append(GoldSpan(starts[first], end, kind))
    posting = f"{row.get('source', '')}-{row.get('idx', '')}"
    return SpanSentence(posting, " ".join(tokens), tuple(gold))


def read_skillspan(path: Path) -> list[SpanSentence]:
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    if not rows or not all(isinstance(r, dict) for r in rows):
        raise SpanFormatError(f"{path} holds no SkillSpan rows")
    return [sentence_from_row(r) for r in rows]


def split_postings(sentences: Iterable[SpanSentence], part: str) -> list[SpanSentence]:
    """A fixed half by posting (MD5 of its id): "tune", "holdout" or "all"."""
    if part == "all":
        return list(sentences)
    if part not in ("tune", "holdout"):
        raise ValueError("part must be 'tune', 'holdout' or 'all'")
    wanted = 0 if part == "tune" else 1
    return [
        s
        for s in sentences
        if hashlib.md5(s.posting.encode(), usedforsecurity=False).digest()[0] % 2 == wanted
    ]


@dataclass(frozen=True)
class Posting:
    """Sentences of one posting joined by newlines; ``offsets[i]`` is where sentence i starts."""

    text: str
    sentences: tuple[SpanSentence, ...]
    offsets: tuple[int, ...]


def postings(sentences: Iterable[SpanSentence]) -> list[Posting]:
    grouped: dict[str, list[SpanSentence]] = {}
    for sentence in sentences:
        grouped.setdefault(sentence.posting, []).append(sentence)
    out = []
    for group in grouped.values():
        offsets, position = [], 0
        for sentence in group:
            offsets.append(position)
            position += len(sentence.text) + 1
        out.append(Posting("\n".join(s.text for s in group), tuple(group), tuple(offsets)))
    return out


@dataclass
class SpanCounts:
    """Counts for span precision and recall; ``percent()`` for reports."""

    predicted: int = 0
    predicted_loose: int = 0  # predicted spans that overlap a gold span
    predicted_strict: int = 0  # predicted spans equal to a gold span
    gold: int = 0
    gold_loose: int = 0  # gold spans overlapped by a predicted span
    gold_strict: int = 0
    gold_by_kind: dict[str, int] | None = None
    found_by_kind: dict[str, int] | None = None

    def add(self, predicted: Iterable[tuple[int, int]], gold: Sequence[GoldSpan]) -> None:
        spans = sorted(set(predicted))
        exact = {(g.start, g.end) for g in gold}
        self.predicted += len(spans)
        self.predicted_loose += sum(any(_overlap(p, g) for g in gold) for p in spans)
        self.predicted_strict += sum(p in exact for p in spans)
        by_kind = self.gold_by_kind = self.gold_by_kind or {}
        found = self.found_by_kind = self.found_by_kind or {}
        for g in {(g.start, g.end, g.kind): g for g in gold}.values():
            by_kind[g.kind] = by_kind.get(g.kind, 0) + 1
        for g in {(g.start, g.end): g for g in gold}.values():
            self.gold += 1
            hit = any(_overlap(p, g) for p in spans)
            self.gold_loose += hit
            self.gold_strict += (g.start, g.end) in spans
        for g in {(g.start, g.end, g.kind): g for g in gold}.values():
            if any(_overlap(p, g) for p in spans):
                found[g.kind] = found.get(g.kind, 0) + 1

    def percent(self) -> dict[str, Any]:
        loose = _prf(self.predicted_loose, self.predicted, self.gold_loose, self.gold)
        strict = _prf(self.predicted_strict, self.predicted, self.gold_strict, self.gold)
        kinds = self.gold_by_kind or {}
        found = self.found_by_kind or {}
        return {
            "loose": loose,
            "strict": strict,
            "recall_by_kind": {k: _pct(found.get(k, 0), n) for k, n in sorted(kinds.items())},
            "predicted_spans": self.predicted,
            "gold_spans": self.gold,
        }


def _overlap(p: tuple[int, int], g: GoldSpan) -> bool:
    return p[0] < g.end and g.start < p[1]


def _pct(a: int, b: int) -> float:
    return round(100 * a / b, 2) if b else 0.0


def _prf(right: int, predicted: int, found: int, gold: int) -> dict[str, float]:
    p, r = _pct(right, predicted), _pct(found, gold)
    f1 = round(2 * p * r / (p + r), 2) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f1}
