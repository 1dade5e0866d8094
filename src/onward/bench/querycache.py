"""Query vectors remembered across benchmark runs (ablations re-encode the same spans)."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from onward.analysis.skills.semantic import Encoder, Matrix
from onward.analysis.skills.store import write_atomic


class QueryCache:
    """An Encoder that looks texts up in a per-model cache file before encoding them."""

    def __init__(self, encoder: Encoder, folder: Path) -> None:
        self.inner = encoder
        self.model_id = encoder.model_id
        slug = re.sub(r"[^A-Za-z0-9_.-]+", "_", encoder.model_id)
        self._texts_path = folder / f"{slug}.json"
        self._vectors_path = folder / f"{slug}.npy"
        self._rows: dict[str, int] = {}
        self._vectors: list[Matrix] = []
        self._dirty = False
        if self._texts_path.is_file() and self._vectors_path.is_file():
            texts = json.loads(self._texts_path.read_text())
            vectors = np.load(self._vectors_path)
            if len(texts) == len(vectors):
                self._rows = {t: i for i, t in enumerate(texts)}
                self._vectors = list(vectors)

    def encode(self, texts: Sequence[str]) -> Matrix:
        missing = [t for t in dict.fromkeys(texts) if t not in self._rows]
        if missing:
            for text, vector in zip(missing, self.inner.encode(missing), strict=True):
                self._rows[text] = len(self._vectors)
                self._vectors.append(vector)
            self._dirty = True
        return np.stack([self._vectors[self._rows[t]] for t in texts]).astype(np.float32)

    def save(self) -> None:
        if not self._dirty:
            return
        self._texts_path.parent.mkdir(parents=True, exist_ok=True)
        part = self._vectors_path.with_name(self._vectors_path.name + ".part")
        with part.open("wb") as handle:
            np.save(handle, np.stack(self._vectors).astype(np.float32))
        part.replace(self._vectors_path)
        write_atomic(self._texts_path, json.dumps(list(self._rows)).encode())
        self._dirty = False
