"""Logging a rejection: the tracker records it, and the guided rebound flow starts,
in one transaction. Every adapter (web, API, CLI) logs rejections through here; imports
and the demo call ``tracker.services.rejection_record`` alone, without a flow."""

from __future__ import annotations

import datetime as dt

from django.db import transaction

from onward.growth.services.rebound import rebound_start
from onward.tracker import services as tracker_services
from onward.tracker.choices import RejectionChannel, RejectionReason
from onward.tracker.models import Application, Rejection


@transaction.atomic
def rejection_log(
    *,
    application: Application,
    received_on: dt.date | None = None,
    channel: str = RejectionChannel.EMAIL,
    reason: str = RejectionReason.NONE_GIVEN,
    message: str = "",
    now: dt.datetime | None = None,
) -> Rejection:
    """Record the rejection (stage and event) and start its rebound flow, or neither."""
    rejection = tracker_services.rejection_record(
        application=application,
        received_on=received_on,
        channel=channel,
        reason=reason,
        message=message,
        now=now,
    )
    rebound_start(rejection=rejection, now=now)
    return rejection
