"""How segments, steps and comparisons read in plain words (web, API, CLI and reviews)."""

from __future__ import annotations

import datetime as dt

from onward.tracker.choices import Channel, RoleFamily, Seniority, WorkMode

DIMENSIONS: dict[str, str] = {
    "channel": "Channel",
    "tailored": "Tailored",
    "cover_letter": "Cover letter",
    "resume_version": "Resume version",
    "role_family": "Role family",
    "seniority": "Seniority",
    "industry": "Industry",
    "company_size": "Company size",
    "work_mode": "Work mode",
    "month_applied": "Month applied",
    "target_role": "Target role",
}
"""Dimensions in the order the segments page lists them."""

STEP_NAMES: dict[str, str] = {
    "response": "Answered",
    "screen": "Screening",
    "interview": "Interview",
    "offer": "Offer",
    "applied_to_screen": "Applied to screening",
    "applied_to_interview": "Applied to interview",
    "applied_to_offer": "Applied to offer",
}

MILESTONES: dict[str, str] = {
    "applied": "Applied",
    "response": "Got an answer",
    "screening": "Screening call",
    "interview": "Interview",
    "offer": "Offer",
}

_CHOICES: dict[str, dict[str, str]] = {
    "channel": dict(Channel.choices),
    "role_family": dict(RoleFamily.choices),
    "seniority": dict(Seniority.choices),
    "work_mode": dict(WorkMode.choices),
}
_YES_NO = {
    "tailored": ("Tailored", "Not tailored"),
    "cover_letter": ("With a cover letter", "Without a cover letter"),
}
_REST = {
    "channel": "your other channels",
    "role_family": "your other role families",
    "seniority": "roles at other levels",
    "industry": "your other industries",
    "company_size": "other company sizes",
    "work_mode": "other work modes",
    "resume_version": "your other resume versions",
    "month_applied": "your other months",
    "target_role": "your other target roles",
}


def value_label(dimension: str, value: str) -> str:
    """A segment's short name, for a table row: "Referral", "Tailored", "March 2026"."""
    if dimension in _YES_NO:
        yes, no = _YES_NO[dimension]
        return yes if value == "yes" else no
    if dimension == "month_applied":
        try:
            return dt.date.fromisoformat(f"{value}-01").strftime("%B %Y")
        except ValueError:
            return value
    if dimension == "resume_version":
        return f"Resume {value}"
    return _CHOICES.get(dimension, {}).get(value, value)


_NOUNS = {
    "channel": "{lower} applications",
    "role_family": "{lower} roles",
    "seniority": "{lower} roles",
    "work_mode": "{lower} roles",
    "industry": "{label} roles",
    "company_size": "companies of {value}",
    "resume_version": "applications with resume {value}",
    "month_applied": "applications from {label}",
    "target_role": "{label} applications",
}
_YES_NO_NOUNS = {
    "tailored": ("tailored applications", "applications not tailored"),
    "cover_letter": ("applications with a cover letter", "applications without a cover letter"),
}


def segment_noun(dimension: str, value: str) -> str:
    """The segment as part of a sentence: "referral applications", "your other channels"."""
    if value == "rest":
        return _REST.get(dimension, "the rest")
    if dimension in _YES_NO_NOUNS:
        yes, no = _YES_NO_NOUNS[dimension]
        return yes if value == "yes" else no
    label = value_label(dimension, value)
    template = _NOUNS.get(dimension, "{label}")
    return template.format(lower=label.lower(), label=label, value=value)


_BETTER = {
    "response": "{a} got an answer more often than {b}",
    "screen": "answers to {a} were more often a screening call than for {b}",
    "interview": "screenings led to an interview more often for {a} than for {b}",
    "offer": "interviews led to an offer more often for {a} than for {b}",
    "applied_to_screen": "{a} led to a screening more often than {b}",
    "applied_to_interview": "{a} led to an interview more often than {b}",
    "applied_to_offer": "{a} led to an offer more often than {b}",
}


def better_sentence(metric: str, better: str, worse: str) -> str:
    """ "Referral applications got an answer more often than your other channels"."""
    text = _BETTER.get(metric, "{a} did better than {b}").format(a=better, b=worse)
    return text[0].upper() + text[1:]


def percent(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


def chance(value: float | None) -> str:
    """A probability as people read it: 99.6%, never "100%" for a probability below one."""
    if value is None:
        return "-"
    if value >= 0.9995:
        return "over 99.9%"
    return f"{value:.1%}" if value >= 0.9 else f"{value:.0%}"
