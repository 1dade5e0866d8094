"""The demo persona's network: a dozen people across the companies of the search, how
Sam met them, what was said, who interviewed and who referred, and a few reminders due.
Written through the networking services, like everything else in the demo."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.utils import timezone

from onward.accounts.models import User
from onward.networking import services
from onward.networking.models import Contact
from onward.tracker import selectors as tracker_selectors
from onward.tracker.choices import Stage
from onward.tracker.models import Application


@dataclass(frozen=True)
class Person:
    name: str
    role: str
    how_met: str
    tags: str = ""
    cadence_days: int | None = None
    email_user: str = ""
    notes: str = ""


# Who Sam knows at the companies of the search (the n-th company with applications).
AT_COMPANIES = (
    Person(
        "Priya Raman",
        "Senior Data Analyst",
        "at the Leeds Data Meetup",
        "meetup,mentor",
        60,
        "priya.raman",
        "Offered to look over my portfolio; prefers short emails.",
    ),
    Person(
        "Tom Whitaker",
        "Talent Partner",
        "recruiter for the analyst roles",
        "recruiter",
        email_user="tom.whitaker",
    ),
    Person(
        "Grace Okafor",
        "Analytics Manager",
        "hiring manager, met at the interview",
        "hiring manager",
    ),
    Person(
        "Daniel Kim",
        "BI Developer",
        "former colleague at Fenwick Foods",
        "ex-colleague",
        90,
        "daniel.kim",
    ),
    Person("Sofia Marsh", "Head of Insight", "interviewed me in the final round"),
    Person("Liam Foster", "Data Engineer", "university course mate", "alumni", 120, "liam.foster"),
    Person("Hannah Clarke", "People Partner", "phone screen", "recruiter"),
    Person("Owen Patel", "Product Analyst", "coffee after a LinkedIn post about dbt", "dbt"),
)
# People elsewhere: mentors and friends who are not tied to an application.
ELSEWHERE = (
    (
        "Maya Lindqvist",
        "Northgate Retail",
        "Data Team Lead",
        "my manager until last year",
        "mentor,reference",
        45,
    ),
    (
        "Ravi Shah",
        "Yorkshire Analytics Guild",
        "Organiser",
        "runs the monthly meetup",
        "meetup",
        90,
    ),
    (
        "Ellie Brooks",
        "Fenwick Foods",
        "Finance Analyst",
        "worked together on forecasting",
        "ex-colleague",
        None,
    ),
    ("Jonas Weber", "Independent", "Career coach", "free session through the council", "coach", 30),
)


def _companies(owner: User) -> list[tuple[str, Application]]:
    """One application per company, the furthest-progressed first."""
    order = {Stage.OFFER: 0, Stage.INTERVIEW: 1, Stage.REJECTED: 2, Stage.SCREENING: 3}
    apps = sorted(
        tracker_selectors.application_list(owner=owner),
        key=lambda a: (order.get(Stage(a.stage), 9), a.pk),
    )
    seen: dict[str, Application] = {}
    for app in apps:
        seen.setdefault(app.posting.company.name, app)
    return list(seen.items())


def _waiting(apps: list[tuple[str, Application]]) -> Application | None:
    """The newest application still waiting for an answer, when no company's furthest
    application is one (the strategy demo adds answered ones to most companies)."""
    if not apps:
        return None
    owner = apps[0][1].owner
    waiting = tracker_selectors.application_list(owner=owner).filter(stage=Stage.APPLIED)
    return waiting.order_by("-applied_on", "-pk").first()


def _domain(company: str) -> str:
    return "".join(ch for ch in company.lower() if ch.isalnum())[:20] + ".example"


def _people(owner: User, apps: list[tuple[str, Application]], now: dt.datetime) -> list[Contact]:
    made = []
    for index, person in enumerate(AT_COMPANIES):
        company, _app = apps[index % len(apps)]
        email = f"{person.email_user}@{_domain(company)}" if person.email_user else ""
        made.append(
            services.contact_create(
                owner=owner,
                name=person.name,
                company_name=company,
                role=person.role,
                email=email,
                how_met=person.how_met,
                tags=person.tags,
                cadence_days=person.cadence_days,
                notes=person.notes,
                linkedin_url=f"https://www.linkedin.com/in/{person.name.lower().replace(' ', '-')}",
            )
        )
    for name, company, role, how_met, tags, cadence in ELSEWHERE:
        made.append(
            services.contact_create(
                owner=owner,
                name=name,
                company_name=company,
                role=role,
                how_met=how_met,
                tags=tags,
                cadence_days=cadence,
            )
        )
    return made


def _day(now: dt.datetime, days_ago: int) -> dt.date:
    return timezone.localdate(now) - dt.timedelta(days=days_ago)


def _history(people: list[Contact], apps: list[tuple[str, Application]], now: dt.datetime) -> None:
    priya, tom, grace, daniel, sofia, liam, hannah, owen, maya, ravi, _ellie, jonas = people
    first_app = apps[0][1]
    log = services.interaction_log
    log(
        contact=priya,
        kind="coffee",
        occurred_on=_day(now, 75),
        now=now,
        notes="Talked about moving from retail to product analytics.",
    )
    log(
        contact=priya,
        kind="email",
        occurred_on=_day(now, 20),
        now=now,
        notes="Sent her my dashboard portfolio; she suggested adding a write-up.",
    )
    log(
        contact=tom,
        kind="call",
        occurred_on=_day(now, 30),
        application=first_app,
        now=now,
        notes="Intro call about the role and the salary band.",
    )
    log(
        contact=daniel,
        kind="message",
        occurred_on=_day(now, 100),
        now=now,
        notes="Caught up; his team may hire in spring.",
    )
    log(contact=liam, kind="video", occurred_on=_day(now, 140), now=now)
    log(contact=hannah, kind="call", occurred_on=_day(now, 40), now=now)
    log(
        contact=owen,
        kind="coffee",
        occurred_on=_day(now, 12),
        now=now,
        notes="Walked me through their dbt project layout.",
    )
    log(
        contact=maya,
        kind="referral_given",
        occurred_on=_day(now, 50),
        now=now,
        notes="Agreed to be a reference.",
    )
    log(contact=ravi, kind="message", occurred_on=_day(now, 35), now=now)
    log(
        contact=jonas,
        kind="video",
        occurred_on=_day(now, 33),
        now=now,
        notes="CV review: lead with outcomes, not tools.",
    )
    for contact, role in ((tom, "recruiter"), (grace, "hiring_manager"), (sofia, "interviewer")):
        services.application_contact_link(contact=contact, application=first_app, role=role)
    for _company, app in apps[1:3]:
        services.application_contact_link(contact=hannah, application=app, role="recruiter")
    rejected = next((a for _c, a in apps if a.stage == Stage.REJECTED), None)
    if rejected is not None:
        services.application_contact_link(contact=owen, application=rejected, role="peer")
    referred = next((a for _c, a in apps if a.stage == Stage.APPLIED), None) or _waiting(apps)
    if referred is not None:
        # The referral was given when you applied, not on the day the demo is loaded.
        services.referral_record(application=referred, contact=daniel, log=False, now=now)
        log(
            contact=daniel,
            kind="referral_given",
            application=referred,
            occurred_on=referred.applied_on or _day(now, 7),
            now=now,
        )


def seed_network(*, owner: User, now: dt.datetime) -> None:
    apps = _companies(owner)
    if not apps:
        return
    people = _people(owner, apps, now)
    _history(people, apps, now)
    services.reminder_create(
        owner=owner,
        title="Send Priya the portfolio write-up",
        due_on=_day(now, -2),
        contact=people[0],
        notes="She offered to read it before the next interview.",
    )
    services.reminders_refresh(owner=owner, now=now)
