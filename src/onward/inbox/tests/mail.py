"""Job-search emails for the Inbox tests, written for them (invented companies)."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP

REJECTION = (
    "Dear Sam,\n\nThank you for your interest in {company} and for the time you gave us.\n\n"
    "After careful consideration we have decided not to move forward with your application "
    "for the {role} role. We wish you every success in your search.\n\nKind regards,\n"
    "The {company} Recruiting Team\n"
)
RECEIVED = (
    "Hi Sam,\n\nThank you for applying to {company}! We have received your application for "
    "the {role} position and our team will review it shortly.\n\nBest,\n{company} Talent\n"
)
INTERVIEW = (
    "Hi Sam,\n\nThanks for applying to {company}. We would like to invite you to an "
    "interview for the {role} role. Please pick a time that suits you next week.\n\n"
    "Best,\nthe {company} Recruiting Team\n"
)
NEWSLETTER = (
    "Hello!\n\nOur spring sale starts today: 20% off every plant in the shop.\n\n"
    "Unsubscribe at any time.\n"
)


def email(
    body: str,
    *,
    company: str = "Quillfeather",
    role: str = "Data Analyst",
    subject: str = "Your application",
    sender: str = "",
    domain: str = "",
    date: str = "Mon, 03 Mar 2025 10:00:00 +0000",
    message_id: str | None = None,
    reply_to: str = "",
    attachment: bytes | None = None,
) -> bytes:
    domain = domain or f"{company.lower().replace(' ', '')}.example"
    msg = EmailMessage()
    msg["From"] = sender or f"{company} Careers <careers@{domain}>"
    msg["To"] = "Sam Reyes <sam@example.org>"
    msg["Subject"] = subject
    msg["Date"] = date
    if message_id is not None:
        msg["Message-ID"] = message_id
    if reply_to:
        msg["In-Reply-To"] = reply_to
        msg["References"] = reply_to
    msg.set_content(body.format(company=company, role=role))
    if attachment is not None:
        msg.add_attachment(attachment, maintype="video", subtype="mp4", filename="intro.mp4")
    return msg.as_bytes(policy=SMTP).replace(b"\r\n", b"\n")


def mbox(*messages: bytes) -> bytes:
    out = b""
    for data in messages:
        lines = [b">" + line if line.startswith(b"From ") else line for line in data.split(b"\n")]
        out += b"From careers@example.com Mon Mar  3 10:00:00 2025\n"
        out += b"\n".join(lines).rstrip(b"\n") + b"\n\n"
    return out
