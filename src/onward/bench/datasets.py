"""Readers for the benchmark files: Decorte-format annotations and SkillSkape label lists."""

from __future__ import annotations

import ast
import csv
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

SPECIAL_LABELS = frozenset({"LABEL NOT PRESENT", "UNDERSPECIFIED"})
DECORTE_COLUMNS = ("sentence", "label")


class DataFormatError(ValueError):
    """The benchmark file does not have the expected columns."""


@dataclass(frozen=True)
class Example:
    sentence: str
    labels: frozenset[str]


def group_decorte(rows: Iterable[dict[str, str]]) -> list[Example]:
    """Group rows by sentence (first-seen order), drop special labels and empty sentences."""
    grouped: dict[str, set[str]] = {}
    for row in rows:
        labels = grouped.setdefault(row["sentence"], set())
        label = row["label"].strip()
        if label and label not in SPECIAL_LABELS:
            labels.add(label)
    return [Example(s, frozenset(labels)) for s, labels in grouped.items() if labels]


def read_decorte(path: Path) -> list[Example]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in DECORTE_COLUMNS if c not in (reader.fieldnames or ())]
        if missing:
            raise DataFormatError(f"{path} lacks the columns {', '.join(missing)}")
        return group_decorte(reader)


def read_skillskape(path: Path) -> list[Example]:
    """SkillSkape rows (``,sentence,skills`` with a Python list); ``UNK`` labels dropped."""
    examples = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            labels = ast.literal_eval(row["skills"])
            kept = frozenset(str(x) for x in labels if x != "UNK")
            if kept:
                examples.append(Example(row["sentence"], kept))
    return examples


def split_half(examples: Iterable[Example], part: str) -> list[Example]:
    """A fixed half of the examples by a hash of the sentence: ``part`` is "tune" or "holdout".

    Used to keep half of each validation file untouched while developing.
    """
    import hashlib

    if part not in ("tune", "holdout"):
        raise ValueError("part must be 'tune' or 'holdout'")
    wanted = 0 if part == "tune" else 1
    return [
        e
        for e in examples
        if hashlib.md5(e.sentence.encode(), usedforsecurity=False).digest()[0] % 2 == wanted
    ]
