from __future__ import annotations

from pathlib import Path

import numpy as np

from onward.analysis.skills.tests.conftest import FakeEncoder
from onward.bench.querycache import QueryCache


def test_vectors_survive_across_runs(tmp_path: Path) -> None:
    inner = FakeEncoder()
    first = QueryCache(inner, tmp_path)
    vectors = first.encode(["python", "sql", "python"])
    assert inner.calls == 1
    first.save()
    again = QueryCache(inner, tmp_path)
    np.testing.assert_allclose(again.encode(["sql", "python"]), vectors[[1, 0]])
    assert inner.calls == 1
    again.encode(["new text"])
    assert inner.calls == 2
    assert not list(tmp_path.glob("*.part"))
