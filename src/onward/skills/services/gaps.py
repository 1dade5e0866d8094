"""Gaps you mark "not relevant to me" (a false match, a skill you do not pursue), and undo."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from onward.accounts.models import User
from onward.skills.engine import get_engine
from onward.skills.models import GapDismissal

REASON_MAX = 500


def _reason(text: str) -> str:
    if "\x00" in text:
        raise ValidationError({"reason": "Text must not contain NUL characters."})
    text = " ".join(text.split())
    if len(text) > REASON_MAX:
        raise ValidationError({"reason": f"Keep it under {REASON_MAX} characters."})
    return text


def _existing(owner: User, skill_id: str) -> GapDismissal | None:
    return GapDismissal.objects.filter(owner=owner, skill_id=skill_id).first()


def gap_dismiss(
    *, owner: User, skill_id: str, reason: str = "", now: dt.datetime | None = None
) -> GapDismissal:
    """Hide the gap of ``skill_id`` (a skill of the active taxonomy). Dismissing it again
    keeps the one row and takes the new reason when one is given."""
    reason = _reason(reason)
    found = _existing(owner, skill_id)
    if found is not None:
        if reason and reason != found.reason:
            found.reason = reason
            found.save(update_fields=["reason"])
        return found
    skill = get_engine().skill(skill_id)
    if skill is None:
        raise ValidationError({"skill_id": "Unknown skill."})
    now = now or timezone.now()
    row = GapDismissal(
        owner=owner,
        skill_id=skill.id,
        label=skill.label[:200],
        reason=reason,
        created_at=now,
        updated_at=now,
    )
    try:
        with transaction.atomic():
            row.save()
    except IntegrityError:  # dismissed meanwhile (another tab, the CLI)
        again = _existing(owner, skill_id)
        if again is None:
            raise
        return again
    return row


def gap_restore(*, dismissal: GapDismissal) -> None:
    """Show the gap again (the dismissal is forgotten)."""
    dismissal.delete()
