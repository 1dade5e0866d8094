"""``python -m onward.bench documents`` measures each hostile file in its own process."""

from __future__ import annotations

from pathlib import Path

from onward.bench.__main__ import main
from onward.bench.documents import markdown_table, run_documents_bench


def test_each_file_is_measured_with_its_outcome() -> None:
    result = run_documents_bench(keys=["txt-empty", "pdf-garbage"], timeout=120)
    rows = {row["file"]: row for row in result["files"]}
    assert set(rows) == {"txt-empty", "pdf-garbage"}
    assert {row["outcome"] for row in rows.values()} == {"refused"}
    assert rows["pdf-garbage"]["child_peak_mb"] > 0  # the PDF reader's own process
    assert rows["txt-empty"]["child_peak_mb"] is None
    assert "| pdf-garbage | 4 KB | refused |" in markdown_table(result)


def test_the_command_writes_the_table(tmp_path: Path) -> None:
    table = tmp_path / "table.md"
    assert main(["documents", "--only", "txt-binary", "--markdown", str(table)]) == 0
    assert "| txt-binary |" in table.read_text(encoding="utf-8")
