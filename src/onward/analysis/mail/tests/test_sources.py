"""Reading mbox files and folders of .eml files: streaming, offsets, resuming, bad input."""

from __future__ import annotations

import base64
import io
from pathlib import Path

import pytest

from onward.analysis.mail import (
    MailFormatError,
    NotAnMboxError,
    iter_eml_folder,
    iter_mbox,
    parse_raw,
    read_eml_file,
)
from onward.analysis.mail.raw import Accumulator
from onward.analysis.mail.tests.builders import eml, mbox, message


def _three(tmp_path: Path) -> Path:
    path = tmp_path / "mail.mbox"
    path.write_bytes(
        mbox(
            eml(subject="one", body="First.\n"),
            eml(subject="two", body="From the team: hello.\n>From quoted.\n"),
            eml(subject="three", body="Third.\n"),
        )
    )
    return path


def test_messages_stream_in_order_with_offsets(tmp_path: Path) -> None:
    path = _three(tmp_path)
    raws = list(iter_mbox(path))
    assert [parse_raw(r).subject for r in raws] == ["one", "two", "three"]
    assert raws[0].offset == 0
    assert [r.offset for r in raws[1:]] == [r.end for r in raws[:-1]]
    assert raws[-1].end == path.stat().st_size
    assert not any(r.truncated for r in raws)
    assert all(r.envelope.startswith("From sender@example.org") for r in raws)


def test_from_escaping_is_undone(tmp_path: Path) -> None:
    second = list(iter_mbox(_three(tmp_path)))[1]
    body = parse_raw(second).body
    assert "From the team: hello." in body
    assert ">From quoted." in body  # mboxrd: one level of ">" removed from ">>From"


def test_resume_from_an_offset(tmp_path: Path) -> None:
    path = _three(tmp_path)
    first = next(iter_mbox(path))
    rest = list(iter_mbox(path, start=first.end))
    assert [parse_raw(r).subject for r in rest] == ["two", "three"]


def test_resume_from_a_wrong_offset_says_so(tmp_path: Path) -> None:
    with pytest.raises(MailFormatError, match="offset 5 is not the start of a message"):
        list(iter_mbox(_three(tmp_path), start=5))


def test_truncated_last_message_is_still_yielded(tmp_path: Path) -> None:
    data = mbox(eml(subject="whole"), eml(subject="cut", body="This one is cut off mid sente"))
    path = tmp_path / "cut.mbox"
    path.write_bytes(data.rstrip(b"\n"))
    raws = list(iter_mbox(path))
    assert [r.truncated for r in raws] == [False, True]
    assert parse_raw(raws[1]).body.startswith("This one is cut off")


def test_a_file_object_works_too() -> None:
    raws = list(iter_mbox(io.BytesIO(mbox(eml(subject="a"), eml(subject="b")))))
    assert len(raws) == 2


def test_envelope_dates_are_read(tmp_path: Path) -> None:
    raw = next(iter_mbox(_three(tmp_path)))
    assert raw.envelope_date is not None
    assert (raw.envelope_date.year, raw.envelope_date.month, raw.envelope_date.day) == (2025, 3, 3)


@pytest.mark.parametrize(
    ("data", "message_part"),
    [
        (b"", "is empty"),
        (b"\x1f\x8b\x08\x00rest", "gzip"),
        (b"PK\x03\x04rest", "zip archive"),
        (b"Return-Path: <x@y.example>\nSubject: hi\n\nbody\n", "single message"),
        (b"hello world\n", "first line is 'hello world'"),
    ],
    ids=["empty", "gzip", "zip", "eml", "text"],
)
def test_not_an_mbox(tmp_path: Path, data: bytes, message_part: str) -> None:
    path = tmp_path / "x.mbox"
    path.write_bytes(data)
    with pytest.raises(NotAnMboxError, match=message_part):
        list(iter_mbox(path))


def test_huge_attachments_are_counted_not_kept(tmp_path: Path) -> None:
    big = bytes(range(256)) * 4096  # 1 MiB
    msg = message(subject="with video", body="See the recording.")
    msg.add_attachment(big, maintype="video", subtype="mp4", filename="call.mp4")
    path = tmp_path / "big.mbox"
    path.write_bytes(mbox(msg.as_bytes()))
    (raw,) = iter_mbox(path, keep_base64=8192)
    assert raw.skipped_bytes > 1_000_000
    assert len(raw.data) < 20_000
    mail = parse_raw(raw)
    (attachment,) = mail.attachments
    assert attachment.filename == "call.mp4"
    assert abs(attachment.size - len(big)) < len(big) * 0.03
    assert attachment.size_estimated
    assert mail.body == "See the recording."


def test_long_base64_text_is_kept_up_to_the_limit() -> None:
    acc = Accumulator(keep_base64=200)
    lines = base64.encodebytes(b"x" * 3000).splitlines(keepends=True)
    acc.add(b"Content-Type: text/plain\n")
    for line in lines:
        acc.add(line)
    acc.add(b"--boundary\n")
    data = acc.finish()
    assert acc.skipped > 0
    assert b"ONWARDSKIPPEDBYTES" in data
    assert data.endswith(b"--boundary\n")


def test_folder_is_read_in_a_stable_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.eml").write_bytes(eml(subject="b2"))
    (tmp_path / "a.eml").write_bytes(eml(subject="a"))
    (tmp_path / "c.eml").write_bytes(eml(subject="c"))
    (tmp_path / "notes.txt").write_text("not mail")
    subjects = [parse_raw(r).subject for r in iter_eml_folder(tmp_path)]
    assert subjects == ["a", "b2", "c"]
    resumed = [parse_raw(r).subject for r in iter_eml_folder(tmp_path, start_after="b/2.eml")]
    assert resumed == ["c"]


def test_folder_must_exist(tmp_path: Path) -> None:
    with pytest.raises(MailFormatError, match="not a folder"):
        list(iter_eml_folder(tmp_path / "missing"))


def test_single_eml_file(tmp_path: Path) -> None:
    path = tmp_path / "one.eml"
    path.write_bytes(eml(subject="solo"))
    raw = read_eml_file(path)
    assert (raw.offset, raw.end, raw.truncated) == (0, path.stat().st_size, False)
    assert parse_raw(raw).subject == "solo"
