"""Role families of the built-in vocabulary, as "occupations" for adjacent roles.

The built-in vocabulary has skills but no occupations. Without ESCO, adjacent roles rank
the role families an application can have (the tracker's list) instead: each family names
the skills its postings ask for most often, as essential, and skills that often come with
them, as optional. The lists were written by the Onward authors from their own knowledge
of job postings; they are short on purpose (a dozen or so skills each), so a family's
score reads as "how much of its core you have". Same formula as for ESCO occupations
(``adjacent_roles``).

Limits, said plainly: a family is broad (Healthcare covers nursing and coding clerks),
and the lists reflect common English-language postings, not any one employer.
"""

from __future__ import annotations

from dataclasses import dataclass

from onward.analysis.adjacent_roles import RoleIndex, RoleSkill
from onward.analysis.skills.taxonomy import Occupation, Taxonomy

FAMILY_PREFIX = "family:"


@dataclass(frozen=True)
class RoleFamily:
    key: str  # the tracker's role family value
    label: str
    essential: tuple[str, ...]  # skill ids of the built-in vocabulary
    optional: tuple[str, ...]


def _ids(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FAMILIES: tuple[RoleFamily, ...] = (
    RoleFamily(
        "software",
        "Software engineering",
        _ids("git sql rest-apis unit-testing code-review system-design python javascript"),
        _ids(
            "typescript java docker kubernetes amazon-web-services microservices linux "
            "continuous-integration-and-delivery agile react"
        ),
    ),
    RoleFamily(
        "data",
        "Data & analytics",
        _ids("sql excel data-analysis data-visualisation statistics python dashboard-development"),
        _ids(
            "tableau power-bi looker r-lang data-modelling etl dbt a-b-testing pandas "
            "machine-learning stakeholder-management"
        ),
    ),
    RoleFamily(
        "product",
        "Product management",
        _ids(
            "product-management product-strategy product-roadmapping user-stories "
            "backlog-management stakeholder-management prioritisation-frameworks"
        ),
        _ids(
            "product-discovery user-research a-b-testing agile scrum jira sql "
            "go-to-market-strategy data-analysis"
        ),
    ),
    RoleFamily(
        "design",
        "Design & UX",
        _ids(
            "figma user-research wireframing prototyping interaction-design visual-design "
            "user-experience-design"
        ),
        _ids(
            "usability-testing design-systems adobe-photoshop adobe-illustrator html css "
            "stakeholder-management"
        ),
    ),
    RoleFamily(
        "marketing",
        "Marketing",
        _ids(
            "digital-marketing marketing-strategy content-marketing copywriting "
            "search-engine-optimisation social-media-marketing google-analytics"
        ),
        _ids(
            "email-marketing campaign-management paid-social-advertising "
            "search-engine-marketing hubspot brand-management market-research excel"
        ),
    ),
    RoleFamily(
        "sales",
        "Sales & business development",
        _ids(
            "prospecting cold-calling negotiation account-management "
            "sales-pipeline-management closing-deals salesforce"
        ),
        _ids(
            "b2b-sales hubspot linkedin-sales-navigator market-research communication "
            "stakeholder-management excel"
        ),
    ),
    RoleFamily(
        "customer",
        "Customer success & support",
        _ids(
            "customer-service customer-support complaint-handling troubleshooting "
            "ticketing-systems communication"
        ),
        _ids(
            "zendesk customer-success customer-onboarding customer-retention "
            "account-management salesforce problem-solving"
        ),
    ),
    RoleFamily(
        "finance",
        "Finance & accounting",
        _ids(
            "financial-reporting financial-analysis budgeting forecasting excel "
            "bookkeeping month-end-close"
        ),
        _ids(
            "financial-modelling accounts-payable accounts-receivable auditing "
            "tax-preparation quickbooks xero generally-accepted-accounting-principles "
            "international-financial-reporting-standards corporate-finance"
        ),
    ),
    RoleFamily(
        "operations",
        "Operations & logistics",
        _ids(
            "supply-chain-management logistics inventory-management procurement "
            "project-management continuous-improvement excel"
        ),
        _ids(
            "warehouse-management lean-management six-sigma root-cause-analysis "
            "stakeholder-management forklift-operation health-and-safety-management"
        ),
    ),
    RoleFamily(
        "people",
        "People & HR",
        _ids(
            "human-resources recruitment employee-relations employment-law "
            "performance-management payroll"
        ),
        _ids(
            "applicant-tracking-systems workday-hcm talent-management employee-engagement "
            "structured-interviewing learning-and-development stakeholder-management"
        ),
    ),
    RoleFamily(
        "healthcare",
        "Healthcare",
        _ids(
            "patient-care patient-assessment medication-administration "
            "vital-signs-monitoring infection-prevention-and-control care-planning"
        ),
        _ids(
            "nursing electronic-health-records safeguarding medical-terminology "
            "patient-safety communication teamwork"
        ),
    ),
    RoleFamily(
        "education",
        "Education",
        _ids(
            "teaching lesson-planning curriculum-development differentiated-instruction "
            "formative-assessment behaviour-management"
        ),
        _ids(
            "special-educational-needs learning-management-systems safeguarding-in-education "
            "child-development instructional-design communication"
        ),
    ),
    RoleFamily(
        "trades",
        "Skilled trades",
        _ids(
            "hand-tools blueprint-reading troubleshooting working-at-height "
            "health-and-safety-management"
        ),
        _ids(
            "electrical-installation plumbing carpentry welding metal-fabrication "
            "electrical-codes building-regulations autocad machine-operation"
        ),
    ),
    RoleFamily(
        "admin",
        "Administration",
        _ids(
            "microsoft-office administrative-support diary-management data-entry "
            "filing-and-record-keeping email-management"
        ),
        _ids(
            "minute-taking meeting-coordination travel-arrangements microsoft-word "
            "microsoft-outlook excel time-management attention-to-detail"
        ),
    ),
    RoleFamily(
        "legal",
        "Legal",
        _ids("legal-research legal-writing contract-drafting contract-review contract-law"),
        _ids(
            "litigation corporate-law legal-compliance gdpr westlaw lexisnexis "
            "attention-to-detail negotiation"
        ),
    ),
)


def unknown_ids(taxonomy: Taxonomy) -> list[str]:
    """Skill ids of the families that ``taxonomy`` lacks (empty for the built-in one)."""
    known = {s.id for s in taxonomy.skills}
    return [i for f in FAMILIES for i in (*f.essential, *f.optional) if i not in known]


def family_index(taxonomy: Taxonomy) -> RoleIndex:
    """The role families as occupations over ``taxonomy``'s skills (unknown ids left out)."""
    labels = {s.id: s.label for s in taxonomy.skills}
    occupations, skills = [], []
    by_skill: dict[str, list[int]] = {}
    for index, family in enumerate(FAMILIES):
        occupations.append(Occupation(FAMILY_PREFIX + family.key, family.label))
        found = [
            RoleSkill(skill_id, labels[skill_id], essential)
            for ids, essential in ((family.essential, True), (family.optional, False))
            for skill_id in ids
            if skill_id in labels
        ]
        skills.append(tuple(found))
        for s in found:
            by_skill.setdefault(s.skill_id, []).append(index)
    return RoleIndex(
        occupations=tuple(occupations),
        skills=tuple(skills),
        by_skill={k: tuple(dict.fromkeys(v)) for k, v in by_skill.items()},
    )
