"""End to end: ``python -m onward.bench skills`` on a fixture taxonomy and data file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from onward.analysis.skills.esco import install_esco
from onward.analysis.skills.semantic import semantic_available
from onward.analysis.skills.tests.esco_fixture import esco_mini_dir
from onward.bench.__main__ import main
from onward.bench.tests.annotations_fixture import write_annotations

ESCO_MINI = esco_mini_dir()


def _run(*args: str) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-m", "onward.bench", *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def test_skills_lexical_end_to_end(tmp_path: Path) -> None:
    installed = tmp_path / "esco"
    install_esco(ESCO_MINI, installed, version="test")
    result = _run(
        "skills",
        "--taxonomy",
        str(installed),
        "--data",
        str(write_annotations(tmp_path / "annotations.csv")),
        "--mode",
        "lexical",
        "--cache",
        str(tmp_path / "cache"),
    )
    metrics = result["metrics"]
    assert isinstance(metrics, dict)
    assert metrics["n_sentences"] == 3
    assert metrics["RP@5"] == pytest.approx(100 * 2 / 3, abs=0.01)  # the swine one is no match
    assert set(metrics) >= {"RP@1", "RP@5", "RP@10", "MRR", "seconds"}
    assert str(result["metrics_unit"]).startswith("percent")


@pytest.mark.skipif(not semantic_available(), reason="semantic extra not installed")
def test_skills_semantic_end_to_end(tmp_path: Path) -> None:
    installed = tmp_path / "esco"
    install_esco(ESCO_MINI, installed, version="test")
    result = _run(
        "skills",
        "--taxonomy",
        str(installed),
        "--data",
        str(write_annotations(tmp_path / "annotations.csv")),
        "--cache",
        str(tmp_path / "cache"),
    )
    assert result["metrics"]["RP@10"] == 100.0  # type: ignore[index]


def test_bad_input_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "skills",
            "--taxonomy",
            str(tmp_path / "absent"),
            "--data",
            str(write_annotations(tmp_path / "annotations.csv")),
            "--mode",
            "lexical",
        ]
    )
    assert code == 2
    assert "does not exist" in capsys.readouterr().err


def test_unknown_option(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="unknown ranking option"):
        main(
            [
                "skills",
                "--taxonomy",
                str(ESCO_MINI),
                "--data",
                str(write_annotations(tmp_path / "annotations.csv")),
                "--set",
                "nope=1",
            ]
        )


def test_skills_precision_end_to_end(tmp_path: Path) -> None:
    result = _run("skills-precision", "--split", "tune", "--cache", str(tmp_path))
    metrics = result["metrics"]
    assert isinstance(metrics, dict)
    assert result["split"] == "tune" and result["semantic"] == "none"
    assert metrics["examples"] > 30
    assert 0 < metrics["precision"] <= 100 and 0 < metrics["recall"] <= 100
    assert isinstance(result["errors"], dict)
