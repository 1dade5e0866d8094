"""Mail inside a zip: .eml entries and an mbox entry, in name order, resumable."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from onward.analysis.inbox.archive import iter_zip, mail_entries
from onward.analysis.mail import MailFormatError, parse_raw


def _eml(subject: str) -> bytes:
    return f"From: a@b.example\nSubject: {subject}\n\nHello.\n".encode()


def _mbox(*subjects: str) -> bytes:
    return b"".join(
        b"From a@b.example Mon Mar  3 10:00:00 2025\n" + _eml(s) + b"\n" for s in subjects
    )


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    path = tmp_path / "takeout.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("b/two.eml", _eml("two"))
        zf.writestr("a/one.eml", _eml("one"))
        zf.writestr("c/All mail.mbox", _mbox("three", "four", "five"))
        zf.writestr("c/.hidden.eml", _eml("hidden"))
        zf.writestr("readme.txt", b"not mail")
    return path


def test_entries_in_name_order(archive: Path) -> None:
    assert [e.filename for e in mail_entries(archive)] == [
        "a/one.eml",
        "b/two.eml",
        "c/All mail.mbox",
    ]
    subjects = [parse_raw(raw).subject for raw in iter_zip(archive)]
    assert subjects == ["one", "two", "three", "four", "five"]


def test_resume_inside_the_mbox_entry(archive: Path) -> None:
    raws = list(iter_zip(archive))
    third = raws[2]
    rest = iter_zip(archive, start_entry=third.source, start_offset=third.end)
    assert [parse_raw(r).subject for r in rest] == ["four", "five"]


def test_resume_after_the_last_message(archive: Path) -> None:
    last = list(iter_zip(archive))[-1]
    assert list(iter_zip(archive, start_entry=last.source, start_offset=last.end)) == []


def test_resume_after_an_eml_entry(archive: Path) -> None:
    rest = iter_zip(archive, start_entry="a/one.eml")
    assert [parse_raw(r).subject for r in rest] == ["two", "three", "four", "five"]


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "x.zip"
    path.write_bytes(b"nope")
    with pytest.raises(MailFormatError, match="cannot read the zip archive"):
        mail_entries(path)
