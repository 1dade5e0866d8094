"""``python -m onward.bench feedback``: per-table scores on a file of labelled snippets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onward.bench.__main__ import main
from onward.bench.feedback import DEFAULT_CASES, run_feedback_bench

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


def test_the_default_file_has_both_tables(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["feedback"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result) == {"tuning", "held_out"}
    assert DEFAULT_CASES.exists()


def test_a_bad_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "broken.json"
    path.write_text("{not json", "utf-8")
    assert main(["feedback", "--cases", str(path)]) == 2
    assert capsys.readouterr().err.startswith("error: ")
