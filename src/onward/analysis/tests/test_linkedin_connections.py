"""LinkedIn's Connections.csv: preamble, header, rows, dates, and malformed files."""

from __future__ import annotations

import datetime as dt

import pytest

from onward.analysis.linkedin_connections import ConnectionsError, parse_connections

PREAMBLE = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    "are missing. You will only see email addresses for connections who have allowed their "
    'connections to see or download their email address."\n'
    "\n"
)
HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


def test_preamble_is_skipped_and_rows_read() -> None:
    text = (
        "\ufeff" + PREAMBLE + HEADER
        + "Jo,Park,https://www.linkedin.com/in/jopark,jo@acme.example,Acme,Data Lead,15 Mar 2023\n"
        + '"Kim","Lee, PhD",https://www.linkedin.com/in/kimlee,,"Globex, Inc.",PM,01 Feb 2024\n'
        + ",,,,,,\n"
        + ",,,,Hidden Co,,03 Jan 2022\n"
    )  # fmt: skip
    parsed = parse_connections(text)
    assert parsed.header_line == 4
    jo, kim = parsed.rows
    assert (jo.line, jo.name, jo.email, jo.connected_on) == (
        5,
        "Jo Park",
        "jo@acme.example",
        dt.date(2023, 3, 15),
    )
    assert (kim.name, kim.company) == ("Kim Lee, PhD", "Globex, Inc.")
    assert parsed.skipped_lines == (8,)


def test_an_export_without_preamble_or_some_columns() -> None:
    parsed = parse_connections("First Name,Last Name,Company\nJo,Park,Acme\n")
    [jo] = parsed.rows
    assert (jo.name, jo.company, jo.url, jo.connected_on) == ("Jo Park", "Acme", "", None)


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        pytest.param("15 Mar 2023", dt.date(2023, 3, 15), id="linkedin"),
        pytest.param("15 March 2023", dt.date(2023, 3, 15), id="long-month"),
        pytest.param("2023-03-15", dt.date(2023, 3, 15), id="iso"),
        pytest.param("3/15/23", dt.date(2023, 3, 15), id="us-short"),
    ],
)
def test_dates(date: str, expected: dt.date) -> None:
    [row] = parse_connections(HEADER + f"Jo,Park,,,Acme,,{date}\n").rows
    assert row.connected_on == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("name,company\nJo,Acme\n", "line 1: no header row", id="no-header"),
        pytest.param(
            PREAMBLE + HEADER + "Jo,Park,,,Acme,,someday\n", "line 5: Connected On", id="date"
        ),
        pytest.param(
            HEADER + "Jo,Park,,,Acme,Lead,15 Mar 2023,extra\n", "line 2: 8 fields", id="extra-field"
        ),
        pytest.param(HEADER + 'Jo,"Park,,,Acme,,15 Mar 2023\n', "not valid CSV", id="open-quote"),
    ],
)
def test_malformed_files_name_the_line(text: str, message: str) -> None:
    with pytest.raises(ConnectionsError) as err:
        parse_connections(text)
    assert message in str(err.value)
