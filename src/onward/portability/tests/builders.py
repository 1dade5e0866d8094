"""A small but complete job search for export/import tests (explicit times, no clock)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from onward.accounts import services as account_services
from onward.accounts.models import User
from onward.tracker import services
from onward.tracker.choices import Stage
from onward.tracker.models import Application, JobPosting


@dataclass(frozen=True)
class JobSearch:
    saved: Application
    interviewing: Application
    ghosted: Application
    rejected: Application
    retracted: Application
    offer: Application


def _postings(owner: User) -> list[JobPosting]:
    acme = services.company_create(
        owner=owner, name="Acme", website="https://acme.example", notes="Met at a meetup"
    )
    globex = services.company_create(owner=owner, name="Globex")
    initech = services.company_create(owner=owner, name="Initech")
    detailed = services.posting_create(
        owner=owner,
        company=acme,
        title="Data Analyst",
        url="https://acme.example/jobs/1",
        description="SQL, Python and dashboards.\nUnicode: café, naïve, 東京.",
        location="Berlin",
        work_mode="hybrid",
        seniority="mid",
        role_family="data",
        industry="Retail",
        salary_min=50000,
        salary_max=65000,
        salary_currency="EUR",
        salary_period="year",
        source="LinkedIn",
    )
    plain = [
        services.posting_create(owner=owner, company=company, title=title)
        for company, title in [
            (acme, "Analytics Engineer"),
            (globex, "Data Scientist"),
            (initech, "BI Developer"),
            (globex, "Data Engineer"),
            (initech, "Reporting Analyst"),
        ]
    ]
    return [detailed, *plain]


def job_search(owner: User, *, now: dt.datetime) -> JobSearch:
    """Applications in many stages: saved, interview rounds, ghosted, rejected, offer."""

    def ago(days: float) -> dt.datetime:
        return now - dt.timedelta(days=days)

    account_services.user_update_profile(
        user=owner,
        display_name="Alice A.",
        email="alice@example.com",
        time_zone="Europe/Berlin",
        ghost_after_days=21,
    )
    detailed, second, third, fourth, fifth, sixth = _postings(owner)
    create = services.application_create
    saved = create(owner=owner, posting=second, stage=Stage.SAVED, now=ago(40), notes="Ask Sam")
    role = services.target_role_save(
        owner=owner,
        occupation_id="family:data",
        label="Data & analytics",
        alt_labels=["BI analyst"],
    )
    interviewing = create(
        owner=owner,
        posting=detailed,
        target_role=role,
        applied_on=ago(30).date(),
        channel="referral",
        tailored=True,
        cover_letter=True,
        resume_version="v3",
        now=ago(29),
    )
    services.application_move(application=interviewing, stage="screening", now=ago(25))
    services.application_move(
        application=interviewing, stage="interview", interview_kind="phone", now=ago(20)
    )
    services.application_move(
        application=interviewing,
        stage="interview",
        interview_kind="technical",
        note="Live SQL exercise",
        occurred_at=ago(11),
        now=ago(10),
    )
    ghosted = create(owner=owner, posting=third, now=ago(70))
    rejected = create(owner=owner, posting=fourth, now=ago(50))
    services.application_move(application=rejected, stage="screening", now=ago(45))
    services.rejection_record(
        application=rejected,
        received_on=ago(40).date(),
        reason="skills_mismatch",
        message="We went with a candidate with more dbt experience.",
        now=ago(40),
    )
    retracted = create(owner=owner, posting=sixth, now=ago(35))
    mistake = services.rejection_record(application=retracted, now=ago(34))
    services.rejection_retract(rejection=mistake, now=ago(15))
    # Applied and moved to offer in one call: two events at the very same moment.
    offer = create(owner=owner, posting=fifth, stage=Stage.OFFER, now=ago(3))
    services.applications_mark_ghosted(now=ago(2))
    search = JobSearch(
        saved=saved,
        interviewing=interviewing,
        ghosted=ghosted,
        rejected=rejected,
        retracted=retracted,
        offer=offer,
    )
    from onward.portability.tests.growth_builders import growth_journal

    growth_journal(owner, search, now=now)
    return search
