"""``python -m onward.bench emails``: scoring, the holdout rule, predictions, the mailbox."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from onward.analysis.mail import iter_mbox, parse_raw
from onward.bench.emails import calibration, gold_label, is_holdout, score
from onward.bench.mailbox import run_throughput, write_mbox

ROWS = [
    {
        "id": "a",
        "sender": "",
        "subject": "Your application",
        "body": "We regret to inform you that we will not move forward.",
        "label": "rejection",
    },
    {
        "id": "b",
        "sender": "",
        "subject": "Thanks for applying",
        "body": "We have received your application and will review it.",
        "label": "application_received",
    },
    {
        "id": "c",
        "sender": "",
        "subject": "Interview",
        "body": "We would like to invite you to an interview on Monday.",
        "label": "interview",
    },
    {
        "id": "d",
        "sender": "",
        "subject": "Jobs for you",
        "body": "New jobs matching your search.",
        "label": "other",
    },
]


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_scores_per_class() -> None:
    gold = ["rejection", "rejection", "other", "offer"]
    predicted = ["rejection", "other", "other", "offer"]
    report = score(gold, predicted)
    rejection = report["per_class"]["rejection"]
    assert (rejection["precision"], rejection["recall"], rejection["support"]) == (1.0, 0.5, 2)
    assert report["rejection_f1"] == pytest.approx(2 / 3, abs=1e-4)
    assert report["macro_over"] == ["rejection", "offer", "other"]
    assert report["confusion"] == {"rejection -> other": 1}
    assert report["accuracy"] == 0.75


def test_unknown_labels_count_as_other() -> None:
    assert gold_label({"label": "job_alert"}) == "other"
    assert gold_label({"label": "offer"}) == "offer"
    assert gold_label({}) == "other"


def test_holdout_rule_is_fixed() -> None:
    picked = [i for i in range(1000) if is_holdout(f"syn-{i}")]
    assert 250 < len(picked) < 350
    assert is_holdout("syn-3") == is_holdout("syn-3")


def test_calibration_bands() -> None:
    out = calibration(["a", "a", "b"], ["a", "b", "b"], [0.9, 0.85, 0.3])
    assert out["bands"]["0.8-1.0"] == {"n": 2, "confidence": 0.875, "accuracy": 0.5}
    assert out["ece"] == pytest.approx((2 * 0.375 + 0.7) / 3, abs=1e-3)


def test_cli_end_to_end(tmp_path: Path) -> None:
    data = _write(tmp_path / "mail.jsonl", ROWS)
    predictions = tmp_path / "predictions.jsonl"
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "onward.bench",
            "emails",
            "--data",
            str(data),
            "--predictions",
            str(predictions),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    report = json.loads(out.stdout)
    assert report["n"] == 4
    assert set(report) >= {"per_class", "macro_f1", "rejection_f1", "calibration"}
    lines = [json.loads(line) for line in predictions.read_text().splitlines()]
    assert [line["id"] for line in lines] == ["a", "b", "c", "d"]
    assert lines[0] == {"id": "a", "label": "rejection"}


def test_cli_reports_bad_input(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "onward.bench", "emails", "--data", str(bad)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert out.returncode == 2
    assert "bad.jsonl:1: not JSON" in out.stderr


def test_generated_mailbox_parses_and_classifies(tmp_path: Path) -> None:
    path = tmp_path / "gen.mbox"
    write_mbox(path, 60, seed=3, large_every=30)
    raws = list(iter_mbox(path))
    assert len(raws) == 60
    mails = [parse_raw(raw) for raw in raws]
    assert sum(m.body_source != "plain" for m in mails) > 10
    assert any(m.attachments for m in mails)
    assert sum(raw.skipped_bytes > 8_000_000 for raw in raws) == 2
    assert any(m.subject.startswith("Re: ") for m in mails)


def test_throughput_report_shape() -> None:
    report = run_throughput(count=40, seed=5, large_every=0)
    assert report["messages"] == 40
    assert report["agreement_with_generator"] > 0.9
    assert report["peak_rss_mb"] > 0
