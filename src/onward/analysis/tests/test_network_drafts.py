"""Networking note drafts: every kind in three tones, addressed and filled in."""

from __future__ import annotations

import pytest

from onward.analysis.drafts import Tone
from onward.analysis.network_drafts import NetworkNote, NoteKind, note_drafts


@pytest.mark.parametrize("kind", [pytest.param(k, id=k.value) for k in NoteKind])
def test_every_kind_has_three_tones_that_name_the_people(kind: NoteKind) -> None:
    note = NetworkNote(
        kind=kind,
        candidate_name="Alice Example",
        contact_name="Jo Park",
        company="Acme",
        role_title="Data Analyst",
    )
    drafts = note_drafts(note)
    assert [d.tone for d in drafts] == [Tone.BRIEF, Tone.WARM, Tone.SPECIFIC_QUESTION]
    assert drafts[0].body.startswith("Dear Jo Park,")
    assert drafts[1].body.startswith("Hi Jo,")
    for draft in drafts:
        assert draft.body.endswith("Alice Example") and draft.subject
        assert "  " not in draft.body
    assert "?" in drafts[2].body


@pytest.mark.parametrize(
    ("contact", "warm_greeting"),
    [
        pytest.param("", "Dear Hiring Team,", id="nobody"),
        pytest.param("Dr Lee", "Dear Dr Lee,", id="title"),
    ],
)
def test_greetings(contact: str, warm_greeting: str) -> None:
    drafts = note_drafts(NetworkNote(NoteKind.FOLLOW_UP, "Alice", contact_name=contact))
    assert drafts[1].body.startswith(warm_greeting)
    assert "the role" in drafts[0].body


def test_keep_warm_mentions_how_you_met() -> None:
    drafts = note_drafts(
        NetworkNote(NoteKind.KEEP_WARM, "Alice", "Jo Park", "Acme", how_met="at the PyData meetup")
    )
    assert "since we met at the PyData meetup" in drafts[0].body


def test_a_candidate_name_is_required() -> None:
    with pytest.raises(ValueError, match="candidate_name"):
        note_drafts(NetworkNote(NoteKind.THANK_YOU, " "))
