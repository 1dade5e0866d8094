"""Role families of the built-in vocabulary, each with a short skill list of its own.

Without an installed taxonomy (ESCO) there are no occupations to rank, so adjacent roles
use the tracker's role families instead (software engineering, data & analytics, ...).
The vocabulary groups skills into files by family, but a file lists every tool of a field
(hundreds), which says little about what a role needs. So each family here names, in our
own choice, the skills most of its postings ask for (**core**, weighing 1, like ESCO's
essential skills) and skills that often help (**useful**, weighing 0.5, like optional
ones), by vocabulary id. They are ranked by the same formula as occupations
(``adjacent_roles``).

Limits: the lists are a small, hand-made summary of each field, not a survey of postings;
a family is broad (a data engineer and a data analyst are both "data"), so read its score
as a direction, not as a match for one job. ``titles`` are common job titles of the
family, used to suggest a target role from a posting's title.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from onward.analysis.adjacent_roles import RoleIndex, RoleSkill
from onward.analysis.skills.taxonomy import Occupation

ID_PREFIX = "family:"
"""Role family ids are ``family:<tracker role family>`` (e.g. ``family:data``)."""


@dataclass(frozen=True)
class RoleFamily:
    key: str  # the tracker's role family value
    label: str
    titles: tuple[str, ...]
    core: tuple[str, ...]  # vocabulary skill ids
    useful: tuple[str, ...]

    @property
    def id(self) -> str:
        return f"{ID_PREFIX}{self.key}"


def _ids(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FAMILIES: tuple[RoleFamily, ...] = (
    RoleFamily(
        "software",
        "Software engineering",
        ("software engineer", "software developer", "developer", "programmer", "web developer",
         "backend engineer", "frontend engineer", "full stack developer", "devops engineer"),
        _ids("git sql rest-apis unit-testing code-review data-structures-and-algorithms "
             "object-oriented-programming software-development-life-cycle"),
        _ids("python javascript typescript java docker continuous-integration-and-delivery "
             "linux amazon-web-services system-design agile"),
    ),
    RoleFamily(
        "data",
        "Data & analytics",
        ("data analyst", "data scientist", "data engineer", "analytics engineer",
         "business intelligence analyst", "bi analyst", "insights analyst"),
        _ids("sql data-analysis statistics data-visualisation excel python "
             "reporting-and-analytics data-quality"),
        _ids("tableau power-bi r-lang a-b-testing dashboard-development etl machine-learning "
             "data-storytelling dbt regression-analysis"),
    ),
    RoleFamily(
        "product",
        "Product management",
        ("product manager", "product owner", "head of product", "product lead"),
        _ids("product-management product-roadmapping product-discovery user-stories "
             "backlog-management prioritisation-frameworks stakeholder-management "
             "product-strategy"),
        _ids("user-research a-b-testing product-analytics go-to-market-strategy jira agile "
             "scrum sql competitive-analysis"),
    ),
    RoleFamily(
        "design",
        "Design & UX",
        ("designer", "ux designer", "ui designer", "product designer", "graphic designer",
         "ux researcher", "visual designer"),
        _ids("figma user-experience-design user-interface-design wireframing prototyping "
             "user-research usability-testing visual-design"),
        _ids("design-systems interaction-design information-architecture typography "
             "adobe-creative-cloud accessible-design journey-mapping design-thinking"),
    ),
    RoleFamily(
        "marketing",
        "Marketing",
        ("marketing manager", "marketing specialist", "content marketer", "seo specialist",
         "growth marketer", "social media manager", "brand manager"),
        _ids("digital-marketing content-marketing search-engine-optimisation "
             "social-media-marketing email-marketing copywriting campaign-management "
             "google-analytics"),
        _ids("marketing-automation hubspot google-ads market-research brand-management "
             "conversion-rate-optimisation marketing-analytics product-marketing"),
    ),
    RoleFamily(
        "sales",
        "Sales & business development",
        ("account executive", "sales representative", "business development",
         "sales manager", "account manager", "sales development representative"),
        _ids("sales prospecting lead-qualification sales-pipeline-management closing-deals "
             "objection-handling crm-management account-management"),
        _ids("salesforce b2b-sales cold-calling sales-negotiation sales-forecasting "
             "business-development sales-presentations hubspot negotiation"),
    ),
    RoleFamily(
        "customer",
        "Customer success & support",
        ("customer success manager", "customer support", "support specialist",
         "customer service", "support engineer", "client success"),
        _ids("customer-service customer-support troubleshooting ticketing-systems "
             "complaint-handling customer-success customer-onboarding escalation-management"),
        _ids("zendesk customer-retention knowledge-management net-promoter-score "
             "live-chat-support email-support renewals-management empathy"),
    ),
    RoleFamily(
        "finance",
        "Finance & accounting",
        ("accountant", "financial analyst", "finance manager", "controller", "bookkeeper",
         "fp&a analyst", "auditor"),
        _ids("financial-reporting budgeting financial-analysis general-ledger month-end-close "
             "excel-financial-modelling variance-analysis accounts-payable"),
        _ids("accounts-receivable financial-forecasting financial-modelling "
             "bank-reconciliation generally-accepted-accounting-principles "
             "international-financial-reporting-standards quickbooks auditing"),
    ),
    RoleFamily(
        "operations",
        "Operations & logistics",
        ("operations manager", "operations analyst", "logistics coordinator",
         "supply chain analyst", "project manager", "program manager"),
        _ids("operations-management project-management process-documentation "
             "continuous-improvement supply-chain-management inventory-management "
             "logistics standard-operating-procedures"),
        _ids("lean-management six-sigma procurement vendor-onboarding capacity-planning "
             "root-cause-analysis risk-management excel"),
    ),
    RoleFamily(
        "people",
        "People & HR",
        ("hr generalist", "hr business partner", "recruiter", "talent acquisition",
         "people partner", "hr manager", "people operations"),
        _ids("human-resources recruitment employee-relations employee-onboarding "
             "performance-management hr-policy-development employment-law interviewing"),
        _ids("compensation-and-benefits hr-information-systems workday-hcm "
             "candidate-sourcing talent-management employee-engagement "
             "applicant-tracking-systems learning-and-development"),
    ),
    RoleFamily(
        "healthcare",
        "Healthcare",
        ("nurse", "care assistant", "healthcare assistant", "medical assistant",
         "support worker", "clinician"),
        _ids("patient-care patient-safety infection-prevention-and-control "
             "clinical-documentation medication-administration care-planning "
             "vital-signs-monitoring safeguarding"),
        _ids("electronic-health-records medical-terminology patient-assessment "
             "multidisciplinary-teamwork patient-education resuscitation hipaa dementia-care"),
    ),
    RoleFamily(
        "education",
        "Education",
        ("teacher", "tutor", "lecturer", "instructional designer", "trainer",
         "teaching assistant"),
        _ids("teaching lesson-planning curriculum-development formative-assessment "
             "behaviour-management differentiated-instruction pedagogy "
             "safeguarding-in-education"),
        _ids("instructional-design e-learning-development learning-management-systems "
             "online-teaching parent-communication special-educational-needs tutoring "
             "training-facilitation"),
    ),
    RoleFamily(
        "trades",
        "Skilled trades",
        ("electrician", "plumber", "technician", "mechanic", "welder", "carpenter",
         "maintenance engineer"),
        _ids("hand-tools blueprint-reading health-and-safety-management working-at-height "
             "technical-drawing building-regulations mechanical-maintenance "
             "electrical-installation"),
        _ids("welding plumbing hvac carpentry forklift-operation lockout-tagout "
             "quality-inspection-manufacturing autocad"),
    ),
    RoleFamily(
        "admin",
        "Administration",
        ("administrator", "administrative assistant", "office manager",
         "executive assistant", "receptionist", "office coordinator"),
        _ids("administrative-support microsoft-office diary-management data-entry "
             "filing-and-record-keeping correspondence meeting-coordination "
             "telephone-handling"),
        _ids("office-management executive-assistance minute-taking travel-arrangements "
             "spreadsheet-management google-workspace report-writing "
             "confidential-information-handling"),
    ),
    RoleFamily(
        "legal",
        "Legal",
        ("paralegal", "lawyer", "solicitor", "legal counsel", "compliance officer",
         "legal assistant", "compliance analyst"),
        _ids("legal-research legal-writing contract-review contract-drafting "
             "legal-compliance regulatory-affairs corporate-law contract-law"),
        _ids("litigation e-discovery gdpr data-protection-law compliance-monitoring "
             "legal-case-management westlaw lexisnexis"),
    ),
    RoleFamily(
        "research",
        "Research & science",
        ("research scientist", "researcher", "research assistant", "laboratory technician",
         "scientist", "postdoctoral researcher"),
        _ids("research-design quantitative-research qualitative-research scientific-writing "
             "literature-review laboratory-techniques statistics experimental-work"),
        _ids("grant-writing peer-review good-laboratory-practice python r-lang "
             "data-management-planning conference-presentations academic-publishing"),
    ),
)  # fmt: skip


def family(key_or_id: str) -> RoleFamily | None:
    """The family with this tracker key (``data``) or id (``family:data``)."""
    key = key_or_id.removeprefix(ID_PREFIX)
    return next((f for f in FAMILIES if f.key == key), None)


def unknown_skills(known: Callable[[str], bool]) -> list[str]:
    """``family: id`` for every listed skill id ``known`` rejects (a check of the lists)."""
    return [
        f"{f.key}: {skill_id}" for f in FAMILIES for skill_id in (*f.core, *f.useful)
        if not known(skill_id)
    ]  # fmt: skip


def family_index(label_of: Callable[[str], str | None]) -> RoleIndex:
    """The families as a ``RoleIndex`` for ``adjacent_roles``; ``label_of`` gives a skill
    id's label in the active vocabulary (None: unknown there, left out)."""
    occupations: list[Occupation] = []
    skills: list[tuple[RoleSkill, ...]] = []
    by_skill: dict[str, list[int]] = {}
    for index, fam in enumerate(FAMILIES):
        occupations.append(Occupation(fam.id, fam.label, fam.titles))
        listed = [(s, True) for s in fam.core] + [(s, False) for s in fam.useful]
        found = [(s, label_of(s), essential) for s, essential in listed]
        skills.append(tuple(RoleSkill(s, label, e) for s, label, e in found if label))
        for skill in skills[-1]:
            by_skill.setdefault(skill.skill_id, []).append(index)
    return RoleIndex(
        occupations=tuple(occupations),
        skills=tuple(skills),
        by_skill={skill: tuple(found) for skill, found in by_skill.items()},
    )
