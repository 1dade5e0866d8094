"""``python -m onward.bench train``: fine-tune the MiniLM adapter on SkillSkape train + ESCO."""

from __future__ import annotations

import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from onward.analysis.skills.training import TrainConfig, train_adapter
from onward.bench.datasets import read_skillskape
from onward.bench.skills import resolve_taxonomy


def run_training(
    *,
    taxonomy_path: Path,
    train_path: Path,
    out_dir: Path,
    cache_dir: Path,
    epochs: float,
    seed: int,
) -> dict[str, Any]:
    taxonomy = resolve_taxonomy(taxonomy_path, cache_dir)
    labelled = [(e.sentence, label) for e in read_skillskape(train_path) for label in e.labels]
    config = TrainConfig(epochs=epochs, seed=seed)

    def log(line: str) -> None:
        sys.stderr.write(line + "\n")
        sys.stderr.flush()

    result = train_adapter(taxonomy, labelled, out_dir, config, log=log)
    return {
        "model_dir": str(result.model_dir),
        "model_id": result.model_id,
        "pairs": result.pairs,
        "steps": result.steps,
        "seconds": round(result.seconds, 1),
        "config": asdict(config),
    }
