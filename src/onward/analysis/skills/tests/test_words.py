from __future__ import annotations

import pytest

from onward.analysis.skills import forms, words
from onward.analysis.skills.taxonomy import Skill
from onward.analysis.skills.text import normalise


@pytest.mark.parametrize(
    ("word", "common", "ordinary"),
    [
        pytest.param("trading", True, True, id="listed"),
        pytest.param("teams", True, True, id="plural-of-listed"),
        pytest.param("planning", True, True, id="doubled-consonant"),
        pytest.param("write", False, True, id="near-miss-only"),
        pytest.param("kubernetes", False, False, id="not-listed"),
    ],
)
def test_word_lists(word: str, common: bool, ordinary: bool) -> None:
    assert (words.is_common(word), words.is_ordinary(word)) == (common, ordinary)


def test_lists_are_lowercase_words() -> None:
    for listed in (words.common_words(), words.near_misses()):
        assert listed and all(w == w.lower() and " " not in w for w in listed)


@pytest.mark.parametrize(
    ("form", "kind", "flags"),
    [
        pytest.param("SQL", "technology", {forms.ACRONYM}, id="acronym"),
        pytest.param("DoE", "method", {forms.ACRONYM}, id="mixed-case-acronym"),
        pytest.param("PRINCE2", "certification", {forms.PROPER}, id="long-capitals-are-a-name"),
        pytest.param("Excel", "tool", {forms.PROPER, forms.COMMON}, id="product-common-word"),
        pytest.param("Kubernetes", "technology", {forms.PROPER}, id="product"),
        pytest.param("Trading", "task", {forms.COMMON}, id="activity"),
        pytest.param("analytics engineer", "method", {forms.TITLE}, id="job-title"),
        pytest.param("machine learning", "knowledge", set(), id="plain"),
    ],
)
def test_form_flags(form: str, kind: str, flags: set[str]) -> None:
    skill = Skill(id="x", label="Something else", kind=kind)
    assert forms.flags(form, normalise(form), skill, lowercase_labels=False) == flags
