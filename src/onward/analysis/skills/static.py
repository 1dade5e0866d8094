"""A static (bag-of-wordpieces) encoder distilled from MiniLM, for fast extraction.

Distillation, once per model: every wordpiece of the model's vocabulary is embedded alone
("[CLS] piece [SEP]", mean-pooled), giving a table of one vector per wordpiece. A text is
then the normalised, weighted mean of its wordpieces' vectors: no transformer at run time,
so tens of thousands of texts per second and no torch import. Weights down-rank the most
frequent wordpieces of the label texts (smooth inverse frequency). The table is cached
on disk keyed by the model id and STATIC_VERSION, written atomically.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from onward.analysis.skills.semantic import BASE_MODEL_ID, Matrix, SentenceEncoder
from onward.analysis.skills.store import write_atomic

STATIC_VERSION = 1
SIF_A = 1e-3


class StaticEncoder:
    """Encoder protocol over a wordpiece table; ``tokenizer`` is a ``tokenizers.Tokenizer``."""

    def __init__(self, table: Matrix, weights: npt.NDArray[np.float32], tokenizer: Any,
                 model_id: str) -> None:  # fmt: skip
        self.table = table
        self.weights = weights
        self.tokenizer = tokenizer
        self.model_id = model_id

    def encode(self, texts: Sequence[str]) -> Matrix:
        out = np.zeros((len(texts), self.table.shape[1]), dtype=np.float32)
        if not texts:
            return out
        for row, encoding in enumerate(
            self.tokenizer.encode_batch(list(texts), add_special_tokens=False)
        ):
            ids = encoding.ids
            if ids:
                w = self.weights[ids]
                out[row] = (self.table[ids] * w[:, None]).sum(axis=0) / max(w.sum(), 1e-6)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        result: Matrix = out / norms
        return result


def distil_table(encoder: SentenceEncoder, *, batch_size: int = 512) -> Matrix:
    """One vector per wordpiece id (special tokens and unused slots left at zero)."""
    tokenizer = encoder.model.tokenizer
    vocab: dict[str, int] = tokenizer.get_vocab()
    table = np.zeros((len(vocab), 384), dtype=np.float32)
    pieces = [(piece, i) for piece, i in vocab.items() if not _skip(piece)]
    texts = [piece[2:] if piece.startswith("##") else piece for piece, _ in pieces]
    vectors = encoder.encode(texts) if texts else np.zeros((0, 384), np.float32)
    if vectors.shape[1] != table.shape[1]:
        table = np.zeros((len(vocab), vectors.shape[1]), dtype=np.float32)
    for (_, i), vector in zip(pieces, vectors, strict=True):
        table[i] = vector
    return table


def _skip(piece: str) -> bool:
    return (piece.startswith("[") and piece.endswith("]")) or not piece.strip("#")


def sif_weights(tokenizer: Any, corpus: Iterable[str], size: int) -> npt.NDArray[np.float32]:
    """a / (a + p(piece)) with p estimated on ``corpus`` (e.g. the taxonomy's label texts)."""
    counts: Counter[int] = Counter()
    for encoding in tokenizer.encode_batch(list(corpus), add_special_tokens=False):
        counts.update(encoding.ids)
    total = max(1, sum(counts.values()))
    freq = np.zeros(size, dtype=np.float32)
    for i, n in counts.items():
        freq[i] = n / total
    weights: npt.NDArray[np.float32] = (SIF_A / (SIF_A + freq)).astype(np.float32)
    return weights


def _fast_tokenizer(encoder: SentenceEncoder) -> Any:
    backend = encoder.model.tokenizer.backend_tokenizer
    backend.no_padding()
    backend.no_truncation()
    return backend


def cached_folder(cache_root: Path, base_model_id: str = BASE_MODEL_ID) -> Path:
    """Where the static table distilled from ``base_model_id`` lives under ``cache_root``."""
    return cache_root / f"static-{_slug(base_model_id)}-v{STATIC_VERSION}"


def load_or_distil(
    encoder: SentenceEncoder, cache_root: Path, corpus: Sequence[str]
) -> StaticEncoder:
    """The static encoder for ``encoder``'s model, from the cache or distilled now.

    ``corpus`` (the label texts) sets the frequency weights; the model id carries a hash
    of them, so label embeddings made with other weights are never reused.
    """
    folder = cached_folder(cache_root, encoder.model_id)
    tokenizer = _fast_tokenizer(encoder)
    meta = folder / "meta.json"
    if meta.is_file() and json.loads(meta.read_text()).get("base") == encoder.model_id:
        table = np.load(folder / "table.npy").astype(np.float32)
        weights = np.load(folder / "weights.npy")
        return StaticEncoder(table, weights, tokenizer, json.loads(meta.read_text())["model_id"])
    table = distil_table(encoder)
    weights = sif_weights(tokenizer, corpus, table.shape[0])
    digest = hashlib.sha256(weights.tobytes()).hexdigest()[:8]
    model_id = f"{encoder.model_id}+static{STATIC_VERSION}-{digest}"
    folder.mkdir(parents=True, exist_ok=True)
    for name, array in (("table.npy", table.astype(np.float16)), ("weights.npy", weights)):
        part = folder / f"{name}.part"
        with part.open("wb") as handle:
            np.save(handle, array)
        part.replace(folder / name)
    info = {"model_id": model_id, "base": encoder.model_id, "rows": int(table.shape[0])}
    write_atomic(meta, json.dumps(info).encode())
    return StaticEncoder(table, weights, tokenizer, model_id)


def load_static(folder: Path, tokenizer_file: Path) -> StaticEncoder:
    """Load a distilled table without torch: ``tokenizer_file`` is the model's tokenizer.json."""
    from tokenizers import Tokenizer

    meta = json.loads((folder / "meta.json").read_text())
    tokenizer = Tokenizer.from_file(str(tokenizer_file))
    tokenizer.no_padding()
    tokenizer.no_truncation()
    table = np.load(folder / "table.npy").astype(np.float32)
    return StaticEncoder(table, np.load(folder / "weights.npy"), tokenizer, meta["model_id"])


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() or c in "._-" else "_" for c in text)
