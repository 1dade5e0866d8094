"""Extraction precision and recall on the hand-written gold set (tune split only).

The floors are guards against regressions, not targets: the figures themselves are in
docs/benchmarks.md ("Extraction precision"). The holdout split is never scored here.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest

from onward.analysis.skills import evaluation
from onward.analysis.skills.evaluation import GoldExample, GoldFormatError
from onward.analysis.skills.extract import SkillIndex, build_index, extract
from onward.analysis.skills.taxonomy import load_builtin_taxonomy

PRECISION_FLOOR = 0.90
RECALL_FLOOR = 0.72


@pytest.fixture(scope="module")
def builtin() -> SkillIndex:
    return build_index(load_builtin_taxonomy())


def _ids(index: SkillIndex) -> Callable[[str], set[str]]:
    return lambda text: {m.skill_id for m in extract(text, index)}


def test_gold_file_names_only_known_skills(builtin: SkillIndex) -> None:
    examples = evaluation.load_gold()
    known = {s.id for s in builtin.taxonomy.skills}
    assert [(e.id, sorted(e.ids - known)) for e in examples if e.ids - known] == []
    assert len({e.id for e in examples}) == len(examples)


def test_holdout_is_about_a_third() -> None:
    examples = evaluation.load_gold()
    held = [e for e in examples if e.split == "holdout"]
    assert 0.25 <= len(held) / len(examples) <= 0.4
    kinds = {e.kind for e in examples}
    assert kinds == {"posting", "resume"}


def test_tune_split_precision_and_recall(builtin: SkillIndex) -> None:
    summary, scores = evaluation.evaluate(evaluation.load_gold(split="tune"), _ids(builtin))
    report = "\n".join(
        f"{s.example.id}: false {list(s.false)} missed {list(s.missed)}"
        for s in scores
        if s.false or s.missed
    )
    sys.stdout.write(f"\ntune split: {summary.as_dict()}\n{report}\n")
    assert summary.precision >= PRECISION_FLOOR, report
    assert summary.recall >= RECALL_FLOOR, report


EXAMPLE = GoldExample(
    "x-1",
    "tune",
    "data",
    "posting",
    "text",
    (frozenset({"sql"}), frozenset({"excel", "google-sheets"})),
    frozenset({"python"}),
)


@pytest.mark.parametrize(
    ("predicted", "correct", "false", "missed"),
    [
        pytest.param({"sql", "excel"}, 2, (), (), id="all-met"),
        pytest.param({"sql", "google-sheets"}, 2, (), (), id="alternative"),
        pytest.param({"sql", "excel", "python"}, 2, (), (), id="optional-is-no-false-match"),
        pytest.param({"sql"}, 1, (), ("excel/google-sheets",), id="missed"),
        pytest.param({"sql", "excel", "wrike"}, 2, ("wrike",), (), id="false-match"),
        pytest.param(set(), 0, (), ("sql", "excel/google-sheets"), id="nothing"),
    ],
)
def test_scoring(
    predicted: set[str], correct: int, false: tuple[str, ...], missed: tuple[str, ...]
) -> None:
    score = evaluation.score_example(EXAMPLE, predicted)
    assert (score.correct, score.false, score.missed) == (correct, false, missed)


def test_summary_precision_and_recall() -> None:
    scores = [evaluation.score_example(EXAMPLE, {"sql", "wrike"})]
    summary = evaluation.summarise(scores)
    assert (summary.precision, summary.recall) == (0.5, 0.5)
    assert summary.as_dict()["precision"] == 50.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "# comment\n### a-1 tune data posting\nWe use SQL.\nAnd Excel.\n=> sql ?excel\n",
            [("a-1", "We use SQL.\nAnd Excel.", (frozenset({"sql"}),), frozenset({"excel"}))],
            id="block",
        ),
        pytest.param(
            "### b-1 holdout hr resume\nNothing here.\n=>\n",
            [("b-1", "Nothing here.", (), frozenset())],
            id="empty-expectation",
        ),
    ],
)
def test_parse_gold(text: str, expected: list[tuple[object, ...]]) -> None:
    parsed = evaluation.parse_gold(text)
    assert [(e.id, e.text, e.expected, e.optional) for e in parsed] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("### a-1 tune data\ntext\n=> sql\n", id="short-header"),
        pytest.param("### a-1 dev data posting\ntext\n=> sql\n", id="unknown-split"),
        pytest.param("=> sql\n", id="no-header"),
        pytest.param("### a-1 tune data posting\ntext\n", id="no-ids-line"),
    ],
)
def test_parse_errors(text: str) -> None:
    with pytest.raises(GoldFormatError):
        evaluation.parse_gold(text)
