"""Reframes: a thought, the evidence for and against, a balanced view, what it points to."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.utils import timezone

from onward.accounts.models import User
from onward.core.services import check_owner, clean_text, save
from onward.growth.models import Reframe
from onward.tracker.models import Application

REFRAME_TEXTS = ("thought", "evidence_for", "evidence_against", "balanced_view", "points_toward")
MAX_TEXT = 10_000


def _texts(values: dict[str, str]) -> dict[str, str]:
    cleaned = {
        name: clean_text(value, field=name, max_length=MAX_TEXT) for name, value in values.items()
    }
    if "thought" in cleaned and not cleaned["thought"]:
        raise ValidationError({"thought": "Write down the thought you want to look at."})
    return cleaned


def reframe_create(
    *,
    owner: User,
    thought: str,
    evidence_for: str = "",
    evidence_against: str = "",
    balanced_view: str = "",
    points_toward: str = "",
    application: Application | None = None,
    now: dt.datetime | None = None,
) -> Reframe:
    check_owner(owner.pk, application, "application")
    texts = _texts(
        {
            "thought": thought,
            "evidence_for": evidence_for,
            "evidence_against": evidence_against,
            "balanced_view": balanced_view,
            "points_toward": points_toward,
        }
    )
    now = now or timezone.now()
    reframe = Reframe(owner=owner, application=application, created_at=now, updated_at=now, **texts)
    save(reframe, exclude=("application",))
    return reframe


def reframe_update(*, reframe: Reframe, **fields: str) -> Reframe:
    """Change any of the texts (only the ones given)."""
    unknown = set(fields) - set(REFRAME_TEXTS)
    if unknown:
        raise ValidationError(f"Unknown field(s): {', '.join(sorted(unknown))}")
    for name, value in _texts(fields).items():
        setattr(reframe, name, value)
    save(reframe, exclude=("application",))
    return reframe


def reframe_delete(*, reframe: Reframe) -> None:
    reframe.delete()
