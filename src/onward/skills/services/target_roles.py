"""Saving an adjacent role (an occupation or a built-in role family) as a target role.

The target role itself lives in the tracker (applications are tagged with it); this looks
the role up in the active taxonomy, so its label and other names come from there."""

from __future__ import annotations

from django.core.exceptions import ValidationError

from onward.accounts.models import User
from onward.skills import selectors_adjacent
from onward.tracker import services as tracker_services
from onward.tracker.models import TargetRole


def target_role_save_occupation(*, owner: User, occupation_id: str) -> TargetRole:
    """Save the occupation (or ``family:<key>`` role family) as one of your target roles;
    saving one you have again returns it."""
    found = selectors_adjacent.role_named(occupation_id.strip())
    if found is None:
        raise ValidationError({"occupation_id": "No such occupation in the active taxonomy."})
    label, alt_labels = found
    return tracker_services.target_role_save(
        owner=owner, occupation_id=occupation_id.strip(), label=label, alt_labels=alt_labels
    )


def target_role_remove(*, target_role: TargetRole) -> None:
    tracker_services.target_role_delete(target_role=target_role)
