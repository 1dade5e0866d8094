"""Extraction precision: the product path (``extract``) on the hand-written gold set.

``python -m onward.bench skills-precision --split tune`` scores the built-in vocabulary
(lexical only by default; ``--semantic static`` adds the distilled semantic linker, which
needs the semantic extra and a cache folder) and lists every false and missed skill.
The holdout split is for the final measurement only (docs/benchmarks.md).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from onward.analysis.skills import engine, evaluation
from onward.analysis.skills.extract import extract
from onward.analysis.skills.taxonomy import load_builtin_taxonomy


def run_precision_bench(
    *, split: str, semantic: str, cache_dir: Path, gold: Path = evaluation.GOLD_PATH
) -> dict[str, Any]:
    taxonomy = load_builtin_taxonomy()
    index = engine.load_index(
        taxonomy, cache_dir if semantic != "none" else None, semantic=semantic
    )
    examples = evaluation.load_gold(gold, None if split == "all" else split)
    started = time.perf_counter()
    summary, scores = evaluation.evaluate(
        examples, lambda text: {m.skill_id for m in extract(text, index)}
    )
    elapsed = time.perf_counter() - started
    return {
        "taxonomy": taxonomy.key,
        "split": split,
        "semantic": semantic if index.semantic is not None else "none",
        "metrics": summary.as_dict(),
        "metrics_unit": "percent (micro-averaged over snippets)",
        "seconds": round(elapsed, 3),
        "errors": {
            s.example.id: {"false": list(s.false), "missed": list(s.missed)}
            for s in scores
            if s.false or s.missed
        },
    }
