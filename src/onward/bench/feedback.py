"""Feedback theme classifier quality on our own hand-labelled snippets.

Reads a JSON file of tables (``{"tuning": [...], "held_out": [...]}``, each case
``{"id", "text", "expected"}``; the default is the test table in
``onward/analysis/tests/data/feedback_cases.json``) and reports, per table, exact-match
accuracy over the whole label set and micro precision and recall over single labels.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from onward.analysis.feedback import FeedbackAnalysis, Polarity, classify_feedback

DEFAULT_CASES = Path(__file__).resolve().parents[1] / "analysis/tests/data/feedback_cases.json"


def signature(analysis: FeedbackAnalysis) -> set[str]:
    """Labels as the tables write them: ``theme`` a concern, ``+theme`` a strength."""
    return {
        f"+{t.theme.value}" if t.polarity == Polarity.STRENGTH else t.theme.value
        for t in analysis.themes
    }


def score_table(cases: list[dict[str, Any]]) -> dict[str, Any]:
    exact = hits = extra = missed = 0
    misses = []
    for case in cases:
        got, wanted = signature(classify_feedback(case["text"])), set(case["expected"])
        exact += got == wanted
        hits, extra, missed = (
            hits + len(got & wanted),
            extra + len(got - wanted),
            missed + len(wanted - got),
        )
        if got != wanted:
            misses.append({"id": case["id"], "got": sorted(got), "expected": sorted(wanted)})
    return {
        "cases": len(cases),
        "exact": exact,
        "exact_rate": round(exact / len(cases), 3) if cases else None,
        "label_precision": round(hits / (hits + extra), 3) if hits + extra else None,
        "label_recall": round(hits / (hits + missed), 3) if hits + missed else None,
        "misses": misses,
    }


def run_feedback_bench(*, cases_path: Path = DEFAULT_CASES) -> dict[str, Any]:
    tables = json.loads(cases_path.read_text("utf-8"))
    if not isinstance(tables, dict):
        raise ValueError(f"{cases_path}: expected an object of tables")
    return {name: score_table(cases) for name, cases in tables.items() if isinstance(cases, list)}
