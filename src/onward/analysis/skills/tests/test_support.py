"""Lost line breaks (glue), the evidence rules for lexical matches (support), and ESCO
complemented with built-in tools."""

from __future__ import annotations

import pytest

from onward.analysis.skills import glue, support
from onward.analysis.skills.complement import PREFIX, complement, is_complemented
from onward.analysis.skills.taxonomy import Skill, Taxonomy
from onward.analysis.skills.text import sentences

KNOWN = {"javascript", "powerpoint", "postgresql"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Must know TableauExperience with SQL",
            ["Must know Tableau", "Experience with SQL"],
            id="glued-heading-word",
        ),
        pytest.param(
            "Key ResponsibilitiesBuild reports.We offer lunch",
            ["Key Responsibilities", "Build reports.", "We offer lunch"],
            id="glued-heading-and-run-on-sentence",
        ),
        pytest.param(
            "Write JavaScript and PostgreSQL for iPhone apps at McKinsey",
            ["Write JavaScript and PostgreSQL for iPhone apps at McKinsey"],
            id="known-names-stay-whole",
        ),
        pytest.param(
            "produce monthly reports Qualifications Degree in statistics",
            ["produce monthly reports", "Qualifications", "Degree in statistics"],
            id="inline-heading",
        ),
        pytest.param(
            "About the CompanyACME builds robots",
            ["About the Company", "ACME builds robots"],
            id="glued-before-capitals",
        ),
    ],
)
def test_glue_breaks(text: str, expected: list[str]) -> None:
    breaks = glue.breaks(text, lambda word: word.lower() in KNOWN)
    assert [text[s.start : s.end] for s in sentences(text, breaks)] == expected


def test_glue_leaves_texts_with_lines_alone() -> None:
    text = "Requirements\nSQL and TableauExperience\nExcel\nPython\n"
    assert glue.breaks(text) == []


def _at(body: str, word: str) -> tuple[int, int]:
    start = body.index(word)
    return start, start + len(word)


@pytest.mark.parametrize(
    ("body", "word", "expected"),
    [
        pytest.param("We are hiring a Senior Java Developer", "Java", True, id="before-title"),
        pytest.param("Software Engineer - Go", "Go", True, id="after-title"),
        pytest.param("Frontend Developer (React)", "React", True, id="in-brackets"),
        pytest.param("Experience with Java and Go", "Java", False, id="a-requirement"),
        pytest.param("Java Developer, Acme (2019-2023)", "Java", False, id="dated-resume-entry"),
    ],
)
def test_in_job_title(body: str, word: str, expected: bool) -> None:
    assert support.in_job_title(body, *_at(body, word)) is expected


@pytest.mark.parametrize(
    ("body", "word", "expected"),
    [
        pytest.param("You will support our Sales teams", "Sales", True, id="teams"),
        pytest.param("Partner with the Finance department", "Finance", True, id="department"),
        pytest.param("Experience in sales", "sales", False, id="a-skill"),
    ],
)
def test_names_group(body: str, word: str, expected: bool) -> None:
    assert support.names_group(body, _at(body, word)[1]) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("We sell energy to homes across Wales.", True, id="we"),
        pytest.param("Our stack is Kafka and Go.", True, id="our"),
        pytest.param("We expect you to know Kafka.", False, id="to-the-reader"),
        pytest.param("You will use Kafka.", False, id="you"),
    ],
)
def test_own_voice(sentence: str, expected: bool) -> None:
    assert support.own_voice(sentence) is expected


def test_protected_characteristics() -> None:
    body = "without regard to race, religion, pregnancy, genetic information or age"
    assert support.in_protected_list(body, *_at(body, "pregnancy"))
    assert not support.in_protected_list("Knowledge of genetics", 13, 21)


@pytest.mark.parametrize(
    ("body", "words", "groups"),
    [
        pytest.param("Tableau or Power BI", ["Tableau", "Power BI"], 1, id="or"),
        pytest.param("SQL, Python and R", ["SQL", "Python", "R"], 0, id="and-is-all"),
        pytest.param("a BI tool such as Looker, Qlik", ["Looker", "Qlik"], 1, id="examples"),
        pytest.param(
            "Degree in physics, maths or a related field", ["physics", "maths"], 1, id="degree"
        ),
    ],
)
def test_alternatives(body: str, words: list[str], groups: int) -> None:
    runs = support.alternatives(body, [_at(body, w) for w in words])
    assert len(runs) == groups


def test_listed_items() -> None:
    body = "Tools: SQL, Excel and Tableau daily"
    spans = [_at(body, w) for w in ("SQL", "Excel", "Tableau")]
    assert support.listed(spans, body) == set(spans)


def test_short_clause() -> None:
    body = "Typing at 70 wpm; data entry into Sage; handled a very busy front desk for years"
    assert support.short_clause(body, *_at(body, "data entry"))
    assert not support.short_clause(body, *_at(body, "front desk"))


def test_soft_skills() -> None:
    assert support.is_soft(Skill("x", "Empathy", kind="soft"))
    soft_group = "thinking skills and competences"
    assert support.is_soft(Skill("y", "think analytically", reuse_level="transversal",
                                 category=soft_group))  # fmt: skip
    assert not support.is_soft(Skill("z", "Danish", reuse_level="transversal",
                                     category="languages"))  # fmt: skip


def test_complement_adds_only_what_the_base_lacks() -> None:
    base = Taxonomy(
        "esco",
        "1",
        (Skill("u1", "Python (computer programming)"), Skill("u2", "use spreadsheets software",
                                                             ("Excel",))),
    )  # fmt: skip
    extra = Taxonomy(
        "builtin",
        "v",
        (
            Skill("python", "Python", kind="technology"),
            Skill("excel", "Excel", kind="tool"),
            Skill("tableau", "Tableau", ("Tableau Desktop",), kind="tool"),
            Skill("empathy", "Empathy", kind="soft"),
        ),
    )
    merged = complement(base, extra)
    assert [s.id for s in merged.skills] == ["u1", "u2", PREFIX + "tableau"]
    assert merged.key == base.key and is_complemented(merged) and not is_complemented(base)
