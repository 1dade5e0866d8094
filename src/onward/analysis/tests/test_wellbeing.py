from __future__ import annotations

import datetime as dt

import pytest

from onward.analysis.wellbeing import (
    MOOD_WORDS,
    CheckIn,
    Control,
    Direction,
    GuardrailRules,
    Resource,
    care_note,
    lighter_week_suggestion,
    mood_trend,
    sort_factors,
    word_for,
)

TODAY = dt.date(2026, 3, 20)


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def series(*moods: int, energy: int = 3, end: int = 0, step: int = 1) -> list[CheckIn]:
    """Daily (or every ``step`` days) check-ins ending ``end`` days ago, oldest first."""
    count = len(moods)
    return [
        CheckIn(ago(end + step * (count - 1 - i)), mood, energy) for i, mood in enumerate(moods)
    ]


# (checkins, count, mean, slope per week, direction)
TRENDS = [
    pytest.param([], 0, None, None, Direction.UNKNOWN, id="empty"),
    pytest.param(series(3), 1, 3.0, None, Direction.UNKNOWN, id="single"),
    pytest.param(series(4, 4, 3, 3, 2), 5, 3.2, -3.5, Direction.DOWN, id="falling"),
    pytest.param(series(2, 3, 4), 3, 3.0, 7.0, Direction.UP, id="rising"),
    pytest.param(series(3, 3, 3, 3), 4, 3.0, 0.0, Direction.FLAT, id="flat"),
    pytest.param(series(3, 4, 3, step=7), 3, 3.33, 0.0, Direction.FLAT, id="weekly-wobble"),
    pytest.param(series(5, 5, 5, 1, 1, 1, 1, 1, 1, 1), 7, 1.0, 0.0, Direction.FLAT, id="last-7"),
    pytest.param(
        [CheckIn(TODAY, 2, 2), CheckIn(TODAY, 4, 2)],
        2,
        3.0,
        None,
        Direction.UNKNOWN,
        id="same-day-no-slope",
    ),
]


@pytest.mark.parametrize(("checkins", "count", "mean", "slope", "direction"), TRENDS)
def test_mood_trend(
    checkins: list[CheckIn],
    count: int,
    mean: float | None,
    slope: float | None,
    direction: Direction,
) -> None:
    trend = mood_trend(checkins)
    assert (trend.count, trend.mean_mood, trend.direction) == (count, mean, direction)
    assert trend.slope_per_week == (pytest.approx(slope) if slope is not None else None)
    assert trend.reason.endswith(".")


def test_mood_trend_sorts_explains_and_rolls() -> None:
    checkins = list(reversed(series(5, 4, 3, 2, energy=2)))
    trend = mood_trend(checkins)
    assert [m for _, m in trend.rolling_mood] == [5.0, 4.5, 4.0, 3.0]
    assert trend.first_day == ago(3)
    assert trend.last_day == TODAY
    assert "mood mostly good, energy mostly tired" in trend.reason  # 3.5 rounds to 4
    assert "your mood has been dipping" in trend.reason
    assert "/5" not in trend.reason and "a week" not in trend.reason
    assert trend.recent_mood == 3.0  # the latest three: 4, 3, 2


def test_checkin_validates_scale() -> None:
    with pytest.raises(ValueError, match="mood"):
        CheckIn(TODAY, 0, 3)
    with pytest.raises(ValueError, match="energy"):
        CheckIn(TODAY, 3, 6)


THREE_RECENT = [ago(1), ago(5), ago(13)]
FALLING = series(4, 4, 3, 3, 2)

# (checkins, rejections, dismissed_at, fires, expected reason fragments)
GUARDRAIL = [
    pytest.param(FALLING, THREE_RECENT, None, True, ["3 rejections", "dipping"], id="fires"),
    pytest.param(
        series(2, 2, 2), THREE_RECENT, None, True, ["latest check-ins were mostly low"], id="low"
    ),
    # Low on average, but the latest check-ins climb: the suggestion follows the trend.
    pytest.param(series(1, 1, 1, 2, 3, 4), THREE_RECENT, None, False, [], id="low-but-lifting"),
    pytest.param(series(1, 1, 4, 4, 4), THREE_RECENT, None, False, [], id="low-then-fine"),
    pytest.param(FALLING, [ago(1), ago(2)], None, False, [], id="two-rejections"),
    pytest.param(FALLING, [ago(1), ago(5), ago(14)], None, False, [], id="third-outside-window"),
    pytest.param(series(3, 4, 4, 5), THREE_RECENT, None, False, [], id="mood-fine"),
    pytest.param(series(4, 4, 4), THREE_RECENT, None, False, [], id="steady-and-ok"),
    pytest.param([], THREE_RECENT, None, False, [], id="no-checkins-no-nagging"),
    pytest.param(series(1), THREE_RECENT, None, False, [], id="one-checkin-is-not-a-trend"),
    pytest.param(FALLING, THREE_RECENT, ago(3), False, [], id="dismissed-recently"),
    pytest.param(FALLING, THREE_RECENT, ago(6), False, [], id="dismissed-6-days-ago"),
    pytest.param(FALLING, THREE_RECENT, ago(7), True, ["3 rejections"], id="dismissal-expired"),
    pytest.param(series(2, 1, 1, end=22), THREE_RECENT, None, False, [], id="stale-checkins"),
    pytest.param(
        FALLING,
        [ago(1), TODAY + dt.timedelta(days=2), ago(3)],
        None,
        False,
        [],
        id="future-rejection-ignored",
    ),
    pytest.param(FALLING, [*THREE_RECENT, ago(0), ago(2)], None, True, ["5 rejections"], id="many"),
]


@pytest.mark.parametrize(("checkins", "rejections", "dismissed", "fires", "why"), GUARDRAIL)
def test_lighter_week_suggestion(
    checkins: list[CheckIn],
    rejections: list[dt.date],
    dismissed: dt.date | None,
    fires: bool,
    why: list[str],
) -> None:
    suggestion = lighter_week_suggestion(checkins, rejections, TODAY, dismissed_at=dismissed)
    assert (suggestion is not None) == fires
    if suggestion is not None:
        reasons = " ".join(suggestion.reasons)
        assert all(fragment in reasons for fragment in why), suggestion.reasons
        assert 2 <= len(suggestion.focus_ideas) <= 4


def test_suggestion_is_calm_and_concrete() -> None:
    suggestion = lighter_week_suggestion(
        series(4, 3, 3, 2, 2, energy=2), THREE_RECENT, TODAY, weekly_target=6
    )
    assert suggestion is not None
    text = " ".join([suggestion.title, suggestion.message, *suggestion.focus_ideas])
    assert "!" not in text
    assert not any(word in text.lower() for word in ("must", "should", "need to", "failure"))
    assert suggestion.focus_ideas[0].startswith("Send 2 tailored applications instead of 6")
    assert any("walk" in idea for idea in suggestion.focus_ideas)
    assert len(suggestion.focus_ideas) == 4  # low energy adds an evening off
    assert suggestion.recent_rejections == 3
    assert suggestion.trend.direction == Direction.DOWN


def test_rules_are_passed_in() -> None:
    rules = GuardrailRules(min_rejections=2)
    assert lighter_week_suggestion(FALLING, [ago(1), ago(2)], TODAY, rules=rules) is not None
    assert lighter_week_suggestion(FALLING, [ago(1), ago(2)], TODAY) is None


# (factor, control, cue)
FACTORS = [
    pytest.param("my answer to the system design question", Control.WITHIN, "answer", id="answer"),
    pytest.param("they hired internally", Control.OUTSIDE, "hired internally", id="internal"),
    pytest.param("the market", Control.OUTSIDE, "market", id="market"),
    pytest.param(
        "I didn't prepare enough for the case study", Control.WITHIN, "prepare", id="prep"
    ),
    pytest.param(
        "The hiring manager seemed distracted", Control.OUTSIDE, "The hiring manager", id="hm"
    ),
    pytest.param("My CV didn't mention Kubernetes", Control.WITHIN, "CV", id="cv"),
    pytest.param("budget cuts", Control.OUTSIDE, "budget", id="budget"),
    pytest.param(
        "another candidate had more experience", Control.OUTSIDE, "another candidate", id="other"
    ),
    pytest.param("I was nervous and rushed my examples", Control.WITHIN, "nervous", id="nervous"),
    pytest.param(
        "Not enough years of experience", Control.OUTSIDE, "years of experience", id="years"
    ),
    pytest.param("bad luck with timing", Control.OUTSIDE, "luck", id="luck"),
    pytest.param("visa sponsorship", Control.OUTSIDE, "visa", id="visa"),
    pytest.param("I followed up too late", Control.WITHIN, "followed up", id="follow-up"),
    pytest.param("They never replied", Control.OUTSIDE, "They", id="they"),
    pytest.param("Practising STAR stories", Control.WITHIN, "Practising", id="british-spelling"),
    pytest.param("the weather", Control.UNSURE, None, id="no-cue"),
    pytest.param("my interviewer was rude", Control.UNSURE, None, id="both-ways"),
]


@pytest.mark.parametrize(("factor", "control", "cue"), FACTORS)
def test_sort_factors(factor: str, control: Control, cue: str | None) -> None:
    (guess,) = sort_factors([factor])
    assert (guess.control, guess.cue) == (control, cue)
    if cue is None:
        assert guess.start is None
    else:
        assert guess.start is not None
        assert factor[guess.start : guess.end] == cue
        assert f'"{cue}"' in guess.reason
    assert guess.reason


def test_sort_factors_keeps_order_and_skips_blanks() -> None:
    guesses = sort_factors(["the market", "  ", "my portfolio", ""])
    assert [(g.factor, g.control) for g in guesses] == [
        ("the market", Control.OUTSIDE),
        ("my portfolio", Control.WITHIN),
    ]


SUPPORT = (
    Resource("Find A Helpline", "Free, confidential helplines", "https://findahelpline.com"),
)


@pytest.mark.parametrize(
    ("checkins", "cares"),
    [
        pytest.param(series(1, 1, 1), True, id="three-very-low"),
        pytest.param(series(3, 1, 1, 1), True, id="three-very-low-after-okay"),
        pytest.param(series(1, 1), False, id="only-two"),
        pytest.param(series(1, 1, 1, 2), False, id="the-latest-is-better"),
        pytest.param(series(1, 1, 1, step=7), False, id="spread-over-weeks"),
        pytest.param(series(2, 2, 2), False, id="low-is-not-very-low"),
    ],
)
def test_repeated_very_low_check_ins_get_care(checkins: list[CheckIn], cares: bool) -> None:
    note = care_note(checkins, TODAY, SUPPORT)
    assert (note is not None) == cares
    if note is not None:
        assert note.resources == SUPPORT
        text = f"{note.title} {note.message}".lower()
        assert not any(word in text for word in ("depress", "diagnos", "crisis", "alarm"))


def test_words_not_averages() -> None:
    assert [word_for(MOOD_WORDS, value) for value in (1.33, 2.5, 4.6)] == [
        "very low",
        "low",
        "great",
    ]
