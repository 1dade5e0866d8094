"""An experimental reader of feedback themes over sentence meaning (not the default path).

Each theme label (``theme`` a concern, ``+theme`` a strength, as the tables write them)
gets a logistic model over three groups of features of a feedback text:

* the mean and the element-wise maximum of the unit embeddings of its sentences (the
  optional ``semantic`` extra's MiniLM; greetings, signatures, footers and quoted replies
  are left out as :func:`~onward.analysis.feedback_reading.read_feedback` marks them);
* for every label, whether the cue lexicon (:func:`~onward.analysis.feedback.
  classify_feedback`) suggests it, and its lexicon score (capped at ``SCORE_CAP``, scaled
  to 0..1), suggested or below the threshold.

A label is suggested when its probability reaches ``THRESHOLD``; when none does, the most
probable one; ``other`` never next to another label. The weights are fitted with
:func:`fit_feedback_model` (Newton steps on an L2-penalised log-loss, intercept not
penalised; deterministic given the texts and the encoder) on labelled snippets passed in.

Measured in docs/benchmarks.md ("Fifth round"): on snippets never tuned on it was not
better than the cue lexicon by enough to replace it, so :func:`classify_feedback` stays
the product's reader; this module is reached through ``onward.bench feedback --model
semantic``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from onward.analysis.feedback import FeedbackAnalysis, Polarity, classify_feedback
from onward.analysis.feedback_reading import read_feedback
from onward.analysis.skills.semantic import Encoder

Vector = npt.NDArray[np.float64]
Matrix = npt.NDArray[np.float64]

THRESHOLD = 0.5
SCORE_CAP = 3.0
DEFAULT_C = 1.0
NEWTON_STEPS = 25
_SENTENCE_BREAK = re.compile(r"(?<=[.!?;])\s+|\n+")
MIN_SENTENCE = 3
OTHER = "other"


@dataclass(frozen=True)
class SemanticSuggestion:
    """One label with its probability; ``lexicon`` is whether the cue lexicon suggests it."""

    label: str
    probability: float
    lexicon: bool
    reason: str


@dataclass(frozen=True)
class FeedbackModel:
    """Per-label weights over the features of the module doc (rows follow ``labels``)."""

    labels: tuple[str, ...]
    weights: Matrix
    bias: Vector
    dimension: int


def label_of(theme: str, polarity: Polarity) -> str:
    return f"+{theme}" if polarity == Polarity.STRENGTH else theme


def feedback_sentences(text: str) -> list[str]:
    """The sentences read as feedback (ignored parts blanked), or the whole text."""
    chars = list(text)
    for part in read_feedback(text).ignored:
        chars[part.start : part.end] = " " * (part.end - part.start)
    body = "".join(chars)
    found = [s.strip() for s in _SENTENCE_BREAK.split(body) if len(s.strip()) >= MIN_SENTENCE]
    return found or [text.strip() or "."]


def lexicon_features(analysis: FeedbackAnalysis, labels: Sequence[str]) -> Vector:
    """Suggested flags, then capped scores (suggested or below the threshold), per label."""
    index = {label: i for i, label in enumerate(labels)}
    out = np.zeros(2 * len(labels), dtype=np.float64)
    for suggestion in analysis.themes:
        i = index.get(label_of(suggestion.theme.value, suggestion.polarity))
        if i is not None:
            out[i] = 1.0
    for suggestion in (*analysis.themes, *analysis.below_threshold):
        i = index.get(label_of(suggestion.theme.value, suggestion.polarity))
        if i is not None:
            scaled = min(suggestion.score, SCORE_CAP) / SCORE_CAP
            out[len(labels) + i] = max(out[len(labels) + i], scaled)
    return out


def text_features(
    texts: Sequence[str], labels: Sequence[str], encoder: Encoder
) -> tuple[Matrix, list[FeedbackAnalysis]]:
    """One feature row per text (embeddings encoded in one batch) and the lexicon's reading."""
    sentences = [feedback_sentences(t) for t in texts]
    unique = list(dict.fromkeys(s for group in sentences for s in group))
    vectors = np.asarray(encoder.encode(unique), dtype=np.float64)
    row = {s: i for i, s in enumerate(unique)}
    analyses = [classify_feedback(t) for t in texts]
    rows = []
    for group, analysis in zip(sentences, analyses, strict=True):
        own = vectors[[row[s] for s in group]]
        lexical = lexicon_features(analysis, labels)
        rows.append(np.concatenate([own.mean(axis=0), own.max(axis=0), lexical]))
    return np.stack(rows), analyses


def _sigmoid(z: Vector) -> Vector:
    return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0))), dtype=np.float64)


def fit_logistic(x: Matrix, y: Vector, c: float) -> tuple[Vector, float]:
    """Minimise ``c * log-loss + |w|^2 / 2`` (intercept unpenalised) by Newton steps."""
    n, d = x.shape
    design = np.hstack([x, np.ones((n, 1))])
    penalty = np.eye(d + 1) / c
    penalty[d, d] = 1e-8
    theta = np.zeros(d + 1, dtype=np.float64)
    for _ in range(NEWTON_STEPS):
        p = _sigmoid(design @ theta)
        gradient = design.T @ (p - y) + penalty @ theta
        hessian = (design * (p * (1 - p))[:, None]).T @ design + penalty
        step = np.linalg.solve(hessian, gradient)
        theta -= step
        if float(np.abs(step).max()) < 1e-6:
            break
    return theta[:d], float(theta[d])


def fit_feedback_model(
    texts: Sequence[str],
    expected: Sequence[Sequence[str]],
    encoder: Encoder,
    *,
    c: float = DEFAULT_C,
) -> FeedbackModel:
    """Fit one logistic model per label seen in ``expected`` (labels as the tables write them)."""
    labels = tuple(sorted({label for case in expected for label in case}))
    x, _ = text_features(texts, labels, encoder)
    weights, bias = [], []
    for label in labels:
        y = np.asarray([label in case for case in expected], dtype=np.float64)
        w, b = fit_logistic(x, y, c)
        weights.append(w)
        bias.append(b)
    return FeedbackModel(labels, np.stack(weights), np.asarray(bias), x.shape[1])


def _chosen(labels: tuple[str, ...], probabilities: Vector) -> list[int]:
    chosen = [i for i, p in enumerate(probabilities) if p >= THRESHOLD]
    if not chosen:
        chosen = [int(np.argmax(probabilities))]
    if len(chosen) > 1:
        chosen = [i for i in chosen if labels[i] != OTHER]
    return chosen


def classify_semantic(
    texts: Sequence[str], model: FeedbackModel, encoder: Encoder
) -> list[tuple[SemanticSuggestion, ...]]:
    """Suggested labels per text, most probable first."""
    x, analyses = text_features(texts, model.labels, encoder)
    probabilities = _sigmoid(x @ model.weights.T + model.bias)
    out = []
    for row, analysis in zip(probabilities, analyses, strict=True):
        lexical = {label_of(t.theme.value, t.polarity) for t in analysis.themes}
        picked = sorted(_chosen(model.labels, row), key=lambda i: -row[i])
        out.append(tuple(_suggestion(model.labels[i], float(row[i]), lexical) for i in picked))
    return out


def _suggestion(label: str, probability: float, lexical: set[str]) -> SemanticSuggestion:
    agrees = label in lexical
    source = "the cue lexicon agrees" if agrees else "the cue lexicon does not suggest it"
    reason = f"{label}: probability {probability:.2f} over sentence meaning; {source}."
    return SemanticSuggestion(label, round(probability, 3), agrees, reason)
