"""HTML to text, body layout (quotes, forwards, signatures, footers), raw-body repair."""

from __future__ import annotations

import pytest

from onward.analysis.mail import body_layout, html_to_text
from onward.analysis.mail.charsets import decode_bytes
from onward.analysis.mail.textprep import readable_text


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>One</p><p>Two</p>", "One\n\nTwo"),
        ("Line<br>break<br/>here", "Line\nbreak\nhere"),
        ("<ul><li>first</li><li>second</li></ul>", "- first\n- second"),
        ("<table><tr><td>Date:</td><td>Monday</td></tr></table>", "Date: Monday"),
        ("<style>p {color: red}</style><script>alert(1)</script><p>Shown</p>", "Shown"),
        ("<p>Fish &amp; chips &mdash; &#8364;5 &nbsp;only</p>", "Fish & chips — €5 only"),
        ("<div style='display:none'>preview text</div><p>Body</p>", "Body"),
        ("<p>Hi</p><blockquote>old<br>mail</blockquote>", "Hi\n\n> old\n> mail"),
        ("<p>Unclosed <b>bold <i>and <div>broken", "Unclosed bold and\nbroken"),
        ("<p>pad\u034f\u200b\u00adding</p>", "padding"),
        ("<pre>  keep\n    indent</pre>", "keep\n    indent"),
        ("", ""),
    ],
    ids=[
        "paragraphs",
        "br",
        "list",
        "table",
        "script-style",
        "entities",
        "hidden",
        "blockquote",
        "broken",
        "invisible",
        "pre",
        "empty",
    ],
)
def test_html_to_text(html: str, expected: str) -> None:
    assert html_to_text(html) == expected


def _kinds(text: str, subject: str = "") -> dict[str, str]:
    layout = body_layout(text, subject=subject)
    out: dict[str, str] = {}
    for region in layout.regions:
        out[region.kind] = out.get(region.kind, "") + text[region.start : region.end]
    return out


def test_regions_cover_the_whole_text() -> None:
    text = "Hi,\n\nThanks.\n\nOn Mon, 3 Mar 2025, Sam wrote:\n> hello\n"
    layout = body_layout(text)
    assert layout.regions[0].start == 0
    assert layout.regions[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(layout.regions, layout.regions[1:], strict=False))


@pytest.mark.parametrize(
    ("text", "main_has", "quoted_has"),
    [
        (
            "Tuesday works.\n\nOn Mon, Mar 3, 2025 at 9:00 AM Jo <jo@x.example> wrote:\n"
            "> Can you do Tuesday?\n> Jo",
            "Tuesday works.",
            "Can you do Tuesday?",
        ),
        (
            "Sounds good.\n\nOn Mon, Mar 3, 2025 at 9:00 AM Jo Smith <\njo@x.example> wrote:\n"
            "> wrapped attribution",
            "Sounds good.",
            "wrapped attribution",
        ),
        (
            "Thanks!\n\n-----Original Message-----\nFrom: Jo\nSent: Monday\nTo: Sam\n"
            "Subject: Re: call\n\nCan you do Tuesday?",
            "Thanks!",
            "Can you do Tuesday?",
        ),
        (
            "Noted, thanks.\n\nFrom: Jo Smith <jo@x.example>\nSent: Monday, March 3, 2025\n"
            "To: Sam\nSubject: call\n\nCan you do Tuesday?",
            "Noted, thanks.",
            "Can you do Tuesday?",
        ),
        (
            "> Can we talk Monday?\nYes, Monday at 10 works for me.",
            "Yes, Monday at 10",
            "Can we talk Monday?",
        ),
        (
            "Ja, passt.\n\nAm 03.03.2025 um 09:00 schrieb Jo <jo@x.example>:\n> Dienstag?",
            "Ja, passt.",
            "Dienstag?",
        ),
    ],
    ids=["gmail", "wrapped", "outlook-original", "outlook-block", "bottom-post", "german"],
)
def test_quoted_replies(text: str, main_has: str, quoted_has: str) -> None:
    kinds = _kinds(text, subject="Re: call")
    assert main_has in kinds["main"]
    assert quoted_has in kinds["quoted"]
    assert quoted_has not in kinds["main"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "FYI\n\n---------- Forwarded message ---------\nFrom: Acme <jobs@acme.example>\n"
            "Date: Mon, 3 Mar 2025\nSubject: Interview\nTo: Sam\n\nWe would like to invite you.",
            "Fwd: Interview",
        ),
        (
            "Begin forwarded message:\n\nFrom: Acme <jobs@acme.example>\nSubject: Interview\n"
            "Date: 3 March 2025\n\nWe would like to invite you.",
            "",
        ),
        (
            "-----Original Message-----\nFrom: Acme <jobs@acme.example>\nSent: Monday\n"
            "Subject: Interview\n\nWe would like to invite you.",
            "FW: Interview",
        ),
    ],
    ids=["gmail", "apple", "outlook-fw"],
)
def test_forwarded_content_is_kept(text: str, subject: str) -> None:
    layout = body_layout(text, subject=subject)
    assert "We would like to invite you." in layout.readable()
    (header,) = layout.forwarded
    assert "jobs@acme.example" in header.sender
    assert header.subject == "Interview"
    assert text[header.start :].startswith("We would like")


@pytest.mark.parametrize(
    ("text", "kind", "part"),
    [
        (
            "We'd like to meet.\n\nBest regards,\nJo Smith\nRecruiter | Acme\n+1 555 0100",
            "signature",
            "Jo Smith",
        ),
        ("We'd like to meet.\n\n-- \nJo Smith\nAcme", "signature", "Jo Smith"),
        ("We'd like to meet.\n\nSent from my iPhone", "signature", "Sent from my iPhone"),
        (
            "We'd like to meet.\nJo\n\nThis email and any attachments are confidential and "
            "intended solely for the addressee. If you received this email in error, please "
            "delete it.",
            "footer",
            "confidential",
        ),
        (
            "Your application was sent to Acme.\nAcme\nData Analyst\n\nThis email was intended "
            "for Sam Reyes. Learn why we included this.\nUnsubscribe\n© 2025 Jobsite Inc.",
            "footer",
            "Unsubscribe",
        ),
    ],
    ids=["valediction", "delimiter", "mobile", "legal", "notification"],
)
def test_signatures_and_footers(text: str, kind: str, part: str) -> None:
    kinds = _kinds(text)
    assert part in kinds[kind]
    assert "We'd like to meet." in kinds.get("main", "") or "sent to Acme" in kinds["main"]


@pytest.mark.parametrize(
    "line",
    [
        "Would you be open to a brief confidential conversation on Tuesday?",
        "This is a confidential search, so please keep it to yourself for now.",
        "I'd treat anything you share confidentially, of course.",
    ],
    ids=["confidential-conversation", "confidential-search", "confidentially"],
)
def test_confidential_in_a_sentence_is_not_a_footer(line: str) -> None:
    text = f"Hi Jo,\n\nI saw your profile.\n{line}\n\nBest regards,\nAlex"
    assert line in _kinds(text)["main"]


def test_a_footer_never_eats_the_whole_message() -> None:
    text = "Please do not reply to this automated message: your application was received."
    assert _kinds(text) == {"main": text}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Plain text stays.", "Plain text stays."),
        ("<html><body><p>Hi &amp; welcome</p></body></html>", "Hi & welcome"),
        (
            "Caf=C3=A9 =3D ok=20\nline two=\n continues=20\nmore=3D\n",
            "Café = ok \nline two continues \nmore=\n",
        ),
        ("Fish &amp; chips", "Fish & chips"),
    ],
    ids=["plain", "html", "quoted-printable", "entities"],
)
def test_raw_bodies_are_made_readable(body: str, expected: str) -> None:
    assert readable_text(body) == expected


@pytest.mark.parametrize(
    ("data", "declared", "text", "noted"),
    [
        (b"plain", None, "plain", False),
        ("Grüße".encode(), "utf-8", "Grüße", False),
        ("Grüße".encode("latin-1"), "latin-1", "Grüße", False),
        ("Grüße".encode(), "us-ascii", "Grüße", True),
        ("Grüße".encode("cp1252"), None, "Grüße", True),
        (b"\x81\x8d\x8f", "utf-8", "\ufffd\ufffd\ufffd", True),
    ],
    ids=["ascii", "utf8", "latin1", "mislabelled", "undeclared", "undecodable"],
)
def test_decode_bytes(data: bytes, declared: str | None, text: str, noted: bool) -> None:
    decoded, note = decode_bytes(data, declared)
    assert decoded == text
    assert bool(note) == noted
