from __future__ import annotations

import pytest

from onward.analysis.skills.lexical import LexicalMatcher, LexicalPolicy
from onward.analysis.skills.taxonomy import Taxonomy, load_builtin_taxonomy
from onward.analysis.skills.text import normalise, sentences, tokenize


@pytest.fixture(scope="module")
def matcher(mini: Taxonomy) -> LexicalMatcher:
    return LexicalMatcher(mini)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("We use SQL daily", [("SQL", "exact", "SQL")], id="exact"),
        pytest.param(
            "Strong Python skills",
            [("Python", "alias", "Python (computer programming)")],
            id="alias",
        ),
        pytest.param(
            "knowledge of python programming",
            [("python programming", "alias", "Python (computer programming)")],
            id="longest-alias-wins",
        ),
        pytest.param(
            "Machine Learning and JS",
            [("Machine Learning", "exact", "machine learning"), ("JS", "alias", "JavaScript")],
            id="case-insensitive",
        ),
        pytest.param(
            "experience in machine lerning",
            [("machine lerning", "fuzzy", "machine learning")],
            id="typo",
        ),
        pytest.param("Javscript experience", [("Javscript", "fuzzy", "JavaScript")], id="typo-one"),
        pytest.param(
            "Java Script, PowerBI dashboards",
            [
                ("Java Script", "fuzzy", "JavaScript"),
                ("PowerBI dashboards", "fuzzy", "create data visualisations"),
            ],
            id="spacing-variants",
        ),
        pytest.param(
            "we use R and ML",
            [("R", "exact", "R"), ("ML", "alias", "machine learning")],
            id="short-labels-case-sensitive",
        ),
        pytest.param("r and ml in lower case", [], id="short-labels-wrong-case"),
        pytest.param(
            "project managements",
            [("project managements", "alias", "manage projects")],
            id="plural",
        ),
        pytest.param("Nothing to see here", [], id="none"),
    ],
)
def test_matches(matcher: LexicalMatcher, text: str, expected: list[tuple[str, str, str]]) -> None:
    tokens = tokenize(text)
    hits = matcher.match(text)
    found = [
        (
            text[tokens[h.first].start : tokens[h.last - 1].end],
            h.method,
            matcher.taxonomy.skills[h.skill].label,
        )
        for h in hits
    ]
    assert found == expected


def test_fuzzy_can_be_switched_off(matcher: LexicalMatcher) -> None:
    assert matcher.match("machine lerning", fuzzy=False) == []


def test_hits_explain_themselves(matcher: LexicalMatcher) -> None:
    (hit,) = matcher.match("Javscript")
    assert "close spelling of 'JavaScript'" in hit.reason
    assert 0 < hit.score < 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("C++ and C#, Node.js", ["c++", "and", "c#", "node.js"], id="symbols"),
        pytest.param("Résumé databases", ["resume", "database"], id="fold-and-plural"),
        pytest.param("analyses it's", ["analyse", "it"], id="keep-short"),
    ],
)
def test_tokens(text: str, expected: list[str]) -> None:
    tokens = tokenize(text)
    assert [t.norm for t in tokens] == expected
    assert all(text[t.start : t.end] for t in tokens)


def test_normalise_is_tokenize() -> None:
    assert normalise("Python (computer programming)") == ("python", "computer", "programming")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("One. Two! Three", ["One.", "Two!", "Three"], id="punctuation"),
        pytest.param(
            "Use Node.js daily. e.g. this", ["Use Node.js daily. e.g. this"], id="inner-dots"
        ),
        pytest.param(
            "Requirements:\n- SQL\n- Python\n\nNice",
            ["Requirements:", "SQL", "Python", "Nice"],
            id="bullets",
        ),
        pytest.param("• a\n• b", ["a", "b"], id="bullet-chars"),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in sentences(text)] == expected


@pytest.mark.parametrize(
    ("text", "strict", "ranking"),
    [
        pytest.param("John Doe", [], ["experimental-design"], id="acronym-case"),
        pytest.param("a friendly team", [], ["microsoft-teams"], id="bare-qualified-plural"),
        pytest.param("Experienced design", [], ["user-experience-design"], id="inflection"),
        pytest.param("Design of experiments (DoE)", ["experimental-design"] * 2,
                     ["experimental-design"] * 2, id="both"),
    ],
)  # fmt: skip
def test_ranking_policy_keeps_the_permissive_matching(
    text: str, strict: list[str], ranking: list[str]
) -> None:
    """The ranking benchmark was measured with the permissive policy; the product path
    (default policy) is stricter. Hits are compared before extraction's context checks."""
    taxonomy = load_builtin_taxonomy()
    ids = {
        "strict": LexicalMatcher(taxonomy),
        "ranking": LexicalMatcher(taxonomy, LexicalPolicy.ranking()),
    }
    found = {
        name: [taxonomy.skills[h.skill].id for h in matcher.match(text)]
        for name, matcher in ids.items()
    }
    assert found == {"strict": strict, "ranking": ranking}


def test_strict_hits_carry_their_form() -> None:
    matcher = LexicalMatcher(load_builtin_taxonomy())
    (hit,) = matcher.match("Services in Go")
    assert hit.entry is not None and hit.entry.origin == "bare-label"
    assert hit.entry.qualifier == ("programming", "language")
    (pricing,) = matcher.match("pricing")
    assert {e.skill for e in (pricing.entry, *pricing.others) if e} == {
        matcher.taxonomy.index_of("pricing-finance"),
        matcher.taxonomy.index_of("actuarial-science"),
    }
