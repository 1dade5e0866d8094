"""A small Decorte-format annotation file written by us, for the bench command's tests.

Columns as in the published files (sentence, span, sub_span, label); the sentences are
our own. Labels name skills of the mini ESCO fixture, or UNDERSPECIFIED / LABEL NOT PRESENT.
"""

from __future__ import annotations

import csv
from pathlib import Path

ROWS = [
    ("Strong Python and SQL skills", "Python", "", "Python (computer programming)"),
    ("Strong Python and SQL skills", "SQL", "", "SQL"),
    ("Strong Python and SQL skills", "skills", "", "UNDERSPECIFIED"),
    ("You will look after our swine", "swine", "", "handle pigs"),
    ("Fluent in Klingon", "Klingon", "", "LABEL NOT PRESENT"),
    ("Build machine learning models", "machine learning", "", "machine learning"),
]


def write_annotations(path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["sentence", "span", "sub_span", "label"])
        writer.writerows(ROWS)
    return path
