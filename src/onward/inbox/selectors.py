"""Every read of Inbox data, scoped to its owner."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.db.models import Count, Q, QuerySet
from django.shortcuts import get_object_or_404

from onward.accounts.models import User
from onward.analysis.inbox.match import Candidate
from onward.inbox.choices import ItemStatus
from onward.inbox.models import ImportRun, InboxSettings, ReviewItem
from onward.tracker.choices import CLOSED
from onward.tracker.models import Application

_DOMAIN = re.compile(r"@([A-Za-z0-9.-]+)")


# --- settings and runs -------------------------------------------------------------------


def inbox_settings(*, owner: User) -> InboxSettings:
    """The person's settings, or unsaved defaults when they never changed them."""
    found = InboxSettings.objects.filter(owner=owner).first()
    return found or InboxSettings(owner=owner)


def run_list(*, owner: User) -> QuerySet[ImportRun]:
    return ImportRun.objects.filter(owner=owner).order_by("-created_at", "-id")


def run_get(*, owner: User, pk: int) -> ImportRun:
    return get_object_or_404(ImportRun, owner=owner, pk=pk)


# --- review items ------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemFilters:
    status: str = ItemStatus.PENDING
    run_id: int | None = None
    label: str = ""
    q: str = ""


def _items(owner: User) -> QuerySet[ReviewItem]:
    return ReviewItem.objects.filter(owner=owner).select_related(
        "application__posting__company", "run"
    )


def item_list(*, owner: User, filters: ItemFilters | None = None) -> QuerySet[ReviewItem]:
    f = filters or ItemFilters()
    qs = _items(owner)
    if f.status:
        qs = qs.filter(status=f.status)
    if f.run_id is not None:
        qs = qs.filter(run_id=f.run_id)
    if f.label:
        qs = qs.filter(label=f.label)
    for word in f.q.split()[:8]:
        qs = qs.filter(
            Q(subject__icontains=word) | Q(company__icontains=word) | Q(sender__icontains=word)
        )
    if f.status == ItemStatus.PENDING:
        return qs.order_by("-confidence", "message_date", "id")
    return qs.order_by("-decided_at", "-id")


def item_get(*, owner: User, pk: int) -> ReviewItem:
    return get_object_or_404(_items(owner), pk=pk)


def items_by_ids(*, owner: User, ids: list[int]) -> list[ReviewItem]:
    """The owner's items among ``ids`` (others' ids are silently not there), oldest mail
    first: acknowledgements before the rejections that follow them."""
    qs = _items(owner).filter(pk__in=ids[:1000])
    return list(qs.order_by("message_date", "id"))


def item_counts(*, owner: User) -> dict[str, int]:
    rows = ReviewItem.objects.filter(owner=owner).values("status").annotate(n=Count("id"))
    counts = {status: 0 for status in ItemStatus.values}
    counts.update({row["status"]: row["n"] for row in rows})
    return counts


def known_keys(*, owner: User, digests: list[str]) -> set[str]:
    """Which of these message key digests the person already has an item for."""
    qs = ReviewItem.objects.filter(owner=owner, key_digest__in=digests)
    return set(qs.values_list("key_digest", flat=True))


def group_application(*, owner: User, group: str) -> Application | None:
    """The application created when an earlier item of the same proposal was accepted."""
    if not group:
        return None
    item = (
        ReviewItem.objects.filter(owner=owner, group=group, result_application__isnull=False)
        .select_related("result_application")
        .order_by("decided_at", "id")
        .first()
    )
    return item.result_application if item else None


# --- what matching reads -----------------------------------------------------------------


def match_candidates(*, owner: User, ids: list[int] | None = None) -> list[Candidate]:
    """Every application (or those in ``ids``) as plain facts for :class:`MatchIndex`,
    with the mail already linked to it (thread ids and sender domains)."""
    keys: dict[int, list[str]] = defaultdict(list)
    domains: dict[int, set[str]] = defaultdict(set)
    linked = ReviewItem.objects.filter(owner=owner, kind="mail").filter(
        Q(application__isnull=False) | Q(result_application__isnull=False)
    )
    apps = Application.objects.filter(owner=owner).select_related("posting__company")
    if ids is not None:
        linked = linked.filter(Q(application_id__in=ids) | Q(result_application_id__in=ids))
        apps = apps.filter(pk__in=ids)
    for app_id, result_id, key, sender in linked.values_list(
        "application_id", "result_application_id", "message_key", "sender"
    ):
        pk = result_id or app_id
        keys[pk].append(key)
        found = _DOMAIN.search(sender)
        if found:
            domains[pk].add(found[1].lower())
    return [_candidate(app, keys[app.pk], domains[app.pk]) for app in apps]


def _candidate(app: Application, keys: list[str], domains: set[str]) -> Candidate:
    company = app.posting.company
    website = urlsplit(company.website if "//" in company.website else f"//{company.website}")
    if website.hostname:
        domains = {*domains, website.hostname}
    return Candidate(
        id=app.pk,
        company=company.name,
        title=app.posting.title,
        stage=app.stage,
        closed=app.stage in CLOSED,
        applied_on=app.applied_on,
        changed_at=app.stage_changed_at,
        domains=tuple(sorted(domains)),
        message_keys=tuple(keys),
    )
