"""Every read of networking data, scoped to its owner."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Count, Max, Q, QuerySet
from django.db.models.functions import Lower
from django.shortcuts import get_object_or_404

from onward.accounts.models import User
from onward.analysis.contacts import DuplicatePair, Person, find_duplicates
from onward.networking.choices import ContactRole, ReminderStatus
from onward.networking.models import (
    ApplicationContact,
    CalendarFeed,
    Contact,
    DigestSent,
    Interaction,
    NetworkSettings,
    Reminder,
)
from onward.networking.services.contacts import alternates_of
from onward.tracker.choices import Channel, Stage
from onward.tracker.models import Application, Company

CONTACT_ORDERS = {
    "name": ("name", "id"),
    "-last_contacted": ("-last_contacted", "name", "id"),
    "company": ("company_name", "name", "id"),
    "-created": ("-created_at", "-id"),
}


@dataclass(frozen=True)
class ContactFilters:
    q: str = ""
    tag: str = ""
    company_id: int | None = None
    source: str = ""
    order: str = "name"


def _contacts(owner: User) -> QuerySet[Contact]:
    return (
        Contact.objects.filter(owner=owner)
        .select_related("company")
        .annotate(last_contacted=Max("interactions__occurred_on"))
    )


def tag_filter(tag: str) -> Q:
    tag = tag.strip().lower()
    return (
        Q(tags=tag)
        | Q(tags__startswith=f"{tag},")
        | Q(tags__endswith=f",{tag}")
        | Q(tags__contains=f",{tag},")
    )


def contact_list(*, owner: User, filters: ContactFilters | None = None) -> QuerySet[Contact]:
    f = filters or ContactFilters()
    qs = _contacts(owner)
    for word in f.q.split()[:8]:
        qs = qs.filter(
            Q(name__icontains=word)
            | Q(company_name__icontains=word)
            | Q(role__icontains=word)
            | Q(email__icontains=word)
            | Q(tags__icontains=word)
            | Q(how_met__icontains=word)
        )
    if f.tag:
        qs = qs.filter(tag_filter(f.tag))
    if f.company_id:
        qs = qs.filter(company_id=f.company_id)
    if f.source:
        qs = qs.filter(source=f.source)
    return qs.order_by(*CONTACT_ORDERS.get(f.order, CONTACT_ORDERS["name"]))


def contact_get(*, owner: User, pk: int) -> Contact:
    return get_object_or_404(_contacts(owner), pk=pk)


def contacts_by_id(*, owner: User, ids: list[int]) -> list[Contact]:
    return list(Contact.objects.filter(owner=owner, pk__in=ids).order_by("name", "id"))


def contact_choices(*, owner: User) -> list[tuple[int, str]]:
    rows = Contact.objects.filter(owner=owner).order_by("name", "id")
    return [
        (pk, f"{name} ({company})" if company else name)
        for pk, name, company in rows.values_list("pk", "name", "company_name")
    ]


def contact_tags(*, owner: User) -> list[str]:
    tags: set[str] = set()
    for text in Contact.objects.filter(owner=owner).exclude(tags="").values_list("tags", flat=True):
        tags.update(t for t in text.split(",") if t)
    return sorted(tags)


# --- interactions and links --------------------------------------------------------------


def interaction_list(
    *,
    owner: User,
    contact_id: int | None = None,
    application_id: int | None = None,
    kind: str = "",
    since: dt.date | None = None,
) -> QuerySet[Interaction]:
    qs = Interaction.objects.filter(owner=owner).select_related(
        "contact", "application__posting__company", "event"
    )
    if contact_id is not None:
        qs = qs.filter(contact_id=contact_id)
    if application_id is not None:
        qs = qs.filter(application_id=application_id)
    if kind:
        qs = qs.filter(kind=kind)
    if since is not None:
        qs = qs.filter(occurred_on__gte=since)
    return qs.order_by("-occurred_on", "-id")


def interaction_get(*, owner: User, pk: int) -> Interaction:
    return get_object_or_404(
        Interaction.objects.select_related("contact", "application", "event"), owner=owner, pk=pk
    )


def _links(owner: User) -> QuerySet[ApplicationContact]:
    return ApplicationContact.objects.filter(owner=owner).select_related(
        "contact", "application__posting__company"
    )


def link_list(
    *, owner: User, contact_id: int | None = None, application_id: int | None = None
) -> QuerySet[ApplicationContact]:
    qs = _links(owner)
    if contact_id is not None:
        qs = qs.filter(contact_id=contact_id)
    if application_id is not None:
        qs = qs.filter(application_id=application_id)
    return qs.order_by("created_at", "id")


def link_get(*, owner: User, pk: int) -> ApplicationContact:
    return get_object_or_404(_links(owner), pk=pk)


@dataclass(frozen=True)
class Referrer:
    contact_id: int
    name: str


def referrers_by_application(*, owner: User) -> dict[int, Referrer]:
    """Referral applications (channel "referral") and who referred you, by application id.
    For the strategy analytics' referral segment; an application with several referrers
    names the first linked."""
    links = (
        ApplicationContact.objects.filter(
            owner=owner, role=ContactRole.REFERRER, application__channel=Channel.REFERRAL
        )
        .order_by("created_at", "id")
        .values_list("application_id", "contact_id", "contact__name")
    )
    found: dict[int, Referrer] = {}
    for app_id, contact_id, name in links:
        found.setdefault(app_id, Referrer(contact_id, name))
    return found


# --- reminders ---------------------------------------------------------------------------


def _reminders(owner: User) -> QuerySet[Reminder]:
    return Reminder.objects.filter(owner=owner).select_related(
        "contact", "application__posting__company"
    )


def reminder_list(
    *,
    owner: User,
    status: str = ReminderStatus.OPEN,
    kind: str = "",
    contact_id: int | None = None,
    application_id: int | None = None,
    due_before: dt.date | None = None,
) -> QuerySet[Reminder]:
    qs = _reminders(owner)
    if status:
        qs = qs.filter(status=status)
    if kind:
        qs = qs.filter(kind=kind)
    if contact_id is not None:
        qs = qs.filter(contact_id=contact_id)
    if application_id is not None:
        qs = qs.filter(application_id=application_id)
    if due_before is not None:
        qs = qs.filter(due_on__lte=due_before)
    return qs.order_by("due_on", "id")


def reminder_get(*, owner: User, pk: int) -> Reminder:
    return get_object_or_404(_reminders(owner), pk=pk)


@dataclass(frozen=True)
class Agenda:
    today: dt.date
    overdue: list[Reminder]
    due_today: list[Reminder]
    this_week: list[Reminder]  # the next 7 days after today
    later_count: int

    @property
    def all_open(self) -> list[Reminder]:
        return [*self.overdue, *self.due_today, *self.this_week]

    @property
    def count(self) -> int:
        return len(self.all_open)


def reminder_agenda(*, owner: User, today: dt.date) -> Agenda:
    """Open reminders: overdue, today, the coming week; how many after that."""
    week_end = today + dt.timedelta(days=7)
    rows = list(reminder_list(owner=owner, due_before=week_end))
    later = Reminder.objects.filter(
        owner=owner, status=ReminderStatus.OPEN, due_on__gt=week_end
    ).count()
    return Agenda(
        today=today,
        overdue=[r for r in rows if r.due_on < today],
        due_today=[r for r in rows if r.due_on == today],
        this_week=[r for r in rows if r.due_on > today],
        later_count=later,
    )


# --- warm paths --------------------------------------------------------------------------


@dataclass(frozen=True)
class WarmContact:
    contact: Contact
    reasons: tuple[str, ...]  # "works at Acme", "interviewer in your Data Analyst process"


@dataclass
class WarmPath:
    company: Company
    application: Application | None  # a saved posting, when the path is for one
    contacts: list[WarmContact] = field(default_factory=list)


def _company_people(owner: User, companies: list[Company]) -> dict[int, dict[int, list[str]]]:
    """company id -> contact id -> reasons."""
    found: dict[int, dict[int, list[str]]] = {c.pk: {} for c in companies}
    names = {c.name.lower(): c.pk for c in companies}
    works = (
        Contact.objects.filter(owner=owner)
        .annotate(lcompany=Lower("company_name"))
        .filter(Q(company__in=companies) | Q(company__isnull=True, lcompany__in=list(names)))
    )
    for contact in works.only("pk", "company_id", "company_name", "role"):
        company_id = contact.company_id or names.get(contact.company_name.lower())
        if company_id in found:
            role = f" as {contact.role}" if contact.role else ""
            found[company_id].setdefault(contact.pk, []).append(f"works there{role}")
    links = ApplicationContact.objects.filter(
        owner=owner, application__posting__company__in=companies
    ).values_list(
        "application__posting__company_id", "contact_id", "role", "application__posting__title"
    )
    for company_id, contact_id, role, title in links:
        label = ContactRole(role).label.lower()
        found[company_id].setdefault(contact_id, []).append(f"{label} in your {title} process")
    return found


def warm_paths_for(
    *, owner: User, company: Company, application: Application | None = None
) -> WarmPath:
    return warm_paths(owner=owner, companies=[company], applications={company.pk: application})[0]


def warm_paths(
    *,
    owner: User,
    companies: list[Company],
    applications: dict[int, Application | None] | None = None,
) -> list[WarmPath]:
    people = _company_people(owner, companies)
    ids = {cid for by in people.values() for cid in by}
    contacts = {
        c.pk: c for c in Contact.objects.filter(owner=owner, pk__in=ids).select_related("company")
    }
    paths = []
    for company in companies:
        path = WarmPath(company, (applications or {}).get(company.pk))
        for contact_id, reasons in people[company.pk].items():
            path.contacts.append(WarmContact(contacts[contact_id], tuple(dict.fromkeys(reasons))))
        path.contacts.sort(key=lambda w: w.contact.name.lower())
        paths.append(path)
    return paths


def _companies_with_people(owner: User) -> list[Company]:
    """The companies someone you know may lead to: a contact's company (linked, or named
    alike) or a company of an application a contact is linked to. A superset of the
    companies ``warm_paths`` finds people at, read from the (few) contacts and links
    instead of matching every company of a long search."""
    ids = set(
        Contact.objects.filter(owner=owner, company__isnull=False).values_list(
            "company_id", flat=True
        )
    )
    names = {
        name.lower()
        for name in Contact.objects.filter(owner=owner, company__isnull=True)
        .exclude(company_name="")
        .values_list("company_name", flat=True)
    }
    ids.update(
        ApplicationContact.objects.filter(owner=owner).values_list(
            "application__posting__company_id", flat=True
        )
    )
    if names:
        every = Company.objects.filter(owner=owner).values_list("pk", "name")
        ids.update(pk for pk, name in every if name.lower() in names)
    return list(Company.objects.filter(owner=owner, pk__in=ids).order_by("name"))


def warm_path_list(*, owner: User) -> list[WarmPath]:
    """Saved postings with someone you know at their company, then other companies."""
    companies = _companies_with_people(owner)
    saved = list(
        Application.objects.filter(
            owner=owner, stage=Stage.SAVED, posting__company__in=[c.pk for c in companies]
        )
        .select_related("posting__company")
        .order_by("-created_at", "-id")
    )
    by_company: dict[int, Application | None] = {}
    for app in saved:
        by_company.setdefault(app.posting.company_id, app)
    paths = [
        p
        for p in warm_paths(owner=owner, companies=companies, applications=by_company)
        if p.contacts
    ]
    paths.sort(key=lambda p: (p.application is None, p.company.name.lower()))
    return paths


# --- duplicates --------------------------------------------------------------------------


@dataclass(frozen=True)
class Duplicate:
    first: Contact
    second: Contact
    reasons: tuple[str, ...]


def duplicate_list(*, owner: User) -> list[Duplicate]:
    contacts = {c.pk: c for c in Contact.objects.filter(owner=owner).select_related("company")}
    people = []
    for c in contacts.values():
        alt = alternates_of(c)
        people.append(
            Person(
                key=c.pk,
                name=c.name,
                company=c.company_label,
                emails=(c.email, *alt["emails"]),
                linkedin_urls=(c.linkedin_url, *alt["linkedin_urls"]),
            )
        )
    pairs: tuple[DuplicatePair, ...] = find_duplicates(people)
    return [Duplicate(contacts[p.first], contacts[p.second], p.reasons) for p in pairs]


# --- feed, digest, settings --------------------------------------------------------------


def calendar_feed_active(*, owner: User) -> CalendarFeed | None:
    return CalendarFeed.objects.filter(owner=owner, revoked_at__isnull=True).first()


def network_settings(*, owner: User) -> NetworkSettings:
    """The saved settings, or the defaults (not saved)."""
    return NetworkSettings.objects.filter(owner=owner).first() or NetworkSettings(owner=owner)


def digest_history(*, owner: User, limit: int = 5) -> list[DigestSent]:
    return list(DigestSent.objects.filter(owner=owner).order_by("-claimed_at", "-id")[:limit])


def contact_counts(*, owner: User) -> dict[str, int]:
    data = Contact.objects.filter(owner=owner).aggregate(
        total=Count("id"), with_cadence=Count("id", filter=Q(cadence_days__isnull=False))
    )
    return {k: int(v or 0) for k, v in data.items()}
