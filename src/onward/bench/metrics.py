"""Ranking metrics of the skills benchmark (the protocol of Decorte et al.)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

KS = (1, 5, 10)


@dataclass(frozen=True)
class RankingScores:
    """Metrics as fractions in [0, 1]; ``percent()`` gives them x100 for reports."""

    rp: dict[int, float]
    mrr: float
    n: int

    def percent(self) -> dict[str, float]:
        out = {f"RP@{k}": round(100 * v, 2) for k, v in sorted(self.rp.items())}
        out["MRR"] = round(100 * self.mrr, 2)
        return out


def r_precision_at(ranked: Sequence[str], gold: set[str], k: int) -> float:
    """Hits in the top ``k`` divided by min(k, number of gold labels)."""
    if not gold:
        raise ValueError("no gold labels")
    hits = sum(1 for item in ranked[:k] if item in gold)
    return hits / min(k, len(gold))


def reciprocal_rank(ranked: Sequence[str], gold: set[str]) -> float:
    for position, item in enumerate(ranked, 1):
        if item in gold:
            return 1.0 / position
    return 0.0


def score_rankings(
    rankings: Sequence[Sequence[str]], golds: Sequence[set[str]], ks: Sequence[int] = KS
) -> RankingScores:
    """Average RP@k and MRR over sentences (each ranking paired with its gold set)."""
    if len(rankings) != len(golds):
        raise ValueError("one ranking per gold set")
    n = len(golds)
    if n == 0:
        return RankingScores({k: 0.0 for k in ks}, 0.0, 0)
    rp = {
        k: sum(r_precision_at(r, g, k) for r, g in zip(rankings, golds, strict=True)) / n
        for k in ks
    }
    mrr = sum(reciprocal_rank(r, g) for r, g in zip(rankings, golds, strict=True)) / n
    return RankingScores(rp, mrr, n)
