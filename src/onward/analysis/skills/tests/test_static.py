from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from onward.analysis.skills.static import StaticEncoder, sif_weights

VOCAB = {"python": 0, "sql": 1, "pig": 2, "care": 3}


@dataclass
class _Encoding:
    ids: list[int]


class FakeTokenizer:
    def encode_batch(
        self, texts: Sequence[str], add_special_tokens: bool = False
    ) -> list[_Encoding]:
        return [_Encoding([VOCAB[w] for w in t.lower().split() if w in VOCAB]) for t in texts]


def test_static_encoder_averages_wordpieces() -> None:
    table = np.eye(4, dtype=np.float32)
    weights = np.array([1.0, 1.0, 1.0, 0.5], dtype=np.float32)
    encoder = StaticEncoder(table, weights, FakeTokenizer(), "fake-static")
    vectors = encoder.encode(["Python SQL", "care pig", "nothing known", "python"])
    np.testing.assert_allclose(vectors[0], [2**-0.5, 2**-0.5, 0, 0], atol=1e-6)
    assert vectors[1][2] > vectors[1][3] > 0  # the frequent piece weighs less
    assert not vectors[2].any()
    np.testing.assert_allclose(np.linalg.norm(vectors[[0, 1, 3]], axis=1), 1.0, atol=1e-6)
    assert encoder.encode([]).shape == (0, 4)


def test_sif_weights_downweight_frequent_pieces() -> None:
    weights = sif_weights(FakeTokenizer(), ["care pig", "care sql", "care python"], 4)
    assert weights[3] < weights[2] < 1.0
