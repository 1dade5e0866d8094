"""Demo data: a realistic sample job search, written only through the tracker services."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from onward.accounts.models import User
from onward.demo import growth as growth_demo
from onward.demo import plan
from onward.demo import skills as skills_demo
from onward.demo.data import CompanySpec
from onward.tracker import selectors, services
from onward.tracker.models import Application, Company


def demo_seed_if_empty(*, owner: User, now: dt.datetime | None = None) -> bool:
    """Load the demo job search when ``owner`` has no applications; True if it did."""
    if selectors.application_list(owner=owner).exists():
        return False
    now = now or timezone.now()
    with transaction.atomic():
        companies: dict[str, Company] = {}
        for planned in plan.build(now=now):
            _create(owner=owner, planned=planned, companies=companies)
        # Ghosted when each one went quiet (in the past), so the job finds nothing new.
        services.applications_mark_ghosted(now=now, owner=owner, backdated=True)
        growth_demo.seed_growth(owner=owner, now=now)
        skills_demo.seed_skills(owner=owner, now=now)
    return True


def _create(
    *, owner: User, planned: plan.PlannedApplication, companies: dict[str, Company]
) -> Application:
    spec = planned.company
    if spec.name not in companies:
        companies[spec.name] = _company(owner=owner, spec=spec)
    posting = services.posting_create(owner=owner, company=companies[spec.name], **planned.posting)
    first, *rest = planned.events
    application = services.application_create(
        owner=owner, posting=posting, stage=first.stage, now=first.at, **planned.fields
    )
    for event in rest:
        _record(application=application, event=event)
    return application


def _company(*, owner: User, spec: CompanySpec) -> Company:
    try:
        return services.company_create(
            owner=owner, name=spec.name, website=f"https://www.{spec.domain}/"
        )
    except ValidationError:  # the owner already has a company of that name
        return services.company_get_or_create(owner=owner, name=spec.name)


def _record(*, application: Application, event: plan.PlannedEvent) -> None:
    if event.rejection is not None:
        services.rejection_record(
            application=application,
            received_on=timezone.localdate(event.at),
            channel=event.rejection.channel,
            reason=event.rejection.reason,
            message=event.rejection.message,
            now=event.at,
        )
        return
    services.application_move(
        application=application,
        stage=event.stage,
        occurred_at=event.at,
        interview_kind=event.interview_kind,
        note=event.note,
        now=event.at,
    )
