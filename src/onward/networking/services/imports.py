"""Importing contacts from LinkedIn's ``Connections.csv`` and from vCard files.

The whole file is read first; a malformed one is refused with the line (or card) that
failed and nothing is written. Importing again updates the contacts it made before
(matched by LinkedIn profile, then email, then name at the same company) instead of
adding them twice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from onward.accounts.models import User
from onward.analysis.contacts import normalize_company, normalize_email, normalize_linkedin
from onward.analysis.contacts import normalize_name as norm_name
from onward.analysis.linkedin_connections import Connection, ConnectionsError, parse_connections
from onward.analysis.vcard import VCard, VCardError, decode, parse_vcards
from onward.core.errors import validation_message
from onward.networking.choices import ContactSource
from onward.networking.models import Contact
from onward.networking.services import contacts as contact_services

MAX_FILE_BYTES = 10 * 1024 * 1024


@dataclass
class ImportSummary:
    source: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    contact_ids: list[int] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.created + self.updated + self.unchanged


def guess_format(name: str, head: bytes) -> str:
    """``vcard`` or ``linkedin`` from the file name, else from its first bytes."""
    lowered = name.lower()
    if lowered.endswith((".vcf", ".vcard")):
        return "vcard"
    if lowered.endswith(".csv"):
        return "linkedin"
    return "vcard" if b"BEGIN:VCARD" in head[:2000].upper() else "linkedin"


class _Index:
    """The owner's contacts by LinkedIn profile, email, and name at a company."""

    def __init__(self, owner: User) -> None:
        self.by_url: dict[str, Contact] = {}
        self.by_email: dict[str, Contact] = {}
        self.by_name: dict[tuple[str, str], Contact] = {}
        for contact in Contact.objects.filter(owner=owner).select_related("company"):
            self.add(contact)

    def add(self, contact: Contact) -> None:
        alternates = contact_services.alternates_of(contact)
        for url in [contact.linkedin_url, *alternates["linkedin_urls"]]:
            if normalize_linkedin(url):
                self.by_url.setdefault(normalize_linkedin(url), contact)
        for email in [contact.email, *alternates["emails"]]:
            if normalize_email(email):
                self.by_email.setdefault(normalize_email(email), contact)
        key = (norm_name(contact.name), normalize_company(contact.company_label))
        if key[0]:
            self.by_name.setdefault(key, contact)

    def find(self, *, urls: list[str], emails: list[str], name: str, company: str) -> Any:
        for url in urls:
            if normalize_linkedin(url) in self.by_url:
                return self.by_url[normalize_linkedin(url)]
        for email in emails:
            if normalize_email(email) in self.by_email:
                return self.by_email[normalize_email(email)]
        return self.by_name.get((norm_name(name), normalize_company(company)))


def _file_text(data: bytes | str) -> str:
    if len(data) > MAX_FILE_BYTES:
        raise ValidationError({"file": "The file is larger than 10 MB."})
    return decode(data)


def _changes(contact: Contact, wanted: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in wanted.items() if getattr(contact, name) != value}


def _upsert(
    owner: User,
    index: _Index,
    summary: ImportSummary,
    found: Contact | None,
    create: dict[str, Any],
    update: Callable[[Contact], dict[str, Any]],
) -> None:
    if found is None:
        contact = contact_services.contact_create(owner=owner, **create)
        index.add(contact)
        summary.created += 1
    else:
        changes = _changes(found, update(found))
        if changes:
            contact_services.contact_update(contact=found, **changes)
            summary.updated += 1
        else:
            summary.unchanged += 1
        contact = found
    summary.contact_ids.append(contact.pk)


# --- LinkedIn ----------------------------------------------------------------------------


def _met(row: Connection) -> str:
    if row.connected_on is None:
        return "LinkedIn connection"
    return f"Connected on LinkedIn on {row.connected_on:%d %b %Y}"


def _linkedin_update(row: Connection) -> Callable[[Contact], dict[str, Any]]:
    def update(contact: Contact) -> dict[str, Any]:
        wanted: dict[str, Any] = {}
        if row.company and row.company.lower() != contact.company_label.lower():
            wanted["company_name"] = row.company
        if row.position:
            wanted["role"] = row.position
        if row.url and not contact.linkedin_url:
            wanted["linkedin_url"] = contact_services.clean_linkedin(row.url)
        if row.email and not contact.email:
            wanted["email"] = row.email.lower()
        if not contact.how_met:
            wanted["how_met"] = _met(row)
        return wanted

    return update


@transaction.atomic
def contacts_import_linkedin(*, owner: User, data: bytes | str) -> ImportSummary:
    """Import LinkedIn's ``Connections.csv`` (its "Notes:" preamble is skipped)."""
    try:
        parsed = parse_connections(_file_text(data))
    except ConnectionsError as exc:
        raise ValidationError({"file": str(exc)}) from None
    summary = ImportSummary(source="linkedin", skipped=len(parsed.skipped_lines))
    index = _Index(owner)
    for row in parsed.rows:
        name = row.name or normalize_linkedin(row.url).rsplit("/", 1)[-1]
        found = index.find(urls=[row.url], emails=[row.email], name=name, company=row.company)
        create = {
            "name": name,
            "company_name": row.company,
            "role": row.position,
            "email": row.email,
            "linkedin_url": row.url,
            "how_met": _met(row),
            "source": ContactSource.LINKEDIN,
        }
        try:
            _upsert(owner, index, summary, found, create, _linkedin_update(row))
        except ValidationError as exc:
            message = f"line {row.line}: {validation_message(exc)}"
            raise ValidationError({"file": message}) from None
    return summary


# --- vCard -------------------------------------------------------------------------------


def _linkedin_of(card: VCard) -> str:
    return next((u for u in card.urls if normalize_linkedin(u)), "")


def _vcard_update(card: VCard) -> Callable[[Contact], dict[str, Any]]:
    def update(contact: Contact) -> dict[str, Any]:
        wanted: dict[str, Any] = {}
        if card.org and card.org.lower() != contact.company_label.lower():
            wanted["company_name"] = card.org
        if card.title:
            wanted["role"] = card.title
        if card.emails and not contact.email:
            wanted["email"] = card.emails[0].lower()
        if card.phones and not contact.phone:
            wanted["phone"] = card.phones[0]
        if _linkedin_of(card) and not contact.linkedin_url:
            wanted["linkedin_url"] = contact_services.clean_linkedin(_linkedin_of(card))
        if card.note and card.note not in contact.notes:
            wanted["notes"] = f"{contact.notes}\n\n{card.note}".strip()
        tags = contact_services.clean_tags(contact.tag_list + list(card.categories))
        if tags != contact.tags:
            wanted["tags"] = tags
        return wanted

    return update


def _card_fields(card: VCard) -> dict[str, Any]:
    other_urls = [u for u in card.urls if not normalize_linkedin(u)]
    notes = card.note
    if other_urls:
        notes = "\n".join([notes, *other_urls]).strip()
    return {
        "name": card.name,
        "company_name": card.org,
        "role": card.title,
        "email": card.emails[0] if card.emails else "",
        "phone": card.phones[0] if card.phones else "",
        "linkedin_url": _linkedin_of(card),
        "notes": notes,
        "tags": list(card.categories),
        "source": ContactSource.VCARD,
    }


@transaction.atomic
def contacts_import_vcard(*, owner: User, data: bytes | str) -> ImportSummary:
    """Import a vCard 2.1, 3.0 or 4.0 file with one or many cards."""
    try:
        cards = parse_vcards(_file_text(data) if isinstance(data, bytes) else data)
    except VCardError as exc:
        raise ValidationError({"file": str(exc)}) from None
    summary = ImportSummary(source="vcard")
    index = _Index(owner)
    for number, card in enumerate(cards, start=1):
        urls = [_linkedin_of(card)] if _linkedin_of(card) else []
        found = index.find(urls=urls, emails=list(card.emails), name=card.name, company=card.org)
        try:
            _upsert(owner, index, summary, found, _card_fields(card), _vcard_update(card))
            _keep_alternates(summary.contact_ids[-1], card)
        except ValidationError as exc:
            message = f"line {card.line} (card {number}): {validation_message(exc)}"
            raise ValidationError({"file": message}) from None
    return summary


def _keep_alternates(contact_id: int, card: VCard) -> None:
    """Second and further emails and phones of a card are kept as alternates."""
    contact = Contact.objects.get(pk=contact_id)
    alternates = contact_services.alternates_of(contact)
    changed = False
    for key, field_name, values in (
        ("emails", "email", card.emails),
        ("phones", "phone", card.phones),
    ):
        known = {getattr(contact, field_name).lower(), *(v.lower() for v in alternates[key])}
        for value in values:
            if value.lower() not in known:
                alternates[key].append(value)
                known.add(value.lower())
                changed = True
    if changed:
        contact.alternates = {key: values for key, values in alternates.items() if values}
        contact.save(update_fields=["alternates"])
