"""Small model factories for tests. Each call makes fresh, valid objects."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from django.utils import timezone

from onward.accounts import services as account_services
from onward.accounts.models import User
from onward.growth import services as growth_services
from onward.growth.models import CheckIn, Goal, Win
from onward.tracker import services as tracker_services
from onward.tracker.choices import Stage
from onward.tracker.models import Application, Company, JobPosting, Rejection

_seq = itertools.count(1)


def user(username: str | None = None, password: str | None = "correct horse battery") -> User:
    return account_services.user_create(username=username or f"user{next(_seq)}", password=password)


def company(owner: User, name: str | None = None) -> Company:
    return tracker_services.company_create(owner=owner, name=name or f"Company {next(_seq)}")


def posting(
    owner: User, title: str = "Data Analyst", company_name: str | None = None, **fields: Any
) -> JobPosting:
    comp = company(owner, company_name)
    return tracker_services.posting_create(owner=owner, company=comp, title=title, **fields)


def application(
    owner: User,
    *,
    title: str = "Data Analyst",
    company_name: str | None = None,
    stage: Stage = Stage.APPLIED,
    applied_on: dt.date | None = None,
    now: dt.datetime | None = None,
    **fields: Any,
) -> Application:
    post = posting(owner, title=title, company_name=company_name)
    if applied_on is not None:
        fields["applied_on"] = applied_on
    return tracker_services.application_create(
        owner=owner, posting=post, stage=stage, now=now or timezone.now(), **fields
    )


def rejection(owner: User, **fields: Any) -> Rejection:
    app = application(owner, stage=Stage.SCREENING)
    return tracker_services.rejection_record(application=app, **fields)


def checkin(
    owner: User, *, mood: int = 3, energy: int = 3, at: dt.datetime | None = None
) -> CheckIn:
    return growth_services.checkin_create(owner=owner, mood=mood, energy=energy, at=at)


def goal(owner: User, *, metric: str = "outreach_messages", target: int = 3, **fields: Any) -> Goal:
    return growth_services.goal_create(owner=owner, metric=metric, target=target, **fields)


def win(owner: User, *, title: str = "Sent a thoughtful note", **fields: Any) -> Win:
    return growth_services.win_add(owner=owner, title=title, **fields)
