"""A drafted email as a ``mailto:`` link or an ``.eml`` file (no sending, no network)."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP
from urllib.parse import quote


def mailto_url(*, to: str, subject: str, body: str) -> str:
    """A ``mailto:`` link that opens the draft in the user's mail program."""
    query = f"subject={quote(subject, safe='')}&body={quote(body, safe='')}"
    return f"mailto:{quote(_header(to), safe='@')}?{query}"


def _header(value: str) -> str:
    """One line: a header can never be split into two (no header injection)."""
    return " ".join(value.split())


def eml_bytes(*, to: str, subject: str, body: str, sender: str = "") -> bytes:
    """The draft as an RFC 5322 message (``X-Unsent: 1`` opens it as a draft in Outlook)."""
    message = EmailMessage(policy=SMTP)
    if _header(to):
        message["To"] = _header(to)
    if _header(sender):
        message["From"] = _header(sender)
    message["Subject"] = _header(subject)
    message["X-Unsent"] = "1"
    message.set_content(body)
    return message.as_bytes()
