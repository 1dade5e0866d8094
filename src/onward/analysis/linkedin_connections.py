"""LinkedIn's data export ``Connections.csv``: pure Python, text in, rows out.

The file starts with a few preamble lines ("Notes:", a sentence about email addresses,
a blank line) before the header ``First Name,Last Name,URL,Email Address,Company,
Position,Connected On``. Older exports have no preamble; some leave out ``URL`` or
``Email Address``. A malformed file raises ``ConnectionsError`` naming the line; rows with
no name and no profile URL (connections who hide their details) are skipped and counted.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass

REQUIRED = ("First Name", "Last Name")
COLUMNS = ("First Name", "Last Name", "URL", "Email Address", "Company", "Position")
DATE_COLUMN = "Connected On"
DATE_FORMATS = ("%d %b %Y", "%d %B %Y", "%Y-%m-%d", "%m/%d/%y", "%m/%d/%Y")
HEADER_SEARCH_LINES = 30


class ConnectionsError(ValueError):
    def __init__(self, message: str, *, line: int) -> None:
        super().__init__(f"line {line}: {message}")
        self.line, self.reason = line, message


@dataclass(frozen=True)
class Connection:
    line: int
    first_name: str
    last_name: str
    url: str
    email: str
    company: str
    position: str
    connected_on: dt.date | None

    @property
    def name(self) -> str:
        return " ".join(f"{self.first_name} {self.last_name}".split())


@dataclass(frozen=True)
class Connections:
    rows: tuple[Connection, ...]
    skipped_lines: tuple[int, ...]  # rows with no name and no URL
    header_line: int


def _cells(line: str) -> list[str]:
    try:
        return [cell.strip().lstrip("\ufeff") for cell in next(csv.reader([line]), [])]
    except csv.Error:
        return []


def _header(lines: list[str]) -> tuple[int, list[str]]:
    for index, line in enumerate(lines[:HEADER_SEARCH_LINES]):
        cells = _cells(line)
        if all(name in cells for name in REQUIRED):
            return index, cells
    raise ConnectionsError(
        "no header row with 'First Name' and 'Last Name' (is this LinkedIn's Connections.csv?)",
        line=1,
    )


def _date(value: str, line: int) -> dt.date | None:
    value = value.strip()
    if not value:
        return None
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise ConnectionsError(f"Connected On: {value!r} is not a date like '15 Mar 2023'", line=line)


def _row(cells: list[str], header: list[str], line: int) -> Connection:
    if len(cells) > len(header):
        raise ConnectionsError(
            f"{len(cells)} fields where the header has {len(header)} (a stray comma?)", line=line
        )
    values = dict(zip(header, (c.strip() for c in cells), strict=False))

    def get(name: str) -> str:
        return values.get(name, "")

    return Connection(
        line=line,
        first_name=get("First Name"),
        last_name=get("Last Name"),
        url=get("URL"),
        email=get("Email Address"),
        company=get("Company"),
        position=get("Position"),
        connected_on=_date(get(DATE_COLUMN), line),
    )


def parse_connections(text: str) -> Connections:
    """Every connection of the file; ``ConnectionsError`` at the first malformed line."""
    text = text.removeprefix("\ufeff")
    lines = text.splitlines()
    index, header = _header(lines)
    body = "\n".join(lines[index + 1 :])
    reader = csv.reader(io.StringIO(body, newline=""), strict=True)
    rows: list[Connection] = []
    skipped: list[int] = []
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            where = index + 1 + reader.line_num
            raise ConnectionsError(f"not valid CSV: {exc}", line=where) from None
        line = index + 1 + reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        row = _row(cells, header, line)
        if not (row.name or row.url):
            skipped.append(line)
            continue
        rows.append(row)
    return Connections(tuple(rows), tuple(skipped), index + 1)
