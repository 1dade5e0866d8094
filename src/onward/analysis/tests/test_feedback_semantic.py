"""The experimental reader over sentence meaning, with a small fake encoder (no model).

The fake encoder maps each sentence to a unit vector of word-hash counts, so the tests
check the plumbing (sentences, lexicon features, the fit, the choice of labels), not the
quality of MiniLM; that is measured by ``onward.bench feedback --model semantic``.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence

import numpy as np
import pytest

from onward.analysis.feedback import classify_feedback
from onward.analysis.feedback_semantic import (
    FeedbackModel,
    classify_semantic,
    feedback_sentences,
    fit_feedback_model,
    fit_logistic,
    lexicon_features,
)
from onward.analysis.skills.semantic import Matrix

DIM = 64
# The example of issue 10 (see test_feedback_missing.py).
ISSUE_10 = (
    "Hi Maya, thanks for asking. Your SQL was strong and your dashboards were clear. "
    "Where you fell short was the experimentation question: we needed someone who could "
    "size an A/B test and reason about statistical power.\n\nBest,\nTom"
)


class HashEncoder:
    model_id = "hash-test"

    def encode(self, texts: Sequence[str]) -> Matrix:
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in text.lower().split():
                out[row, zlib.crc32(word.encode()) % DIM] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return np.asarray(out / np.where(norms == 0, 1.0, norms), dtype=np.float32)


# Written for these tests: (text, labels).
TRAINING = [
    ("We went with a candidate who had more years in the role.", ["experience_level"]),
    ("You needed more experience leading a team of this size.", ["experience_level"]),
    ("Another applicant had far more seniority, sorry.", ["competition", "experience_level"]),
    ("The role has been put on hold after a restructure.", ["process_change"]),
    ("The vacancy was withdrawn while budgets are reviewed.", ["process_change"]),
    ("Your Python was strong but the system design answer was weak.", ["technical_skills"]),
    ("Your coding test had several bugs and no tests.", ["technical_skills"]),
    ("Great SQL, but you could not size an experiment.", ["technical_skills"]),
]


@pytest.fixture(scope="module")
def model() -> FeedbackModel:
    texts = [t for t, _ in TRAINING]
    return fit_feedback_model(texts, [labels for _, labels in TRAINING], HashEncoder())


def test_fit_logistic_separates_a_clear_split() -> None:
    x = np.asarray([[0.0], [0.2], [0.8], [1.0]])
    y = np.asarray([0.0, 0.0, 1.0, 1.0])
    w, b = fit_logistic(x, y, 10.0)
    assert w[0] > 0 and b < 0
    assert float(w[0] * 0.9 + b) > 0 > float(w[0] * 0.1 + b)


def test_sentences_leave_out_greeting_and_signature() -> None:
    found = feedback_sentences(ISSUE_10)
    assert any("statistical power" in s for s in found)
    assert not any(s.startswith("Hi Maya") or s.endswith("Tom") for s in found)


def test_sentences_of_blank_text() -> None:
    assert feedback_sentences("   ") == ["."]


def test_lexicon_features_flag_the_lexicon_labels() -> None:
    labels = ("+technical_skills", "experience_level", "technical_skills")
    features = lexicon_features(classify_feedback(ISSUE_10), labels)
    assert features.shape == (6,)
    assert features[2] == 1.0  # technical_skills, a concern
    assert features[1] == 0.0


def test_model_shapes(model: FeedbackModel) -> None:
    assert model.labels == ("competition", "experience_level", "process_change", "technical_skills")
    assert model.weights.shape == (4, model.dimension)
    assert model.dimension == 2 * DIM + 2 * 4


@pytest.mark.parametrize(
    ("text", "label"),
    [
        pytest.param(ISSUE_10, "technical_skills", id="issue-10"),
        pytest.param("The post was withdrawn after a restructure.", "process_change", id="hold"),
    ],
)
def test_classify_semantic_reads_fixtures(model: FeedbackModel, text: str, label: str) -> None:
    [suggestions] = classify_semantic([text], model, HashEncoder())
    assert suggestions[0].label == label
    assert 0.0 <= suggestions[0].probability <= 1.0
    assert label in suggestions[0].reason


def test_classify_semantic_is_deterministic(model: FeedbackModel) -> None:
    encoder = HashEncoder()
    assert classify_semantic([ISSUE_10], model, encoder) == classify_semantic(
        [ISSUE_10], model, encoder
    )
