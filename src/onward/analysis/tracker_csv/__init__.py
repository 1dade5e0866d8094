"""Applications from other trackers' CSV exports and from any spreadsheet CSV.

Pure Python: bytes in, frozen dataclasses out. LinkedIn's ``Job Applications.csv``,
JobSync's export and Onward's own CSV are recognised by their headers; any other file gets
a guessed column mapping with confidences, which a person can correct.
"""

from __future__ import annotations

from onward.analysis.tracker_csv.dates import numeric_order, parse_date
from onward.analysis.tracker_csv.formats import FORMATS, KnownFormat, detect_format
from onward.analysis.tracker_csv.mapping import (
    FIELDS,
    FieldGuess,
    Mapping,
    guess_mapping,
    mapping_from,
)
from onward.analysis.tracker_csv.read import CsvFormatError, Row, Table, read_table
from onward.analysis.tracker_csv.rows import CsvImport, ImportedRow, RowError, read_tracker_csv
from onward.analysis.tracker_csv.stages import STAGES, StatusMatch, map_status

__all__ = [
    "FIELDS",
    "FORMATS",
    "STAGES",
    "CsvFormatError",
    "CsvImport",
    "FieldGuess",
    "ImportedRow",
    "KnownFormat",
    "Mapping",
    "Row",
    "RowError",
    "StatusMatch",
    "Table",
    "detect_format",
    "guess_mapping",
    "map_status",
    "mapping_from",
    "numeric_order",
    "parse_date",
    "read_table",
    "read_tracker_csv",
]
