"""The prefix filter of the feedback lexicon: what every match of a pattern begins with,
and that skipping patterns by it never changes what is found."""

from __future__ import annotations

import re

import pytest

from onward.analysis.feedback_cues import CUES
from onward.analysis.feedback_prefix import WIDTH, may_match, starts_of, word_starts
from onward.analysis.feedback_text import compile_phrase

STARTS = [
    pytest.param(r"cvs?|r[eé]sum[eé]s?", {"cvs", "cv", "resum", "résum"}, id="branch-and-set"),
    pytest.param(r"(?:your |the )?analysis", {"your ", "the a", "analy"}, id="optional-prefix"),
    pytest.param(r"x?y", {"y", "xy"}, id="optional-letter"),
    pytest.param(r"a(?:b|c)+d", {"ab", "ac"}, id="repeat-ends-what-is-known"),
    pytest.param(r"(?:\w+'d|would) have", None, id="class-first-is-unknown"),
    pytest.param(r"(?<!of )interview", {"inter"}, id="lookbehind-is-skipped"),
    pytest.param(r"(?:a|b)?", None, id="may-be-empty"),
]


@pytest.mark.parametrize(("pattern", "expected"), STARTS)
def test_starts_of(pattern: str, expected: set[str] | None) -> None:
    found = starts_of(pattern)
    assert (None if found is None else set(found)) == expected
    assert WIDTH == 5


TEXTS = [
    pytest.param("Your CV was great but the résumé format let you down.", id="accents"),
    pytest.param("We'd have liked more depth - a re-do of the take-home.", id="hyphens"),
    pytest.param("", id="empty"),
    pytest.param("x", id="one-letter"),
]


@pytest.mark.parametrize("text", TEXTS)
def test_skipping_never_changes_what_is_found(text: str) -> None:
    norm = text.lower()
    offered = word_starts(norm)
    for cues in CUES.values():
        for cue in cues:
            found = [m.span() for m in compile_phrase(cue.pattern).finditer(norm)]
            if not may_match(starts_of(cue.pattern), offered):
                assert found == [], cue.pattern


def test_every_match_starts_with_a_listed_prefix() -> None:
    text = "the panel found your cv and your analysis strong; résumés vary"
    for pattern in (r"cvs?|r[eé]sum[eé]s?", r"(?:your |the )?analysis"):
        starts = starts_of(pattern)
        assert starts is not None
        for m in re.finditer(pattern, text):
            assert any(m.group().startswith(s) or s.startswith(m.group()) for s in starts)
