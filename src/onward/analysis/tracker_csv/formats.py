"""Known exports, recognised by their header: LinkedIn, JobSync, Onward itself.

- LinkedIn data export, ``Job Applications.csv``: Application Date, Contact Email, Contact
  Phone Number, Company Name, Job Title, Job Url, Resume Name, Question And Answers. No
  status column: every row is an application sent, so the stage is "applied".
- JobSync (github.com/Gsync/jobsync, ``src/app/api/jobs/export/route.ts``): index,
  createdAt, applied (Yes/No), appliedDate (yyyy-MM-dd or N/A), Company, JobTitle, jobType,
  workplaceType (newer versions), Location, JobSource, Status (Draft, Applied, Interview,
  Offer, Rejected, Expired, Archived); missing values are written "N/A".
- Onward's own CSV export (``onward.portability.csv_export.COLUMNS``): id, uid, title,
  company, stage, applied_on, channel, ... ; ``uid`` is the stable key.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from onward.analysis.tracker_csv.mapping import Mapping, mapping_from
from onward.analysis.tracker_csv.read import Table

LINKEDIN_COLUMNS = (
    "Application Date",
    "Contact Email",
    "Contact Phone Number",
    "Company Name",
    "Job Title",
    "Job Url",
    "Resume Name",
    "Question And Answers",
)
JOBSYNC_COLUMNS = (
    "index",
    "createdAt",
    "applied",
    "appliedDate",
    "Company",
    "JobTitle",
    "jobType",
    "workplaceType",
    "Location",
    "JobSource",
    "Status",
)
# Mirrors onward.portability.csv_export.COLUMNS (a contract test keeps them equal).
ONWARD_COLUMNS = (
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


@dataclass(frozen=True)
class KnownFormat:
    """A recognised export: its name, which header gives which field, its stage when the
    file has no status column, and its own status words."""

    name: str
    required: frozenset[str]
    columns: dict[str, str]
    default_stage: str = ""
    statuses: dict[str, str] = field(default_factory=dict)


FORMATS = (
    KnownFormat(
        "onward",
        frozenset({"uid", "title", "company", "stage", "applied_on"}),
        {
            "external_id": "uid",
            "title": "title",
            "company": "company",
            "status": "stage",
            "applied_on": "applied_on",
            "url": "url",
            "location": "location",
            "source": "source",
            "work_mode": "work_mode",
        },
    ),
    KnownFormat(
        "linkedin",
        frozenset({"Application Date", "Company Name", "Job Title", "Job Url"}),
        {
            "applied_on": "Application Date",
            "contact_email": "Contact Email",
            "company": "Company Name",
            "title": "Job Title",
            "url": "Job Url",
        },
        default_stage="applied",
    ),
    KnownFormat(
        "jobsync",
        frozenset({"Company", "JobTitle", "Status", "appliedDate"}),
        {
            "company": "Company",
            "title": "JobTitle",
            "status": "Status",
            "applied_on": "appliedDate",
            "location": "Location",
            "source": "JobSource",
            "job_type": "jobType",
            "work_mode": "workplaceType",
        },
        statuses={
            "draft": "saved",
            "applied": "applied",
            "interview": "interview",
            "offer": "offer",
            "rejected": "rejected",
        },
    ),
)


def detect_format(table: Table) -> KnownFormat | None:
    present = set(table.header)
    return next((f for f in FORMATS if f.required <= present), None)


def known_mapping(table: Table, known: KnownFormat) -> Mapping:
    columns: dict[str, int | str] = {
        name: header for name, header in known.columns.items() if header in table.header
    }
    return mapping_from(table, columns)
