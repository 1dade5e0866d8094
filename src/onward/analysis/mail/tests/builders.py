"""Small builders of email bytes for the tests (EmailMessage, our own words)."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP


def message(
    *,
    subject: str = "Your application",
    body: str = "Hello,\n\nThanks for applying.\n",
    sender: str = "Acme Careers <jobs@acme.example>",
    date: str | None = "Mon, 03 Mar 2025 10:00:00 +0100",
    message_id: str | None = "<abc123@acme.example>",
    html: str | None = None,
    extra: dict[str, str] | None = None,
) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "Sam Reyes <sam@example.org>"
    msg["Subject"] = subject
    if date is not None:
        msg["Date"] = date
    if message_id is not None:
        msg["Message-ID"] = message_id
    for name, value in (extra or {}).items():
        msg[name] = value
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return msg


def eml(**kwargs: object) -> bytes:
    return message(**kwargs).as_bytes(policy=SMTP).replace(b"\r\n", b"\n")  # type: ignore[arg-type]


def raw_message(headers: str, body: bytes) -> bytes:
    """Bytes exactly as given: for broken input that EmailMessage would refuse to build."""
    return headers.strip("\n").encode("ascii") + b"\n\n" + body


def mbox(
    *messages: bytes, envelope: str = "From sender@example.org Mon Mar  3 10:00:00 2025"
) -> bytes:
    """An mboxrd file of the given messages ("From " lines in bodies escaped)."""
    out = b""
    for data in messages:
        lines = []
        for line in data.split(b"\n"):
            lines.append(b">" + line if line.lstrip(b">").startswith(b"From ") else line)
        out += envelope.encode() + b"\n" + b"\n".join(lines).rstrip(b"\n") + b"\n\n"
    return out
