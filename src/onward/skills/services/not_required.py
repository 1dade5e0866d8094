"""Skills you mark "not a requirement" of a posting (the extractor misread its text), and
undo. The fit of that posting and your gaps leave them out; counted per skill they show
the extractor's mistakes (``selectors.not_required_counts``)."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from onward.accounts.models import User
from onward.skills.models import PostingSkill, PostingSkillDismissal
from onward.tracker.models import JobPosting


def _existing(owner: User, posting: JobPosting, skill_id: str) -> PostingSkillDismissal | None:
    return PostingSkillDismissal.objects.filter(
        owner=owner, posting=posting, skill_id=skill_id
    ).first()


def posting_skill_dismiss(
    *, owner: User, posting: JobPosting, skill_id: str, now: dt.datetime | None = None
) -> PostingSkillDismissal:
    """Mark ``skill_id``, read from ``posting``'s text, as not a requirement of it.
    Marking it again keeps the one row."""
    if posting.owner_id != owner.pk:
        raise ValidationError({"posting": "Unknown posting."})
    found = _existing(owner, posting, skill_id)
    if found is not None:
        return found
    mention = (
        PostingSkill.objects.filter(owner=owner, posting=posting, skill_id=skill_id)
        .order_by("start", "id")
        .first()
    )
    if mention is None:
        raise ValidationError({"skill_id": "This posting does not name that skill."})
    row = PostingSkillDismissal(
        owner=owner,
        posting=posting,
        skill_id=skill_id,
        label=mention.label[:200],
        sentence=mention.sentence,
        created_at=now or timezone.now(),
        updated_at=now or timezone.now(),
    )
    try:
        with transaction.atomic():
            row.save()
    except IntegrityError:  # marked meanwhile (another tab)
        again = _existing(owner, posting, skill_id)
        if again is None:
            raise
        return again
    return row


def posting_skill_restore(
    *, owner: User, posting: JobPosting, skill_id: str
) -> PostingSkillDismissal | None:
    """Count ``skill_id`` as part of ``posting`` again. Returns the mark that was removed
    (None when the skill was not marked)."""
    found = _existing(owner, posting, skill_id)
    if found is not None:
        found.delete()
    return found
