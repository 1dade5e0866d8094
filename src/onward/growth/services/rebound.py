"""The guided flow after a rejection: reflect, ask for feedback, check in, reframe, next.

Every step is skippable and the flow resumable: the flow only remembers where you are,
which steps you skipped, and what each step produced.
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from onward.core.services import check_owner
from onward.growth.choices import REBOUND_ORDER, ReboundStep
from onward.growth.models import CheckIn, ReboundFlow, Reflection, Reframe
from onward.tracker.models import Rejection


def rebound_start(*, rejection: Rejection, now: dt.datetime | None = None) -> ReboundFlow:
    """The flow for ``rejection``, started at the first step when new (idempotent)."""
    existing = ReboundFlow.objects.filter(rejection=rejection).first()
    if existing is not None:
        return existing
    now = now or timezone.now()
    try:
        with transaction.atomic():
            return ReboundFlow.objects.create(
                owner_id=rejection.owner_id, rejection=rejection, created_at=now, updated_at=now
            )
    except IntegrityError:  # started meanwhile (a double submit)
        return ReboundFlow.objects.get(rejection=rejection)


def _step(value: object, *, allow_done: bool) -> ReboundStep:
    allowed = [*REBOUND_ORDER, ReboundStep.DONE] if allow_done else REBOUND_ORDER
    if value not in allowed:
        names = ", ".join(str(step.value) for step in allowed)
        raise ValidationError({"step": f"Unknown step {value!r}; use one of: {names}."})
    return ReboundStep(str(value))


def _link(
    flow: ReboundFlow,
    reflection: Reflection | None,
    checkin: CheckIn | None,
    reframe: Reframe | None,
) -> None:
    for name, obj in (("reflection", reflection), ("checkin", checkin), ("reframe", reframe)):
        if obj is not None:
            check_owner(flow.owner_id, obj, name)
            setattr(flow, name, obj)


def rebound_advance(
    *,
    flow: ReboundFlow,
    completed: ReboundStep | str,
    skipped: bool = False,
    reflection: Reflection | None = None,
    checkin: CheckIn | None = None,
    reframe: Reframe | None = None,
    now: dt.datetime | None = None,
) -> ReboundFlow:
    """Mark ``completed`` done (or skipped) and move on; after "next" the flow is done.

    A finished flow stays finished: revisiting a step and saving returns to "done".
    """
    step = _step(completed, allow_done=False)
    _link(flow, reflection, checkin, reframe)
    skipped_steps = [s for s in flow.skipped if s != step.value]
    if skipped:
        skipped_steps.append(step.value)
    flow.skipped = [s.value for s in REBOUND_ORDER if s.value in skipped_steps]
    index = REBOUND_ORDER.index(step)
    if flow.finished_at is not None or index == len(REBOUND_ORDER) - 1:
        flow.step = ReboundStep.DONE
        flow.finished_at = flow.finished_at or now or timezone.now()
    else:
        flow.step = REBOUND_ORDER[index + 1]
    flow.save()
    return flow


def rebound_goto(*, flow: ReboundFlow, step: ReboundStep | str) -> ReboundFlow:
    """Resume (or revisit) any step; going to "done" finishes the flow."""
    flow.step = _step(step, allow_done=True)
    if flow.step == ReboundStep.DONE and flow.finished_at is None:
        flow.finished_at = timezone.now()
    flow.save(update_fields=["step", "finished_at", "updated_at"])
    return flow
