"""Fixed vocabularies of the tracker. Stored values are stable: they appear in exports."""

from __future__ import annotations

from django.db import models


class Stage(models.TextChoices):
    SAVED = "saved", "Saved"
    APPLIED = "applied", "Applied"
    SCREENING = "screening", "Screening"
    INTERVIEW = "interview", "Interview"
    OFFER = "offer", "Offer"
    ACCEPTED = "accepted", "Accepted"
    DECLINED = "declined", "Declined"
    REJECTED = "rejected", "Rejected"
    WITHDRAWN = "withdrawn", "Withdrawn"
    GHOSTED = "ghosted", "Ghosted"


class InterviewKind(models.TextChoices):
    PHONE = "phone", "Phone"
    TECHNICAL = "technical", "Technical"
    CASE = "case", "Case"
    PANEL = "panel", "Panel"
    ONSITE = "onsite", "On-site"
    FINAL = "final", "Final"


class Channel(models.TextChoices):
    JOB_BOARD = "job_board", "Job board"
    COMPANY_SITE = "company_site", "Company site"
    REFERRAL = "referral", "Referral"
    RECRUITER = "recruiter", "Recruiter"
    NETWORK = "network", "Network"


class WorkMode(models.TextChoices):
    UNKNOWN = "", "Not stated"
    REMOTE = "remote", "Remote"
    HYBRID = "hybrid", "Hybrid"
    ONSITE = "onsite", "On-site"


class Seniority(models.TextChoices):
    UNKNOWN = "", "Not stated"
    INTERN = "intern", "Intern / trainee"
    JUNIOR = "junior", "Junior / entry"
    MID = "mid", "Mid-level"
    SENIOR = "senior", "Senior"
    LEAD = "lead", "Lead / principal"
    MANAGER = "manager", "Manager"
    DIRECTOR = "director", "Director"
    EXECUTIVE = "executive", "Executive"


class RoleFamily(models.TextChoices):
    UNKNOWN = "", "Not set"
    SOFTWARE = "software", "Software engineering"
    DATA = "data", "Data & analytics"
    PRODUCT = "product", "Product management"
    DESIGN = "design", "Design & UX"
    MARKETING = "marketing", "Marketing"
    SALES = "sales", "Sales & business development"
    CUSTOMER = "customer", "Customer success & support"
    FINANCE = "finance", "Finance & accounting"
    OPERATIONS = "operations", "Operations & logistics"
    PEOPLE = "people", "People & HR"
    HEALTHCARE = "healthcare", "Healthcare"
    EDUCATION = "education", "Education"
    TRADES = "trades", "Skilled trades"
    ADMIN = "admin", "Administration"
    LEGAL = "legal", "Legal"
    RESEARCH = "research", "Research & science"
    OTHER = "other", "Other"


class SalaryPeriod(models.TextChoices):
    YEAR = "year", "per year"
    MONTH = "month", "per month"
    DAY = "day", "per day"
    HOUR = "hour", "per hour"


class RejectionChannel(models.TextChoices):
    EMAIL = "email", "Email"
    CALL = "call", "Call"
    PORTAL = "portal", "Portal"
    NONE = "none", "No message"


class RejectionReason(models.TextChoices):
    NONE_GIVEN = "none_given", "No reason given"
    MORE_EXPERIENCED = "more_experienced", "More experienced candidates"
    SKILLS_MISMATCH = "skills_mismatch", "Skills mismatch"
    FILLED_INTERNALLY = "filled_internally", "Position filled internally"
    ROLE_CLOSED = "role_closed", "Role closed or on hold"
    CULTURE_FIT = "culture_fit", "Culture / team fit"
    SALARY = "salary", "Salary"
    LOCATION_VISA = "location_visa", "Location / visa"
    OTHER = "other", "Other"


class EventSource(models.TextChoices):
    USER = "user", "You"
    SYSTEM = "system", "Onward"
    IMPORT = "import", "Import"


# Stages in funnel order; the closed ones end an application.
FUNNEL = [Stage.SAVED, Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEW, Stage.OFFER]
CLOSED = frozenset({Stage.ACCEPTED, Stage.DECLINED, Stage.REJECTED, Stage.WITHDRAWN})
OPEN = frozenset(Stage) - CLOSED
