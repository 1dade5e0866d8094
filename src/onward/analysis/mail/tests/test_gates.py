"""A cue's gate (its required literals, a cheap substring test before the regex scan)
never hides a match."""

from __future__ import annotations

import pytest

from onward.analysis.mail.classify import BODY_CUES, SUBJECT_CUES
from onward.analysis.mail.cue_engine import Cue, cue, find_hits, normalise
from onward.analysis.mail.tests.cases import ALL_CASES
from onward.analysis.mail.tests.cases_general import GENERAL_CASES
from onward.analysis.mail.tests.cases_round3 import ROUND3_ALL
from onward.analysis.mail.tests.cases_round4 import ROUND4_ALL


def _case_texts() -> list[str]:
    return [
        normalise(f"{c.subject}\n{c.body}")
        for c in ALL_CASES + GENERAL_CASES + ROUND3_ALL + ROUND4_ALL
    ]


@pytest.mark.parametrize(
    "item",
    [c for c in BODY_CUES + SUBJECT_CUES if c.gate],
    ids=lambda c: c.name,
)
def test_a_gate_never_hides_a_match(item: Cue) -> None:
    """Every text the pattern matches holds one of the cue's gate words."""
    for text in [*_case_texts(), item.name]:
        if item.pattern.search(text):
            assert any(word in text.casefold() for word in item.gate), text[:80]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("We have now filled the post.", True),
        ("Thanks, we will be in touch next week.", False),
    ],
    ids=["gate-word-present", "gate-word-absent"],
)
def test_a_gated_cue_is_searched_only_when_a_gate_word_is_there(text: str, found: bool) -> None:
    item = cue("filled", "rejection", 0.8, r"\bfilled the post\b", gate=("filled",))
    assert bool(find_hits([item], normalise(text))) is found
