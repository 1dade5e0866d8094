"""Changes worth trying, phrased as experiments the user can start with one click."""

from __future__ import annotations

from dataclasses import dataclass

from onward.strategy.figures import Figures


@dataclass(frozen=True)
class Suggestion:
    key: str
    name: str
    hypothesis: str
    metric: str
    target_count: int = 10


SUGGESTIONS = (
    Suggestion(
        "tailor",
        "Tailor every resume for the next 10 applications",
        "Resumes shaped to each posting get answered more often.",
        "response",
    ),
    Suggestion(
        "referral",
        "Look for a referral before applying, for the next 10 applications",
        "Applications with someone vouching for me get answered more often.",
        "response",
    ),
    Suggestion(
        "cover_letter",
        "Write a short cover letter for the next 10 applications",
        "A few lines on why this role and this company get more answers.",
        "response",
    ),
    Suggestion(
        "pitch",
        "Prepare a two-minute story for screening calls",
        "A clear story about my experience and why this role turns more screenings into "
        "interviews.",
        "interview",
        8,
    ),
    Suggestion(
        "practice",
        "Do a mock interview before each interview round",
        "Practising out loud turns more interviews into offers.",
        "offer",
        6,
    ),
    Suggestion(
        "targeting",
        "Apply only to roles matching at least 60% of my skills, for 10 applications",
        "Better-matched postings get more answers and screenings.",
        "applied_to_screen",
    ),
)
BY_KEY = {s.key: s for s in SUGGESTIONS}
_FOR_STEP = {
    "response": ("targeting", "tailor"),
    "screen": ("tailor", "targeting"),
    "interview": ("pitch",),
    "offer": ("practice",),
}


def suggestions_for(figures: Figures) -> tuple[Suggestion, ...]:
    """What the diagnosis points to first, then the three usual levers."""
    first = _FOR_STEP.get(figures.diagnosis.metric, ())
    keys = [*first, *(k for k in ("referral", "tailor", "cover_letter") if k not in first)]
    return tuple(BY_KEY[k] for k in keys)
