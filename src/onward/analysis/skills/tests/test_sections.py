from __future__ import annotations

import pytest

from onward.analysis.skills import sections
from onward.analysis.skills.requirements import RequirementContext
from onward.analysis.skills.text import sentences


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        pytest.param("What we offer", sections.BENEFITS, id="what-we-offer"),
        pytest.param("## Benefits:", sections.BENEFITS, id="benefits-markdown"),
        pytest.param("Perks: free lunch on Fridays", sections.BENEFITS, id="perks-inline"),
        pytest.param("Why join us?", sections.BENEFITS, id="why-join-us"),
        pytest.param("About us", sections.COMPANY, id="about-us"),
        pytest.param("Who we are", sections.COMPANY, id="who-we-are"),
        pytest.param("About Northwind", sections.COMPANY, id="about-company-name"),
        pytest.param("Our hiring process", sections.PROCESS, id="process"),
        pytest.param("Equal opportunity employer", sections.EQUAL_OPPORTUNITY, id="eeo"),
        pytest.param("About the role", None, id="about-the-role"),
        pytest.param("About you", None, id="about-you"),
        pytest.param("About Me", None, id="about-me-on-a-resume"),
        pytest.param("Requirements", None, id="requirements"),
        pytest.param("We offer training in SQL and Python for all new starters.", None, id="prose"),
    ],
)
def test_context_heading(line: str, kind: str | None) -> None:
    assert sections.context_heading(line) == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        pytest.param("We are an equal opportunity employer.", sections.EQUAL_OPPORTUNITY, id="eeo"),
        pytest.param(
            "Reasonable adjustments are available at interview.",
            sections.EQUAL_OPPORTUNITY,
            id="adjustments",
        ),
        pytest.param("Pension with 6% employer contribution", sections.BENEFITS, id="pension"),
        pytest.param("Administer the company pension scheme.", None, id="pension-duty"),
        pytest.param("Experience with pension schemes", None, id="pension-skill"),
        pytest.param(
            "Northwind is a leading supplier of pricing software.", sections.COMPANY, id="blurb"
        ),
        pytest.param("Tidewater Insurance offers motor cover.", sections.COMPANY, id="offers"),
        pytest.param("Doe Healthcare is hiring a physiotherapist.", None, id="hiring"),
        pytest.param("We are looking for a data analyst.", None, id="looking-for"),
        pytest.param("Kubernetes is the backbone of our platform.", None, id="stack"),
        pytest.param(
            "SQL is required.Northwind is an equal opportunity employer.", None, id="run-together"
        ),
    ],
)
def test_context_sentence(sentence: str, kind: str | None) -> None:
    assert sections.context_sentence(sentence, has_cue=False) == kind


def _levels(text: str) -> list[tuple[str, str]]:
    spans = sentences(text)
    context = RequirementContext.build(text, spans)
    return [
        (text[s.start : s.end], level) for s, level in zip(spans, context.sections, strict=True)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Data Analyst\nLeeds\nRequirements\n- SQL",
            [("Data Analyst", "context"), ("Leeds", "unknown"), ("Requirements", "required"),
             ("SQL", "required")],
            id="title-line",
        ),
        pytest.param(
            "Requirements\n- SQL\nWhat we offer\n- Pension\n- Gym",
            [("Requirements", "required"), ("SQL", "required"), ("What we offer", "context"),
             ("Pension", "context"), ("Gym", "context")],
            id="benefits-after-requirements",
        ),
        pytest.param(
            "About us\nWe sell feed.\nWe are friendly.\n\nYou will use SQL daily.",
            [("About us", "context"), ("We sell feed.", "context"),
             ("We are friendly.", "context"), ("You will use SQL daily.", "unknown")],
            id="paragraph-ends-company-section",
        ),
        pytest.param(
            "About us\nWe sell feed.\nYou must know SQL.",
            [("About us", "context"), ("We sell feed.", "context"),
             ("You must know SQL.", "unknown")],
            id="cue-ends-company-section",
        ),
        pytest.param(
            "About us: we sell feed.\nAbout the role\nYou will use SQL.",
            [("About us: we sell feed.", "context"), ("About the role", "unknown"),
             ("You will use SQL.", "unknown")],
            id="role-heading-ends-it",
        ),
        pytest.param(
            "What we're looking for\n- SQL",
            [("What we're looking for", "required"), ("SQL", "required")],
            id="requirement-heading-without-cue",
        ),
    ],
)  # fmt: skip
def test_section_levels(text: str, expected: list[tuple[str, str]]) -> None:
    assert _levels(text) == expected


def test_context_off() -> None:
    text = "What we offer\n- Pension"
    context = RequirementContext.build(text, sentences(text), context=False)
    assert context.sections == ("unknown", "unknown")
