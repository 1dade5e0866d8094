"""Read a tracker CSV into rows Onward can import: fields, stage, dates, a stable key, and
row-numbered problems."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, replace

from onward.analysis.tracker_csv.dates import is_empty, parse_date
from onward.analysis.tracker_csv.formats import KnownFormat, detect_format, known_mapping
from onward.analysis.tracker_csv.mapping import Mapping, guess_mapping, mapping_from
from onward.analysis.tracker_csv.read import Row, Table, read_table
from onward.analysis.tracker_csv.stages import map_status, normalise_status

_WORK_MODES = {
    "remote": "remote",
    "hybrid": "hybrid",
    "onsite": "onsite",
    "on site": "onsite",
    "in office": "onsite",
    "office": "onsite",
}
_TEXT_FIELDS = (
    "url",
    "location",
    "notes",
    "source",
    "contact_email",
    "contact_name",
    "salary",
    "job_type",
    "external_id",
)


@dataclass(frozen=True)
class ImportedRow:
    """One application read from the file. ``stage`` is an Onward stage or None (no status,
    unknown status, or a status without a stage: see ``issues``). ``key`` is stable for the
    same row of the same source, so importing a file twice can skip what it already has."""

    number: int
    line: int
    key: str
    company: str
    title: str
    stage: str | None
    status: str
    applied_on: dt.date | None
    url: str = ""
    location: str = ""
    notes: str = ""
    source: str = ""
    contact_email: str = ""
    contact_name: str = ""
    salary: str = ""
    work_mode: str = ""
    job_type: str = ""
    external_id: str = ""
    extra: tuple[tuple[str, str], ...] = ()
    issues: tuple[str, ...] = ()


@dataclass(frozen=True)
class RowError:
    """A row that was not imported, and why ("row 4 (line 6): no company and no title")."""

    number: int
    line: int
    message: str


@dataclass(frozen=True)
class CsvImport:
    """Everything a preview needs: the format, the mapping (guessed or given) with its
    confidence, the rows, the rows refused, and status values we did not know."""

    format: str
    encoding: str
    delimiter: str
    mapping: Mapping
    rows: tuple[ImportedRow, ...]
    errors: tuple[RowError, ...]
    unknown_statuses: tuple[tuple[str, int], ...]
    notes: tuple[str, ...] = ()


def read_tracker_csv(
    data: bytes,
    *,
    columns: dict[str, int | str] | None = None,
    statuses: dict[str, str] | None = None,
) -> CsvImport:
    """Read a CSV export. ``columns`` (field -> column index or header) overrides the
    guessed mapping; ``statuses`` (status value -> stage) adds the person's own words.
    Raises :class:`CsvFormatError` when the file is not a CSV table."""
    table = read_table(data)
    known = detect_format(table) if columns is None else None
    if columns is not None:
        mapping = mapping_from(table, columns)
    elif known is not None:
        mapping = known_mapping(table, known)
    else:
        mapping = guess_mapping(table)
    extra_statuses = {normalise_status(k): v for k, v in (statuses or {}).items()}
    if known is not None:
        extra_statuses = {**known.statuses, **extra_statuses}
    reader = _RowReader(table, mapping, known, extra_statuses)
    rows, errors = reader.read()
    return CsvImport(
        format=known.name if known else "spreadsheet",
        encoding=table.encoding,
        delimiter=table.delimiter,
        mapping=mapping,
        rows=rows,
        errors=errors,
        unknown_statuses=tuple(sorted(reader.unknown.items(), key=lambda kv: (-kv[1], kv[0]))),
        notes=table.notes + mapping.notes,
    )


class _RowReader:
    def __init__(
        self, table: Table, mapping: Mapping, known: KnownFormat | None, statuses: dict[str, str]
    ) -> None:
        self.table = table
        self.mapping = mapping
        self.known = known
        self.statuses = statuses
        self.unknown: Counter[str] = Counter()
        self.columns = {g.field: g.column for g in mapping.fields}

    def read(self) -> tuple[tuple[ImportedRow, ...], tuple[RowError, ...]]:
        rows: list[ImportedRow] = []
        errors: list[RowError] = []
        seen: Counter[str] = Counter()
        for row in self.table.rows:
            imported = self.row(row)
            if isinstance(imported, RowError):
                errors.append(imported)
                continue
            seen[imported.key] += 1
            if seen[imported.key] > 1:  # an exact duplicate row keeps its own key
                imported = replace(imported, key=f"{imported.key}-{seen[imported.key]}")
            rows.append(imported)
        return tuple(rows), tuple(errors)

    def cell(self, row: Row, name: str) -> str:
        column = self.columns.get(name)
        value = row.cells[column] if column is not None else ""
        return "" if is_empty(value) else value

    def row(self, row: Row) -> ImportedRow | RowError:
        where = f"row {row.number} (line {row.line})"
        company, title = self.cell(row, "company"), self.cell(row, "title")
        if not company and not title:
            return RowError(row.number, row.line, f"{where}: no company and no title")
        issues: list[str] = [f"{where}: more or fewer cells than the header"] if row.ragged else []
        applied_on, date_note = parse_date(
            self.cell(row, "applied_on"), order=self.mapping.date_order
        )
        if date_note:
            issues.append(f"{where}: {date_note}")
        stage, status = self.stage(row, where, issues)
        texts = {name: self.cell(row, name) for name in _TEXT_FIELDS}
        texts["work_mode"] = _WORK_MODES.get(normalise_status(self.cell(row, "work_mode")), "")
        return ImportedRow(
            number=row.number,
            line=row.line,
            key=self.key(company, title, applied_on, texts),
            company=company,
            title=title,
            stage=stage,
            status=status,
            applied_on=applied_on,
            extra=self.extra(row),
            issues=tuple(issues),
            **texts,
        )

    def stage(self, row: Row, where: str, issues: list[str]) -> tuple[str | None, str]:
        status = self.cell(row, "status")
        match = map_status(status, extra=self.statuses)
        if not match.known:
            self.unknown[status.strip()] += 1
        if match.note and (not match.known or match.stage is None):
            issues.append(f"{where}: {match.note}")
        stage = match.stage
        if self.known is not None and self.known.name == "jobsync":
            applied = (
                row.cells[self.table.header.index("applied")]
                if "applied" in self.table.header
                else ""
            )
            if stage in (None, "saved") and applied.strip().lower() == "yes" and match.known:
                stage = "applied"
        if stage is None and not status and self.known is not None and self.known.default_stage:
            stage = self.known.default_stage
        return stage, status

    def extra(self, row: Row) -> tuple[tuple[str, str], ...]:
        used = set(self.columns.values())
        return tuple(
            (header, row.cells[i])
            for i, header in enumerate(self.table.header)
            if i not in used and header and not is_empty(row.cells[i])
        )

    def key(self, company: str, title: str, applied: dt.date | None, texts: dict[str, str]) -> str:
        name = self.known.name if self.known else "csv"
        if texts["external_id"] and name == "onward":
            return f"onward:{texts['external_id']}"
        parts = [
            _norm(company),
            _norm(title),
            applied.isoformat() if applied else "",
            _norm(texts["url"].split("?")[0]),
        ]
        digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:24]
        return f"{name}:{digest}"


def _norm(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "", text.lower())
