"""Writing contacts: create, update, delete, and merging two into one without losing
anything."""

from __future__ import annotations

import re
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from onward.accounts.models import User
from onward.core.services import check_owner, clean_text, save
from onward.networking.choices import ContactSource, ReminderKind, ReminderStatus
from onward.networking.models import ApplicationContact, Contact, Interaction, Reminder
from onward.tracker import selectors as tracker_selectors
from onward.tracker.models import Company

TEXT_FIELDS = {
    "name": 200,
    "company_name": 200,
    "role": 200,
    "email": 254,
    "phone": 50,
    "linkedin_url": 500,
    "how_met": 300,
    "notes": 100_000,
}
CONTACT_FIELDS = (*TEXT_FIELDS, "tags", "cadence_days", "company", "source")
ALTERNATE_KEYS = ("emails", "phones", "linkedin_urls")
MAX_CADENCE_DAYS = 3650


def clean_tags(value: object) -> str:
    """Tags as stored: lower case, unique, comma-separated, in the order given."""
    if value is None or value == "":
        return ""
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, list | tuple):
        raise ValidationError({"tags": "Expected a list of tags or comma-separated text."})
    tags: list[str] = []
    for item in items:
        tag = clean_text(item, field="tags", max_length=40).lower()
        tag = re.sub(r"\s+", " ", tag)
        if tag and tag not in tags:
            tags.append(tag)
    text = ",".join(tags)
    if len(text) > 500:
        raise ValidationError({"tags": "Too many tags."})
    return text


def clean_linkedin(value: str) -> str:
    value = value.strip()
    if value and "://" not in value:
        value = "https://" + value
    return value


def _cadence(value: object) -> int | None:
    if value in (None, ""):
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError({"cadence_days": "Expected a whole number of days."})
    if not 1 <= value <= MAX_CADENCE_DAYS:
        raise ValidationError({"cadence_days": f"Between 1 and {MAX_CADENCE_DAYS} days."})
    return value


def _apply(contact: Contact, fields: dict[str, Any]) -> None:
    unknown = set(fields) - set(CONTACT_FIELDS)
    if unknown:
        raise ValidationError(f"Unknown field(s): {', '.join(sorted(unknown))}")
    for name, limit in TEXT_FIELDS.items():
        if name in fields:
            setattr(contact, name, clean_text(fields[name], field=name, max_length=limit))
    if "linkedin_url" in fields:
        contact.linkedin_url = clean_linkedin(contact.linkedin_url)
    if "email" in fields:
        contact.email = contact.email.lower()
    if "tags" in fields:
        contact.tags = clean_tags(fields["tags"])
    if "cadence_days" in fields:
        contact.cadence_days = _cadence(fields["cadence_days"])
    if "source" in fields:
        contact.source = fields["source"]
    if "company" in fields:
        _set_company(contact, fields["company"])
    elif "company_name" in fields:
        _set_company(contact, None)


def _set_company(contact: Contact, company: Company | None) -> None:
    """A tracker company given, or the one named like ``company_name`` when there is one."""
    check_owner(contact.owner_id, company, "company")
    if company is None and contact.company_name:
        company = tracker_selectors.company_by_name(owner=contact.owner, name=contact.company_name)
    contact.company = company
    if company is not None:
        contact.company_name = company.name


def contact_create(*, owner: User, name: str, **fields: Any) -> Contact:
    contact = Contact(owner=owner)
    _apply(contact, {"name": name, **fields})
    if not contact.name:
        raise ValidationError({"name": "Give the contact a name."})
    if "company" not in fields:
        _set_company(contact, None)
    save(contact)
    return contact


def contact_update(*, contact: Contact, **fields: Any) -> Contact:
    cadence = contact.cadence_days
    _apply(contact, fields)
    if not contact.name:
        raise ValidationError({"name": "Give the contact a name."})
    save(contact)
    if contact.cadence_days != cadence:
        # The open keep-warm reminder was for the old cadence: the next refresh adds one.
        Reminder.objects.filter(
            contact=contact, kind=ReminderKind.KEEP_WARM, status=ReminderStatus.OPEN
        ).delete()
    return contact


def contact_delete(*, contact: Contact) -> None:
    """Delete a contact with its interactions, links and reminders."""
    contact.delete()


def contacts_link_company(*, company: Company) -> int:
    """Contacts named as working at ``company`` (by name) get linked to it."""
    return Contact.objects.filter(
        owner_id=company.owner_id, company__isnull=True, company_name__iexact=company.name
    ).update(company=company)


def contacts_link_companies(*, owner: User) -> int:
    """Every contact named as working at one of the owner's tracker companies gets linked
    (a company added to the tracker after the contact). Returns how many."""
    linked = 0
    for company in tracker_selectors.company_list(owner=owner):
        linked += contacts_link_company(company=company)
    return linked


# --- merge -------------------------------------------------------------------------------


def alternates_of(contact: Contact) -> dict[str, list[str]]:
    raw = contact.alternates if isinstance(contact.alternates, dict) else {}
    return {key: [str(v) for v in raw.get(key, []) if v] for key in ALTERNATE_KEYS}


def _keep_other(values: list[str], kept: str, other: str) -> list[str]:
    if other and other.lower() != kept.lower() and other not in values:
        values.append(other)
    return values


def _merge_fields(keep: Contact, other: Contact) -> None:
    for name in ("company_name", "role", "email", "phone", "linkedin_url", "how_met"):
        if not getattr(keep, name) and getattr(other, name):
            setattr(keep, name, getattr(other, name))
    if keep.company_id is None and other.company_id is not None:
        keep.company_id = other.company_id
    mine, theirs = alternates_of(keep), alternates_of(other)
    for key, field in zip(ALTERNATE_KEYS, ("email", "phone", "linkedin_url"), strict=True):
        values = mine[key]
        for value in [getattr(other, field), *theirs[key]]:
            _keep_other(values, getattr(keep, field), value)
    keep.alternates = {key: values for key, values in mine.items() if values}
    keep.tags = clean_tags(keep.tag_list + other.tag_list)
    if other.notes and other.notes not in keep.notes:
        keep.notes = f"{keep.notes}\n\n{other.notes}".strip() if keep.notes else other.notes
    if other.name.lower() != keep.name.lower():
        keep.notes = f"{keep.notes}\n\n(Also known as {other.name}.)".strip()
    cadences = [c for c in (keep.cadence_days, other.cadence_days) if c]
    keep.cadence_days = min(cadences) if cadences else None
    keep.created_at = min(keep.created_at, other.created_at)


def _move_links(keep: Contact, other: Contact) -> None:
    have = set(keep.links.values_list("application_id", "role"))
    for link in ApplicationContact.objects.filter(contact=other):
        if (link.application_id, link.role) in have:
            link.delete()
        else:
            ApplicationContact.objects.filter(pk=link.pk).update(contact=keep)


@transaction.atomic
def contact_merge(*, keep: Contact, other: Contact) -> Contact:
    """Fold ``other`` into ``keep``: every interaction, link and reminder moves over,
    blank fields are filled, different emails/phones/URLs are kept as alternates, notes
    and tags are joined. ``other`` is deleted."""
    if keep.owner_id != other.owner_id:
        raise ValidationError({"other": "Unknown contact."})
    if keep.pk == other.pk:
        raise ValidationError({"other": "Pick two different contacts to merge."})
    keep = Contact.objects.select_for_update().get(pk=keep.pk)
    other = Contact.objects.select_for_update().get(pk=other.pk)
    Interaction.objects.filter(contact=other).update(contact=keep)
    Reminder.objects.filter(contact=other).update(contact=keep)
    _move_links(keep, other)
    _merge_fields(keep, other)
    if keep.source == ContactSource.MANUAL:
        keep.source = other.source if other.source != ContactSource.MANUAL else keep.source
    other.delete()
    save(keep)
    _one_open_keep_warm(keep)
    return keep


def _one_open_keep_warm(contact: Contact) -> None:
    """Two merged contacts may each have had an open keep-warm reminder: keep the first."""
    open_ones = Reminder.objects.filter(
        contact=contact, kind=ReminderKind.KEEP_WARM, status=ReminderStatus.OPEN
    ).order_by("due_on", "id")
    extra = [r.pk for r in open_ones][1:]
    Reminder.objects.filter(pk__in=extra).update(status=ReminderStatus.DISMISSED)
