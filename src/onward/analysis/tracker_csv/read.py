"""Bytes of a CSV file to a table: encoding, byte-order marks, delimiter, line numbers.

Decoding: a BOM decides (UTF-8, UTF-16); else UTF-8; else Windows-1252. The delimiter is
sniffed (comma, semicolon, tab, pipe) with a fallback on the header line's counts.
Quoted fields may hold line breaks: each row keeps the line it starts on, for messages.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass

from onward.analysis.mail.charsets import decode_bytes

DELIMITERS = ",;\t|"
_BINARY = {
    b"PK\x03\x04": "an Excel workbook or other zip file; save it as CSV first",
    b"\xd0\xcf\x11\xe0": "an old Excel (.xls) workbook; save it as CSV first",
    b"%PDF": "a PDF document",
}
csv.field_size_limit(10 * 1024 * 1024)


class CsvFormatError(ValueError):
    """The file cannot be read as a CSV table (empty, binary, no header)."""


@dataclass(frozen=True)
class Row:
    """A data row: its number as a spreadsheet shows it (records counted from the top, the
    header and empty rows too), the file line it starts on (the two differ when a quoted
    cell holds line breaks), and its cells (padded to the header's width)."""

    number: int
    line: int
    cells: tuple[str, ...]
    ragged: bool = False  # it had more or fewer cells than the header


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[Row, ...]
    delimiter: str
    encoding: str
    notes: tuple[str, ...] = ()

    def column(self, index: int) -> list[str]:
        return [row.cells[index] for row in self.rows]


def decode(data: bytes) -> tuple[str, str]:
    """``(text, encoding)``: BOMs honoured, UTF-8 preferred, Windows-1252 as a fallback."""
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), codec
    text, note = decode_bytes(data, "utf-8")
    return text, "cp1252" if note else "utf-8"


def sniff_delimiter(text: str) -> str:
    sample = text[:20000]
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        first = next((line for line in sample.splitlines() if line.strip()), "")
        counts = {d: first.count(d) for d in DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def read_table(data: bytes, *, delimiter: str | None = None) -> Table:
    """Read a CSV file's bytes. Raises :class:`CsvFormatError` when it is not a table."""
    for magic, what in _BINARY.items():
        if data.startswith(magic):
            raise CsvFormatError(f"not a CSV file: it is {what}")
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise CsvFormatError("not a CSV file: it contains binary data")
    text, encoding = decode(data)
    if not text.strip():
        raise CsvFormatError("the file is empty")
    delimiter = delimiter or sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: tuple[str, ...] | None = None
    rows: list[Row] = []
    line = 1
    try:
        for record, cells in enumerate(reader, 1):
            start, line = line, reader.line_num + 1
            if not any(cell.strip() for cell in cells):
                continue
            if header is None:
                header = tuple(cell.strip() for cell in cells)
                continue
            rows.append(_row(record, start, cells, len(header)))
    except csv.Error as exc:
        raise CsvFormatError(f"line {reader.line_num}: {exc}") from exc
    if header is None:
        raise CsvFormatError("the file has no header row")
    notes = (f"read as {encoding}",) if encoding == "cp1252" else ()
    return Table(header, tuple(rows), delimiter, encoding, notes)


def _row(number: int, line: int, cells: list[str], width: int) -> Row:
    ragged = len(cells) != width
    padded = (cells + [""] * width)[:width]
    if len(cells) > width and any(c.strip() for c in cells[width:]):
        padded[-1] = padded[-1] + " " + " ".join(c for c in cells[width:] if c.strip())
    return Row(number, line, tuple(cell.strip() for cell in padded), ragged)
