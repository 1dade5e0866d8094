"""Rank every taxonomy skill for one sentence: semantic similarity fused with lexical hits.

This is the benchmark mode (and what the app uses for "which skills does this sentence ask
for", e.g. for a single requirement line). A skill's semantic score is its best cosine over
its label texts (preferred label, alt labels, description), each part weighted; the sentence
is embedded whole and as sub-spans (clauses and short n-gram windows), and a span match
counts with ``span_weight``. Lexical exact/alias/fuzzy hits add ``lexical_bonus * score``,
and ``prior_weight * log1p(occupations linking the skill)`` favours common skills.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from onward.analysis.skills.lexical import LexicalMatcher
from onward.analysis.skills.semantic import (
    ALT,
    DESCRIPTION,
    PREFERRED,
    Encoder,
    LabelEmbeddings,
    Matrix,
)
from onward.analysis.skills.taxonomy import Taxonomy
from onward.analysis.skills.text import tokenize

_CLAUSE = re.compile(r"[,;:()]|\band\b|\bor\b|\bwith\b|\bincluding\b|\bsuch as\b", re.I)


@dataclass(frozen=True)
class RankConfig:
    """Defaults: the "base" preset, picked for the zero-shot MiniLM (docs/benchmarks.md)."""

    preferred_weight: float = 1.0
    alt_weight: float = 0.95
    description_weight: float = 0.0  # needs embeddings made with parts=ALL_PARTS
    spans: bool = True
    window_sizes: tuple[int, ...] = (1, 2, 3)
    span_weight: float = 0.5
    # "max": a span counts like the sentence (times span_weight); "add": sentence score plus
    # span_weight times the best span score.
    span_fusion: str = "add"
    lexical_bonus: float = 0.15
    prior_weight: float = 0.0
    max_spans: int = 64


# "adapter": picked for the fine-tuned model, which already reads whole sentences well.
PRESETS = {
    "base": RankConfig(),
    "adapter": RankConfig(alt_weight=0.0, spans=False),
}


@dataclass(frozen=True, slots=True)
class RankedSkill:
    skill: int
    score: float
    semantic: float
    lexical: float


class SemanticRanker:
    """Ranks all skills of ``taxonomy`` against a sentence (see the module docstring)."""

    def __init__(
        self,
        taxonomy: Taxonomy,
        encoder: Encoder,
        embeddings: LabelEmbeddings,
        lexical: LexicalMatcher | None = None,
    ) -> None:
        self.taxonomy = taxonomy
        self.encoder = encoder
        self.embeddings = embeddings
        self.lexical = lexical
        owners = embeddings.owners
        if len(owners) and np.any(np.diff(owners) < 0):
            raise ValueError("label embeddings must be grouped by skill")
        self._starts = np.flatnonzero(np.r_[True, np.diff(owners) != 0]).astype(np.int64)
        self._skill_of_segment = owners[self._starts]
        counts = taxonomy.occupation_counts()
        self._prior = np.log1p(
            np.array([counts.get(s.id, 0) for s in taxonomy.skills], dtype=np.float32)
        )

    def _part_weights(self, config: RankConfig) -> Matrix:
        table = np.zeros(3, dtype=np.float32)
        table[PREFERRED] = config.preferred_weight
        table[ALT] = config.alt_weight
        table[DESCRIPTION] = config.description_weight
        return table[self.embeddings.parts]

    def skill_scores(self, queries: Matrix, config: RankConfig) -> Matrix:
        """Best weighted cosine per skill for each query row: shape (queries, skills)."""
        sims = queries @ self.embeddings.vectors.T
        sims *= self._part_weights(config)[None, :]
        best = np.maximum.reduceat(sims, self._starts, axis=1)
        out = np.full((queries.shape[0], len(self.taxonomy)), -1.0, dtype=np.float32)
        out[:, self._skill_of_segment] = best
        return out

    def rank(
        self, sentence: str, config: RankConfig, *, top_k: int | None = None
    ) -> list[RankedSkill]:
        spans = sentence_spans(sentence, config) if config.spans else []
        vectors = self.encoder.encode([sentence, *spans])
        return self.rank_vectors(sentence, vectors, config, top_k=top_k)

    def rank_vectors(
        self, sentence: str, vectors: Matrix, config: RankConfig, *, top_k: int | None = None
    ) -> list[RankedSkill]:
        """Like :meth:`rank` with the sentence (row 0) and span vectors already computed."""
        per_query = self.skill_scores(vectors, config)
        semantic = per_query[0]
        if per_query.shape[0] > 1:
            spans = config.span_weight * per_query[1:].max(axis=0)
            if config.span_fusion == "add":
                semantic = semantic + spans
            else:
                semantic = np.maximum(semantic, spans)
        lexical = self._lexical(sentence)
        total = semantic + config.lexical_bonus * lexical + config.prior_weight * self._prior
        order = np.argsort(-total, kind="stable")
        if top_k is not None:
            order = order[:top_k]
        return [
            RankedSkill(int(i), float(total[i]), float(semantic[i]), float(lexical[i]))
            for i in order
        ]

    def _lexical(self, sentence: str) -> npt.NDArray[np.float32]:
        scores = np.zeros(len(self.taxonomy), dtype=np.float32)
        if self.lexical is not None:
            for hit in self.lexical.match(sentence):
                scores[hit.skill] = max(scores[hit.skill], hit.score)
        return scores


def sentence_spans(sentence: str, config: RankConfig) -> list[str]:
    """Sub-spans scored besides the whole sentence: clauses, then short token windows."""
    spans: dict[str, None] = {}
    for clause in _CLAUSE.split(sentence):
        clause = clause.strip(" .-")
        if clause and clause != sentence.strip():
            spans[clause] = None
    tokens = tokenize(sentence)
    for size in config.window_sizes:
        for i in range(0, max(0, len(tokens) - size + 1)):
            spans[sentence[tokens[i].start : tokens[i + size - 1].end]] = None
    return list(spans)[: config.max_spans]


def rank_labels(ranked: Sequence[RankedSkill], taxonomy: Taxonomy) -> list[str]:
    return [taxonomy.skills[r.skill].label for r in ranked]
