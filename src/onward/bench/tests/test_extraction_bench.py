"""The span benchmark (SkillSpan-style files) and the whole-posting gold benchmark, on small
files the tests write themselves."""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

import pytest

from onward.analysis.skills.extract import build_index
from onward.analysis.skills.taxonomy import load_builtin_taxonomy
from onward.bench.__main__ import main
from onward.bench.extraction import DictionaryBaseline
from onward.bench.postings_gold import load_gold, run_postings_gold
from onward.bench.spans import (
    GoldSpan,
    SpanCounts,
    postings,
    read_skillspan,
    sentence_from_row,
    split_postings,
)

ROWS = [
    {
        "idx": 1,
        "source": "house",
        "tokens": ["Experience", "with", "Tableau", "and", "SQL", "is", "essential", "."],
        "tags_skill": ["O"] * 8,
        "tags_knowledge": ["O", "O", "B", "O", "B", "O", "O", "O"],
    },
    {
        "idx": 1,
        "source": "house",
        "tokens": ["You", "will", "build", "dashboards", "in", "Power", "BI", "."],
        "tags_skill": ["O", "O", "B", "I", "I", "I", "I", "O"],
        "tags_knowledge": ["O"] * 8,
    },
    {
        "idx": 2,
        "source": "house",
        "tokens": ["We", "offer", "pensions", "and", "free", "fruit", "."],
        "tags_skill": ["O"] * 7,
        "tags_knowledge": ["O"] * 7,
    },
]


def _write_spans(path: Path) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in ROWS), encoding="utf-8")
    return path


def test_sentences_are_rebuilt_with_offsets() -> None:
    sentence = sentence_from_row(ROWS[0])
    assert sentence.text == "Experience with Tableau and SQL is essential ."
    assert [sentence.text[g.start : g.end] for g in sentence.gold] == ["Tableau", "SQL"]
    second = sentence_from_row(ROWS[1])
    (skill,) = second.gold
    assert (skill.kind, second.text[skill.start : skill.end]) == (
        "skill",
        "build dashboards in Power BI",
    )


def test_postings_join_sentences(tmp_path: Path) -> None:
    data = read_skillspan(_write_spans(tmp_path / "s.json"))
    joined = postings(data)
    assert len(joined) == 2
    first = joined[0]
    assert first.text.split("\n")[1] == data[1].text and first.offsets[1] == len(data[0].text) + 1
    halves = split_postings(data, "tune") + split_postings(data, "holdout")
    assert sorted(s.text for s in halves) == sorted(s.text for s in data)


def test_span_counts() -> None:
    counts = SpanCounts()
    gold = [GoldSpan(0, 10, "skill"), GoldSpan(20, 25, "knowledge")]
    counts.add([(2, 5), (20, 25), (30, 35)], gold)
    result = counts.percent()
    assert result["loose"] == {"precision": 66.67, "recall": 100.0, "f1": 80.0}
    assert result["strict"] == {"precision": 33.33, "recall": 50.0, "f1": 40.0}


def test_dictionary_baseline_is_plain_longest_match() -> None:
    baseline = DictionaryBaseline(load_builtin_taxonomy())
    text = "We sell power tools and use Microsoft Excel"
    assert [text[a:b] for a, b in baseline.spans(text)][-1] == "Microsoft Excel"


def test_extraction_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _write_spans(tmp_path / "spans.json")
    args = ["extraction", "--data", str(data), "--vocabulary", "builtin"]
    assert main([*args, "--cache", str(tmp_path / "cache"), "--semantic", "none"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["product"]["loose"]["recall"] == 100.0
    assert result["product"]["loose"]["precision"] == 100.0  # nothing from the benefits line
    assert result["baseline_dictionary"]["loose"]["precision"] < 100.0  # "pension"


RESUME = "Jo Bloggs\nAnalyst\nSkills: SQL, Tableau and Excel; I build weekly reports.\n"
POSTING = "Requirements:\n- SQL and Tableau\n- Python is a plus\n- Excellent communication skills"


def _write_gold(tmp_path: Path) -> tuple[Path, Path]:
    csv_path = tmp_path / "postings.csv"
    with csv_path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, ["title", "company", "location", "description"])
        writer.writeheader()
        writer.writerow({"title": "Other", "company": "A", "location": "B", "description": "x"})
        writer.writerow(
            {"title": "Analyst", "company": "A", "location": "B", "description": POSTING}
        )

    def item(name: str) -> dict[str, str | None]:
        return {"name": name, "esco": None, "esco_uri": None}

    gold = {
        "postings": [
            {
                "index": 1,
                "sha1": hashlib.sha1(POSTING.encode()).hexdigest()[:12],
                "title": "Analyst",
                "split": "tune",
                "clear_match": True,
                "required": [item("SQL"), item("Tableau"), item("Looker")],
                "preferred": [item("Python")],
                "soft": [item("communication")],
            }
        ],
        "resume_data_analyst": RESUME,
        "resume_skills": [item("SQL"), item("Tableau"), item("Excel")],
    }
    gold_path = tmp_path / "gold.json"
    gold_path.write_text(json.dumps(gold), encoding="utf-8")
    return gold_path, csv_path


def test_postings_gold(tmp_path: Path) -> None:
    postings_found, resume = load_gold(*_write_gold(tmp_path))
    result = run_postings_gold(
        postings=postings_found,
        resume=resume,
        index=build_index(load_builtin_taxonomy()),
        details=True,
    )
    tune = result["tune"]
    assert tune["micro_recall_required"] == pytest.approx(66.7)  # Looker is not named
    assert tune["micro_precision"] == 100.0
    assert tune["soft_recall"] == 100.0
    assert tune["fit_clear_match"]["percents"] == [83]  # no Python (preferred): 2 of 2.4
    assert result["resume_gold_recall"] == 100.0
    assert result["postings"][0]["missed"] == ["Looker"]


def test_postings_gold_rejects_a_changed_description(tmp_path: Path) -> None:
    gold_path, csv_path = _write_gold(tmp_path)
    data = json.loads(gold_path.read_text())
    data["postings"][0]["sha1"] = "0" * 12
    gold_path.write_text(json.dumps(data))
    with pytest.raises(ValueError, match="SHA-1"):
        load_gold(gold_path, csv_path)
