"""Reflections, check-ins, reframes and follow-ups: writes, validation, ownership."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from tests import factories

from onward.accounts.models import User
from onward.growth import selectors, services
from onward.growth.models import CheckIn, Reflection
from onward.growth.tests.conftest import NOW
from onward.tracker.models import Application

pytestmark = pytest.mark.django_db


def _reflect(owner: User, **fields: Any) -> Reflection:
    return services.reflection_create(owner=owner, kind=fields.pop("kind", "general"), **fields)


def test_reflection_with_moments_and_factors(alice: User, app: Application) -> None:
    event = app.events.get()
    reflection = _reflect(
        alice,
        kind="after_interview",
        application=app,
        event=event,
        went_well=" Clear SQL answers ",
        lacked="Tableau",
        skill_tags=["SQL", " sql ", "", "Power BI"],
        moments=[
            {"stage": "interview", "interview_round": "2", "question": "Why us?", "note": ""},
            {"stage": "", "interview_round": None, "question": " ", "note": " "},  # blank row
        ],
        factors=[
            {"text": "My examples were long", "control": "within"},
            {"text": "Internal candidate"},
            {"text": "", "control": "outside"},
        ],
    )
    got = selectors.reflection_get(owner=alice, pk=reflection.pk)
    assert (got.went_well, got.skill_tags) == ("Clear SQL answers", ["SQL", "Power BI"])
    assert [(m.stage, m.interview_round, m.question) for m in got.moments.all()] == [
        ("interview", 2, "Why us?")
    ]
    assert [(f.text, f.control) for f in got.factors.all()] == [
        ("My examples were long", "within"),
        ("Internal candidate", "unsure"),
    ]


def test_skill_tags_from_a_comma_separated_string(alice: User) -> None:
    assert _reflect(alice, skill_tags="SQL, dbt ,,SQL").skill_tags == ["SQL", "dbt"]


def test_update_replaces_moments_and_factors(alice: User) -> None:
    reflection = _reflect(alice, went_well="a", moments=[{"note": "one"}], factors=[{"text": "x"}])
    services.reflection_update(
        reflection=reflection,
        went_well="b",
        lacked="",
        skill_tags=[],
        moments=[{"note": "two"}, {"note": "three"}],
        factors=[],
    )
    got = selectors.reflection_get(owner=alice, pk=reflection.pk)
    assert [m.note for m in got.moments.all()] == ["two", "three"]
    assert list(got.factors.all()) == []


def test_event_defaults_the_application(alice: User, app: Application) -> None:
    reflection = _reflect(alice, event=app.events.get(), went_well="x")
    assert reflection.application == app


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        pytest.param({}, "went_well", id="empty"),
        pytest.param({"kind": "nope", "went_well": "x"}, "kind", id="kind"),
        pytest.param({"moments": [{"stage": "moon", "note": "x"}]}, "moments", id="stage"),
        pytest.param({"moments": [{"interview_round": "two", "note": "x"}]}, "moments", id="round"),
        pytest.param({"moments": [{"interview_round": 99, "note": "x"}]}, "moments", id="round-99"),
        pytest.param({"factors": [{"text": "x", "control": "maybe"}]}, "factors", id="control"),
        pytest.param({"factors": [{"text": "x" * 301}]}, "factors", id="factor-long"),
        pytest.param({"went_well": "a\x00b"}, "went_well", id="nul"),
        pytest.param({"skill_tags": [f"t{i}" for i in range(31)]}, "skill_tags", id="tags"),
    ],
)
def test_reflection_refuses(alice: User, fields: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as exc:
        _reflect(alice, **fields)
    assert field in exc.value.message_dict


def test_reflection_links_only_own_objects(alice: User, bob: User, app: Application) -> None:
    with pytest.raises(ValidationError) as exc:
        _reflect(bob, application=app, went_well="x")
    assert "application" in exc.value.message_dict
    other = factories.application(alice)
    with pytest.raises(ValidationError) as exc:
        _reflect(alice, application=other, event=app.events.get(), went_well="x")
    assert "event" in exc.value.message_dict


def test_reflection_get_is_owner_scoped(alice: User, bob: User) -> None:
    from django.http import Http404

    reflection = _reflect(alice, went_well="x")
    with pytest.raises(Http404):
        selectors.reflection_get(owner=bob, pk=reflection.pk)
    assert list(selectors.reflection_list(owner=bob)) == []


# --- check-ins ---------------------------------------------------------------------------


def test_checkin(alice: User, app: Application) -> None:
    checkin = services.checkin_create(
        owner=alice, mood=2, energy=4, note=" tired ", context="after_rejection", application=app
    )
    assert (checkin.mood, checkin.energy, checkin.note) == (2, 4, "tired")
    services.checkin_delete(checkin=checkin)
    assert not CheckIn.objects.exists()


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        pytest.param({"mood": 0}, "mood", id="mood-low"),
        pytest.param({"mood": 6}, "mood", id="mood-high"),
        pytest.param({"energy": True}, "energy", id="bool"),
        pytest.param({"energy": "3"}, "energy", id="text"),
        pytest.param({"note": "x" * 281}, "note", id="note"),
        pytest.param({"context": "whenever"}, "context", id="context"),
        pytest.param({"at": NOW + dt.timedelta(days=5)}, "at", id="future"),
    ],
)
def test_checkin_refuses(alice: User, clock: object, fields: dict[str, Any], field: str) -> None:
    values: dict[str, Any] = {"mood": 3, "energy": 3, **fields}
    with pytest.raises(ValidationError) as exc:
        services.checkin_create(owner=alice, **values)
    assert field in exc.value.message_dict


# --- reframes and follow-ups -------------------------------------------------------------


def test_reframe_create_update(alice: User, app: Application) -> None:
    reframe = services.reframe_create(
        owner=alice, thought="I'm not good enough", evidence_against="Two final rounds"
    )
    services.reframe_update(reframe=reframe, balanced_view="I get close; polish one thing")
    got = selectors.reframe_get(owner=alice, pk=reframe.pk)
    assert (got.thought, got.balanced_view) == (
        "I'm not good enough",
        "I get close; polish one thing",
    )
    with pytest.raises(ValidationError):
        services.reframe_update(reframe=reframe, thought=" ")
    with pytest.raises(ValidationError):
        services.reframe_update(reframe=reframe, owner="x")
    with pytest.raises(ValidationError):
        services.reframe_create(owner=alice, thought="")


def test_followups(alice: User, app: Application) -> None:
    followup = services.followup_create(
        owner=alice, title="Email Jo", due_on=dt.date(2026, 3, 20), application=app
    )
    services.followup_create(owner=alice, title="Update CV")
    services.followup_done(followup=followup, now=NOW)
    assert [f.title for f in selectors.followup_list(owner=alice, open_only=True)] == ["Update CV"]
    services.followup_update(followup=followup, due_on=None)
    services.followup_reopen(followup=followup)
    assert selectors.followup_list(owner=alice, open_only=True).count() == 2
    with pytest.raises(ValidationError):
        services.followup_create(owner=alice, title=" ")
