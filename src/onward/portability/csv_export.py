"""CSV export of applications: one row per application, stable columns, for spreadsheets."""

from __future__ import annotations

import csv
import datetime as dt
from typing import TYPE_CHECKING, Any, TextIO

from onward.tracker import selectors

if TYPE_CHECKING:
    from onward.accounts.models import User
    from onward.tracker.models import Application

COLUMNS = (
    "id",
    "uid",
    "title",
    "company",
    "stage",
    "applied_on",
    "channel",
    "tailored",
    "cover_letter",
    "resume_version",
    "role_family",
    "seniority",
    "work_mode",
    "location",
    "salary_min",
    "salary_max",
    "salary_currency",
    "source",
    "url",
    "rejection_reason",
    "rejection_received_on",
    "created_at",
    "updated_at",
)
# Spreadsheets run cells starting with these as formulas; such text gets a leading quote.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    return f"'{text}" if text.startswith(_FORMULA_START) else text


def _row(app: Application) -> list[str]:
    posting = app.posting
    rejection = getattr(app, "rejection", None)
    values = {
        "id": app.pk,
        "uid": app.uid,
        "title": posting.title,
        "company": posting.company.name,
        "stage": app.stage,
        "applied_on": app.applied_on,
        "channel": app.channel,
        "tailored": app.tailored,
        "cover_letter": app.cover_letter,
        "resume_version": app.resume_version,
        "role_family": posting.role_family,
        "seniority": posting.seniority,
        "work_mode": posting.work_mode,
        "location": posting.location,
        "salary_min": posting.salary_min,
        "salary_max": posting.salary_max,
        "salary_currency": posting.salary_currency,
        "source": posting.source,
        "url": posting.url,
        "rejection_reason": rejection.reason if rejection else None,
        "rejection_received_on": rejection.received_on if rejection else None,
        "created_at": app.created_at,
        "updated_at": app.updated_at,
    }
    return [_cell(values[column]) for column in COLUMNS]


def applications_csv(*, owner: User, out: TextIO) -> int:
    """Write ``owner``'s applications to ``out`` (oldest first). Returns the row count."""
    applications = selectors.application_list(owner=owner).select_related("rejection")
    rows = sorted(applications, key=lambda app: (app.created_at, str(app.uid)))
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(_row(app) for app in rows)
    return len(rows)
