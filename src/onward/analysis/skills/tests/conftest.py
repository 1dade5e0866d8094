from __future__ import annotations

import hashlib
from collections.abc import Sequence

import numpy as np
import pytest

from onward.analysis.skills.esco import read_esco
from onward.analysis.skills.semantic import Matrix
from onward.analysis.skills.taxonomy import Taxonomy
from onward.analysis.skills.tests.esco_fixture import esco_mini_dir
from onward.analysis.skills.text import normalise

ESCO_MINI = esco_mini_dir()


class FakeEncoder:
    """Bag-of-words hashing encoder: texts sharing words are similar. No model needed."""

    def __init__(self, model_id: str = "fake-bow", dim: int = 1024) -> None:
        self.model_id = model_id
        self.dim = dim
        self.calls = 0

    def encode(self, texts: Sequence[str]) -> Matrix:
        self.calls += 1
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in normalise(text):
                out[row, int(hashlib.md5(word.encode()).hexdigest(), 16) % self.dim] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        result: Matrix = (out / norms).astype(np.float32)
        return result


@pytest.fixture(scope="session")
def mini() -> Taxonomy:
    return read_esco(ESCO_MINI, version="test")


@pytest.fixture
def fake_encoder() -> FakeEncoder:
    return FakeEncoder()
