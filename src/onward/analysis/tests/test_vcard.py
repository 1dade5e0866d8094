"""vCard reading (2.1, 3.0, 4.0) and writing (4.0)."""

from __future__ import annotations

import pytest

from onward.analysis.vcard import (
    VCardError,
    VCardOut,
    fold,
    logical_lines,
    parse_vcards,
    write_vcards,
)

V3 = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "N:Park;Jo;;;\r\n"
    "FN:Jo Park\r\n"
    "ORG:Acme Analytics;Data\r\n"
    "TITLE:Data Lead\r\n"
    "item1.EMAIL;TYPE=INTERNET,WORK:jo@acme.example\r\n"
    "EMAIL;TYPE=HOME:jo@home.example\r\n"
    "TEL;TYPE=CELL:+44 7700 900123\r\n"
    "URL:https://www.linkedin.com/in/jopark\r\n"
    "NOTE:Met at PyData\\, Berlin.\\nLikes dbt\\; and SQL.\r\n"
    "CATEGORIES:mentor,alumni\r\n"
    "PHOTO;ENCODING=b;TYPE=JPEG:AAAA\r\n"
    "END:VCARD\r\n"
)
V21_QP = (
    "BEGIN:VCARD\n"
    "VERSION:2.1\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;Zo=C3=AB\n"
    "TEL;WORK;VOICE:030 1234\n"
    "NOTE;ENCODING=QUOTED-PRINTABLE:First line=0D=0A=\n"
    "second line\n"
    "END:VCARD\n"
)
V4_FOLDED = (
    "BEGIN:VCARD\nVERSION:4.0\nFN:Sam \n Reyes\nEMAIL;PREF=1:sam@globex.example\n"
    'X-SOCIALPROFILE;TYPE="linkedin":https://linkedin.com/in/samreyes\n'
    "ORG:Globex\nEND:VCARD\n"
    "BEGIN:VCARD\nVERSION:4.0\nN:Lee;Kim;;;\nEND:VCARD\n"
)


def test_vcard_3_fields_escapes_groups_and_binary() -> None:
    [card] = parse_vcards(V3)
    assert (card.version, card.name, card.given, card.family) == ("3.0", "Jo Park", "Jo", "Park")
    assert card.emails == ("jo@acme.example", "jo@home.example")
    assert card.phones == ("+44 7700 900123",)
    assert (card.org, card.title) == ("Acme Analytics", "Data Lead")
    assert card.urls == ("https://www.linkedin.com/in/jopark",)
    assert card.note == "Met at PyData, Berlin.\nLikes dbt; and SQL."
    assert card.categories == ("mentor", "alumni")


def test_vcard_2_1_quoted_printable_and_bare_types() -> None:
    [card] = parse_vcards(V21_QP.encode("utf-8"))
    assert card.name == "Zoë Müller"
    assert card.phones == ("030 1234",)
    assert card.note == "First line\r\nsecond line"


def test_vcard_4_folding_social_profile_and_many_cards() -> None:
    sam, kim = parse_vcards(V4_FOLDED)
    assert sam.name == "Sam Reyes" and sam.urls == ("https://linkedin.com/in/samreyes",)
    assert kim.name == "Kim Lee" and kim.line == 9


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("hello\n", "line 1: text outside a card", id="not-vcard"),
        pytest.param("", "no BEGIN:VCARD found", id="empty"),
        pytest.param(
            "BEGIN:VCARD\nVERSION:3.0\nFN:A\n", "line 1 (card 1): the file ends", id="no-end"
        ),
        pytest.param(
            "BEGIN:VCARD\nVERSION:3.0\nFN A\nEND:VCARD\n",
            "line 3 (card 1): expected NAME:value",
            id="no-colon",
        ),
        pytest.param(
            "BEGIN:VCARD\nVERSION:5.0\nFN:A\nEND:VCARD\n",
            "line 2 (card 1): unsupported VERSION",
            id="version",
        ),
        pytest.param(
            "BEGIN:VCARD\nFN:A\nEND:VCARD\n", "line 1 (card 1): no VERSION", id="no-version"
        ),
        pytest.param(
            "BEGIN:VCARD\nVERSION:3.0\nTEL:1\nEND:VCARD\n", "the card has no name", id="no-name"
        ),
        pytest.param(
            "BEGIN:VCARD\nVERSION:3.0\nFN:A\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nBEGIN:VCARD\n",
            "line 7 (card 2): BEGIN:VCARD inside another card",
            id="nested",
        ),
        pytest.param("END:VCARD\n", "line 1: END:VCARD without BEGIN", id="stray-end"),
    ],
)
def test_malformed_files_name_the_line_and_card(text: str, message: str) -> None:
    with pytest.raises(VCardError) as err:
        parse_vcards(text)
    assert message in str(err.value)


def test_logical_lines_keep_the_starting_line_number() -> None:
    assert list(logical_lines("A:1\nB:2\n 3\n\tC\nD:4")) == [(1, "A:1"), (2, "B:23C"), (5, "D:4")]


def test_written_cards_read_back_the_same() -> None:
    out = VCardOut(
        uid="urn:uuid:1",
        name="Zoë Müller-Lüdenscheidt",
        emails=("zoe@example.com", "z@example.org"),
        phones=("+49 30 1234",),
        org="Ärzte, Dienst; GmbH",
        title="Head of Data",
        urls=("https://linkedin.com/in/zoe",),
        note="Line one\nLine two, with a comma; and a semicolon \\ backslash. " + "long " * 30,
        categories=("mentor", "a,b"),
    )
    text = write_vcards([out])
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    [card] = parse_vcards(text)
    assert (card.version, card.name, card.family, card.given) == (
        "4.0",
        out.name,
        "Müller-Lüdenscheidt",
        "Zoë",
    )
    assert (card.emails, card.phones, card.org, card.title) == (
        out.emails,
        out.phones,
        out.org,
        out.title,
    )
    assert card.note == out.note.strip() and card.categories == out.categories


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("X:" + "a" * 200, id="ascii"),
        pytest.param("X:" + "é" * 100, id="two-byte"),
        pytest.param("X:" + "😀" * 50, id="four-byte"),
    ],
)
def test_fold_never_splits_a_character(line: str) -> None:
    folded = fold(line)
    parts = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in parts)
    assert parts[0] + "".join(p[1:] for p in parts[1:]) == line
