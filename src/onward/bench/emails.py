"""Email classifier benchmark (``python -m onward.bench emails``; see docs/benchmarks.md).

Reads JSON lines with ``id``, ``sender``, ``subject``, ``body`` and ``label``, classifies
each email and reports per-class precision, recall and F1, macro-F1 and rejection F1.
Labels the classifier does not know count as "other". With ``--predictions`` it writes one
``{"id", "label"}`` line per email. ``--throughput N`` instead parses and classifies N
generated messages from an mbox file and reports messages per second and peak memory.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from onward.analysis.mail.classify import Label, MailClassification, classify_mail
from onward.analysis.mail.extract import company_key

HOLDOUT_TENTHS = 3
LABELS = tuple(str(label) for label in Label)


def is_holdout(email_id: str) -> bool:
    """The fixed 30% holdout: first byte of SHA-256(id, UTF-8) modulo 10 below 3.

    Fixed before any tuning; the holdout part of each data file is never read while tuning.
    """
    return hashlib.sha256(email_id.encode("utf-8")).digest()[0] % 10 < HOLDOUT_TENTHS


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data", type=Path, help="JSON lines: id, sender, subject, body, label")
    parser.add_argument("--predictions", type=Path, help='write {"id", "label"} lines here')
    parser.add_argument(
        "--split",
        choices=("all", "tune", "holdout"),
        default="all",
        help="all rows, or the fixed 70%% tune / 30%% holdout part (hash of the id)",
    )
    parser.add_argument("--errors", type=int, default=0, help="list up to N misclassified ids")
    parser.add_argument(
        "--throughput",
        type=int,
        metavar="N",
        help="instead: parse and classify N generated messages (messages/s, peak RSS)",
    )
    parser.add_argument("--seed", type=int, default=7, help="generator seed for --throughput")


def run(args: argparse.Namespace) -> dict[str, Any]:
    if args.throughput:
        from onward.bench.mailbox import run_throughput

        throughput: dict[str, Any] = run_throughput(count=args.throughput, seed=args.seed)
        return throughput
    if args.data is None:
        raise ValueError("give --data FILE.jsonl (or --throughput N)")
    rows = read_rows(args.data, split=args.split)
    return run_emails_bench(rows, predictions=args.predictions, errors=args.errors) | {
        "data": args.data.name,
        "split": args.split,
    }


def read_rows(path: Path, *, split: str = "all") -> list[dict[str, Any]]:
    rows = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: not JSON ({exc.msg})") from exc
            if not isinstance(row, dict) or "id" not in row:
                raise ValueError(f"{path}:{number}: expected an object with an id")
            rows.append(row)
    if split == "all":
        return rows
    holdout = split == "holdout"
    return [row for row in rows if is_holdout(str(row["id"])) == holdout]


def gold_label(row: dict[str, Any]) -> str:
    label = str(row.get("label") or "")
    return label if label in LABELS else Label.OTHER.value


def classify_row(row: dict[str, Any]) -> MailClassification:
    return classify_mail(
        subject=str(row.get("subject") or ""),
        body=str(row.get("body") or ""),
        sender=str(row.get("sender") or ""),
    )


def run_emails_bench(
    rows: Sequence[dict[str, Any]], *, predictions: Path | None = None, errors: int = 0
) -> dict[str, Any]:
    results = [classify_row(row) for row in rows]
    gold = [gold_label(row) for row in rows]
    predicted = [str(result.label) for result in results]
    if predictions is not None:
        _write_predictions(predictions, rows, predicted)
    report = score(gold, predicted)
    report["calibration"] = calibration(gold, predicted, [r.confidence for r in results])
    report["withdrawn_by_candidate"] = sum(r.withdrawn_by_candidate for r in results)
    report["sent_via_job_board"] = sum(r.sent_via_job_board for r in results)
    report["company"] = company_agreement(rows, results)
    if errors:
        report["errors"] = [
            {"id": row["id"], "gold": g, "predicted": p, "confidence": r.confidence}
            for row, g, p, r in zip(rows, gold, predicted, results, strict=True)
            if g != p
        ][:errors]
    return report


def company_agreement(
    rows: Sequence[dict[str, Any]], results: Sequence[MailClassification]
) -> dict[str, Any]:
    """Rows whose ``company`` field the extracted company matches (same key, or one key
    contained in the other); only rows that have a company field count."""
    pairs = [
        (company_key(str(row["company"])), r.facts.company)
        for row, r in zip(rows, results, strict=True)
        if row.get("company") and len(str(row["company"])) <= 80
    ]
    found = [(gold, company_key(c.value)) for gold, c in pairs if c is not None]
    agree = sum(1 for gold, got in found if gold and got and (gold in got or got in gold))
    return {
        "rows_with_company": len(pairs),
        "extracted": len(found),
        "agreeing": agree,
        "agreement": round(agree / len(pairs), 4) if pairs else None,
    }


def _write_predictions(path: Path, rows: Iterable[dict[str, Any]], labels: list[str]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for row, label in zip(rows, labels, strict=True):
            out.write(json.dumps({"id": row["id"], "label": label}) + "\n")


def score(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, Any]:
    """Per-class precision/recall/F1, macro-F1 (over the labels that occur in the gold or the
    predictions), rejection F1, and the confusions."""
    pairs = Counter(zip(gold, predicted, strict=True))
    per_class: dict[str, dict[str, float | int]] = {}
    for label in LABELS:
        tp = pairs[(label, label)]
        fp = sum(n for (g, p), n in pairs.items() if p == label and g != label)
        fn = sum(n for (g, p), n in pairs.items() if g == label and p != label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_class[label] = {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "support": tp + fn,
        }
    seen = set(gold) | set(predicted)  # as scikit-learn: labels in the gold or the predictions
    present = [label for label in LABELS if label in seen]
    macro = (
        sum(float(per_class[label]["f1"]) for label in present) / len(present) if present else 0.0
    )
    return {
        "n": len(gold),
        "accuracy": round(sum(pairs[(x, x)] for x in LABELS) / len(gold), 4) if gold else 0.0,
        "macro_f1": round(macro, 4),
        "macro_over": present,
        "rejection_f1": per_class[Label.REJECTION.value]["f1"],
        "per_class": per_class,
        "confusion": {f"{g} -> {p}": n for (g, p), n in sorted(pairs.items()) if g != p},
    }


def calibration(
    gold: Sequence[str], predicted: Sequence[str], confidence: Sequence[float]
) -> dict[str, Any]:
    """Accuracy per confidence band and the expected calibration error over them."""
    bands: dict[str, list[tuple[float, bool]]] = {}
    for g, p, c in zip(gold, predicted, confidence, strict=True):
        low = min(int(c * 5), 4) / 5
        bands.setdefault(f"{low:.1f}-{low + 0.2:.1f}", []).append((c, g == p))
    out: dict[str, Any] = {}
    error = 0.0
    for name, items in sorted(bands.items()):
        mean_conf = sum(c for c, _ in items) / len(items)
        accuracy = sum(ok for _, ok in items) / len(items)
        error += len(items) * abs(mean_conf - accuracy)
        out[name] = {
            "n": len(items),
            "confidence": round(mean_conf, 3),
            "accuracy": round(accuracy, 3),
        }
    return {"bands": out, "ece": round(error / len(gold), 4) if gold else 0.0}
