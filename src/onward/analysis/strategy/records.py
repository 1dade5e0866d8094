"""Inputs of the strategy engine: applications with their stage events, and segments.

A Django selector fills these from the tracker (one ``ApplicationRecord`` per application,
its ``ApplicationEvent`` rows as ``StageEvent``). Stage, channel, seniority, role family
and work mode values are the tracker's stored values (``tracker.choices``), as plain
strings: the engine imports nothing of Onward.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

# Tracker stage values (tracker.choices.Stage), repeated here so the engine stays pure.
SAVED = "saved"
APPLIED = "applied"
SCREENING = "screening"
INTERVIEW = "interview"
OFFER = "offer"
ACCEPTED = "accepted"
DECLINED = "declined"
REJECTED = "rejected"
WITHDRAWN = "withdrawn"
GHOSTED = "ghosted"
STAGES = frozenset(
    {SAVED, APPLIED, SCREENING, INTERVIEW, OFFER, ACCEPTED, DECLINED, REJECTED, WITHDRAWN, GHOSTED}
)
CLOSED = frozenset({ACCEPTED, DECLINED, REJECTED, WITHDRAWN})


@dataclass(frozen=True)
class StageEvent:
    """One row of the append-only event log: the application moved to ``stage`` at ``at``."""

    stage: str
    at: dt.datetime
    interview_round: int | None = None


@dataclass(frozen=True)
class ApplicationRecord:
    """One application as the engine sees it.

    ``key`` is the application's stable id (its ``uid``); reports cite it. Empty strings
    mean "not stated": such an application is left out of that dimension's segments.
    ``fit_score`` is ``analysis.fit.Fit.score`` (0..1) for the posting, when known.
    ``company_size`` is free text (e.g. "1-50"); the tracker does not store it yet.
    ``target_role`` is the label of the target role (a saved occupation or role family)
    the application was tagged with.
    """

    key: str
    events: tuple[StageEvent, ...]
    channel: str = "job_board"
    company: str = ""
    role_family: str = ""
    seniority: str = ""
    industry: str = ""
    company_size: str = ""
    work_mode: str = ""
    tailored: bool = False
    cover_letter: bool = False
    resume_version: str = ""
    applied_on: dt.date | None = None
    fit_score: float | None = None
    target_role: str = ""  # the label of the target role it was tagged with


class Dimension(StrEnum):
    """Ways to split applications into segments."""

    ROLE_FAMILY = "role_family"
    SENIORITY = "seniority"
    INDUSTRY = "industry"
    COMPANY_SIZE = "company_size"
    CHANNEL = "channel"
    TAILORED = "tailored"
    RESUME_VERSION = "resume_version"
    COVER_LETTER = "cover_letter"
    WORK_MODE = "work_mode"
    MONTH_APPLIED = "month_applied"
    TARGET_ROLE = "target_role"


ALL_DIMENSIONS = tuple(Dimension)
_FLAGS = {Dimension.TAILORED: "tailored", Dimension.COVER_LETTER: "cover_letter"}


def segment_value(
    record: ApplicationRecord, dimension: Dimension, applied_at: dt.datetime | None = None
) -> str | None:
    """The record's segment in ``dimension``; None when not stated.

    Yes/no fields give ``"yes"``/``"no"``. The month applied (``"2026-03"``) comes from
    ``applied_on``, else from ``applied_at`` (the first applied event), else None.
    """
    if dimension in _FLAGS:
        return "yes" if getattr(record, _FLAGS[dimension]) else "no"
    if dimension == Dimension.MONTH_APPLIED:
        day = record.applied_on or (applied_at.date() if applied_at else None)
        return f"{day:%Y-%m}" if day else None
    value = str(getattr(record, dimension.value)).strip()
    return value or None
