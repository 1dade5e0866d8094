from __future__ import annotations

import pytest

from onward.analysis.skills.extract import ExtractConfig, SkillIndex, build_index, extract
from onward.analysis.skills.linking import SemanticLinker, clauses
from onward.analysis.skills.requirements import heading_level
from onward.analysis.skills.semantic import label_embeddings
from onward.analysis.skills.taxonomy import Taxonomy
from onward.analysis.skills.text import Span

from .conftest import FakeEncoder

POSTING = """Data Scientist

About us: we sell pig feed.

Requirements:
- 3+ years of Python and SQL
- Machine learning in production

Nice to have:
- JavaScript
- Power BI dashboards

You must have strong communication skills; experience with R is a plus.
"""


@pytest.fixture(scope="module")
def index(mini: Taxonomy) -> SkillIndex:
    return build_index(mini)


def _levels(text: str, index: SkillIndex) -> list[tuple[str, str, str]]:
    return [(m.surface, m.label, m.requirement) for m in extract(text, index)]


def test_posting_mentions_with_levels(index: SkillIndex) -> None:
    assert _levels(POSTING, index) == [
        ("Python", "Python (computer programming)", "required"),
        ("SQL", "SQL", "required"),
        ("Machine learning", "machine learning", "required"),
        ("JavaScript", "JavaScript", "preferred"),
        ("Power BI dashboards", "create data visualisations", "preferred"),
        ("communication", "communication", "required"),
        ("R", "R", "preferred"),
    ]


def test_offsets_point_into_the_input(index: SkillIndex) -> None:
    for mention in extract(POSTING, index):
        assert POSTING[mention.start : mention.end] == mention.surface
        sentence = POSTING[mention.sentence_start : mention.sentence_end]
        assert mention.surface in sentence
        assert mention.reasons


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        pytest.param("Python is required.", ["required"], id="cue-after"),
        pytest.param("Must have: Python, SQL", ["required", "required"], id="cue-before"),
        pytest.param(
            "Python is required, SQL is a plus", ["required", "preferred"], id="clause-cues"
        ),
        pytest.param("Bonus: JavaScript", ["preferred"], id="bonus"),
        pytest.param("Knowledge of SQL preferred", ["preferred"], id="preferred"),
        pytest.param("Nice-to-have: SQL", ["preferred"], id="nice-to-have"),
        pytest.param("We use SQL.", ["unknown"], id="no-cue"),
        pytest.param(
            "Requirements\nSQL\n\nNice to have\nPython", ["required", "preferred"], id="headings"
        ),
        pytest.param(
            "Nice to have:\nSQL\nAbout the team:\nPython",
            ["preferred", "unknown"],
            id="other-heading-closes-section",
        ),
    ],
)
def test_requirement_levels(index: SkillIndex, text: str, levels: list[str]) -> None:
    assert [m.requirement for m in extract(text, index)] == levels


@pytest.mark.parametrize(
    ("line", "level"),
    [
        pytest.param("Requirements:", "required", id="requirements"),
        pytest.param("Preferred Qualifications", "preferred", id="preferred-wins"),
        pytest.param("## Must have", "required", id="markdown"),
        pytest.param("About the role", None, id="no-cue"),
        pytest.param("We require that you have a driving licence for the job.", None, id="prose"),
    ],
)
def test_heading_level(line: str, level: str | None) -> None:
    assert heading_level(line) == level


def test_min_score_and_fuzzy_off(index: SkillIndex) -> None:
    text = "Javscript and SQL"
    assert [m.method for m in extract(text, index)] == ["fuzzy", "exact"]
    assert [m.method for m in extract(text, index, ExtractConfig(fuzzy=False))] == ["exact"]
    assert [m.label for m in extract(text, index, ExtractConfig(min_score=0.95))] == ["SQL"]


def test_semantic_links_requirement_sentences_without_lexical_hits(
    mini: Taxonomy, fake_encoder: FakeEncoder
) -> None:
    embeddings = label_embeddings(mini, fake_encoder)
    linker = SemanticLinker(mini, fake_encoder, embeddings)
    index = build_index(mini, semantic=linker)
    text = "Requirements:\n- you will handle our swine daily\n- we handle pigs kindly"
    config = ExtractConfig(semantic_threshold=0.25)
    mentions = extract(text, index, config)
    semantic = [m for m in mentions if m.method == "semantic"]
    assert [m.label for m in semantic] == ["handle pigs"]
    assert semantic[0].requirement == "required"
    assert "similar in meaning" in semantic[0].reasons[0]
    # the requirement phrase after "you will", not the whole line (semantic linking takes
    # the phrases nothing lexical linked)
    assert text[semantic[0].start : semantic[0].end] == "handle our swine daily"
    calls = fake_encoder.calls
    extract(text, index, config)
    assert fake_encoder.calls == calls  # clause vectors are cached across texts
    assert not [
        m for m in extract(text, index, ExtractConfig(semantic=False)) if m.method == "semantic"
    ]


def test_clauses() -> None:
    text = "Python, SQL and Scala (or Julia)"
    spans = clauses(text, Span(0, len(text)))
    assert [text[s.start : s.end] for s in spans] == ["Python", "SQL", "Scala", "Julia"]
