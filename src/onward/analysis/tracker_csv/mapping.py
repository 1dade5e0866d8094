"""Guess which spreadsheet column holds which field, with a confidence and reasons.

Headers are compared with synonyms ("Company", "Employer", "Organisation"...): an exact
match scores 1.0, a header containing a synonym 0.8, a close spelling 0.6. The column's
values then confirm or weaken it (dates parse, statuses are known, links look like links).
Each field takes one column and each column one field, best first. A UI shows the guess
and lets the person correct it (:func:`mapping_from`).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from onward.analysis.tracker_csv.dates import Order, is_empty, numeric_order, parse_date
from onward.analysis.tracker_csv.read import Table
from onward.analysis.tracker_csv.stages import status_score

FIELDS: dict[str, tuple[str, ...]] = {
    "company": (
        "company",
        "company name",
        "employer",
        "organisation",
        "organization",
        "org",
        "firm",
        "business",
        "hiring company",
        "companyname",
        "unternehmen",
        "firma",
        "entreprise",
        "societe",
        "empresa",
    ),
    "title": (
        "title",
        "job title",
        "position",
        "role",
        "job",
        "job name",
        "position title",
        "jobtitle",
        "vacancy",
        "opening",
        "job role",
        "stelle",
        "poste",
        "puesto",
    ),
    "status": (
        "status",
        "stage",
        "state",
        "application status",
        "progress",
        "pipeline stage",
        "current status",
        "outcome",
        "result",
        "statut",
        "estado",
    ),
    "applied_on": (
        "applied",
        "date applied",
        "applied on",
        "application date",
        "applied date",
        "date of application",
        "submitted",
        "submission date",
        "date submitted",
        "applieddate",
        "applied at",
        "datum",
        "date",
    ),
    "url": (
        "url",
        "link",
        "job url",
        "job link",
        "posting url",
        "posting",
        "listing",
        "job posting",
        "website",
        "posting link",
        "joburl",
    ),
    "location": ("location", "city", "place", "office", "region", "country", "ort"),
    "notes": ("notes", "note", "comments", "comment", "remarks", "details", "notizen"),
    "source": (
        "source",
        "job source",
        "platform",
        "site",
        "board",
        "job board",
        "channel",
        "found on",
        "found via",
        "where found",
        "jobsource",
    ),
    "contact_email": ("contact email", "email", "recruiter email", "contact e mail", "e mail"),
    "contact_name": ("contact", "contact name", "recruiter", "recruiter name", "hiring manager"),
    "salary": ("salary", "compensation", "pay", "salary range", "expected salary"),
    "work_mode": (
        "workplace type",
        "work mode",
        "remote",
        "remote onsite",
        "work type",
        "workplacetype",
        "onsite remote",
    ),
    "job_type": ("job type", "type", "employment type", "contract type", "jobtype"),
    "external_id": ("id", "job id", "ref", "reference", "application id"),
}
REQUIRED = ("company", "title")


@dataclass(frozen=True)
class FieldGuess:
    """``column`` (index into the header) guessed for ``field``, and why."""

    field: str
    column: int
    header: str
    confidence: float
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Mapping:
    """Columns for fields; columns left over; required fields not found; notes (a date
    column's day/month order...)."""

    fields: tuple[FieldGuess, ...]
    unmapped_columns: tuple[str, ...]
    missing: tuple[str, ...]
    date_order: Order | None = None
    notes: tuple[str, ...] = ()

    def column_of(self, field: str) -> int | None:
        return next((g.column for g in self.fields if g.field == field), None)

    @property
    def confidence(self) -> float:
        """The weakest guess among the required fields (0 when one is missing)."""
        if self.missing:
            return 0.0
        return min((g.confidence for g in self.fields if g.field in REQUIRED), default=0.0)


def normalise_header(header: str) -> str:
    text = re.sub(r"([a-z])([A-Z])", r"\1 \2", header.strip())  # appliedDate -> applied Date
    text = re.sub(r"[^0-9a-z]+", " ", text.lower())
    return re.sub(r"\s+", " ", text).strip()


def header_score(header: str, field: str) -> tuple[float, str]:
    name = normalise_header(header)
    if not name:
        return 0.0, ""
    synonyms = FIELDS[field]
    if name in synonyms or name.replace(" ", "") in synonyms:
        return 1.0, f"header {header!r} names it"
    words = f" {name} "
    for synonym in sorted(synonyms, key=len, reverse=True):
        if len(synonym) > 3 and f" {synonym} " in words:
            return 0.8, f"header {header!r} contains {synonym!r}"
    close = difflib.get_close_matches(name, synonyms, n=1, cutoff=0.85)
    if close:
        return 0.6, f"header {header!r} is close to {close[0]!r}"
    return 0.0, ""


def value_factor(field: str, values: list[str]) -> tuple[float, str]:
    """How well a column's values fit a field: a multiplier in [0.3, 1.1] and a reason."""
    filled = [v for v in values if not is_empty(v)][:200]
    if not filled:
        return 0.7, "the column is empty"
    if field == "applied_on":
        order = numeric_order(filled)
        share = sum(parse_date(v, order=order)[0] is not None for v in filled) / len(filled)
        return _factor(share, "of the values are dates")
    if field == "status":
        return _factor(status_score(filled), "of the values are known statuses")
    if field == "url":
        share = sum(bool(re.match(r"(?:https?://|www\.)", v, re.I)) for v in filled) / len(filled)
        return _factor(share, "of the values are links")
    if field == "contact_email":
        return _factor(sum("@" in v for v in filled) / len(filled), "of the values are addresses")
    if field in ("company", "title"):
        share = sum(parse_date(v)[0] is None and not v.isdigit() for v in filled) / len(filled)
        return _factor(share, "of the values are words")
    return 1.0, ""


def _factor(share: float, what: str) -> tuple[float, str]:
    return max(0.3, min(1.1, 0.3 + share)), f"{round(share * 100)}% {what}"


def guess_mapping(table: Table) -> Mapping:
    """The best one-to-one assignment of columns to fields."""
    candidates: list[tuple[float, str, int, tuple[str, ...]]] = []
    for column, header in enumerate(table.header):
        values = table.column(column)
        for field in FIELDS:
            score, reason = header_score(header, field)
            if not score:
                continue
            factor, value_reason = value_factor(field, values)
            reasons = tuple(r for r in (reason, value_reason) if r)
            candidates.append((round(min(1.0, score * factor), 3), field, column, reasons))
    return _assign(table, sorted(candidates, key=lambda c: (-c[0], c[2])))


def _assign(table: Table, candidates: list[tuple[float, str, int, tuple[str, ...]]]) -> Mapping:
    chosen: dict[str, FieldGuess] = {}
    used: set[int] = set()
    for confidence, field, column, reasons in candidates:
        if field in chosen or column in used or confidence < 0.25:
            continue
        chosen[field] = FieldGuess(field, column, table.header[column], confidence, reasons)
        used.add(column)
    return _mapping(table, chosen)


def mapping_from(table: Table, columns: dict[str, int | str]) -> Mapping:
    """A mapping the person set (field -> column index or header), validated."""
    chosen: dict[str, FieldGuess] = {}
    for field, where in columns.items():
        if field not in FIELDS:
            raise ValueError(f"unknown field {field!r}; known: {', '.join(FIELDS)}")
        column = where if isinstance(where, int) else _header_index(table, where)
        if not 0 <= column < len(table.header):
            raise ValueError(f"{field}: no column {where!r}")
        chosen[field] = FieldGuess(field, column, table.header[column], 1.0, ("set by you",))
    return _mapping(table, chosen)


def _header_index(table: Table, header: str) -> int:
    try:
        return table.header.index(header)
    except ValueError:
        return -1


def _mapping(table: Table, chosen: dict[str, FieldGuess]) -> Mapping:
    used = {g.column for g in chosen.values()}
    order = None
    notes: list[str] = []
    if "applied_on" in chosen:
        order = numeric_order(table.column(chosen["applied_on"].column))
        if order:
            notes.append(f"dates read {'day' if order == 'dmy' else 'month'}-first")
    return Mapping(
        fields=tuple(sorted(chosen.values(), key=lambda g: g.column)),
        unmapped_columns=tuple(h for i, h in enumerate(table.header) if i not in used),
        missing=tuple(f for f in REQUIRED if f not in chosen),
        date_order=order,
        notes=tuple(notes),
    )
