"""How a review item reads on a page or in a terminal: the proposal in words, how sure
Onward is, and why (evidence phrases, match reasons)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from onward.inbox.choices import APPLIED, ItemKind, ItemLabel, ItemStatus
from onward.inbox.models import ReviewItem
from onward.inbox.proposals import describe


@dataclass(frozen=True)
class Evidence:
    where: str
    text: str
    cue: str


@dataclass(frozen=True)
class ItemView:
    item: ReviewItem
    label: str
    confidence: int  # percent
    sureness: str  # "sure", "fairly sure", "unsure"
    proposal: str
    target: str  # "Data Analyst at Acme (applied)", or the new application
    evidence: list[Evidence] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def pending(self) -> bool:
        return self.item.status == ItemStatus.PENDING

    @property
    def applied(self) -> bool:
        return self.item.status in APPLIED

    @property
    def done_text(self) -> str:
        if self.item.status == ItemStatus.IGNORED:
            return "Ignored."
        return f"Done: {self.proposal[:1].lower()}{self.proposal[1:]}."


def sureness(confidence: float) -> str:
    if confidence >= 0.85:
        return "sure"
    if confidence >= 0.6:
        return "fairly sure"
    return "unsure"


def _target(item: ReviewItem) -> str:
    app = item.application
    if app is not None:
        stage = app.get_stage_display().lower()
        return f"{app.posting.title} at {app.posting.company.name} (now {stage})"
    if item.proposes_new:
        role = item.role or "a role not named"
        return f"New: {role} at {item.company or 'a company to name'}"
    return "The application it was matched to is gone"


def _evidence(raw: Any) -> list[Evidence]:
    where = {"subject": "Subject", "body": "Email", "sender": "Sender"}
    out = []
    for entry in raw if isinstance(raw, list) else []:
        if isinstance(entry, dict) and entry.get("text"):
            out.append(
                Evidence(
                    where=where.get(str(entry.get("field")), "Email"),
                    text=str(entry["text"]),
                    cue=str(entry.get("cue", "")),
                )
            )
    return out


def present(item: ReviewItem) -> ItemView:
    label = ItemLabel(item.label).label if item.label in ItemLabel.values else item.label
    if item.kind == ItemKind.ROW:
        label = "From your tracker file"
    return ItemView(
        item=item,
        label=label,
        confidence=round(item.confidence * 100),
        sureness=sureness(item.confidence),
        proposal=describe(item.stage, new=item.proposes_new, company=item.company),
        target=_target(item),
        evidence=_evidence(item.evidence),
        reasons=[str(r) for r in item.match_reasons if isinstance(r, str)],
        notes=[str(n) for n in item.notes if isinstance(n, str)],
    )
