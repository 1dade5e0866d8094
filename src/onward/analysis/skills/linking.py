"""Semantic linking of clauses to skills, for the extraction (product) path.

Cost control, so that whole postings stay fast on a small CPU:
- only the sentences the caller passes (extraction sends requirement sentences that lexical
  matching left without a hit), split into clauses; a clause needs two content words, one
  of them not an everyday word (:func:`meaningful`), so a lone "Experienced" or a name
  ("Doe", which an uncased encoder reads as "DoE") is never linked;
- one batched encoder call per text, and an LRU cache of clause vectors across texts
  (postings repeat boilerplate);
- a two-step search: cosine against one centroid per skill (13.9k rows for ESCO) picks
  ``shortlist`` skills, then each is scored by its best label text.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np
import numpy.typing as npt

from onward.analysis.skills.semantic import DESCRIPTION, Encoder, LabelEmbeddings, Matrix
from onward.analysis.skills.taxonomy import Taxonomy
from onward.analysis.skills.text import Span, tokenize
from onward.analysis.skills.words import is_common, is_stopword

_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:and|or|with|including|such as)\b|\.\s", re.I)
_MIN_CLAUSE = 3
# Cosine thresholds for linking requirement phrases, picked on SkillSpan train (share of
# linked phrases that overlap a gold span; docs/benchmarks.md): MiniLM 0.75 (76 %), the
# static table 0.9 (80 %, but its links are rarely the right skill).
MINILM_THRESHOLD = 0.75
STATIC_THRESHOLD = 0.9


class LinkConfig(Protocol):
    @property
    def semantic_threshold(self) -> float | None: ...
    @property
    def semantic_max_per_sentence(self) -> int: ...


@dataclass(frozen=True, slots=True)
class SemanticLink:
    skill: int
    start: int
    end: int
    score: float
    sentence: Span
    reason: str


def meaningful(clause: str) -> bool:
    """Whether a clause says enough to be linked by meaning: two content words, one of
    them not an everyday word ("Experienced", "Doe" or "team player" alone do not)."""
    content = [
        t.norm
        for t in tokenize(clause)
        if t.norm.isalpha() and len(t.norm) > 2 and not is_stopword(t.norm)
    ]
    return len(content) >= 2 and not all(is_common(w) for w in content)


def clauses(text: str, sentence: Span) -> list[Span]:
    """Clause spans of a sentence (split at punctuation and list words), offsets into text."""
    spans: list[Span] = []
    start = sentence.start
    for brk in [*_CLAUSE_BREAK.finditer(text, sentence.start, sentence.end), None]:
        end = brk.start() if brk else sentence.end
        piece = text[start:end]
        stripped = piece.strip(" -*.")
        if len(stripped) >= _MIN_CLAUSE:
            offset = start + piece.index(stripped)
            spans.append(Span(offset, offset + len(stripped)))
        start = brk.end() if brk else sentence.end
    return spans


class SemanticLinker:
    def __init__(
        self,
        taxonomy: Taxonomy,
        encoder: Encoder,
        embeddings: LabelEmbeddings,
        *,
        shortlist: int = 20,
        cache_size: int = 100_000,
        threshold: float = MINILM_THRESHOLD,
    ) -> None:
        """``threshold``: the cosine a link needs unless the config overrides it; it depends
        on the encoder (see MINILM_THRESHOLD and STATIC_THRESHOLD)."""
        self.threshold = threshold
        self.taxonomy = taxonomy
        self.encoder = encoder
        keep = embeddings.parts != DESCRIPTION
        self._vectors = np.ascontiguousarray(embeddings.vectors[keep])
        self._owners = embeddings.owners[keep]
        self._centroids = _centroids(self._vectors, self._owners, len(taxonomy))
        order = np.argsort(self._owners, kind="stable")
        self._rows_sorted = order
        self._row_starts = np.searchsorted(self._owners[order], np.arange(len(taxonomy) + 1))
        self._shortlist = shortlist
        self.label_rows = int(self._vectors.shape[0])
        self._cache: OrderedDict[str, Matrix] = OrderedDict()
        self._cache_size = cache_size

    def _encode(self, texts: Sequence[str]) -> Matrix:
        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if missing:
            for text, vector in zip(missing, self.encoder.encode(missing), strict=True):
                self._cache[text] = vector
                if len(self._cache) > self._cache_size:
                    self._cache.popitem(last=False)
        return np.stack([self._cache[t] for t in texts]) if texts else np.zeros((0, 1), np.float32)

    def best_skills(self, vectors: Matrix, top: int = 3) -> list[list[tuple[int, float]]]:
        """Per query row: (skill, best cosine over its labels) for the shortlist, best first."""
        if not len(vectors):
            return []
        coarse = vectors @ self._centroids.T
        k = min(self._shortlist, coarse.shape[1] - 1)
        shortlists = np.argpartition(-coarse, k, axis=1)[:, : self._shortlist]
        out = []
        for vector, shortlist in zip(vectors, shortlists, strict=True):
            scored = []
            for skill in shortlist:
                rows = self._rows_sorted[self._row_starts[skill] : self._row_starts[skill + 1]]
                if len(rows):
                    scored.append((int(skill), float((self._vectors[rows] @ vector).max())))
            out.append(sorted(scored, key=lambda pair: -pair[1])[:top])
        return out

    def link(
        self, text: str, sentence_spans: Sequence[Span], config: LinkConfig
    ) -> list[SemanticLink]:
        pieces = [
            (sentence, clause)
            for sentence in sentence_spans
            for clause in clauses(text, sentence)
            if meaningful(text[clause.start : clause.end])
        ]
        vectors = self._encode([text[c.start : c.end] for _, c in pieces])
        threshold = self.threshold
        if config.semantic_threshold is not None:
            threshold = config.semantic_threshold
        best: dict[tuple[Span, int], SemanticLink] = {}
        for (sentence, clause), ranked in zip(pieces, self.best_skills(vectors), strict=True):
            for skill, score in ranked:
                if score < threshold:
                    break
                key = (sentence, skill)
                if key not in best or best[key].score < score:
                    label = self.taxonomy.skills[skill].label
                    reason = f"similar in meaning to {label!r} (cosine {score:.2f})"
                    best[key] = SemanticLink(
                        skill, clause.start, clause.end, round(score, 3), sentence, reason
                    )
        return _top_per_sentence(best.values(), config.semantic_max_per_sentence)

    def link_phrases(
        self, text: str, phrases: Sequence[tuple[Span, Span]], threshold: float | None = None
    ) -> list[SemanticLink]:
        """The best skill for each (sentence, phrase) span pair, when its cosine reaches the
        threshold (the linker's own unless given): one batched encoder call per text."""
        pieces = [(s, p) for s, p in phrases if meaningful(text[p.start : p.end])]
        vectors = self._encode([text[p.start : p.end] for _, p in pieces])
        limit = self.threshold if threshold is None else threshold
        links = []
        for (sentence, phrase), ranked in zip(
            pieces, self.best_skills(vectors, top=1), strict=True
        ):
            if not ranked or ranked[0][1] < limit:
                continue
            skill, score = ranked[0]
            label = self.taxonomy.skills[skill].label
            reason = f"similar in meaning to {label!r} (cosine {score:.2f})"
            links.append(
                SemanticLink(skill, phrase.start, phrase.end, round(score, 3), sentence, reason)
            )
        return links


def _top_per_sentence(links: Iterable[SemanticLink], limit: int) -> list[SemanticLink]:
    grouped: dict[Span, list[SemanticLink]] = {}
    for link in links:
        grouped.setdefault(link.sentence, []).append(link)
    out: list[SemanticLink] = []
    for group in grouped.values():
        out += sorted(group, key=lambda link: -link.score)[:limit]
    return out


def _centroids(vectors: Matrix, owners: npt.NDArray[np.int32], n: int) -> Matrix:
    sums = np.zeros((n, vectors.shape[1]), dtype=np.float32)
    np.add.at(sums, owners, vectors)
    norms = np.linalg.norm(sums, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    centroids: Matrix = (sums / norms).astype(np.float32)
    return centroids
