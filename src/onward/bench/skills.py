"""The skills benchmark: rank every taxonomy skill per sentence, score RP@k and MRR."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from onward.analysis.skills.esco import detect_version, install_esco
from onward.analysis.skills.lexical import LexicalMatcher, LexicalPolicy
from onward.analysis.skills.ranking import RankConfig, SemanticRanker
from onward.analysis.skills.semantic import LABEL_PARTS, Encoder, label_embeddings, load_encoder
from onward.analysis.skills.store import is_installed, load_taxonomy
from onward.analysis.skills.taxonomy import Taxonomy
from onward.analysis.skills.text import normalise
from onward.bench.datasets import Example
from onward.bench.metrics import score_rankings
from onward.bench.querycache import QueryCache

TOP_K = 10


def resolve_taxonomy(path: Path, cache_dir: Path) -> Taxonomy:
    """An installed compact dir, or ESCO zips/folder installed into ``cache_dir`` once."""
    if is_installed(path):
        return load_taxonomy(path)
    target = cache_dir / "taxonomy" / f"esco-{detect_version(path) or 'unknown'}"
    if is_installed(target):
        return load_taxonomy(target)
    return install_esco(path, target)


@dataclass(frozen=True)
class Mapped:
    """Benchmark examples re-expressed in another taxonomy's labels."""

    examples: list[Example]
    sentences_total: int
    labels_total: int
    labels_mapped: int

    def coverage(self) -> dict[str, Any]:
        return {
            "sentences_mapped": len(self.examples),
            "sentences_total": self.sentences_total,
            "labels_mapped": self.labels_mapped,
            "labels_total": self.labels_total,
        }


def map_to_taxonomy(examples: Sequence[Example], esco: Taxonomy, target: Taxonomy) -> Mapped:
    """Map each gold ESCO label to a target skill whose normalised label or alias equals one
    of the ESCO skill's preferred or alt labels; keep sentences with a mapped label."""
    keys: dict[tuple[str, ...], str] = {}
    for skill in target.skills:
        for text in (skill.label, *skill.alt_labels):
            keys.setdefault(normalise(text), skill.label)
    by_label = {s.label: s for s in esco.skills}
    kept, total, mapped = [], 0, 0
    for example in examples:
        labels = set()
        for gold in example.labels:
            total += 1
            found = by_label.get(gold)
            names = (gold,) if found is None else (found.label, *found.alt_labels)
            hit = next((keys[k] for k in map(normalise, names) if k in keys), None)
            if hit is not None:
                labels.add(hit)
                mapped += 1
        if labels:
            kept.append(Example(example.sentence, frozenset(labels)))
    return Mapped(kept, len(examples), total, mapped)


def build_ranker(
    taxonomy: Taxonomy,
    encoder: Encoder | None,
    cache_dir: Path,
    parts: frozenset[int] = LABEL_PARTS,
) -> tuple[SemanticRanker | None, LexicalMatcher, float]:
    started = time.perf_counter()
    lexical = LexicalMatcher(taxonomy, LexicalPolicy.ranking())  # the policy it was tuned with
    if encoder is None:
        return None, lexical, time.perf_counter() - started
    labels_encoder = encoder.inner if isinstance(encoder, QueryCache) else encoder
    embeddings = label_embeddings(taxonomy, labels_encoder, cache_dir / "embeddings", parts=parts)
    ranker = SemanticRanker(taxonomy, encoder, embeddings, lexical)
    return ranker, lexical, time.perf_counter() - started


def lexical_ranking(lexical: LexicalMatcher, sentence: str) -> list[str]:
    """Lexical-only ranking: hits by score, then nothing (the exact-matching baseline)."""
    hits = sorted(lexical.match(sentence), key=lambda h: -h.score)
    labels = [lexical.taxonomy.skills[h.skill].label for h in hits]
    return list(dict.fromkeys(labels))


def evaluate(
    examples: Sequence[Example],
    taxonomy: Taxonomy,
    ranker: SemanticRanker | None,
    lexical: LexicalMatcher,
    config: RankConfig,
) -> dict[str, Any]:
    started = time.perf_counter()
    rankings = []
    for example in examples:
        if ranker is None:
            rankings.append(lexical_ranking(lexical, example.sentence))
        else:
            ranked = ranker.rank(example.sentence, config, top_k=TOP_K)
            rankings.append([taxonomy.skills[r.skill].label for r in ranked])
    elapsed = time.perf_counter() - started
    scores = score_rankings(rankings, [set(e.labels) for e in examples])
    return {
        **scores.percent(),
        "n_sentences": scores.n,
        "seconds": round(elapsed, 2),
        "sentences_per_second": round(scores.n / elapsed, 2) if elapsed else None,
    }


def run_skills_bench(
    *,
    taxonomy_path: Path,
    data: Sequence[Example],
    vocabulary: str,
    cache_dir: Path,
    model_path: Path | None,
    semantic: bool,
    config: RankConfig,
    parts: frozenset[int] = LABEL_PARTS,
) -> dict[str, Any]:
    timings: dict[str, float] = {}
    started = time.perf_counter()
    esco = resolve_taxonomy(taxonomy_path, cache_dir)
    timings["taxonomy_seconds"] = round(time.perf_counter() - started, 2)
    result: dict[str, Any] = {"vocabulary": vocabulary, "taxonomy": esco.key}
    taxonomy, examples = esco, list(data)
    if vocabulary == "builtin":
        from onward.analysis.skills.taxonomy import load_builtin_taxonomy

        taxonomy = load_builtin_taxonomy()
        mapped = map_to_taxonomy(examples, esco, taxonomy)
        examples = mapped.examples
        result["coverage"] = mapped.coverage()
    encoder: QueryCache | None = None
    if semantic:
        started = time.perf_counter()
        encoder = QueryCache(load_encoder(model_path), cache_dir / "queries")
        timings["model_seconds"] = round(time.perf_counter() - started, 2)
        result["model"] = encoder.model_id
    ranker, lexical, index_seconds = build_ranker(taxonomy, encoder, cache_dir, parts)
    timings["index_seconds"] = round(index_seconds, 2)
    result["metrics"] = evaluate(examples, taxonomy, ranker, lexical, config)
    if encoder is not None:
        encoder.save()
    result["metrics_unit"] = "percent (RP@k and MRR x 100)"
    result["config"] = asdict(config) if ranker is not None else {"mode": "lexical"}
    result["timing"] = timings
    return result
