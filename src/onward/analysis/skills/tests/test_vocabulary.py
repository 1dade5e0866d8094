from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from onward.analysis.skills import vocabulary
from onward.analysis.skills.vocabulary import VocabularySkill

MIN_SKILLS = 1500
MIN_PER_FAMILY = 40


def _by_form() -> dict[str, VocabularySkill]:
    return {
        vocabulary.normalise_form(form): skill
        for skill in vocabulary.load_builtin()
        for form in skill.surface_forms
    }


def _skill(skill_id: str = "python", **changes: Any) -> VocabularySkill:
    base = VocabularySkill(skill_id, skill_id.title(), "Software engineering", "technology")
    return dataclasses.replace(base, **changes)


def test_builtin_vocabulary_is_large_enough() -> None:
    assert len(vocabulary.load_builtin()) >= MIN_SKILLS


def test_builtin_vocabulary_has_no_problems() -> None:
    assert vocabulary.validate_builtin() == []


def test_builtin_vocabulary_is_cached_and_immutable() -> None:
    first = vocabulary.load_builtin()
    assert vocabulary.load_builtin() is first
    assert isinstance(first, tuple)
    assert all(isinstance(skill.aliases, tuple) for skill in first)


@pytest.mark.parametrize("family", list(vocabulary.FAMILIES), ids=str)
def test_every_family_has_enough_skills_of_its_own_category(family: str) -> None:
    skills = vocabulary.load_family(family)
    assert len(skills) >= MIN_PER_FAMILY
    assert {skill.category for skill in skills} == {vocabulary.FAMILIES[family]}


@pytest.mark.parametrize(
    ("family", "kinds"),
    [
        pytest.param("soft_skills", {"soft"}, id="soft-skills"),
        pytest.param("certifications", {"certification"}, id="certifications"),
        pytest.param("languages", {"language", "knowledge"}, id="languages"),
    ],
)
def test_cross_cutting_families_use_their_kind(family: str, kinds: set[str]) -> None:
    assert {skill.kind for skill in vocabulary.load_family(family)} <= kinds


@pytest.mark.parametrize(
    ("form", "skill_id", "kind"),
    [
        pytest.param("Python", "python", "technology", id="python"),
        pytest.param("MS Excel", "excel", "tool", id="excel-alias"),
        pytest.param("spreadsheets", "excel", "tool", id="excel-spreadsheets"),
        pytest.param("SQL", "sql", "technology", id="sql"),
        pytest.param("JS", "javascript", "technology", id="js"),
        pytest.param("ECMAScript", "javascript", "technology", id="ecmascript"),
        pytest.param("k8s", "kubernetes", "technology", id="k8s"),
        pytest.param("Golang", "go-lang", "technology", id="golang"),
        pytest.param("R programming", "r-lang", "technology", id="r-language"),
        pytest.param("PowerBI", "power-bi", "tool", id="power-bi"),
        pytest.param("dbt Core", "dbt", "tool", id="dbt"),
        pytest.param("Apache Airflow", "apache-airflow", "tool", id="airflow"),
        pytest.param("Salesforce", "salesforce", "tool", id="salesforce"),
        pytest.param("SAP", "sap-erp", "tool", id="sap"),
        pytest.param("AutoCAD", "autocad", "tool", id="autocad"),
        pytest.param("Figma", "figma", "tool", id="figma"),
        pytest.param("Tableau", "tableau", "tool", id="tableau"),
        pytest.param("Epic EHR", "epic-ehr", "tool", id="epic"),
        pytest.param("QuickBooks Online", "quickbooks", "tool", id="quickbooks"),
        pytest.param("Agile", "agile", "method", id="agile"),
        pytest.param("Scrum", "scrum", "method", id="scrum"),
        pytest.param("split testing", "a-b-testing", "method", id="ab-testing"),
        pytest.param("lean manufacturing", "lean-manufacturing", "method", id="lean"),
        pytest.param("double entry", "double-entry-bookkeeping", "method", id="bookkeeping"),
        pytest.param("CBT", "cognitive-behavioural-therapy", "method", id="cbt"),
        pytest.param("GAAP", "generally-accepted-accounting-principles", "knowledge", id="gaap"),
        pytest.param("stakeholder engagement", "stakeholder-management", "soft", id="stakeholders"),
        pytest.param("financial forecasting", "financial-forecasting", "task", id="forecasting"),
        pytest.param("patient triage", "patient-triage", "task", id="triage"),
        pytest.param("lesson plans", "lesson-planning", "task", id="lesson-planning"),
        pytest.param("GMAW", "mig-welding", "task", id="mig-welding"),
        pytest.param("TIG", "tig-welding", "task", id="tig-welding"),
        pytest.param("stock control", "inventory-management", "task", id="inventory"),
        pytest.param("negotiating contracts", "contract-negotiation", "task", id="contracts"),
        pytest.param("time management", "time-management", "soft", id="time-management"),
        pytest.param("Spanish", "spanish", "language", id="spanish"),
        pytest.param("Mandarin", "mandarin-chinese", "language", id="mandarin"),
        pytest.param("Deutsch", "german", "language", id="german"),
        pytest.param("BSL", "british-sign-language", "language", id="bsl"),
        pytest.param(
            "AWS Solutions Architect",
            "aws-certified-solutions-architect",
            "certification",
            id="aws-sa",
        ),
        pytest.param("PMP", "pmp", "certification", id="pmp"),
        pytest.param("Certified Public Accountant", "cpa", "certification", id="cpa"),
        pytest.param("ACCA", "acca", "certification", id="acca"),
        pytest.param("CFA Level II", "cfa", "certification", id="cfa"),
        pytest.param("PRINCE2", "prince2-certification", "certification", id="prince2"),
        pytest.param("LSSGB", "six-sigma-green-belt", "certification", id="green-belt"),
        pytest.param("Security+", "comptia-security-plus", "certification", id="security-plus"),
        pytest.param("CISSP", "cissp", "certification", id="cissp"),
        pytest.param("RN license", "rn-licence", "certification", id="rn"),
        pytest.param("Class A CDL", "cdl-class-a", "certification", id="cdl-a"),
        pytest.param("forklift licence", "forklift-certification", "certification", id="forklift"),
        pytest.param("First Aid", "first-aid-certificate", "certification", id="first-aid"),
        pytest.param("CPR", "cpr-certification", "certification", id="cpr"),
        pytest.param("TESOL", "tefl", "certification", id="tefl"),
    ],
)
def test_common_skills_and_aliases_resolve(form: str, skill_id: str, kind: str) -> None:
    skill = _by_form()[vocabulary.normalise_form(form)]
    assert (skill.id, skill.kind) == (skill_id, kind)


@pytest.mark.parametrize(
    "word",
    [
        "go",
        "r",
        "c",
        "swift",
        "rust",
        "react",
        "spring",
        "safe",
        "lean",
        "word",
        "outlook",
        "teams",
        "slack",
        "indeed",
        "notion",
        "dbt",
    ],
)
def test_ambiguous_bare_words_are_not_surface_forms(word: str) -> None:
    assert word not in _by_form()


@pytest.mark.parametrize(
    ("skills", "expected"),
    [
        pytest.param([_skill(), _skill("sql")], [], id="clean"),
        pytest.param([_skill(), _skill()], ["duplicate id"], id="duplicate-id"),
        pytest.param(
            [_skill(aliases=("Py",)), _skill("pypy", aliases=("py",))], ["clashes"], id="clash"
        ),
        pytest.param([_skill(), _skill("sql", label="PYTHON")], ["clashes"], id="label-clash"),
        pytest.param(
            [_skill(aliases=("pair-coding",)), _skill("sql", aliases=("Pair coding",))],
            ["clashes"],
            id="clash-ignoring-hyphens",
        ),
        pytest.param([_skill(aliases=("Py-thon", "py thon"))], [], id="hyphen-variants-in-skill"),
        pytest.param([_skill(kind="framework")], ["unknown kind"], id="bad-kind"),
        pytest.param([_skill(label="")], ["empty label"], id="empty-label"),
        pytest.param([_skill(aliases=(" ",))], ["empty alias"], id="empty-alias"),
        pytest.param([_skill("Python 3")], ["bad id"], id="bad-id"),
        pytest.param([_skill(category="Misc")], ["unknown category"], id="bad-category"),
        pytest.param([_skill(aliases=("python",))], ["repeats"], id="repeat-in-skill"),
    ],
)
def test_validate_reports_problems(skills: list[VocabularySkill], expected: list[str]) -> None:
    problems = vocabulary.validate(skills)
    assert len(problems) == len(expected), problems
    for problem, fragment in zip(problems, expected, strict=True):
        assert fragment in problem


def test_parse_csv_reads_quoted_fields_and_aliases() -> None:
    text = (
        "id,label,category,kind,aliases\n"
        'ci-cd,"CI, CD",Software engineering,method,"CI/CD| continuous delivery ||"\n'
    )
    (skill,) = vocabulary.parse_csv(text)
    assert skill == VocabularySkill(
        "ci-cd", "CI, CD", "Software engineering", "method", ("CI/CD", "continuous delivery")
    )


def test_parse_csv_rejects_unexpected_columns() -> None:
    with pytest.raises(vocabulary.VocabularyFormatError, match="expected columns"):
        vocabulary.parse_csv("id,name\npython,Python\n", source="bad.csv")


def test_load_family_rejects_unknown_family() -> None:
    with pytest.raises(KeyError):
        vocabulary.load_family("astrology")
