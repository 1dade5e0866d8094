"""One message, parsed and classified, boiled down to what a review item needs.

A :class:`MailDigest` is small and picklable, so a pool of worker processes can parse and
classify while the main process reads the mailbox and writes to the database. The body
text travels only when it has to: a rejection's words (kept as its message) or every body
when the person chose to keep them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from onward.analysis.mail.classify import Label, MailClassification, classify_parsed
from onward.analysis.mail.cues import WDR
from onward.analysis.mail.errors import MailFormatError
from onward.analysis.mail.extract import company_key
from onward.analysis.mail.facts import MailFacts
from onward.analysis.mail.model import Address, ParsedMail
from onward.analysis.mail.parse import parse_raw
from onward.analysis.mail.raw import RawMail

MAX_MESSAGE_TEXT = 20_000  # a rejection's words, kept verbatim up to this length
MAX_BODY_TEXT = 200_000  # a whole body, when the person opted in
MAX_EVIDENCE = 6
# Regions of a body that are the sender's own words (quoted history and footers are not).
OWN_WORDS = ("main", "forwarded", "signature")


@dataclass(frozen=True)
class EvidenceNote:
    """A phrase the label rests on: where it was ("subject", "body", "sender"), the words,
    the cue that matched them and its weight."""

    field: str
    text: str
    cue: str
    weight: float


@dataclass(frozen=True)
class MailDigest:
    """What one message says, where it sits in its source, and what went wrong reading it.

    ``key`` identifies the message across imports: its Message-ID, else a content hash
    (``key_generated``). ``end`` is where the next message starts (an import resumes
    there). ``error`` is set (and the rest left empty) when the message could not be read.
    """

    key: str
    key_generated: bool
    source: str
    offset: int
    end: int
    date: dt.datetime | None = None
    sender: str = ""
    sender_address: str = ""
    sender_domain: str = ""
    subject: str = ""
    thread_ids: tuple[str, ...] = ()
    label: str = Label.OTHER.value
    confidence: float = 0.0
    withdrawn: bool = False
    via_job_board: bool = False
    bulk: bool = False
    evidence: tuple[EvidenceNote, ...] = ()
    reasons: tuple[str, ...] = ()
    company: str = ""
    company_confidence: float = 0.0
    role: str = ""
    role_confidence: float = 0.0
    message_text: str = ""
    body: str = ""
    truncated: bool = False
    attachments: int = 0
    skipped_bytes: int = 0
    error: str = ""

    @property
    def about_a_job(self) -> bool:
        """A job-search step (or a withdrawal) rather than other mail."""
        return not self.error and (self.label != Label.OTHER.value or self.withdrawn)


def digest_raw(raw: RawMail, *, keep_body: bool = False) -> MailDigest:
    """Parse and classify ``raw``; a message that cannot be read gives ``error``."""
    try:
        mail = parse_raw(raw)
    except MailFormatError as exc:
        return MailDigest(
            key="", key_generated=True, source=raw.source, offset=raw.offset, end=raw.end,
            error=str(exc),
        )  # fmt: skip
    result = classify_parsed(mail)
    return _digest(raw, mail, result, keep_body=keep_body)


def digest_batch(batch: Sequence[RawMail], keep_body: bool = False) -> list[MailDigest]:
    """:func:`digest_raw` over a batch (the unit of work handed to a worker process)."""
    return [digest_raw(raw, keep_body=keep_body) for raw in batch]


def _digest(
    raw: RawMail, mail: ParsedMail, result: MailClassification, *, keep_body: bool
) -> MailDigest:
    facts = result.facts
    company, company_confidence = choose_company(facts, mail.sender)
    role = (
        facts.role if facts.role and company_key(facts.role.value) != company_key(company) else None
    )
    sender = mail.sender
    rejection = result.label == Label.REJECTION and not result.withdrawn_by_candidate
    return MailDigest(
        key=mail.message_id,
        key_generated=mail.message_id_generated,
        source=raw.source,
        offset=raw.offset,
        end=raw.end,
        date=mail.date,
        sender=str(sender) if sender else "",
        sender_address=sender.address.lower() if sender else "",
        sender_domain=sender.domain if sender else "",
        subject=mail.subject,
        thread_ids=tuple(dict.fromkeys(i for i in (mail.in_reply_to, *mail.references) if i)),
        label=str(result.label),
        confidence=result.confidence,
        withdrawn=result.withdrawn_by_candidate,
        via_job_board=result.sent_via_job_board,
        bulk=mail.bulk,
        evidence=_evidence(result),
        reasons=result.reasons,
        company=company,
        company_confidence=company_confidence,
        role=role.value if role else "",
        role_confidence=role.confidence if role else 0.0,
        message_text=own_words(mail)[:MAX_MESSAGE_TEXT] if rejection else "",
        body=mail.body[:MAX_BODY_TEXT] if keep_body else "",
        truncated=mail.truncated,
        attachments=len(mail.attachments),
        skipped_bytes=raw.skipped_bytes,
    )


def choose_company(facts: MailFacts, sender: Address | None) -> tuple[str, float]:
    """The company to propose. When the sender's display name is a person's (the address
    is their first name: "Lena Novak <lena@fieldnote.app>"), the address's domain names
    the company better than the person does."""
    best = facts.company
    if best is None:
        return "", 0.0
    if best.rule == "display name" and sender is not None and looks_like_person(sender):
        domain = [c for c in facts.company_candidates if c.rule == "domain"]
        if domain:
            return domain[0].value, domain[0].confidence
    return best.value, best.confidence


def looks_like_person(sender: Address) -> bool:
    """A display name of two or three words whose address is built from them."""
    words = [w for w in sender.name.lower().replace(",", " ").split() if w]
    local = sender.address.split("@", 1)[0].lower()
    if not 2 <= len(words) <= 3:
        return False
    first, last = words[0], words[-1]
    forms = {first, f"{first}.{last}", f"{first}_{last}", f"{first}{last}", f"{first[0]}{last}"}
    return local in forms or local == f"{first[0]}.{last}"


def own_words(mail: ParsedMail) -> str:
    """The sender's own words, as written: the body without quoted history and footers."""
    layout = mail.layout
    text = "".join(layout.text[a:b] for a, b in layout.ranges(*OWN_WORDS)).strip()
    return text or mail.body.strip()


def _evidence(result: MailClassification) -> tuple[EvidenceNote, ...]:
    wanted = WDR if result.withdrawn_by_candidate else str(result.label)
    chosen = [e for e in result.evidence if e.weight > 0 and e.label == wanted]
    return tuple(
        EvidenceNote(field=e.field, text=e.text, cue=e.cue, weight=e.weight)
        for e in chosen[:MAX_EVIDENCE]
    )
