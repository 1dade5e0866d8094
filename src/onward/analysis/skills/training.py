"""Contrastive fine-tuning of MiniLM for skill linking (an "adapter" model folder).

A plain PyTorch loop (no datasets/accelerate needed) with the multiple-negatives ranking
loss: each batch pairs texts with the preferred label of their skill, and every other label
in the batch is a negative; a batch never holds the same skill twice. Pairs come from
labelled sentences (e.g. SkillSkape train) and from the taxonomy itself (alt label ->
preferred label, description -> preferred label). Deterministic for a given seed and data.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from onward.analysis.skills.semantic import BASE_MODEL_ID, bundled_model_path, load_encoder
from onward.analysis.skills.taxonomy import Taxonomy


@dataclass(frozen=True)
class TrainConfig:
    epochs: float = 1.0
    batch_size: int = 64
    learning_rate: float = 5e-5
    warmup_share: float = 0.1
    scale: float = 20.0
    alt_pairs_per_skill: int = 1
    description_pairs: bool = False
    seed: int = 13
    max_seq_length: int = 48
    threads: int = 2


@dataclass(frozen=True)
class TrainResult:
    model_dir: Path
    model_id: str
    pairs: int
    steps: int
    seconds: float


def taxonomy_pairs(taxonomy: Taxonomy, config: TrainConfig) -> list[tuple[str, int]]:
    """(text, skill index) pairs from the taxonomy: sampled alt labels and descriptions."""
    rng = random.Random(config.seed)
    pairs: list[tuple[str, int]] = []
    for i, skill in enumerate(taxonomy.skills):
        alts = list(skill.alt_labels)
        rng.shuffle(alts)
        pairs += [(alt, i) for alt in alts[: config.alt_pairs_per_skill]]
        if config.description_pairs and skill.description:
            pairs.append((skill.description.split(". ")[0], i))
    return pairs


def _batches(
    pairs: Sequence[tuple[str, int]], size: int, rng: random.Random
) -> list[list[tuple[str, int]]]:
    """Shuffled batches in which no skill appears twice (its label would be a false negative)."""
    pending = list(pairs)
    rng.shuffle(pending)
    batches: list[list[tuple[str, int]]] = []
    while pending:
        batch: list[tuple[str, int]] = []
        seen: set[int] = set()
        rest: list[tuple[str, int]] = []
        for pair in pending:
            if len(batch) < size and pair[1] not in seen:
                batch.append(pair)
                seen.add(pair[1])
            else:
                rest.append(pair)
        batches.append(batch)
        pending = rest
    return batches


def train_adapter(
    taxonomy: Taxonomy,
    labelled: Sequence[tuple[str, str]],
    out_dir: Path,
    config: TrainConfig | None = None,
    *,
    log: Callable[[str], None] | None = None,
) -> TrainResult:
    """Fine-tune the bundled MiniLM on (sentence, preferred label) pairs plus taxonomy pairs.

    ``labelled`` labels must be preferred labels of ``taxonomy``; unknown ones are skipped.
    Writes a sentence-transformers folder to ``out_dir`` with an ``onward-model.json`` that
    names the model id used by the embedding cache.
    """
    import torch

    config = config or TrainConfig()
    started = time.perf_counter()
    random.seed(config.seed)
    torch.manual_seed(config.seed)
    torch.set_num_threads(config.threads)
    index = {s.label: i for i, s in enumerate(taxonomy.skills)}
    pairs = [(text, index[label]) for text, label in labelled if label in index]
    pairs += taxonomy_pairs(taxonomy, config)
    encoder = load_encoder(bundled_model_path())
    model = encoder.model
    model.max_seq_length = config.max_seq_length
    steps = _fit(model, pairs, taxonomy, config, log)
    model_id = f"{BASE_MODEL_ID}+onward-s{config.seed}-n{len(pairs)}-e{config.epochs:g}"
    _save(model, out_dir, model_id, config, len(pairs))
    return TrainResult(out_dir, model_id, len(pairs), steps, time.perf_counter() - started)


def _fit(
    model: Any,
    pairs: Sequence[tuple[str, int]],
    taxonomy: Taxonomy,
    config: TrainConfig,
    log: Callable[[str], None] | None,
) -> int:
    import torch

    rng = random.Random(config.seed)
    batches = _batches(pairs, config.batch_size, rng)
    total = max(1, int(len(batches) * config.epochs))
    schedule = (batches * (int(config.epochs) + 1))[:total]
    optimizer = torch.optim.AdamW(model.parameters(), lr=config.learning_rate)
    warmup = max(1, int(total * config.warmup_share))
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer,
        lambda step: min((step + 1) / warmup, max(0.0, (total - step) / (total - warmup))),
    )
    model.train()
    for step, batch in enumerate(schedule):
        texts = [text for text, _ in batch]
        labels = [taxonomy.skills[i].label for _, i in batch]
        loss = _loss(model, texts, labels, config.scale)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        scheduler.step()
        optimizer.zero_grad()
        if log and (step % 25 == 0 or step == total - 1):
            log(f"step {step + 1}/{total} loss {loss.item():.4f}")
    model.eval()
    return total


def _loss(model: Any, anchors: list[str], positives: list[str], scale: float) -> Any:
    import torch

    def embed(texts: list[str]) -> Any:
        prepare = getattr(model, "preprocess", None) or model.tokenize
        features = prepare(texts)
        output = model(features)
        return torch.nn.functional.normalize(output["sentence_embedding"], dim=-1)

    a, p = embed(anchors), embed(positives)
    scores = a @ p.T * scale
    target = torch.arange(len(anchors))
    return (
        torch.nn.functional.cross_entropy(scores, target)
        + torch.nn.functional.cross_entropy(scores.T, target)
    ) / 2


def _save(model: Any, out_dir: Path, model_id: str, config: TrainConfig, pairs: int) -> None:
    part = out_dir.with_name(out_dir.name + ".part")
    model.save(str(part))
    meta = {"model_id": model_id, "base": BASE_MODEL_ID, "pairs": pairs, **config.__dict__}
    (part / "onward-model.json").write_text(json.dumps(meta, indent=2))
    if out_dir.exists():
        import shutil

        shutil.rmtree(out_dir)
    part.rename(out_dir)
