"""Which saved target role a job title names (whole words, longest name first)."""

from __future__ import annotations

import pytest

from onward.analysis.target_roles import RoleName, match_title, words

ROLES = (
    RoleName("1", "data analyst", ("BI analyst", "reporting analyst")),
    RoleName("2", "analyst"),
    RoleName("3", "software developer", ("programmer", "C++ engineer")),
)


@pytest.mark.parametrize(
    ("title", "key", "matched"),
    [
        pytest.param("Senior Data Analyst (remote)", "1", "data analyst", id="label-in-title"),
        pytest.param("BI-Analyst, Berlin", "1", "BI analyst", id="alt-label-hyphen"),
        pytest.param("Financial Analyst", "2", "analyst", id="shorter-name"),
        pytest.param("Lead C++ Engineer", "3", "C++ engineer", id="symbols-kept"),
        pytest.param("Analyst, data", "2", "analyst", id="order-matters"),
        pytest.param("Programmers wanted", None, None, id="whole-words-only"),
        pytest.param("", None, None, id="empty-title"),
    ],
)
def test_match_title(title: str, key: str | None, matched: str | None) -> None:
    found = match_title(title, ROLES)
    assert (found.key if found else None, found.matched if found else None) == (key, matched)


def test_ties_go_to_the_role_saved_first() -> None:
    roles = (RoleName("a", "engineer"), RoleName("b", "Engineer"))
    found = match_title("Site engineer", roles)
    assert found is not None and found.key == "a"
    assert found.reason == "The job title contains “engineer”."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Node.js & C# Dev", ("node.js", "c#", "dev"), id="dotted-and-sharp"),
        pytest.param("R&D Lead", ("r&d", "lead"), id="ampersand-inside"),
        pytest.param("Data & Analytics", ("data", "analytics"), id="ampersand-alone"),
    ],
)
def test_words(text: str, expected: tuple[str, ...]) -> None:
    assert words(text) == expected
