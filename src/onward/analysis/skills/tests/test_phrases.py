"""Requirement phrases (the proposer), the light stemmer and the phrase linker."""

from __future__ import annotations

import pytest

from onward.analysis.skills.phraselink import PhraseLinker
from onward.analysis.skills.phrases import KNOWLEDGE, SKILL, SOFT, propose
from onward.analysis.skills.phrasewords import verb_base
from onward.analysis.skills.stems import stem
from onward.analysis.skills.taxonomy import Skill, Taxonomy
from onward.analysis.skills.text import Span


def _phrases(text: str) -> list[tuple[str, str]]:
    return [(text[p.start : p.end], p.kind) for p in propose(text, Span(0, len(text)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Experience with Snowflake, Airflow and Kafka",
            [("Snowflake", KNOWLEDGE), ("Airflow and Kafka", KNOWLEDGE)],
            id="after-experience-with-a-list",
        ),
        pytest.param(
            "Knowledge of payroll legislation is a plus",
            [("payroll legislation", KNOWLEDGE)],
            id="ends-before-a-plus",
        ),
        pytest.param(
            "Ability to explain findings to a lay audience",
            [("explain findings to a lay audience", SKILL)],
            id="ability-to",
        ),
        pytest.param(
            "You will plan the rota and train new starters",
            [("plan the rota", SKILL), ("train new starters", SKILL)],
            id="you-will-two-duties",
        ),
        pytest.param(
            "- Reconcile supplier statements every month",
            [("Reconcile supplier statements every month", SKILL)],
            id="a-bullet-duty",
        ),
        pytest.param(
            "Solid bookkeeping and VAT experience",
            [("bookkeeping and VAT experience", KNOWLEDGE)],
            id="before-experience",
        ),
        pytest.param(
            "Clear written and verbal communication skills",
            [("written and verbal communication skills", SOFT)],
            id="soft-skill-noun",
        ),
        pytest.param(
            "You are patient, organised and a team player",
            [("patient", SOFT), ("organised", SOFT), ("team player", SOFT)],
            id="qualities-of-the-person",
        ),
        pytest.param("Our creative studio designs toys", [], id="quality-of-a-thing"),
        pytest.param("Learning & Development Budget", [], id="title-case-heading"),
        pytest.param("We are able to offer hybrid working", [], id="we-are-able-to"),
        pytest.param("The finance team is responsible for payroll", [], id="company-responsible"),
        pytest.param("Apply now through our careers page", [], id="apply-now"),
        pytest.param("Experience level: senior", [], id="no-phrase-after-a-colon"),
        pytest.param("<ADDRESS> <LOCATION>", [], id="capitals-are-no-verb"),
    ],
)
def test_propose(text: str, expected: list[tuple[str, str]]) -> None:
    assert _phrases(text) == expected


@pytest.mark.parametrize(
    ("word", "base"),
    [
        pytest.param("designs", "design", id="s"),
        pytest.param("managing", "manage", id="ing-e"),
        pytest.param("planned", "plan", id="doubled"),
        pytest.param("applied", "apply", id="ied"),
        pytest.param("table", None, id="not-a-verb"),
    ],
)
def test_verb_base(word: str, base: str | None) -> None:
    assert verb_base(word) == base


@pytest.mark.parametrize(
    ("words", "same"),
    [
        pytest.param(("develop", "development", "developer", "developing"), True, id="develop"),
        pytest.param(("organise", "organization", "organisational"), True, id="organise"),
        pytest.param(("analysis", "analytical", "analyst", "analyse"), True, id="analy"),
        pytest.param(("curious", "curiosity"), True, id="curious"),
        pytest.param(("improve", "improvisation"), False, id="not-improvisation"),
        pytest.param(("better", "betting"), False, id="not-betting"),
    ],
)
def test_stem_families(words: tuple[str, ...], same: bool) -> None:
    assert (len({stem(w) for w in words}) == 1) is same


def _taxonomy() -> Taxonomy:
    skills = (
        Skill("s1", "stakeholder management", ("managing stakeholders",)),
        Skill("s2", "work independently", ("work autonomously",)),
        Skill("s3", "demonstrate curiosity", ("be curious",)),
        Skill("s4", "use dictionaries"),
        Skill("s5", "communication"),
        Skill("s6", "bioinformatics"),
        Skill("s7", "A-level teaching"),
    )
    return Taxonomy(source="test", version="1", skills=skills)


@pytest.mark.parametrize(
    ("phrase", "label"),
    [
        pytest.param("manage our stakeholders", "stakeholder management", id="any-order-form"),
        pytest.param(
            "working independently and efficiently", "work independently", id="covers-most"
        ),
        pytest.param("curious", "demonstrate curiosity", id="light-verb-left-out"),
        pytest.param("strong communication skills", "communication", id="filler-ignored"),
        pytest.param("data dictionaries", None, id="light-verb-label-needs-a-short-phrase"),
        pytest.param(
            "develop new bioinformatics pipelines for sequencing labs", None, id="covers-too-little"
        ),
        pytest.param("a senior level", None, id="one-letter-part-kept-whole"),
    ],
)
def test_phrase_linker(phrase: str, label: str | None) -> None:
    link = PhraseLinker(_taxonomy()).link(phrase)
    assert (link.label if link else None) == label
