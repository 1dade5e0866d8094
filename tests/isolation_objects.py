"""One of every owned object for the isolation sweep, keyed by URL parameter name.

A route or API path with a parameter not listed here fails the sweep until it is added,
so new routes are covered automatically.
"""

from __future__ import annotations

from onward.accounts import services as account_services
from onward.accounts.models import User
from onward.tracker.choices import Stage
from tests import factories

# Parameters that are not object ids (public tokens by design).
NON_OBJECT_PARAMS = {"secret"}


def build(owner: User) -> dict[str, int]:
    rejected = factories.rejection(owner)
    active = factories.application(owner, stage=Stage.INTERVIEW)
    token, _secret = account_services.api_token_create(owner=owner, name="alice's token")
    event = active.events.order_by("id").first()
    assert event is not None
    return {
        "application_id": active.pk,
        "company_id": active.posting.company_id,
        "posting_id": active.posting_id,
        "rejection_id": rejected.pk,
        "event_id": event.pk,
        "token_id": token.pk,
    }


def snapshot(owner: User) -> dict[str, object]:
    """What must be unchanged after another user hammered every route."""
    from onward.portability import exporter

    return exporter.account_export(owner=owner)
