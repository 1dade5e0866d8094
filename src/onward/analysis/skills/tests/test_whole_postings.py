"""Whole postings as users paste them: requirements only, never boilerplate; tools named in
the posting are found over the built-in vocabulary and over (complemented) ESCO."""

from __future__ import annotations

import pytest

from onward.analysis.skills import engine
from onward.analysis.skills.complement import PREFIX
from onward.analysis.skills.extract import SkillIndex, build_index, extract
from onward.analysis.skills.taxonomy import Taxonomy, load_builtin_taxonomy

# Written for this test: an analyst posting pasted from a job board without line breaks.
PASTED = (
    "Data Analyst, Finance OperationsAbout UsNorthwind Trading is a family-owned wholesaler "
    "of kitchen goods.ResponsibilitiesEnable our Sales teams with weekly KPI reporting and "
    "dashboards in TableauExperience with SQL and Excel is essential. Provide backup for the "
    "finance assistant during holidays. QualificationsBachelor's degree in economics or "
    "statistics. Strong communication skills and attention to detail. What we offerCompetitive "
    "compensation and benefits, a generous pension and private health insurance. Northwind is "
    "an equal opportunity employer and considers applicants without regard to race, religion, "
    "pregnancy, disability or age."
)


@pytest.fixture(scope="module")
def builtin() -> SkillIndex:
    return build_index(load_builtin_taxonomy())


def test_pasted_posting_keeps_requirements_only(builtin: SkillIndex) -> None:
    mentions = extract(PASTED, builtin)
    found = {m.skill_id for m in mentions}
    assert {"tableau", "sql", "excel", "dashboard-development", "statistics"} <= found
    unwanted = {
        "sales",
        "trading",
        "pensions",
        "compensation-and-benefits",
        "benefits-administration",
        "equal-employment-opportunity",
        "backup-and-disaster-recovery",
    }
    assert not unwanted & found, unwanted & found
    levels = {m.skill_id: m.requirement for m in mentions}
    assert levels["sql"] == "required"  # "is essential", found once "TableauExperience" splits


def test_soft_skills_are_marked(builtin: SkillIndex) -> None:
    mentions = {m.skill_id: m for m in extract(PASTED, builtin)}
    assert mentions["communication"].soft and mentions["attention-to-detail"].soft
    assert not mentions["sql"].soft and mentions["sql"].kind == "hard"


def test_degree_fields_are_alternatives(builtin: SkillIndex) -> None:
    mentions = [m for m in extract(PASTED, builtin) if m.surface in ("economics", "statistics")]
    assert len(mentions) == 2 and mentions[0].group and mentions[0].group == mentions[1].group


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        pytest.param(
            "We offer a pension scheme, private medical insurance and 25 days' holiday.",
            {"pensions", "health-insurance"},
            id="benefits",
        ),
        pytest.param(
            "Please send your CV and a cover letter in English to the hiring manager.",
            {"english"},
            id="how-to-apply",
        ),
        pytest.param(
            "Our HR portal is used by 4,000 colleagues.", {"human-resources"}, id="company-voice"
        ),
        pytest.param("Senior Java Developer", {"java"}, id="job-title"),
        pytest.param(
            "We're an ambitious team of energetic colleagues.",
            {"drive-and-ambition"},
            id="qualities-of-the-company",
        ),
    ],
)
def test_boilerplate_gives_no_skill(builtin: SkillIndex, text: str, unwanted: set[str]) -> None:
    assert not unwanted & {m.skill_id for m in extract(text, builtin)}


def test_tools_over_esco_come_from_the_builtin_vocabulary(mini: Taxonomy) -> None:
    index = engine.load_index(mini, semantic="none")
    found = {m.skill_id: m for m in extract(PASTED, index)}
    assert PREFIX + "tableau" in found
    assert index.taxonomy.skill(PREFIX + "tableau").label == "Tableau"
    plain = engine.load_index(mini, semantic="none", complete=False)
    assert PREFIX + "tableau" not in {m.skill_id for m in extract(PASTED, plain)}
