"""One message boiled down: label, evidence, company, the rejection's own words, errors."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP

import pytest

from onward.analysis.inbox.digest import digest_batch, digest_raw
from onward.analysis.mail.raw import RawMail

REJECTION = (
    "Dear Sam,\n\nThank you for applying to Lumenfold. We have decided not to move forward "
    "with your application.\n\nBest wishes,\nThe Lumenfold Recruiting Team\n\n"
    "On Mon, 3 Mar 2025, Sam wrote:\n> Any news about my application?\n"
)


def _raw(
    body: str, sender: str = "Lumenfold Careers <jobs@lumenfold.example>", **headers: str
) -> RawMail:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "sam@example.org"
    msg["Subject"] = headers.pop("subject", "Your application")
    msg["Date"] = "Mon, 10 Mar 2025 10:00:00 +0000"
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content(body)
    data = msg.as_bytes(policy=SMTP).replace(b"\r\n", b"\n")
    return RawMail(source="test.mbox", offset=100, end=100 + len(data), data=data)


def test_a_rejection_keeps_its_own_words_not_the_quoted_history() -> None:
    digest = digest_raw(_raw(REJECTION, Message_ID="<x1@lumenfold.example>"))
    assert (digest.label, digest.key, digest.key_generated) == (
        "rejection",
        "x1@lumenfold.example",
        False,
    )
    assert digest.company == "Lumenfold"
    assert "decided not to move forward" in digest.message_text
    assert "Any news" not in digest.message_text
    assert digest.evidence and digest.evidence[0].text == "decided not to move"
    assert digest.body == ""
    assert (digest.offset, digest.source) == (100, "test.mbox")


def test_the_body_travels_only_when_asked() -> None:
    assert "Any news" in digest_raw(_raw(REJECTION), keep_body=True).body


def test_other_mail_is_not_about_a_job() -> None:
    digest = digest_raw(_raw("Our spring sale starts today. Unsubscribe any time.", subject="Sale"))
    assert not digest.about_a_job


@pytest.mark.parametrize(
    ("sender", "company"),
    [
        pytest.param("Lena Novak <lena@fieldnote.app>", "Fieldnote", id="first-name-address"),
        pytest.param("Lena Novak <lena.novak@fieldnote.app>", "Fieldnote", id="first.last"),
        pytest.param("Fieldnote Careers <careers@fieldnote.app>", "Fieldnote", id="company-name"),
    ],
)
def test_a_persons_name_is_not_the_company(sender: str, company: str) -> None:
    body = "Hi Sam,\n\nWe would like to invite you to an interview next week.\n\nLena\n"
    assert digest_raw(_raw(body, sender=sender)).company == company


def test_an_unreadable_message_gives_an_error() -> None:
    digest = digest_raw(RawMail(source="x.mbox", offset=5, end=9, data=b"%PDF-1.4"))
    assert digest.error.startswith("not an email message")
    assert not digest.about_a_job and digest.end == 9


def test_a_batch_keeps_its_order() -> None:
    raws = [_raw(REJECTION, Message_ID=f"<k{n}@x>") for n in range(3)]
    assert [d.key for d in digest_batch(raws)] == ["k0@x", "k1@x", "k2@x"]


def test_thread_ids_come_from_reply_headers() -> None:
    digest = digest_raw(_raw(REJECTION, In_Reply_To="<a@x>", References="<root@x> <a@x>"))
    assert digest.thread_ids == ("a@x", "root@x")
