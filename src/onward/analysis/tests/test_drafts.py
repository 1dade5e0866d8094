from __future__ import annotations

import re

import pytest

from onward.analysis.drafts import (
    DraftContext,
    EmailDraft,
    NoteContext,
    Tone,
    feedback_request_drafts,
    stay_in_touch_note,
    thank_you_note,
)


def ctx(**overrides: object) -> DraftContext:
    values: dict[str, object] = {
        "candidate_name": "Amara Okafor",
        "company": "Northwind Trading",
        "role_title": "Operations Analyst",
        "contact_name": "Priya Shah",
        "stage_reached": "applied",
        "interview_rounds": 0,
        "specific_question": None,
    }
    values.update(overrides)
    return DraftContext(**values)  # type: ignore[arg-type]


def assert_clean(draft: EmailDraft) -> None:
    """No unfilled placeholders, no stray spacing, no shouting, no grovelling."""
    text = f"{draft.subject}\n{draft.body}"
    assert not re.search(r"[{}]|None|\s[,.;:]|  |\.\.|!", text), text
    assert not re.search(r"(?i)\b(sorry|beg|desperate|please reconsider)\b", text), text
    assert draft.body == draft.body.strip()
    assert len(draft.body.split()) < 140  # short enough to read on a phone


STAGES = [
    # (stage, rounds, wording the drafts must contain, wording they must not)
    pytest.param("applied", 0, "my application", "interview", id="after-application"),
    pytest.param("saved", 0, "my application", "interview", id="saved-reads-as-application"),
    pytest.param("screening", 0, "our conversation", "interviewing", id="after-screening"),
    pytest.param("interview", 1, "my interview", "final", id="after-one-interview"),
    pytest.param("interview", 2, "my two interviews", "final", id="after-two-interviews"),
    pytest.param(
        "interview", 4, "final-stage interviews", "my application", id="after-four-rounds"
    ),
    pytest.param("offer", 3, "final-stage interviews", "my application", id="at-offer-stage"),
    pytest.param("INTERVIEW", 1, "my interview", "final", id="stage-case-insensitive"),
]


@pytest.mark.parametrize(("stage", "rounds", "wording", "not_wording"), STAGES)
def test_feedback_request_drafts_by_stage(
    stage: str, rounds: int, wording: str, not_wording: str
) -> None:
    drafts = feedback_request_drafts(ctx(stage_reached=stage, interview_rounds=rounds))
    assert [d.tone for d in drafts] == [Tone.BRIEF, Tone.WARM, Tone.SPECIFIC_QUESTION]
    assert len({d.body for d in drafts}) == 3
    for draft in drafts:
        assert_clean(draft)
        assert draft.body.startswith("Dear Priya Shah,")
        assert draft.body.endswith("\nAmara Okafor")
        assert "Operations Analyst role at Northwind Trading" in draft.body
        assert "Operations Analyst" in draft.subject
    brief, warm, _ = drafts
    assert wording in brief.body
    assert wording in warm.body
    assert not_wording not in brief.body


def test_stage_changes_the_wording() -> None:
    early = feedback_request_drafts(ctx(stage_reached="applied"))
    late = feedback_request_drafts(ctx(stage_reached="interview", interview_rounds=3))
    for before, after in zip(early, late, strict=True):
        assert before.body != after.body
    assert "over three rounds" in late[1].body


def test_no_contact_uses_a_generic_greeting() -> None:
    for contact in (None, "", "   "):
        for draft in feedback_request_drafts(ctx(contact_name=contact)):
            assert draft.body.startswith("Dear Hiring Team,\n\n")
            assert_clean(draft)


QUESTIONS = [
    pytest.param(None, "Was there anything in my CV or cover letter", "applied", id="default-app"),
    pytest.param("", "Was there one area of my interview", "interview", id="blank-uses-default"),
    pytest.param(None, "What was the main factor in the final decision?", "offer", id="final"),
    pytest.param(
        "was my SQL the deciding factor",
        "Was my SQL the deciding factor?",
        "interview",
        id="question-tidied",
    ),
    pytest.param(
        "How did my case study compare with what you expected?",
        "How did my case study compare with what you expected?",
        "interview",
        id="question-as-written",
    ),
]


@pytest.mark.parametrize(("question", "expected", "stage"), QUESTIONS)
def test_specific_question(question: str | None, expected: str, stage: str) -> None:
    *_, specific = feedback_request_drafts(ctx(specific_question=question, stage_reached=stage))
    assert specific.tone == Tone.SPECIFIC_QUESTION
    assert expected in specific.body
    assert specific.body.count("?") == 1  # exactly one question
    assert_clean(specific)


def test_missing_role_title_reads_naturally() -> None:
    for draft in feedback_request_drafts(ctx(role_title="  ")):
        assert "the role at Northwind Trading" in draft.body
        assert "()" not in draft.subject
        assert_clean(draft)


@pytest.mark.parametrize(
    "overrides", [{"candidate_name": " "}, {"company": ""}], ids=["no-name", "no-company"]
)
def test_feedback_request_requires_name_and_company(overrides: dict[str, str]) -> None:
    with pytest.raises(ValueError, match="required"):
        feedback_request_drafts(ctx(**overrides))


NOTES = [
    pytest.param(
        NoteContext(
            "Amara Okafor",
            "Jo Park",
            "Globex",
            context="at the PyData meetup in March",
            topic="your advice on portfolio reviews",
            looking_for="analytics roles",
        ),
        "Hi Jo,",
        ["at the PyData meetup in March", "your advice on portfolio reviews", "Globex"],
        ["at the PyData meetup in March", "analytics roles", "Globex"],
        id="full-context",
    ),
    pytest.param(
        NoteContext("Amara Okafor", "Dr. Helen Moss", "Initech"),
        "Dear Dr. Helen Moss,",
        ["taking the time to talk with me", "Initech"],
        ["our last conversation", "my next role", "Initech"],
        id="title-and-no-context",
    ),
    pytest.param(
        NoteContext("Amara Okafor", "  Sam  ", "Hooli", context="  ", topic=" "),
        "Hi Sam,",
        ["taking the time to talk with me"],
        ["our last conversation"],
        id="blank-fields",
    ),
]


@pytest.mark.parametrize(("note", "greeting", "thanks_has", "touch_has"), NOTES)
def test_networking_notes(
    note: NoteContext, greeting: str, thanks_has: list[str], touch_has: list[str]
) -> None:
    thanks, touch = thank_you_note(note), stay_in_touch_note(note)
    assert (thanks.tone, touch.tone) == (Tone.THANK_YOU, Tone.STAY_IN_TOUCH)
    for draft, expected in ((thanks, thanks_has), (touch, touch_has)):
        assert_clean(draft)
        assert draft.body.startswith(f"{greeting}\n\n")
        assert draft.body.endswith("Best wishes,\nAmara Okafor")
        assert all(fragment in draft.body for fragment in expected), draft.body


def test_thank_you_subject_uses_first_name() -> None:
    assert thank_you_note(NoteContext("A", "Jo Park", "Globex")).subject == "Thank you, Jo"
    assert thank_you_note(NoteContext("A", "Dr Park", "Globex")).subject == "Thank you"


def test_notes_require_names() -> None:
    with pytest.raises(ValueError, match="required"):
        thank_you_note(NoteContext("Amara", " ", "Globex"))
