"""Table-driven tests for the feedback theme classifier.

Tables in data/feedback_cases.json (the project keeps its blind set outside the
repository): ``tuning`` (every case must pass), ``tuning_h2`` (ids ``h2-*``, the second
round's held-out table, tuning data since the third round), ``tuning_t3`` (ids ``t3-*``,
the third round's snippets across professions and registers, labelled before the
classifier ran) and ``tuning_f4``..``tuning_f6`` (the fourth round's, likewise). For
those only the overall accuracy is asserted, with a floor that guards against regressions.
The ``holdout_*`` tables are never tuned on and not asserted here. Expected labels: a
plain theme is a concern (or an outside circumstance), ``+theme`` a strength. The figures
are in docs/benchmarks.md (``python -m onward.bench feedback``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from onward.analysis.feedback import (
    THEME_INFO,
    THEMES,
    FeedbackAnalysis,
    Polarity,
    Theme,
    classify_feedback,
)


def signature(analysis: FeedbackAnalysis) -> set[str]:
    return {
        f"+{t.theme.value}" if t.polarity == Polarity.STRENGTH else t.theme.value
        for t in analysis.themes
    }


CASES = json.loads((Path(__file__).parent / "data" / "feedback_cases.json").read_text("utf-8"))


def table(name: str) -> list[Any]:
    return [pytest.param(c["text"], set(c["expected"]), id=c["id"]) for c in CASES[name]]


TUNING = table("tuning")


@pytest.mark.parametrize(("text", "expected"), TUNING)
def test_tuning_table(text: str, expected: set[str]) -> None:
    assert signature(classify_feedback(text)) == expected


# (text, theme, polarity, phrase, qualifier): the evidence must point at these substrings.
EVIDENCE = [
    pytest.param(
        "Your technical skills were strong, but your communication could be clearer.",
        "technical_skills",
        "strength",
        "technical skills",
        "strong",
        id="praise-before-but",
    ),
    pytest.param(
        "Your technical skills were strong, but your communication could be clearer.",
        "communication",
        "concern",
        "communication",
        "could",
        id="criticism-after-but",
    ),
    pytest.param(
        "We have no concerns about your CV.",
        "resume",
        "strength",
        "CV",
        "concerns",
        id="negated-concern-is-praise",
    ),
    pytest.param(
        "Your Java was not strong enough for the platform team.",
        "technical_skills",
        "concern",
        "Java",
        "strong",
        id="negated-praise-is-concern",
    ),
    pytest.param(
        "You seemed a little nervous at the start.",
        "interview_performance",
        "concern",
        "nervous",
        None,
        id="leaning-cue",
    ),
    pytest.param(
        "You weren't nervous at all, which was great to see.",
        "interview_performance",
        "strength",
        "nervous",
        "weren't",
        id="negated-leaning-cue",
    ),
    pytest.param(
        "We chose another candidate with stronger stakeholder skills.",
        "communication",
        "concern",
        "stakeholder",
        "stronger",
        id="comparative-is-about-the-other",
    ),
    pytest.param(
        "The role has been withdrawn.",
        "process_change",
        "neutral",
        "role has been withdrawn",
        None,
        id="external-neutral",
    ),
    pytest.param(
        "İstanbul team note: your CV was excellent.",
        "resume",
        "strength",
        "CV",
        "excellent",
        id="length-changing-lowercase",
    ),
    pytest.param(
        "Your Cover Letter really stood out.",
        "resume",
        "strength",
        "Cover Letter",
        "stood out",
        id="case-preserved-in-phrase",
    ),
    pytest.param(
        "The portfolio looked beautiful, but we wanted to see more of your process.",
        "resume",
        "concern",
        "portfolio",
        "wanted to see",
        id="criticism-without-a-cue-refers-back",
    ),
    pytest.param(
        "It wasn't your CV that held you back.",
        "resume",
        "strength",
        "CV",
        "It wasn't your",
        id="cleft-clears-what-follows",
    ),
    pytest.param(
        "Your organisation\u2019s examples were vague.",
        "interview_performance",
        "concern",
        "examples",
        "vague",
        id="curly-apostrophe",
    ),
]


@pytest.mark.parametrize(("text", "theme", "polarity", "phrase", "qualifier"), EVIDENCE)
def test_evidence_points_at_the_right_substring(
    text: str, theme: str, polarity: str, phrase: str, qualifier: str | None
) -> None:
    analysis = classify_feedback(text, threshold=0.1)
    found = [
        e
        for t in analysis.themes
        for e in t.evidence
        if t.theme == theme and e.phrase == phrase and e.polarity == polarity
    ]
    assert found, [t.reason for t in analysis.themes]
    evidence = found[0]
    assert text[evidence.start : evidence.end] == phrase
    assert phrase in evidence.reason
    if qualifier is None:
        assert evidence.qualifier is None
    else:
        assert evidence.qualifier is not None
        assert evidence.qualifier.text == qualifier
        assert text[evidence.qualifier.start : evidence.qualifier.end] == qualifier


@pytest.mark.parametrize(("text", "expected"), TUNING)
def test_every_offset_round_trips(text: str, expected: set[str]) -> None:
    analysis = classify_feedback(text, threshold=0.0)
    for theme in (*analysis.themes, *analysis.below_threshold):
        assert theme.reason
        assert 0.0 <= theme.confidence <= 1.0
        for evidence in theme.evidence:
            assert text[evidence.start : evidence.end] == evidence.phrase
    for clause in analysis.clauses:
        assert text[clause.start : clause.end] == clause.text


# One sentence per reading rule (see the module docstring), kept apart from the tables.
RULES = [
    pytest.param("It was great to hear about your experience.", {"other"}, id="pleasantry"),
    pytest.param("Your answers were long-winded.", {"communication"}, id="vehicle-gives-way"),
    pytest.param("You didn't seem nervous at all.", {"+interview_performance"}, id="fillers"),
    pytest.param("We needed someone with stronger Excel skills.", {"technical_skills"}, id="need"),
    pytest.param("Development areas: Excel and SQL.", {"technical_skills"}, id="label-colon"),
    pytest.param("Strengths: Excel and SQL.", {"+technical_skills"}, id="label-colon-praise"),
    pytest.param(
        "Try to structure your examples so the outcome is clear.",
        {"interview_performance"},
        id="praise-after-advice-is-a-target",
    ),
    pytest.param(
        "Your answers were a little too brief.", {"interview_performance"}, id="near-miss"
    ),
    pytest.param(
        "You have not been selected for an interview on this occasion.",
        {"other"},
        id="weak-cue-is-not-a-near-miss",
    ),
    # Fourth round: judged sentences with no cue, and cue families by meaning.
    pytest.param(
        "Your soufflé rose beautifully. Your plating was sloppy and rushed.",
        {"+technical_skills", "technical_skills"},
        id="judged-sentence-without-cue-reads-as-skills",
    ),
    pytest.param(
        "The pay you asked for was well above what we can offer, sadly.",
        {"other"},
        id="terms-of-the-job-are-not-skills",
    ),
    pytest.param(
        "You were a bit curt with the upset parent in the role-play.",
        {"communication"},
        id="manner-with-people-served",
    ),
    pytest.param(
        "It was clear you hadn't found out much about our charity before the visit.",
        {"interview_performance"},
        id="preparation-family",
    ),
    pytest.param(
        "The supervisor felt you kept to yourself and didn't pitch in with the crew.",
        {"culture_fit"},
        id="working-with-a-team-family",
    ),
    pytest.param(
        "You didn't consider the load on the beam when we walked the site.",
        {"technical_skills"},
        id="point-of-the-work-not-shown",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RULES)
def test_reading_rules(text: str, expected: set[str]) -> None:
    assert signature(classify_feedback(text)) == expected


def test_near_miss_stays_below_the_threshold() -> None:
    analysis = classify_feedback("Your answers were a little too brief.")
    assert [t.theme for t in analysis.themes] == [Theme.INTERVIEW_PERFORMANCE]
    assert analysis.themes[0].score < analysis.threshold
    assert analysis.below_threshold == ()


def test_clauses_split_on_contrast() -> None:
    text = "Although your CV was strong, the interview was rough. Thanks!"
    clauses = [c.text.strip() for c in classify_feedback(text).clauses]
    assert clauses == ["Although your CV was strong,", "the interview was rough.", "Thanks!"]


def test_very_long_text_is_bounded_and_keeps_offsets() -> None:
    text = "Your CV was strong. " * 3000 + "Sadly the role was put on hold."
    analysis = classify_feedback(text)
    assert signature(analysis) == {"+resume", "process_change"}
    resume = next(t for t in analysis.themes if t.theme == Theme.RESUME)
    assert resume.score == pytest.approx(1.3 * 1.5)  # one phrase, two quarter-weight repeats
    hold = next(t for t in analysis.themes if t.theme == Theme.PROCESS_CHANGE).evidence[0]
    assert hold.start == text.index("on hold")


def test_threshold_is_a_parameter() -> None:
    text = "Your SQL was solid."
    assert signature(classify_feedback(text)) == {"+technical_skills"}
    strict = classify_feedback(text, threshold=5.0)
    assert signature(strict) == {"other"}
    assert [t.theme for t in strict.below_threshold] == [Theme.TECHNICAL_SKILLS]


def test_other_only_when_nothing_fires() -> None:
    assert classify_feedback("").themes == ()
    other = classify_feedback("Lorem ipsum dolor sit amet.").themes
    assert [(t.theme, t.polarity, t.evidence) for t in other] == [
        (Theme.OTHER, Polarity.NEUTRAL, ())
    ]


def test_concerns_come_first_and_theme_values_are_distinct() -> None:
    text = "Your Python is solid, however your SQL knowledge is not quite where we need it."
    analysis = classify_feedback(text)
    assert [t.polarity for t in analysis.themes] == [Polarity.CONCERN, Polarity.STRENGTH]
    assert analysis.theme_values == ("technical_skills",)
    assert len(analysis.concerns) == len(analysis.strengths) == 1


def test_every_theme_has_a_label_and_description() -> None:
    assert [info.theme for info in THEMES] == list(Theme)
    labels = [THEME_INFO[theme].label for theme in Theme]
    assert len(set(labels)) == len(labels)
    assert all(THEME_INFO[theme].description.endswith(".") for theme in Theme)
    assert Theme.PROCESS_CHANGE.value == "process_change"


# Floors, not targets: measured 48/48 (tuning_h2) and 99/132 (tuning_t3) when the first
# two were set, 23/38 (tuning_f4), 11/25 (tuning_f5) and 11/20 (tuning_f6) in the fourth
# round; a drop below them is a regression. The holdout_* tables have no floor: they are
# measured, not tuned.
FLOORS = [
    pytest.param("tuning_h2", 0.95, id="tuning_h2"),
    pytest.param("tuning_t3", 0.74, id="tuning_t3"),
    pytest.param("tuning_f4", 0.58, id="tuning_f4"),
    pytest.param("tuning_f5", 0.42, id="tuning_f5"),
    pytest.param("tuning_f6", 0.52, id="tuning_f6"),
]


@pytest.mark.parametrize(("name", "floor"), FLOORS)
def test_accuracy_floor(name: str, floor: float) -> None:
    results = [
        (c["id"], signature(classify_feedback(c["text"])), set(c["expected"])) for c in CASES[name]
    ]
    misses = [r for r in results if r[1] != r[2]]
    assert 1 - len(misses) / len(results) >= floor, misses
