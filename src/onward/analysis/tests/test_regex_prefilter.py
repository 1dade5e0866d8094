"""The regex prefilter: what every match of a pattern begins with, and that neither use
of it (skipping a feedback pattern, a mail pattern's first-character lookahead) ever
changes what is found."""

from __future__ import annotations

import re

import pytest

from onward.analysis.feedback_cues import CUES
from onward.analysis.feedback_text import compile_phrase
from onward.analysis.regex_prefilter import (
    WIDTH,
    may_match,
    required_literals,
    starts_of,
    with_first_char_lookahead,
    word_starts,
)

STARTS = [
    pytest.param(r"cvs?|r[eé]sum[eé]s?", 5, {"cvs", "cv", "resum", "résum"}, id="branch-and-set"),
    pytest.param(r"(?:your |the )?analysis", 5, {"your ", "the a", "analy"}, id="optional-prefix"),
    pytest.param(r"x?y", 5, {"y", "xy"}, id="optional-letter"),
    pytest.param(r"a(?:b|c)+d", 5, {"ab", "ac"}, id="repeat-ends-what-is-known"),
    pytest.param(r"a(?:b|c)++d", 5, {"ab", "ac"}, id="possessive-repeat"),
    pytest.param(r"(?:\w+'d|would) have", 5, None, id="class-first-is-unknown"),
    pytest.param(r"(?<!of )interview", 5, {"inter"}, id="lookbehind-is-skipped"),
    pytest.param(r"(?:a|b)?", 5, None, id="may-be-empty"),
    pytest.param(r"[\x00-\xff]oo", 5, None, id="wide-range-is-unknown"),
    pytest.param(r"[a-c]x", 5, {"ax", "bx", "cx"}, id="narrow-range"),
    pytest.param(r"\b(?:sadly|i'm afraid)\b", 1, {"s", "i"}, id="first-chars"),
    pytest.param(r"(?:an? )?(?:internal|external) candidate", 1, {"a", "i", "e"}, id="first-opt"),
]


@pytest.mark.parametrize(("pattern", "width", "expected"), STARTS)
def test_starts_of(pattern: str, width: int, expected: set[str] | None) -> None:
    found = starts_of(pattern, width=width)
    assert (None if found is None else set(found)) == expected


def test_default_width() -> None:
    assert WIDTH == 5
    assert starts_of("interviews") == frozenset({"inter"})


FEEDBACK_TEXTS = [
    pytest.param("Your CV was great but the résumé format let you down.", id="accents"),
    pytest.param("We'd have liked more depth - a re-do of the take-home.", id="hyphens"),
    pytest.param("", id="empty"),
    pytest.param("x", id="one-letter"),
]


@pytest.mark.parametrize("text", FEEDBACK_TEXTS)
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


MAIL_TEXT = (
    "Sadly we won't be moving forward. I'm afraid the role's gone to an internal candidate; "
    "[Re:] 50% OFF! n't-not? unable to\tproceed. Ärger über Absage. ünd 'quoted' -dash- "
    "K\u212a \u017fs"
)


@pytest.mark.parametrize(
    "regex",
    [
        r"\b(?:sadly|i'm afraid)\b",
        r"(?:\bnot|n't|\bunable to)\s+\w+",
        r"(?:an? )?(?:internal|external) candidate",
        r"\d+% off",
        r"[^a-z]+",
        r"\[re:\]",
        r"(?:x)?",
        r"k",
        r"s+",
        r"[a-c-]dash",
        r"über|ärger",
        r"(?=gone)\w+",
    ],
    ids=lambda r: r,
)
def test_lookahead_keeps_matches(regex: str) -> None:
    plain = re.compile(regex, re.I)
    fast = re.compile(with_first_char_lookahead(regex, re.I), re.I)
    assert [m.span() for m in fast.finditer(MAIL_TEXT)] == [
        m.span() for m in plain.finditer(MAIL_TEXT)
    ]


@pytest.mark.parametrize(
    ("regex", "prefixed"),
    [(r"\bsadly", True), (r"(?:x)?", False), (r".+", False), (r"\w+", False)],
    ids=["literal", "nullable", "any", "category"],
)
def test_lookahead_only_when_it_helps(regex: str, prefixed: bool) -> None:
    assert with_first_char_lookahead(regex, re.I).startswith("(?=[") is prefixed


REQUIRED = [
    pytest.param(r"\bwe (?:have )?filled (?:it|the post)", {"fille"}, id="a-later-word"),
    pytest.param(r"(?:offered|gave) (?:it|the job) to", {"offer", "gave "}, id="longest-set-wins"),
    pytest.param(r"\b(?:a|an|the)\s+(?:trial|test) day", {"trial", "test "}, id="inside-a-group"),
    pytest.param(r"(?:x|y)\s+\w+", None, id="too-short"),
    pytest.param(r"\w+\s+\w+", None, id="nothing-literal"),
    pytest.param(
        r"(?:not|never) (?:hired|taken)|unsuccessful", {" hire", " take", "unsuc"}, id="branch"
    ),
    pytest.param(r"(?:very )?(?:kind|nice) words", {" word"}, id="optional-skipped"),
    pytest.param(r"(?:ab)+cde", {"cde"}, id="after-a-repeat"),
]


@pytest.mark.parametrize(("pattern", "expected"), REQUIRED)
def test_required_literals(pattern: str, expected: set[str] | None) -> None:
    found = required_literals(pattern, flags=re.I)
    assert (None if found is None else set(found)) == expected


@pytest.mark.parametrize("pattern", [p.values[0] for p in REQUIRED if p.values[1]])
def test_every_match_holds_a_required_literal(pattern: str) -> None:
    text = (
        "We have filled the post. They gave the job to Sam; an unsuccessful bid. Not hired. "
        "Never taken. A TRIAL  day, the test day. Very kind words, nice words. ABABCDE abcde."
    )
    literals = required_literals(pattern, flags=re.I)
    assert literals is not None
    for m in re.finditer(pattern, text, re.I):
        assert any(lit in m.group().casefold() for lit in literals), m.group()
