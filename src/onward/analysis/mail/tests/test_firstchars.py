"""The first-character lookahead never changes what a pattern matches."""

from __future__ import annotations

import re

import pytest

from onward.analysis.mail.firstchars import with_first_char_lookahead

TEXT = (
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
    assert [m.span() for m in fast.finditer(TEXT)] == [m.span() for m in plain.finditer(TEXT)]


@pytest.mark.parametrize(
    ("regex", "prefixed"),
    [(r"\bsadly", True), (r"(?:x)?", False), (r".+", False), (r"\w+", False)],
    ids=["literal", "nullable", "any", "category"],
)
def test_lookahead_only_when_it_helps(regex: str, prefixed: bool) -> None:
    assert with_first_char_lookahead(regex, re.I).startswith("(?=[") is prefixed
