from __future__ import annotations

from pathlib import Path

import pytest

from onward.analysis.skills import engine
from onward.analysis.skills.extract import extract
from onward.analysis.skills.taxonomy import Taxonomy


def test_lexical_index_needs_no_cache(mini: Taxonomy) -> None:
    index = engine.load_index(mini, semantic="none")
    assert index.semantic is None
    assert [m.label for m in extract("SQL", index)] == ["SQL"]


def test_auto_without_cache_is_lexical(mini: Taxonomy) -> None:
    assert engine.load_index(mini, semantic="auto").semantic is None


@pytest.mark.parametrize(
    ("mode", "cache", "message"),
    [
        pytest.param("magic", None, "must be one of", id="unknown-mode"),
        pytest.param("static", None, "needs a cache_dir", id="no-cache"),
    ],
)
def test_bad_arguments(mini: Taxonomy, mode: str, cache: Path | None, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        engine.load_index(mini, cache, semantic=mode)
