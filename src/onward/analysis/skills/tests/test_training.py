from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from onward.analysis.skills import semantic
from onward.analysis.skills.taxonomy import Taxonomy
from onward.analysis.skills.training import TrainConfig, _batches, taxonomy_pairs, train_adapter


def test_batches_never_repeat_a_skill() -> None:
    pairs = [(f"text {i}", i % 5) for i in range(40)]
    batches = _batches(pairs, 4, random.Random(1))
    assert sorted(p for b in batches for p in b) == sorted(pairs)
    assert all(len({skill for _, skill in b}) == len(b) <= 4 for b in batches)
    assert batches == _batches(pairs, 4, random.Random(1))  # deterministic


def test_taxonomy_pairs(mini: Taxonomy) -> None:
    pairs = taxonomy_pairs(mini, TrainConfig(alt_pairs_per_skill=1, description_pairs=True))
    skills_with_alts = sum(1 for s in mini.skills if s.alt_labels)
    assert len(pairs) == skills_with_alts + sum(1 for s in mini.skills if s.description)
    assert pairs == taxonomy_pairs(mini, TrainConfig(alt_pairs_per_skill=1, description_pairs=True))


@pytest.mark.skipif(not semantic.semantic_available(), reason="semantic extra not installed")
def test_train_adapter_smoke(tmp_path: Path, mini: Taxonomy) -> None:
    labelled = [
        ("We need Python developers", "Python (computer programming)"),
        ("Look after the pigs", "handle pigs"),
        ("Unknown", "not a skill"),
    ]
    out = tmp_path / "adapter"
    result = train_adapter(mini, labelled, out, TrainConfig(batch_size=8, epochs=1.0))
    assert result.steps >= 1
    assert result.pairs == 2 + sum(1 for s in mini.skills if s.alt_labels)
    meta = json.loads((out / "onward-model.json").read_text())
    assert meta["model_id"] == result.model_id
    encoder = semantic.load_encoder(out)
    assert encoder.model_id == result.model_id
    assert encoder.encode(["python"]).shape == (1, 384)
