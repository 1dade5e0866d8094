"""Skills named as missing in feedback: only what the employer frames as lacking.

Snippets written for these tests. Each row: the feedback, the phrases :func:`missing_spans`
must read as lacking, and the built-in vocabulary labels :func:`named_missing` must link
them to (lexical index, no semantic linker).
"""

from __future__ import annotations

import functools

import pytest

from onward.analysis.feedback import Polarity, classify_feedback
from onward.analysis.feedback_missing import missing_spans
from onward.analysis.feedback_needs import link_phrase, named_missing
from onward.analysis.skills.engine import load_index
from onward.analysis.skills.extract import SkillIndex
from onward.analysis.skills.taxonomy import load_builtin_taxonomy

# The example of issue 10: a greeting with a name that is also a product (Autodesk Maya),
# praise for SQL, and the gap in a multi-word need after a heading-like clause.
MAYA = (
    "Hi Maya, thanks for asking. Your SQL was strong and your dashboards were clear. "
    "Where you fell short was the experimentation question: we needed someone who could "
    "size an A/B test and reason about statistical power."
)


@functools.cache
def index() -> SkillIndex:
    return load_index(load_builtin_taxonomy(), semantic="none")


CASES = [
    pytest.param(
        MAYA, ["size an A/B test", "statistical power"], ["A/B testing", "Statistics"], id="maya"
    ),
    pytest.param(
        "Your Python was excellent and you explained your thinking clearly. "
        "Keep building on your Kubernetes work.",
        [],
        [],
        id="praise-and-keep-doing",
    ),
    pytest.param(
        "Thanks for your time.\n\nBest wishes,\nJulia Swift\nTalent Partner, Ruby Analytics Ltd",
        [],
        [],
        id="signature-and-company",
    ),
    pytest.param(
        "We went with a candidate who lives closer to the site.",
        [],
        [],
        id="other-candidate-not-a-gap",
    ),
    pytest.param(
        "We hired someone who had more hands-on Terraform experience.",
        ["Terraform"],
        ["Terraform"],
        id="other-candidate-framed-as-gap",
    ),
    pytest.param(
        "Sadly the team works entirely in Figma, and your experience is mostly Sketch.",
        ["Figma"],
        ["Figma"],
        id="what-you-have-is-not-missing",
    ),
    pytest.param(
        "The main gap for us was stakeholder management.",
        ["stakeholder management"],
        ["Stakeholder management"],
        id="main-gap",
    ),
    pytest.param(
        "You didn't demonstrate much knowledge of GDPR.",
        ["GDPR"],
        ["GDPR"],
        id="did-not-demonstrate",
    ),
    pytest.param(
        "Recruiter call notes:\n- strong on Excel\n- needs to work on: financial modelling, "
        "forecasting\n- salary ok",
        ["financial modelling", "forecasting"],
        ["Financial modelling", "Forecasting"],
        id="call-notes-bullets",
    ),
    pytest.param(
        "Next time I'd suggest brushing up on Docker and CI/CD pipelines.",
        ["Docker", "CI/CD pipelines"],
        ["Docker", "Continuous integration and delivery"],
        id="advice",
    ),
    pytest.param(
        "We were looking for someone with React Native experience; your background is mostly web.",
        ["React Native"],
        ["React Native"],
        id="looking-for",
    ),
]


@pytest.mark.parametrize(("text", "phrases", "labels"), CASES)
def test_missing_spans(text: str, phrases: list[str], labels: list[str]) -> None:
    spans = missing_spans(text)
    assert [s.phrase for s in spans] == phrases
    for span in spans:
        assert text[span.start : span.end] == span.phrase
        assert span.cue and span.reason


@pytest.mark.parametrize(("text", "phrases", "labels"), CASES)
def test_named_missing(text: str, phrases: list[str], labels: list[str]) -> None:
    named = named_missing(text, index())
    assert [n.label for n in named] == labels
    assert all(n.reason.startswith(n.span.reason) for n in named)


def test_maya_names_nothing_from_the_greeting_or_the_praise() -> None:
    labels = {n.label.lower() for n in named_missing(MAYA, index())}
    assert not {label for label in labels if "maya" in label or "sql" in label}
    concerns = [
        e.phrase
        for t in classify_feedback(MAYA).themes
        if t.polarity == Polarity.CONCERN
        for e in t.evidence
    ]
    assert concerns
    assert not [p for p in concerns if "SQL" in p or "Maya" in p]


@pytest.mark.parametrize(
    ("phrase", "label", "method"),
    [
        pytest.param("statistical power", "Statistics", "words", id="words-cover-the-phrase"),
        pytest.param("size an A/B test", "A/B testing", "words", id="words-of-an-alias"),
        pytest.param("Terraform", "Terraform", "exact", id="the-label-itself"),
    ],
)
def test_link_phrase(phrase: str, label: str, method: str) -> None:
    links = link_phrase(phrase, index())
    assert links
    assert index().taxonomy.skills[links[0].skill].label == label
    assert links[0].method == method
    assert links[0].reason


def test_link_phrase_without_a_skill_word_links_nothing() -> None:
    assert link_phrase("the overall picture", index()) == []
