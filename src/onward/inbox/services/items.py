"""Turning one message's digest or one tracker row into a review item (not saved here).

The item explains itself: the label with its evidence phrases, the match with its reasons,
and the change accepting it would make. Mail that is not about a job search, and news the
tracker already has, makes no item (the run counts them).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any

from django.utils import timezone

from onward.accounts.models import User
from onward.analysis.inbox.digest import MailDigest
from onward.analysis.inbox.match import Match, MatchIndex, Signals, group_key
from onward.analysis.tracker_csv import ImportedRow
from onward.inbox.choices import ItemKind, ItemLabel
from onward.inbox.models import ImportRun, ReviewItem
from onward.inbox.proposals import LABEL_STAGE, Proposal, propose
from onward.tracker.choices import Stage

PROPOSED, OTHER, CURRENT = "proposed", "other", "current"
ROW_DETAILS: tuple[str, ...] = (
    "url", "location", "notes", "source", "contact_email", "contact_name", "salary",
    "work_mode", "job_type", "status",
)  # fmt: skip


@dataclass(frozen=True)
class Built:
    item: ReviewItem | None
    outcome: str  # PROPOSED (item set), OTHER (not job mail), CURRENT (nothing to change)
    match: Match | None = None


def key_digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


def _proposal(
    index: MatchIndex, match: Match, target: Stage | None, when: dt.datetime | None
) -> Proposal:
    candidate = None if match.is_new else index.candidate(match.application_id or 0)
    if candidate is None:
        return propose(target, None)
    return propose(target, Stage(candidate.stage), when=when, changed_at=candidate.changed_at)


def from_digest(*, owner: User, run: ImportRun, digest: MailDigest, index: MatchIndex) -> Built:
    if not digest.about_a_job:
        return Built(None, OTHER)
    label = ItemLabel.WITHDRAWAL if digest.withdrawn else ItemLabel(digest.label)
    signals = Signals(
        company=digest.company,
        sender_domain=digest.sender_domain,
        role=digest.role,
        thread_ids=digest.thread_ids,
        when=digest.date,
    )
    match = _reapplied(index, index.match(signals), label, digest)
    proposal = _proposal(index, match, LABEL_STAGE[label], digest.date)
    if not proposal.stage:
        return Built(None, CURRENT, match)
    confidence = match.score if not match.is_new else max(0.3, digest.company_confidence)
    item = _item(
        owner, run, match, proposal,
        kind=ItemKind.MAIL, message_key=digest.key, label=label,
        label_confidence=digest.confidence, confidence=min(digest.confidence, confidence),
        message_date=digest.date, sender=digest.sender, subject=digest.subject,
        thread_ids=list(digest.thread_ids[:20]),
        evidence=[_evidence(e) for e in digest.evidence], reasons=list(digest.reasons),
        message=digest.message_text if proposal.stage == Stage.REJECTED else "",
        body=digest.body, notes=_mail_notes(digest, match, proposal),
        applied_on=digest.date.date() if digest.date and match.is_new else None,
    )  # fmt: skip
    return Built(item, PROPOSED, match)


def _reapplied(index: MatchIndex, match: Match, label: str, digest: MailDigest) -> Match:
    """An acknowledgement from a company whose application was closed before it is a new
    application there (you applied again), not news about the old one."""
    candidate = None if match.is_new else index.candidate(match.application_id or 0)
    if candidate is None or not candidate.closed or label != ItemLabel.APPLICATION_RECEIVED:
        return match
    if digest.date is None or candidate.changed_at is None or digest.date <= candidate.changed_at:
        return match
    company = candidate.company
    role = digest.role or ""
    reason = f"your earlier application at {company} was closed before this: a new one"
    return Match(None, 0.0, (reason,), company, role, group=group_key(company, role))


def _evidence(note: Any) -> dict[str, Any]:
    return {"field": note.field, "text": note.text, "cue": note.cue, "weight": note.weight}


def _mail_notes(digest: MailDigest, match: Match, proposal: Proposal) -> list[str]:
    notes = [proposal.note] if proposal.note else []
    if match.is_new and not match.company:
        notes.append("No company was found in this email: name it when you accept.")
    if digest.via_job_board:
        notes.append("A job board passed this on (not the employer): it confirms you applied.")
    if digest.truncated:
        notes.append("This message was cut off in the file; only its start was read.")
    if digest.attachments:
        notes.append(f"{digest.attachments} attachment(s) were not kept.")
    if match.others:
        notes.append("Another of your applications at this company fits almost as well.")
    return notes


def from_row(
    *, owner: User, run: ImportRun, row: ImportedRow, index: MatchIndex, mapping_confidence: float
) -> Built:
    when = _midday(row.applied_on)
    signals = Signals(company=row.company, role=row.title, when=when, role_decides=True)
    match = index.match(signals)
    target = Stage(row.stage) if row.stage else None
    if target is None and match.is_new:
        target = Stage.APPLIED if row.applied_on else Stage.SAVED
    proposal = _proposal(index, match, target, when)
    if not proposal.stage and not match.is_new:
        return Built(None, CURRENT, match)
    notes = list(row.issues) + ([proposal.note] if proposal.note else [])
    if row.stage is None and row.status:
        notes.append(f"Status {row.status!r} has no stage in Onward: pick one when you accept.")
    label_confidence = 1.0 if row.stage or not row.status else 0.5
    score = match.score if not match.is_new else 1.0
    item = _item(
        owner, run, match, proposal,
        kind=ItemKind.ROW, message_key=row.key, label=ItemLabel.ROW,
        label_confidence=label_confidence,
        confidence=min(label_confidence, mapping_confidence, score),
        message_date=when, sender="", subject=" at ".join(p for p in (row.title, row.company) if p),
        thread_ids=[], evidence=[], reasons=[], message="", body="", notes=notes,
        applied_on=row.applied_on,
        details={name: getattr(row, name) for name in ROW_DETAILS if getattr(row, name)},
    )  # fmt: skip
    if match.is_new and row.title:
        item.role = row.title[:200]
    return Built(item, PROPOSED, match)


def _midday(day: dt.date | None) -> dt.datetime | None:
    if day is None:
        return None
    return timezone.make_aware(dt.datetime.combine(day, dt.time(12, 0)))


def _item(
    owner: User, run: ImportRun, match: Match, proposal: Proposal, **fields: Any
) -> ReviewItem:
    now = timezone.now()
    fields["details"] = {**fields.pop("details", {}), "target": proposal.stage}
    fields["sender"] = fields["sender"][:500]
    fields["subject"] = fields["subject"][:500]
    return ReviewItem(
        owner=owner,
        run=run,
        key_digest=key_digest(fields["message_key"]),
        application_id=match.application_id,
        proposes_new=match.is_new,
        company=match.company[:200],
        role=match.role[:200],
        group=match.group[:420],
        match_score=match.score,
        match_reasons=list(match.reasons),
        stage=proposal.stage,
        created_at=now,
        updated_at=now,
        **fields,
    )
