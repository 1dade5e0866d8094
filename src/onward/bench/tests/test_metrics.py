from __future__ import annotations

from pathlib import Path

import pytest

from onward.bench.datasets import (
    DataFormatError,
    Example,
    group_decorte,
    read_decorte,
    read_skillskape,
    split_half,
)
from onward.bench.metrics import r_precision_at, reciprocal_rank, score_rankings
from onward.bench.tests.annotations_fixture import write_annotations

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    ("ranked", "gold", "k", "expected"),
    [
        pytest.param(["a", "b", "c"], {"a"}, 1, 1.0, id="hit-at-1"),
        pytest.param(["b", "a", "c"], {"a"}, 1, 0.0, id="miss-at-1"),
        pytest.param(["b", "a", "c"], {"a"}, 5, 1.0, id="min-k-gold"),
        pytest.param(["a", "x", "b"], {"a", "b", "c"}, 5, 2 / 3, id="two-of-three"),
        pytest.param(["a", "b"], {"a", "b", "c", "d"}, 1, 1.0, id="k-smaller-than-gold"),
        pytest.param(["x", "y", "a", "b"], {"a", "b", "c"}, 2, 0.0, id="none-in-top-k"),
    ],
)
def test_r_precision(ranked: list[str], gold: set[str], k: int, expected: float) -> None:
    assert r_precision_at(ranked, gold, k) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("ranked", "gold", "expected"),
    [
        pytest.param(["a"], {"a"}, 1.0, id="first"),
        pytest.param(["x", "y", "a", "b"], {"a", "b"}, 1 / 3, id="first-hit-only"),
        pytest.param(["x"], {"a"}, 0.0, id="never"),
    ],
)
def test_reciprocal_rank(ranked: list[str], gold: set[str], expected: float) -> None:
    assert reciprocal_rank(ranked, gold) == pytest.approx(expected)


def test_scores_average_over_sentences() -> None:
    scores = score_rankings([["a", "b"], ["x", "c"]], [{"a"}, {"c", "d"}])
    assert scores.n == 2
    assert scores.rp[1] == pytest.approx(0.5)
    assert scores.rp[5] == pytest.approx((1 + 0.5) / 2)
    assert scores.mrr == pytest.approx((1 + 0.5) / 2)
    assert scores.percent()["RP@5"] == 75.0


def test_decorte_grouping_drops_special_labels(tmp_path: Path) -> None:
    examples = read_decorte(write_annotations(tmp_path / "annotations.csv"))
    assert examples == [
        Example(
            "Strong Python and SQL skills", frozenset({"Python (computer programming)", "SQL"})
        ),
        Example("You will look after our swine", frozenset({"handle pigs"})),
        Example("Build machine learning models", frozenset({"machine learning"})),
    ]


def test_group_keeps_first_seen_order() -> None:
    rows = [
        {"sentence": "b", "label": "x"},
        {"sentence": "a", "label": "y"},
        {"sentence": "b", "label": "z"},
    ]
    assert [e.sentence for e in group_decorte(rows)] == ["b", "a"]


def test_skillskape_drops_unk() -> None:
    assert read_skillskape(DATA / "mini_skillskape.csv") == [
        Example(
            "Experience with Python and SQL.", frozenset({"Python (computer programming)", "SQL"})
        )
    ]


def test_wrong_columns(tmp_path: Path) -> None:
    (tmp_path / "x.csv").write_text("text,skill\na,b\n")
    with pytest.raises(DataFormatError, match="lacks the columns sentence, label"):
        read_decorte(tmp_path / "x.csv")


def test_split_half_partitions() -> None:
    examples = [Example(f"s{i}", frozenset({"x"})) for i in range(40)]
    tune, holdout = split_half(examples, "tune"), split_half(examples, "holdout")
    assert len(tune) + len(holdout) == 40
    assert not set(tune) & set(holdout)
    assert tune and holdout
