"""Parsing one message: headers, bodies, charsets, attachments, broken input."""

from __future__ import annotations

import base64
import datetime as dt
import email.charset

import pytest

from onward.analysis.mail import NotAnEmailError, parse_eml
from onward.analysis.mail.tests.builders import eml, message, raw_message


def test_headers_are_decoded() -> None:
    mail = parse_eml(
        eml(
            subject="=?utf-8?q?Ihre_Bewerbung_bei_M=C3=BCller_AG?=",
            sender="=?iso-8859-1?q?J=F6rg_Sch=F6n?= <joerg@mueller.example>",
            extra={"In-Reply-To": "<q1@x.example>", "References": "<q0@x.example> <q1@x.example>"},
        )
    )
    assert mail.subject == "Ihre Bewerbung bei Müller AG"
    assert mail.sender is not None
    assert (mail.sender.name, mail.sender.address, mail.sender.domain) == (
        "Jörg Schön",
        "joerg@mueller.example",
        "mueller.example",
    )
    assert mail.to[0].address == "sam@example.org"
    assert mail.message_id == "abc123@acme.example"
    assert mail.in_reply_to == "q1@x.example"
    assert mail.references == ("q0@x.example", "q1@x.example")
    assert mail.date == dt.datetime(2025, 3, 3, 9, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("header", "expected", "note"),
    [
        ("Mon, 03 Mar 2025 10:00:00 +0100", dt.datetime(2025, 3, 3, 9, 0, tzinfo=dt.UTC), ""),
        ("Mon, 3 Mar 2025 10:00:00 (CET)", dt.datetime(2025, 3, 3, 10, 0, tzinfo=dt.UTC), "UTC"),
        ("3 Mar 2025 10:00 CEST", dt.datetime(2025, 3, 3, 8, 0, tzinfo=dt.UTC), "abbreviation"),
        ("2025-03-03T10:00:00Z", dt.datetime(2025, 3, 3, 10, 0, tzinfo=dt.UTC), "repaired"),
        ("Monday 3rd of nothing", None, "unreadable"),
        ("Mon, 32 Foo 2025 25:61:00", None, "unreadable"),
    ],
    ids=["rfc5322", "comment-zone", "named-zone", "iso", "garbage", "impossible"],
)
def test_dates_are_tolerated(header: str, expected: dt.datetime | None, note: str) -> None:
    mail = parse_eml(raw_message(f"From: a@b.example\nSubject: x\nDate: {header}", b"hi\n"))
    assert mail.date == expected
    if note:
        assert any(note in d for d in mail.defects)
    if mail.date is not None:
        assert mail.date.tzinfo is not None


def test_broken_date_falls_back_to_the_envelope_date() -> None:
    envelope = dt.datetime(2025, 1, 6, 9, 0, tzinfo=dt.UTC)
    mail = parse_eml(raw_message("From: a@b.example\nDate: soon", b"hi\n"), fallback_date=envelope)
    assert mail.date == envelope
    assert any("envelope" in d for d in mail.defects)


def test_missing_message_id_gets_a_stable_content_hash() -> None:
    first = parse_eml(eml(message_id=None))
    again = parse_eml(eml(message_id=None))
    other = parse_eml(eml(message_id=None, body="Something else\n"))
    assert first.message_id_generated
    assert first.message_id.startswith("sha256:")
    assert first.message_id == again.message_id != other.message_id


def test_plain_text_is_preferred_over_html() -> None:
    mail = parse_eml(eml(body="Plain words here.\n", html="<p>HTML words here.</p>"))
    assert mail.body == "Plain words here."
    assert mail.body_source == "plain"


def test_html_only_is_converted() -> None:
    msg = message(body="x")
    msg.set_content("<html><body><p>We&rsquo;d like to meet you.</p></body></html>", subtype="html")
    mail = parse_eml(msg.as_bytes())
    assert mail.body == "We\u2019d like to meet you."
    assert mail.body_source == "html"


def test_a_stub_plain_part_gives_way_to_html() -> None:
    html = "<p>" + "Your interview is confirmed for Tuesday at ten in the morning. " * 5 + "</p>"
    mail = parse_eml(eml(body="View this email in your browser.\n", html=html))
    assert mail.body_source == "html"
    assert mail.body.startswith("Your interview is confirmed")


@pytest.mark.parametrize(
    ("charset", "declared", "text"),
    [
        ("utf-8", "utf-8", "Grüße aus Köln"),
        ("latin-1", "iso-8859-1", "Grüße aus Köln"),
        ("cp1252", "windows-1252", "It\u2019s \u201cquoted\u201d"),
        ("utf-8", "iso-8859-1", "Grüße aus Köln"),  # wrongly declared: the bytes are UTF-8
        ("latin-1", "x-made-up", "Grüße aus Köln"),  # unknown charset: falls back sensibly
        ("utf-8", "", "Grüße aus Köln"),  # no charset at all
    ],
    ids=["utf8", "latin1", "cp1252", "wrong-label", "unknown-label", "none"],
)
def test_charsets(charset: str, declared: str, text: str) -> None:
    ctype = f"text/plain; charset={declared}" if declared else "text/plain"
    data = raw_message(
        f"From: a@b.example\nSubject: x\nContent-Type: {ctype}\nContent-Transfer-Encoding: 8bit",
        text.encode(charset) + b"\n",
    )
    assert parse_eml(data).body == text


@pytest.mark.parametrize(
    "encoding", ["quoted-printable", "base64"], ids=["quoted-printable", "base64"]
)
def test_transfer_encodings(encoding: str) -> None:
    text = "Caf\u00e9 interview at 10:00 = confirmed\n"
    payload = text.encode("utf-8")
    if encoding == "base64":
        encoded = base64.encodebytes(payload)
    else:
        charset = email.charset.Charset("utf-8")
        charset.body_encoding = email.charset.QP
        encoded = charset.body_encode(payload).encode("ascii")
    data = raw_message(
        "From: a@b.example\nSubject: x\nContent-Type: text/plain; charset=utf-8\n"
        f"Content-Transfer-Encoding: {encoding}",
        encoded,
    )
    assert parse_eml(data).body == text.strip()


def test_raw_8bit_headers_are_read() -> None:
    data = "From: Zoë <z@b.example>\nSubject: Entretien confirmé\n\nok\n".encode()
    mail = parse_eml(data)
    assert mail.subject == "Entretien confirmé"
    assert mail.sender is not None and mail.sender.name == "Zoë"


def test_attachments_are_described_not_kept() -> None:
    msg = message(body="See attached.")
    msg.add_attachment(
        b"%PDF-1.4 " + b"x" * 5000,
        maintype="application",
        subtype="pdf",
        filename="Offer Letter.pdf",
    )
    mail = parse_eml(msg.as_bytes())
    (attachment,) = mail.attachments
    assert (attachment.filename, attachment.content_type, attachment.size) == (
        "Offer Letter.pdf",
        "application/pdf",
        5009,
    )
    assert "PDF" not in mail.body


def test_attached_message_counts_as_forwarded_content() -> None:
    inner = message(subject="Interview invitation", body="We would like to invite you.\n")
    outer = message(subject="Fwd: Interview invitation", body="See below.\n")
    outer.add_attachment(inner)
    mail = parse_eml(outer.as_bytes())
    assert "We would like to invite you." in mail.body
    assert "We would like to invite you." in mail.readable_body


def test_bulk_headers_mark_a_mailing() -> None:
    assert parse_eml(eml(extra={"List-Unsubscribe": "<https://x.example/u>"})).bulk
    assert not parse_eml(eml()).bulk


def test_truncated_multipart_is_marked() -> None:
    data = raw_message(
        'From: a@b.example\nSubject: x\nContent-Type: multipart/mixed; boundary="b1"',
        b"--b1\nContent-Type: text/plain\n\nHello there, the message stops he",
    )
    mail = parse_eml(data)
    assert mail.truncated
    assert mail.body.startswith("Hello there")


@pytest.mark.parametrize(
    ("data", "message_part"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"%PDF-1.7\n...", "PDF"),
        (b"PK\x03\x04zipdata", "zip"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1", "Outlook"),
        (b"Dear Sam, thanks for applying.\n", "first line is 'Dear Sam, thanks for applying.'"),
    ],
    ids=["empty", "blank", "pdf", "zip", "msg", "no-headers"],
)
def test_not_an_email(data: bytes, message_part: str) -> None:
    with pytest.raises(NotAnEmailError, match=message_part):
        parse_eml(data)


def test_an_envelope_line_in_front_is_skipped() -> None:
    mail = parse_eml(b"From someone@example.org Mon Mar  3 10:00:00 2025\n" + eml())
    assert mail.subject == "Your application"


def test_garbage_headers_never_raise() -> None:
    data = raw_message(
        "From: <<<>>>@@\nTo: ,,,;;\nSubject: =?x-unknown?q?weird=FF?=\nDate: \n"
        'Content-Type: text/plain; charset="no-such"\nMessage-ID: not an id',
        b"Body \xff\xfe text\n",
    )
    mail = parse_eml(data)
    assert mail.sender is None
    assert "Body" in mail.body


def test_damaged_messages_never_crash() -> None:
    """Random damage (bytes changed, cut, inserted) gives a ParsedMail or NotAnEmailError."""
    import contextlib
    import random

    from onward.analysis.mail.classify import classify_parsed

    base = [
        eml(body="Hello,\n\nWe would like to invite you to an interview.\n", html="<p>Hi</p>"),
        raw_message(
            "From: a@b.example\nSubject: =?utf-8?b?SGk=?=\nContent-Type: multipart/mixed; "
            'boundary="b"',
            b"--b\nContent-Type: text/plain; charset=latin-1\nContent-Transfer-Encoding: "
            b"quoted-printable\n\nCaf=E9\n--b\nContent-Type: application/pdf\n"
            b"Content-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n--b--\n",
        ),
    ]
    noise = [b"\n", b"--", b"=?utf-8?b?", b"\x00", b"=\n", b"<p>", b'charset="zz"', b"\r\n\r\n"]
    rng = random.Random(4)
    for _ in range(300):
        data = bytearray(rng.choice(base))
        for _ in range(rng.randrange(1, 20)):
            pos = rng.randrange(len(data)) if data else 0
            roll = rng.random()
            if roll < 0.4:
                data[pos : pos + 1] = bytes([rng.randrange(256)])
            elif roll < 0.7:
                data[pos:pos] = rng.choice(noise)
            else:
                del data[pos : pos + rng.randrange(1, 40)]
        with contextlib.suppress(NotAnEmailError):
            classify_parsed(parse_eml(bytes(data)))
