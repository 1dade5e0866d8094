"""Classify one job-search email: what happened, how sure we are, and the phrases why.

Rules, not a trained model: weighted cue phrases (``cues.py``, ``cues_steps.py``) found in
the subject, the readable body (quoted replies skipped; signatures and footers read at a
discount) and the sender, each discounted when conditional or flipped when negated
(``cue_engine.py``), combined per label as a noisy-OR, then decided in order: a candidate's
withdrawal, then an outcome (rejection, offer, interview, assessment), then an
acknowledgement, else other.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from onward.analysis.mail import cues as lexicon
from onward.analysis.mail import cues_families as families
from onward.analysis.mail import cues_families_real as real
from onward.analysis.mail import cues_families_round4 as round4
from onward.analysis.mail import cues_families_round4_steps as round4_steps
from onward.analysis.mail import cues_families_steps as family_steps
from onward.analysis.mail import cues_steps as steps
from onward.analysis.mail.cue_engine import Hit, find_hits, normalise
from onward.analysis.mail.facts import MailFacts, extract_facts
from onward.analysis.mail.layout import body_layout
from onward.analysis.mail.model import BodyLayout, ParsedMail
from onward.analysis.mail.textprep import readable_text


class Label(StrEnum):
    REJECTION = "rejection"
    APPLICATION_RECEIVED = "application_received"
    INTERVIEW_INVITATION = "interview_invitation"
    ASSESSMENT = "assessment"
    OFFER = "offer"
    OTHER = "other"


OUTCOMES = (Label.REJECTION, Label.OFFER, Label.INTERVIEW_INVITATION, Label.ASSESSMENT)
BODY_CUES = (
    lexicon.REJECTION_CUES
    + lexicon.RECEIVED_CUES
    + steps.INTERVIEW_CUES
    + steps.ASSESSMENT_CUES
    + steps.OFFER_CUES
    + lexicon.WITHDRAWAL_CUES
    + lexicon.JOB_BOARD_CUES
    + steps.OTHER_CUES
    + families.FAMILY_CUES
    + family_steps.STEP_FAMILY_CUES
    + real.REAL_CUES
    + round4.ROUND4_REJECTION_CUES
    + round4_steps.ROUND4_STEP_FAMILY_CUES
)
SUBJECT_CUES = steps.SUBJECT_CUES + family_steps.SUBJECT_FAMILY_CUES
PSEUDO = (lexicon.WDR, lexicon.JBD, family_steps.NONJOB, family_steps.JOBCTX)
# Mail about money, housing or schools ("your rental application has been declined") is
# "other" when its own evidence outweighs any sign of a job.
NONJOB_MIN = 0.6
# How much a cue counts by the body region it sits in (quoted history is not read).
REGION_SCALE = {"main": 1.0, "forwarded": 1.0, "signature": 0.6, "footer": 0.3}
FOOTER_OTHER_SCALE = 1.0
OUTCOME_MIN = 0.55
RECEIVED_MIN = 0.5
WEAK_MIN = 0.35
WITHDRAWAL_MIN = 0.6
# Rejections thank for the application too: a rejection may trail the acknowledgement
# score a little and still win; other outcomes must beat it.
OUTCOME_LEAD = {Label.REJECTION: 0.15}


@dataclass(frozen=True)
class Evidence:
    """A phrase the decision relied on: ``field`` is "subject", "body" or "sender" and
    ``start``/``end`` index into that field's text as read (``MailClassification.text``
    for the body)."""

    field: str
    start: int
    end: int
    text: str
    cue: str
    label: str
    weight: float
    note: str = ""


@dataclass(frozen=True)
class MailClassification:
    """The label with a confidence in [0, 1], every label's score, the evidence (strongest
    first), whether this confirms that the candidate withdrew, whether a job board (not the
    employer) confirms an application the person sent through it, reasons in words, and
    the facts (company, role, dates). ``text`` is the body as read: evidence offsets index
    it."""

    label: Label
    confidence: float
    scores: tuple[tuple[str, float], ...]
    evidence: tuple[Evidence, ...]
    withdrawn_by_candidate: bool
    sent_via_job_board: bool
    reasons: tuple[str, ...]
    facts: MailFacts
    text: str

    def score(self, label: str) -> float:
        return dict(self.scores).get(label, 0.0)


def classify_parsed(mail: ParsedMail) -> MailClassification:
    """Classify a parsed message (its layout is reused)."""
    sender = str(mail.sender) if mail.sender else ""
    return classify_mail(
        subject=mail.subject,
        body=mail.body,
        sender=sender,
        bulk=mail.bulk,
        layout=mail.layout,
        date=mail.date,
    )


def classify_mail(
    *,
    subject: str,
    body: str,
    sender: str = "",
    bulk: bool = False,
    layout: BodyLayout | None = None,
    date: dt.datetime | None = None,
) -> MailClassification:
    """Classify one email given as text. ``body`` may be plain text, or HTML source or
    quoted-printable that reached us undecoded (then ``text`` in the result is the
    decoded text the evidence offsets refer to). ``date`` (the email's) places dates
    without a year and relative ones ("within 3 days")."""
    if layout is None:
        text = readable_text(body)
        layout = body_layout(text, subject=subject)
    text = layout.text
    hits = _body_hits(layout) + _field_hits(subject, sender)
    scores = _scores(hit for _, hit in hits)
    if bulk:
        scores[Label.OTHER] = _or(scores[Label.OTHER], 0.2)
    label, withdrawn = _decide(scores)
    board_copy = _job_board_copy(label, scores)
    evidence = _evidence(hits, subject, text, sender)
    return MailClassification(
        label=label,
        confidence=_confidence(label, withdrawn, scores),
        scores=tuple((k, round(v, 4)) for k, v in sorted(scores.items())),
        evidence=evidence,
        withdrawn_by_candidate=withdrawn,
        sent_via_job_board=board_copy,
        reasons=_reasons(label, withdrawn, board_copy, evidence),
        facts=extract_facts(subject=subject, layout=layout, sender=sender, date=date),
        text=text,
    )


def _body_hits(layout: BodyLayout) -> list[tuple[str, Hit]]:
    text = normalise(layout.text)
    starts = [r.start for r in layout.regions]
    out: list[tuple[str, Hit]] = []
    for hit in find_hits(BODY_CUES, text):
        region = layout.regions[max(0, bisect.bisect_right(starts, hit.start) - 1)]
        scale = REGION_SCALE.get(region.kind, 0.0)
        if region.kind == "footer" and hit.label == Label.OTHER:
            scale = FOOTER_OTHER_SCALE
        if scale:
            out.append(("body", _scaled(hit, scale, region.kind)))
    return out


def _scaled(hit: Hit, scale: float, region: str) -> Hit:
    if scale == 1.0:
        return hit
    note = ", ".join(n for n in (hit.note, f"in {region}") if n)
    return Hit(hit.cue, hit.start, hit.end, hit.label, hit.weight * scale, note)


def _field_hits(subject: str, sender: str) -> list[tuple[str, Hit]]:
    out = [("subject", h) for h in find_hits(SUBJECT_CUES, normalise(subject))]
    body_like = [c for c in BODY_CUES if c.label in (Label.OTHER, lexicon.WDR, family_steps.NONJOB)]
    out += [("subject", h) for h in find_hits(body_like, normalise(subject), scale=0.7)]
    out += [("sender", h) for h in find_hits(steps.SENDER_CUES, normalise(sender))]
    return out


def _or(a: float, b: float) -> float:
    return 1.0 - (1.0 - a) * (1.0 - b)


def _scores(hits: Iterable[Hit]) -> dict[str, float]:
    """Noisy-OR per label; a cue repeated counts twice at most (the second at half)."""
    by_cue: dict[tuple[str, str], list[float]] = defaultdict(list)
    for hit in hits:
        if hit.weight > 0:
            by_cue[(hit.label, hit.cue.name)].append(hit.weight)
    scores: dict[str, float] = {label: 0.0 for label in (*Label, *PSEUDO)}
    for (label, _), weights in by_cue.items():
        weights.sort(reverse=True)
        for rank, weight in enumerate(weights[:2]):
            scores[label] = _or(scores[label], weight / (1 + rank))
    return scores


def _decide(scores: dict[str, float]) -> tuple[Label, bool]:
    best_job = max(scores[label] for label in (*OUTCOMES, Label.APPLICATION_RECEIVED))
    if scores[lexicon.WDR] >= WITHDRAWAL_MIN and scores[lexicon.WDR] >= best_job - 0.15:
        return Label.OTHER, True
    nonjob = scores[family_steps.NONJOB]
    if nonjob >= NONJOB_MIN and nonjob > scores[family_steps.JOBCTX]:
        return Label.OTHER, False
    outcome = max(OUTCOMES, key=lambda label: scores[label])
    received = scores[Label.APPLICATION_RECEIVED]
    beats_received = scores[outcome] > received - OUTCOME_LEAD.get(outcome, 0.0)
    if scores[outcome] >= OUTCOME_MIN and scores[outcome] > scores[Label.OTHER] and beats_received:
        return outcome, False
    if received >= RECEIVED_MIN and received > scores[Label.OTHER]:
        return Label.APPLICATION_RECEIVED, False
    best = max((*OUTCOMES, Label.APPLICATION_RECEIVED), key=lambda label: scores[label])
    if scores[best] >= WEAK_MIN and scores[best] > scores[Label.OTHER]:
        return best, False
    return Label.OTHER, False


def _job_board_copy(label: Label, scores: dict[str, float]) -> bool:
    """A job board passing on an application the person sent ("Your application was sent
    to ..."). Not decided by the sender's address: job boards hire too, and their own
    recruiters acknowledge applications. An employer's outcome always wins."""
    return scores[lexicon.JBD] >= 0.6 and label in (Label.OTHER, Label.APPLICATION_RECEIVED)


def _confidence(label: Label, withdrawn: bool, scores: dict[str, float]) -> float:
    """A rough probability of being right, from the winner's score and its lead.

    An "other" with no evidence of its own (nothing matched at all) stays moderate: a
    phrasing the lexicon does not know looks exactly like that.
    """
    best_job = max(scores[x] for x in (*OUTCOMES, Label.APPLICATION_RECEIVED))
    if withdrawn:
        own, runner_up = scores[lexicon.WDR], best_job
    elif label == Label.OTHER:
        if scores[Label.OTHER] < 0.45:
            return round(0.5 + 0.3 * max(0.0, 1.0 - best_job / OUTCOME_MIN), 3)
        own, runner_up = scores[Label.OTHER], best_job
    else:
        own = scores[label]
        runner_up = max(v for k, v in scores.items() if k not in (label, *PSEUDO))
    value = 0.35 + 0.4 * own + 0.4 * (own - runner_up)
    return round(max(0.3, min(0.99, value)), 3)


def _evidence(
    hits: list[tuple[str, Hit]], subject: str, text: str, sender: str
) -> tuple[Evidence, ...]:
    sources = {"subject": subject, "body": text, "sender": sender}
    ordered = sorted(hits, key=lambda item: (-item[1].weight, item[0], item[1].start))
    return tuple(
        Evidence(
            field=field,
            start=hit.start,
            end=hit.end,
            text=sources[field][hit.start : hit.end],
            cue=hit.cue.name,
            label=hit.label,
            weight=round(hit.weight, 3),
            note=hit.note,
        )
        for field, hit in ordered
    )


def _reasons(
    label: Label, withdrawn: bool, board_copy: bool, evidence: tuple[Evidence, ...]
) -> tuple[str, ...]:
    wanted = lexicon.WDR if withdrawn else str(label)
    used = [e for e in evidence if e.label == wanted and e.weight > 0][:4]
    reasons = [f"{e.field} says {e.text!r} ({e.cue}, weight {e.weight:.2f})" for e in used]
    if withdrawn:
        reasons.insert(0, "confirms that the candidate withdrew: not a rejection")
    if board_copy:
        reasons.insert(0, "a job board passed on an application you sent (not the employer)")
    if not used and label == Label.OTHER:
        reasons.append("no phrase of a job-search step was found")
    return tuple(reasons)
