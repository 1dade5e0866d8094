"""The facts of one email: company, role title and proposed dates, with their evidence."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from onward.analysis.mail.extract import Extracted, find_company, find_role
from onward.analysis.mail.model import BodyLayout
from onward.analysis.mail.when import DateMention, find_dates

# Regions whose words are not about this email's job (older quoted mail, boilerplate).
_MASKED = ("quoted", "footer")


@dataclass(frozen=True)
class MailFacts:
    """What the email says happened to which job. Offsets of body evidence index into the
    body text as read (``MailClassification.text``)."""

    company: Extracted | None
    role: Extracted | None
    dates: tuple[DateMention, ...]
    company_candidates: tuple[Extracted, ...] = ()

    def dates_of(self, kind: str) -> tuple[DateMention, ...]:
        return tuple(d for d in self.dates if d.kind == kind)


def masked_text(layout: BodyLayout, kinds: tuple[str, ...] = _MASKED) -> str:
    """The body with the given regions blanked out (same length, line breaks kept)."""
    chars = list(layout.text)
    for region in layout.regions:
        if region.kind in kinds:
            for i in range(region.start, region.end):
                if chars[i] != "\n":
                    chars[i] = " "
    return "".join(chars)


def extract_facts(
    *, subject: str, layout: BodyLayout, sender: str = "", date: dt.datetime | None = None
) -> MailFacts:
    text = masked_text(layout)
    senders = [sender] + [f.sender for f in layout.forwarded if f.sender]
    company, candidates = find_company(subject, text, senders[0])
    if len(senders) > 1 and (
        company is None or (company.field == "sender" and company.confidence < 0.5)
    ):
        forwarded, more = find_company(subject, text, senders[1])
        company, candidates = (forwarded, more) if forwarded else (company, candidates)
    role = find_role(subject, text)
    dates = find_dates(subject, field="subject", reference=date) + find_dates(text, reference=date)
    return MailFacts(company=company, role=role, dates=dates, company_candidates=candidates[:8])
