"""A synthetic job-search mailbox (our own templates) and the parse+classify throughput bench.

``write_mbox(path, count, seed=...)`` writes ``count`` messages as an mbox file, one at a
time (memory stays flat): employer mail of every kind (acknowledgements, rejections,
interview invitations, assessments, offers, withdrawals) from varied invented companies,
plain, HTML-only and plain+HTML bodies, attachments (now and then a large one), replies
quoting earlier mail, forwards, non-ASCII names and odd charsets, a few broken Date
headers, and noise (job alerts, newsletters, password resets). Each message carries the
label we meant in ``X-Onward-Expected``.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import random
import re
import resource
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from html import escape
from pathlib import Path
from typing import Any

from onward.bench.mailbox_templates import COMPANIES, FIRST_NAMES, LAST_NAMES, ROLES, TEMPLATES

LARGE_ATTACHMENT = 8 * 1024 * 1024
_ESCAPE = re.compile(rb"^(>*From )", re.M)
_EXPECTED = re.compile(rb"^X-Onward-Expected: (\S+)", re.M)


def write_mbox(path: str | Path, count: int, *, seed: int = 7, large_every: int = 0) -> int:
    """Write ``count`` generated messages to ``path``; returns the bytes written.

    ``large_every``: every n-th message carries an 8 MB attachment (0: never).
    """
    rng = random.Random(seed)
    written = 0
    with Path(path).open("wb") as out:
        for index, message in enumerate(generate(count, rng)):
            if large_every and index % large_every == large_every - 1:
                message.add_attachment(
                    rng.randbytes(LARGE_ATTACHMENT),
                    maintype="video",
                    subtype="mp4",
                    filename="walkthrough.mp4",
                )
            written += out.write(_mbox_entry(message))
    return written


def _mbox_entry(message: EmailMessage) -> bytes:
    sender = re.sub(r".*<|>.*", "", str(message["From"])) or "unknown@example.invalid"
    stamp = message.get("X-Onward-Sent", "Mon Jan  6 09:00:00 2025")
    del message["X-Onward-Sent"]
    data = message.as_bytes(policy=SMTP).replace(b"\r\n", b"\n")
    return b"From %s %s\n" % (sender.encode(), stamp.encode()) + _ESCAPE.sub(rb">\1", data) + b"\n"


def generate(count: int, rng: random.Random) -> Iterator[EmailMessage]:
    start = dt.datetime(2024, 9, 1, 8, 0, tzinfo=dt.UTC)
    for index in range(count):
        when = start + dt.timedelta(minutes=index * 47 + rng.randrange(40))
        yield build_message(rng, when)


def build_message(rng: random.Random, when: dt.datetime) -> EmailMessage:
    template = rng.choice(TEMPLATES)
    company, domain = rng.choice(COMPANIES)
    person = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
    values = {
        "name": rng.choice(("Sam", "Sam Reyes", "Mx Reyes")),
        "company": company,
        "role": rng.choice(ROLES),
        "person": person,
        "day": (when + dt.timedelta(days=rng.randrange(3, 12))).strftime("%A %d %B %Y"),
        "time": rng.choice(("10:00", "2:30 PM", "14:00 CET", "9am PT", "11:15")),
        "ref": f"R-{rng.randrange(10000, 99999)}",
    }
    subject = template.subject.format(**values)
    body = template.body.format(**values)
    message = EmailMessage()
    message["From"] = _sender(template.sender, person, company, domain)
    message["To"] = "Sam Reyes <sam.reyes@example.org>"
    body = _subject_and_thread(message, subject, body, rng, values)
    _date(message, when, rng)
    _body(message, body, rng, template.noise)
    _attachments(message, rng, template.label)
    message["X-Onward-Expected"] = template.label
    message["X-Onward-Sent"] = when.strftime("%a %b %d %H:%M:%S %Y")
    if template.noise:
        message["List-Unsubscribe"] = f"<https://{domain}/unsubscribe>"
    return message


def _sender(kind: str, person: str, company: str, domain: str) -> str:
    if kind == "board":
        return "Job Alerts <alerts@jobs-board.example>"
    if kind == "person":
        return f"{person} <{person.split()[0].lower()}@{domain}>"
    if kind == "ats":
        return f"{company} <no-reply@{domain.split('.')[0]}.ats-mail.example>"
    return f"{company} Careers <careers@{domain}>"


def _subject_and_thread(
    message: EmailMessage, subject: str, body: str, rng: random.Random, values: dict[str, str]
) -> str:
    """Sets the subject (a reply or forward now and then); returns the body to send."""
    roll = rng.random()
    if roll < 0.08:
        message["Subject"] = f"Re: {subject}"
        message["In-Reply-To"] = make_msgid(domain="example.org")
        body += (
            f"\n\nOn Mon, 6 Jan 2025 at 10:12, Sam Reyes <sam.reyes@example.org> wrote:\n"
            f"> Hi {values['person'].split()[0]},\n> thanks for the update, I look forward to "
            f"hearing from you.\n> Sam"
        )
    elif roll < 0.12:
        message["Subject"] = f"Fwd: {subject}"
        body = (
            "Forwarding this for my records.\n\n---------- Forwarded message ---------\n"
            f"From: {values['company']} <jobs@example.com>\nSubject: {subject}\n\n{body}"
        )
    else:
        message["Subject"] = subject
    if rng.random() < 0.9:
        message["Message-ID"] = make_msgid(domain="mail.example")
    return body


def _date(message: EmailMessage, when: dt.datetime, rng: random.Random) -> None:
    if rng.random() < 0.02:
        message["Date"] = rng.choice(("Mon, 32 Foo 2025 25:61:00", "yesterday", "2025-01-06"))
    else:
        message["Date"] = format_datetime(when)


def _body(message: EmailMessage, body: str, rng: random.Random, noise: bool) -> None:
    roll = rng.random()
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in body.split("\n\n"))
    html = f"<html><head><style>p {{margin: 0}}</style></head><body>{paragraphs}</body></html>"
    if roll < 0.15:
        message.set_content(html, subtype="html")
        return
    try:  # some bodies go out in Latin-1, as older mail servers still send them
        message.set_content(body, charset="iso-8859-1" if roll < 0.25 else "utf-8")
    except UnicodeEncodeError:
        message.set_content(body)
    if roll < 0.5 or (noise and roll < 0.8):
        message.add_alternative(html, subtype="html")


def _attachments(message: EmailMessage, rng: random.Random, label: str) -> None:
    if label in ("offer", "assessment") and rng.random() < 0.6:
        name = "offer-letter.pdf" if label == "offer" else "instructions.pdf"
        message.add_attachment(
            rng.randbytes(rng.randrange(20_000, 300_000)),
            maintype="application",
            subtype="pdf",
            filename=name,
        )
    elif rng.random() < 0.05:
        message.add_attachment(
            rng.randbytes(4_000), maintype="image", subtype="png", filename="logo.png"
        )


def run_throughput(*, count: int, seed: int = 7, large_every: int = 2000) -> dict[str, Any]:
    """Generate ``count`` messages to a temporary mbox, then stream, parse and classify them."""
    from onward.analysis.mail import iter_mbox, parse_raw
    from onward.analysis.mail.classify import classify_parsed

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "generated.mbox"
        # Generate in a child process so its memory does not count in our peak RSS.
        child = multiprocessing.get_context("spawn").Process(
            target=write_mbox, args=(path, count), kwargs={"seed": seed, "large_every": large_every}
        )
        child.start()
        child.join()
        size = path.stat().st_size
        rss_before = _rss_mb()
        started = time.perf_counter()
        labels: Counter[str] = Counter()
        agree = parsed = 0
        for raw in iter_mbox(path):
            result = classify_parsed(parse_raw(raw))
            parsed += 1
            labels[str(result.label)] += 1
            expected = _EXPECTED.search(raw.data)
            agree += bool(expected) and expected[1].decode() == str(result.label)  # type: ignore[index]
        seconds = time.perf_counter() - started
    return {
        "messages": parsed,
        "mbox_mb": round(size / 1e6, 1),
        "large_attachments": count // large_every if large_every else 0,
        "seconds": round(seconds, 2),
        "messages_per_second": round(parsed / seconds, 1),
        "rss_before_mb": rss_before,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "labels": dict(sorted(labels.items())),
        "agreement_with_generator": round(agree / parsed, 4) if parsed else 0.0,
    }


def _rss_mb() -> float:
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, ValueError, IndexError):
        return 0.0
    return round(pages * resource.getpagesize() / 1e6, 1)
