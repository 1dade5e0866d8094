"""``python -m onward.bench feedback``: per-table scores on a file of labelled snippets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onward.bench.__main__ import main
from onward.bench.feedback import DEFAULT_CASES, run_feedback_bench, same_skill, score_table

CASES = {
    "about": "not a table, skipped",
    "mine": [
        {
            "id": "a",
            "text": "We decided to fill the role internally.",
            "expected": ["process_change"],
        },
        {"id": "b", "text": "", "expected": []},
        {"id": "c", "text": "Thanks for applying.", "expected": ["resume"]},
    ],
}


def test_scores_each_table(tmp_path: Path) -> None:
    path = tmp_path / "cases.json"
    path.write_text(json.dumps(CASES), "utf-8")
    result = run_feedback_bench(cases_path=path)
    assert list(result) == ["mine"]
    mine = result["mine"]
    assert (mine["cases"], mine["exact"]) == (3, 2)
    assert mine["misses"] == [{"id": "c", "got": ["other"], "expected": ["resume"]}]
    assert mine["label_precision"] == 0.5 and mine["label_recall"] == 0.5


def test_summary_lists_no_misses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cases.json"
    path.write_text(json.dumps(CASES), "utf-8")
    assert main(["feedback", "--cases", str(path), "--summary"]) == 0
    mine = json.loads(capsys.readouterr().out)["mine"]
    assert "misses" not in mine
    assert (mine["cases"], mine["exact"]) == (3, 2)


def test_a_labeller_can_replace_the_lexicon() -> None:
    cases = json.loads(json.dumps(CASES["mine"]))
    result = score_table(cases, labeller=lambda texts: [{"resume"} for _ in texts])
    assert (result["exact"], result["label_precision"]) == (1, 0.333)


def test_the_default_file_has_its_tables(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["feedback"]) == 0
    result = json.loads(capsys.readouterr().out)
    tables = {"tuning", "tuning_h2", "tuning_t3"}
    tables |= {f"{kind}_f{n}" for kind in ("tuning", "holdout") for n in (4, 5, 6)}
    assert set(result) == tables | {"holdout_f7"}
    assert result["tuning_t3"]["missing_cases"] == result["tuning_t3"]["cases"]
    assert DEFAULT_CASES.exists()


def test_skills_named_as_missing_are_scored(tmp_path: Path) -> None:
    cases = {
        "gaps": [
            {
                "id": "m",
                "text": "Hi Maya, your SQL was strong. We needed someone who could size an "
                "A/B test and reason about statistical power.",
                "expected": ["+technical_skills", "technical_skills"],
                "missing": ["A/B testing", "statistical power"],
            },
            {"id": "n", "text": "Lovely to meet you.", "expected": [], "missing": []},
        ]
    }
    path = tmp_path / "cases.json"
    path.write_text(json.dumps(cases), "utf-8")
    gaps = run_feedback_bench(cases_path=path)["gaps"]
    assert (gaps["missing_cases"], gaps["missing_named"], gaps["missing_gold"]) == (2, 2, 2)
    assert gaps["missing_precision"] == gaps["missing_recall"] == gaps["span_recall"] == 1.0


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        pytest.param("Statistics", "statistical power", True, id="stems-contained"),
        pytest.param("A/B testing", "A/B tests", True, id="plural"),
        pytest.param("Python (programming language)", "Python", True, id="qualifier"),
        pytest.param("Project management", "people management", False, id="half-not-shared"),
        pytest.param("skills", "Excel", False, id="generic-only"),
    ],
)
def test_same_skill(a: str, b: str, same: bool) -> None:
    assert same_skill(a, b) is same


def test_a_bad_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "broken.json"
    path.write_text("{not json", "utf-8")
    assert main(["feedback", "--cases", str(path)]) == 2
    assert capsys.readouterr().err.startswith("error: ")
