"""Tracker CSV import: known exports, guessed spreadsheet mappings, statuses, dates, errors."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io

import pytest

from onward.analysis.tracker_csv import (
    CsvFormatError,
    guess_mapping,
    map_status,
    parse_date,
    read_table,
    read_tracker_csv,
)
from onward.analysis.tracker_csv.formats import JOBSYNC_COLUMNS, LINKEDIN_COLUMNS, ONWARD_COLUMNS


def _csv(rows: list[list[str]], *, delimiter: str = ",") -> bytes:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode("utf-8")


LINKEDIN = _csv(
    [
        list(LINKEDIN_COLUMNS),
        [
            "1/6/25, 9:04 AM",
            "",
            "",
            "Corvid Freight",
            "Data Analyst",
            "https://www.linkedin.com/jobs/view/111",
            "Sam_CV.pdf",
            "",
        ],
        [
            "12/18/24, 4:51 PM",
            "jo@gridline.example",
            "+1 555 0100",
            "Gridline",
            "QA Engineer",
            "https://www.linkedin.com/jobs/view/222",
            "Sam_CV.pdf",
            "Years of Python? : 4\nWilling to relocate? : Yes",
        ],
    ]
)
JOBSYNC_OLD = _csv(
    [
        [c for c in JOBSYNC_COLUMNS if c != "workplaceType"],
        [
            "1",
            "2025-01-02",
            "Yes",
            "2025-01-03",
            "Brindle Labs",
            "Backend Engineer",
            "Full Time",
            "Remote",
            "LinkedIn",
            "Interview",
        ],
        [
            "2",
            "2025-01-05",
            "No",
            "N/A",
            "Oakridge Health",
            "Data Coordinator",
            "Unknown",
            "N/A",
            "Indeed",
            "Draft",
        ],
        [
            "3",
            "2025-01-06",
            "Yes",
            "2025-01-06",
            "Ferrohaus",
            "SRE",
            "Contract",
            "Berlin",
            "Company site",
            "Expired",
        ],
    ]
)
JOBSYNC_NEW = _csv(
    [
        list(JOBSYNC_COLUMNS),
        [
            "1",
            "2025-02-01",
            "Yes",
            "2025-02-01",
            "Tessellate",
            "ML Engineer",
            "Full Time",
            "Hybrid",
            "Lisbon",
            "Referral",
            "Offer",
        ],
    ]
)


def test_linkedin_export() -> None:
    result = read_tracker_csv(LINKEDIN)
    assert result.format == "linkedin"
    first, second = result.rows
    assert (first.company, first.title, first.stage) == (
        "Corvid Freight",
        "Data Analyst",
        "applied",
    )
    assert first.applied_on == dt.date(2025, 1, 6)
    assert second.applied_on == dt.date(2024, 12, 18)
    assert second.contact_email == "jo@gridline.example"
    assert (
        "Question And Answers",
        "Years of Python? : 4\nWilling to relocate? : Yes",
    ) in second.extra
    assert result.mapping.confidence == 1.0
    assert result.errors == ()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            JOBSYNC_OLD,
            [
                ("Brindle Labs", "interview", dt.date(2025, 1, 3), ""),
                ("Oakridge Health", "saved", None, ""),
                ("Ferrohaus", "applied", dt.date(2025, 1, 6), ""),
            ],
        ),
        (JOBSYNC_NEW, [("Tessellate", "offer", dt.date(2025, 2, 1), "hybrid")]),
    ],
    ids=["without-workplace-type", "with-workplace-type"],
)
def test_jobsync_export(data: bytes, expected: list[tuple[str, str, dt.date | None, str]]) -> None:
    result = read_tracker_csv(data)
    assert result.format == "jobsync"
    got = [(r.company, r.stage, r.applied_on, r.work_mode) for r in result.rows]
    assert got == expected
    assert result.unknown_statuses == ()


def test_jobsync_expired_is_known_but_has_no_stage() -> None:
    ferrohaus = read_tracker_csv(JOBSYNC_OLD).rows[2]
    assert ferrohaus.stage == "applied"  # applied=Yes; "Expired" itself maps to no stage
    assert any("expired" in issue for issue in ferrohaus.issues)


def test_onward_export_round_trip_keys() -> None:
    row = dict.fromkeys(ONWARD_COLUMNS, "")
    row |= {
        "id": "7",
        "uid": "01J0ABC",
        "title": "Analyst",
        "company": "Vireo Bank",
        "stage": "rejected",
        "applied_on": "2025-01-10",
        "work_mode": "remote",
    }
    data = _csv([list(ONWARD_COLUMNS), [row[c] for c in ONWARD_COLUMNS]])
    (imported,) = read_tracker_csv(data).rows
    assert imported.key == "onward:01J0ABC"
    assert (imported.stage, imported.applied_on, imported.work_mode) == (
        "rejected",
        dt.date(2025, 1, 10),
        "remote",
    )


SPREADSHEET = (
    "\ufeffEmployer;Position;Stage;Date applied;Link;Comments\r\n"
    "Brindle Labs;Backend Engineer;Applied;03/02/2025;https://brindle.example/jobs/1;\r\n"
    'Gridline;Support Engineer;Phone screen;14/02/2025;;"two lines\r\nof notes"\r\n'
    "Nimbus;Planner;Waiting on Godot;45700;;\r\n"
    ";;;;;\r\n"
    ";;Rejected;01/03/2025;;no company here\r\n"
)


def test_spreadsheet_mapping_is_guessed() -> None:
    result = read_tracker_csv(SPREADSHEET.encode("utf-8"))
    assert result.format == "spreadsheet"
    assert result.delimiter == ";"
    fields = {g.field: g.header for g in result.mapping.fields}
    assert fields == {
        "company": "Employer",
        "title": "Position",
        "status": "Stage",
        "applied_on": "Date applied",
        "url": "Link",
        "notes": "Comments",
    }
    assert result.mapping.date_order == "dmy"
    assert 0.5 < result.mapping.confidence <= 1.0
    assert all(g.reasons for g in result.mapping.fields)


def test_spreadsheet_rows() -> None:
    result = read_tracker_csv(SPREADSHEET.encode("utf-8"))
    brindle, gridline, nimbus = result.rows
    assert (brindle.stage, brindle.applied_on) == ("applied", dt.date(2025, 2, 3))
    assert (gridline.stage, gridline.notes, gridline.line) == (
        "screening",
        "two lines\r\nof notes",
        3,
    )
    assert nimbus.stage is None
    assert nimbus.applied_on == dt.date(2025, 2, 12)  # an Excel serial number
    assert result.unknown_statuses == (("Waiting on Godot", 1),)
    assert any("unknown status 'Waiting on Godot'" in i for i in nimbus.issues)
    (error,) = result.errors
    assert error.message == "row 6 (line 7): no company and no title"


def test_keys_are_stable_and_ignore_the_status() -> None:
    first = read_tracker_csv(SPREADSHEET.encode("utf-8"))
    edited = read_tracker_csv(SPREADSHEET.replace("Phone screen", "Offer").encode("utf-8"))
    assert [r.key for r in first.rows] == [r.key for r in edited.rows]
    assert len({r.key for r in first.rows}) == 3


def test_duplicate_rows_get_distinct_keys() -> None:
    data = _csv([["Company", "Title"], ["Acme", "Analyst"], ["Acme", "Analyst"]])
    keys = [r.key for r in read_tracker_csv(data).rows]
    assert keys[1] == keys[0] + "-2"


def test_a_person_can_correct_the_mapping() -> None:
    data = _csv([["Org", "What", "Where"], ["Acme", "Analyst", "Leeds"]])
    guessed = read_tracker_csv(data)
    assert guessed.mapping.missing == ("title",)
    fixed = read_tracker_csv(data, columns={"company": "Org", "title": 1, "location": "Where"})
    (row,) = fixed.rows
    assert (row.company, row.title, row.location) == ("Acme", "Analyst", "Leeds")


def test_own_status_words() -> None:
    data = _csv([["Company", "Role", "Status"], ["Acme", "Analyst", "Ball in their court"]])
    result = read_tracker_csv(data, statuses={"Ball in their court": "applied"})
    assert result.rows[0].stage == "applied"
    assert result.unknown_statuses == ()


@pytest.mark.parametrize(
    ("data", "delimiter", "encoding"),
    [
        (b"Company,Title\nAcme,Analyst\n", ",", "utf-8"),
        (b"Company\tTitle\nAcme\tAnalyst\n", "\t", "utf-8"),
        ("Company;Title\nAcmé;Analyst\n".encode("cp1252"), ";", "cp1252"),
        (codecs.BOM_UTF8 + b"Company,Title\nAcme,Analyst\n", ",", "utf-8-sig"),
        ("Company,Title\nAcme,Analyst\n".encode("utf-16"), ",", "utf-16"),
        (b"Company|Title\nAcme|Analyst\n", "|", "utf-8"),
    ],
    ids=["comma", "tab", "cp1252", "bom", "utf16", "pipe"],
)
def test_encodings_and_delimiters(data: bytes, delimiter: str, encoding: str) -> None:
    table = read_table(data)
    assert (table.delimiter, table.encoding, table.header) == (
        delimiter,
        encoding,
        ("Company", "Title"),
    )
    assert table.rows[0].cells[0].startswith("Acm")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"\n\n  \n", "empty"),
        (b"PK\x03\x04...", "Excel workbook"),
        (b"\xd0\xcf\x11\xe0....", "old Excel"),
        (b"abc\x00\x01\x02", "binary"),
    ],
    ids=["empty", "blank", "xlsx", "xls", "binary"],
)
def test_not_a_csv(data: bytes, message: str) -> None:
    with pytest.raises(CsvFormatError, match=message):
        read_tracker_csv(data)


def test_ragged_rows_are_flagged() -> None:
    result = read_tracker_csv(b"Company,Title\nAcme,Analyst,extra cell\nSolo\n")
    assert [r.company for r in result.rows] == ["Acme", "Solo"]
    assert all(any("cells" in i for i in r.issues) for r in result.rows)


@pytest.mark.parametrize(
    ("value", "stage", "known"),
    [
        ("Applied", "applied", True),
        ("  INTERVIEWING ", "interview", True),
        ("3 - Interview", "interview", True),
        ("✅ Offer accepted", "accepted", True),
        ("Rejected :(", "rejected", True),
        ("No response", "ghosted", True),
        ("Phone screen", "screening", True),
        ("Withdrew", "withdrawn", True),
        ("Abgelehnt", "rejected", True),
        ("Expired", None, True),
        ("", None, True),
        ("Ask Jo", None, False),
    ],
    ids=[
        "applied",
        "case-space",
        "numbered",
        "emoji",
        "smiley",
        "ghosted",
        "screen",
        "withdrew",
        "german",
        "no-stage",
        "empty",
        "unknown",
    ],
)
def test_status_synonyms(value: str, stage: str | None, known: bool) -> None:
    match = map_status(value)
    assert (match.stage, match.known) == (stage, known)


@pytest.mark.parametrize(
    ("value", "order", "expected"),
    [
        ("2025-03-04", None, dt.date(2025, 3, 4)),
        ("2025-03-04T10:00:00Z", None, dt.date(2025, 3, 4)),
        ("2025/03/04", None, dt.date(2025, 3, 4)),
        ("04/03/2025", "dmy", dt.date(2025, 3, 4)),
        ("04/03/2025", "mdy", dt.date(2025, 4, 3)),
        ("25/03/2025", None, dt.date(2025, 3, 25)),
        ("04.03.2025", None, dt.date(2025, 3, 4)),
        ("1/6/25, 9:04 AM", None, dt.date(2025, 1, 6)),
        ("Mar 4, 2025", None, dt.date(2025, 3, 4)),
        ("4 March 2025", None, dt.date(2025, 3, 4)),
        ("Tuesday, 4th March 2025", None, dt.date(2025, 3, 4)),
        ("45720", None, dt.date(2025, 3, 4)),
        ("45720.5", None, dt.date(2025, 3, 4)),
        ("31/02/2025", "dmy", None),
        ("next week", None, None),
        ("N/A", None, None),
    ],
    ids=[
        "iso",
        "iso-time",
        "slashes-ymd",
        "dmy",
        "mdy",
        "day-over-12",
        "dotted",
        "linkedin",
        "month-name",
        "day-month",
        "weekday",
        "excel",
        "excel-time",
        "impossible",
        "words",
        "na",
    ],
)
def test_dates(value: str, order: str | None, expected: dt.date | None) -> None:
    assert parse_date(value, order=order)[0] == expected  # type: ignore[arg-type]


def test_guess_prefers_value_evidence() -> None:
    data = _csv([["Date", "Applied", "Company", "Job"], ["x", "2025-01-03", "Acme", "Analyst"]])
    mapping = guess_mapping(read_table(data))
    assert mapping.column_of("applied_on") == 1
