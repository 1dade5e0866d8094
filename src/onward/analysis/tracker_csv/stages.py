"""Status words of other trackers and spreadsheets, mapped to Onward's stages.

The stage values mirror ``onward.tracker.choices.Stage`` (a contract test keeps them equal;
this package cannot import Django). A value we do not know is reported, never guessed;
a value we know that has no Onward stage (JobSync's "Expired") says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

STAGES = (
    "saved",
    "applied",
    "screening",
    "interview",
    "offer",
    "accepted",
    "declined",
    "rejected",
    "withdrawn",
    "ghosted",
)

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "saved": (
        "saved",
        "wishlist",
        "wish list",
        "bookmarked",
        "bookmark",
        "draft",
        "interested",
        "to apply",
        "not applied",
        "not yet applied",
        "planned",
        "planning",
        "researching",
        "prospect",
        "want to apply",
        "idea",
        "lead",
        "todo",
        "to do",
        "backlog",
        "watching",
        "considering",
        "gemerkt",
        "merkliste",
    ),
    "applied": (
        "applied",
        "application sent",
        "submitted",
        "application submitted",
        "sent",
        "pending",
        "in review",
        "under review",
        "awaiting response",
        "waiting",
        "waiting for response",
        "applied waiting",
        "application received",
        "received",
        "in process",
        "in progress",
        "active",
        "open",
        "beworben",
        "postule",
        "candidature envoyee",
    ),
    "screening": (
        "screening",
        "phone screen",
        "recruiter screen",
        "screen",
        "hr screen",
        "initial call",
        "recruiter call",
        "intro call",
        "assessment",
        "take home",
        "coding challenge",
        "online test",
        "test",
        "technical test",
        "case study",
        "shortlisted",
    ),
    "interview": (
        "interview",
        "interviewing",
        "interviewed",
        "onsite",
        "on site",
        "first round",
        "second round",
        "third round",
        "final round",
        "technical interview",
        "interview scheduled",
        "1st interview",
        "2nd interview",
        "3rd interview",
        "final interview",
        "panel",
        "panel interview",
        "phone interview",
        "video interview",
        "hiring manager interview",
        "vorstellungsgesprach",
        "entretien",
    ),
    "offer": (
        "offer",
        "offered",
        "offer received",
        "offer extended",
        "negotiating",
        "negotiation",
        "verbal offer",
        "written offer",
        "angebot",
        "offre",
    ),
    "accepted": ("accepted", "hired", "offer accepted", "signed", "joined", "zusage erhalten"),
    "declined": ("declined", "offer declined", "turned down offer", "declined offer"),
    "rejected": (
        "rejected",
        "rejection",
        "not selected",
        "unsuccessful",
        "no offer",
        "denied",
        "not moving forward",
        "position filled",
        "application declined",
        "declined by company",
        "closed rejected",
        "absage",
        "abgelehnt",
        "refuse",
        "refus",
    ),
    "withdrawn": (
        "withdrawn",
        "withdrew",
        "withdrew application",
        "withdraw",
        "no longer interested",
        "not interested",
        "pulled out",
        "retracted",
        "zuruckgezogen",
    ),
    "ghosted": (
        "ghosted",
        "no response",
        "no reply",
        "never heard back",
        "no answer",
        "silence",
        "no news",
        "keine antwort",
    ),
}
# Known values with no Onward stage: the row is imported without a stage change.
NO_STAGE = {
    "expired": "the posting expired",
    "archived": "archived in the source tracker",
    "closed": "closed, without saying how",
    "on hold": "on hold",
    "paused": "on hold",
}
SYNONYMS: dict[str, str] = {word: stage for stage, words in _SYNONYMS.items() for word in words}
_ACCENTS = str.maketrans("àáâäãåçèéêëìíîïñòóôöõùúûüýÿß", "aaaaaaceeeeiiiinooooouuuuyys")


def normalise_status(value: str) -> str:
    """Lower case, accents and punctuation removed, list numbering and emoji dropped."""
    text = value.lower().translate(_ACCENTS)
    text = re.sub(r"[^a-z0-9 ]+", " ", text)
    text = re.sub(r"^\s*\d{1,2}\s+(?=[a-z])", "", text)  # "3 - Interview", "03. Offer"
    return re.sub(r"\s+", " ", text).strip()


@dataclass(frozen=True)
class StatusMatch:
    """``stage`` is None when the value is empty, unknown (``known`` False) or has no stage."""

    raw: str
    stage: str | None
    known: bool
    note: str = ""


def map_status(value: str, *, extra: dict[str, str] | None = None) -> StatusMatch:
    """Map one status cell. ``extra`` adds or overrides synonyms (normalised value -> stage)."""
    key = normalise_status(value)
    if not key:
        return StatusMatch(value, None, True, "")
    table = SYNONYMS if not extra else {**SYNONYMS, **extra}
    if key in STAGES:
        return StatusMatch(value, key, True)
    if key in table:
        return StatusMatch(value, table[key], True, f"{value.strip()!r} read as {table[key]}")
    if key in NO_STAGE:
        return StatusMatch(value, None, True, f"{value.strip()!r}: {NO_STAGE[key]}, no stage")
    return StatusMatch(value, None, False, f"unknown status {value.strip()!r}")


def status_score(values: list[str]) -> float:
    """Share of non-empty values that are known statuses (a column that looks like one)."""
    filled = [v for v in values if v.strip()]
    if not filled:
        return 0.0
    return sum(map_status(v).known for v in filled) / len(filled)
