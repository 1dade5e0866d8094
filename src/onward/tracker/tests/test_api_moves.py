"""Stage moves, the event timeline, unghosting and rejections through the JSON API."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.utils import timezone
from tests import factories

from onward.accounts.models import User
from onward.accounts.testing import JsonClient
from onward.tracker.choices import Stage
from onward.tracker.models import Application, Rejection

pytestmark = pytest.mark.django_db


@pytest.fixture
def api(alice: User) -> JsonClient:
    return JsonClient.for_user(alice)


def _stage(application: Application) -> str:
    application.refresh_from_db()
    return application.stage


def _moves(application: Application) -> str:
    return f"/applications/{application.pk}/moves"


# --- moves -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "body", "expected"),
    [
        pytest.param(Stage.APPLIED, {"stage": "screening"}, "screening", id="applied-screening"),
        pytest.param(
            Stage.APPLIED,
            {"stage": "interview", "interview_kind": "technical", "note": "Take-home."},
            "interview",
            id="applied-interview",
        ),
        pytest.param(Stage.SAVED, {"stage": "applied"}, "applied", id="saved-applied"),
        pytest.param(Stage.INTERVIEW, {"stage": "interview"}, "interview", id="next-round"),
        pytest.param(Stage.OFFER, {"stage": "accepted"}, "accepted", id="offer-accepted"),
        pytest.param(Stage.APPLIED, {"stage": "withdrawn"}, "withdrawn", id="withdraw"),
        pytest.param(Stage.APPLIED, {"stage": "ghosted"}, "ghosted", id="ghosted"),
    ],
)
def test_allowed_move_creates_an_event(
    api: JsonClient, alice: User, start: Stage, body: dict[str, Any], expected: str
) -> None:
    application = factories.application(alice, stage=start)
    response = api.post(_moves(application), body)
    assert response.status_code == 201, response.json()
    event = response.json()
    assert event["stage"] == expected
    assert event["application_id"] == application.pk
    assert event["from_stage"] == start
    assert event["source"] == "user"
    assert _stage(application) == expected


def test_interview_move_numbers_rounds_and_keeps_the_note(api: JsonClient, alice: User) -> None:
    application = factories.application(alice, stage=Stage.INTERVIEW)
    body = {"stage": "interview", "interview_kind": "panel", "note": " Panel of four. "}
    event = api.post(_moves(application), body).json()
    assert (event["interview_round"], event["interview_kind"]) == (2, "panel")
    assert event["note"] == "Panel of four."


def test_move_with_a_backdated_time(api: JsonClient, alice: User) -> None:
    application = factories.application(alice, applied_on=dt.date(2026, 1, 5))
    body = {"stage": "screening", "occurred_at": "2026-01-07T09:30:00+00:00"}
    event = api.post(_moves(application), body).json()
    assert event["occurred_at"].startswith("2026-01-07T09:30:00")


@pytest.mark.parametrize(
    ("start", "body", "field", "message"),
    [
        pytest.param(Stage.APPLIED, {"stage": "saved"}, "stage", "Cannot move", id="backwards"),
        pytest.param(Stage.APPLIED, {"stage": "applied"}, "stage", "Cannot move", id="same"),
        pytest.param(Stage.SAVED, {"stage": "ghosted"}, "stage", "Cannot move", id="saved-ghost"),
        pytest.param(
            Stage.APPLIED, {"stage": "rejected"}, "stage", "Log a rejection", id="rejected"
        ),
        pytest.param(Stage.OFFER, {"stage": "screening"}, "stage", "Cannot move", id="offer-back"),
        pytest.param(
            Stage.APPLIED,
            {"stage": "screening", "interview_kind": "phone"},
            "interview_kind",
            "Only interviews",
            id="kind-without-interview",
        ),
        pytest.param(
            Stage.APPLIED,
            {"stage": "screening", "occurred_at": "2099-01-01T00:00:00Z"},
            "occurred_at",
            "future",
            id="future",
        ),
        pytest.param(
            Stage.APPLIED,
            {"stage": "screening", "occurred_at": "2000-01-01T00:00:00Z"},
            "occurred_at",
            "before the last",
            id="before-last-event",
        ),
    ],
)
def test_move_not_allowed_is_400_with_message(
    api: JsonClient, alice: User, start: Stage, body: dict[str, Any], field: str, message: str
) -> None:
    application = factories.application(alice, stage=start)
    response = api.post(_moves(application), body)
    assert response.status_code == 400, response.json()
    assert message in response.json()["errors"][field][0]
    assert _stage(application) == start


def test_closed_application_cannot_move(api: JsonClient, alice: User) -> None:
    application = factories.application(alice)
    api.post(_moves(application), {"stage": "withdrawn"})
    response = api.post(_moves(application), {"stage": "screening"})
    assert response.status_code == 400
    assert "closed" in response.json()["errors"]["stage"][0]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        pytest.param({}, "stage", id="missing-stage"),
        pytest.param({"stage": "promoted"}, "stage", id="unknown-stage"),
        pytest.param({"stage": "interview", "interview_kind": "duel"}, "interview_kind", id="kind"),
        pytest.param({"stage": "screening", "occurred_at": "soon"}, "occurred_at", id="bad-time"),
        pytest.param({"stage": "screening", "note": 5}, "note", id="note-type"),
        pytest.param({"stage": "screening", "when": "now"}, "when", id="unknown-field"),
    ],
)
def test_move_rejects_malformed_input(
    api: JsonClient, alice: User, body: dict[str, Any], field: str
) -> None:
    application = factories.application(alice)
    response = api.post(_moves(application), body)
    assert response.status_code == 422, response.json()
    assert response.json()["errors"][field]


def test_events_are_the_timeline_in_order(api: JsonClient, alice: User) -> None:
    application = factories.application(alice, stage=Stage.INTERVIEW)
    api.post(_moves(application), {"stage": "offer"})
    events = api.get(f"/applications/{application.pk}/events").json()
    assert [e["stage"] for e in events] == ["applied", "interview", "offer"]
    assert [e["from_stage"] for e in events] == ["", "applied", "interview"]


def test_unghost_returns_to_the_earlier_stage(api: JsonClient, alice: User) -> None:
    application = factories.application(alice, stage=Stage.SCREENING)
    api.post(_moves(application), {"stage": "ghosted"})
    response = api.post(f"/applications/{application.pk}/unghost")
    assert response.status_code == 201, response.json()
    assert response.json()["stage"] == "screening"
    assert _stage(application) == "screening"


def test_unghost_when_not_ghosted_is_400(api: JsonClient, alice: User) -> None:
    application = factories.application(alice)
    response = api.post(f"/applications/{application.pk}/unghost")
    assert response.status_code == 400
    assert "not marked ghosted" in response.json()["errors"]["stage"][0]


# --- rejections --------------------------------------------------------------------------


def test_rejection_record_read_edit_retract(api: JsonClient, alice: User) -> None:
    application = factories.application(alice, stage=Stage.INTERVIEW)
    path = f"/applications/{application.pk}/rejection"
    assert api.get(path).status_code == 404

    body = {"channel": "email", "reason": "more_experienced", "message": "We went another way."}
    created = api.post(path, body)
    assert created.status_code == 201, created.json()
    assert created.json()["stage_reached"] == "interview"
    assert created.json()["received_on"] == timezone.localdate().isoformat()
    assert _stage(application) == "rejected"

    assert api.get(path).json()["message"] == "We went another way."
    patched = api.patch(path, {"reason": "skills_mismatch"})
    assert patched.status_code == 200, patched.json()
    assert patched.json()["reason"] == "skills_mismatch"
    assert patched.json()["message"] == "We went another way."

    detail = api.get(f"/applications/{application.pk}").json()
    assert detail["rejection"]["id"] == created.json()["id"]

    retracted = api.delete(path)
    assert retracted.status_code == 200, retracted.json()
    assert retracted.json()["stage"] == "interview"
    assert _stage(application) == "interview"
    assert api.get(path).status_code == 404


def test_second_rejection_is_refused_with_a_message(api: JsonClient, alice: User) -> None:
    application = factories.application(alice)
    path = f"/applications/{application.pk}/rejection"
    assert api.post(path, {}).status_code == 201
    response = api.post(path, {})
    assert response.status_code == 400
    assert "closed" in response.json()["errors"]["stage"][0]
    assert Rejection.objects.count() == 1


@pytest.mark.parametrize(
    ("start", "body", "field", "status"),
    [
        pytest.param(Stage.SAVED, {}, "stage", 400, id="saved-cannot-be-rejected"),
        pytest.param(Stage.APPLIED, {"received_on": "2099-01-01"}, "received_on", 400, id="future"),
        pytest.param(Stage.APPLIED, {"reason": "vibes"}, "reason", 422, id="bad-reason"),
        pytest.param(Stage.APPLIED, {"channel": "fax"}, "channel", 422, id="bad-channel"),
        pytest.param(Stage.APPLIED, {"received_on": "1/2/26"}, "received_on", 422, id="bad-date"),
        pytest.param(Stage.APPLIED, {"message": None}, "message", 422, id="null-message"),
    ],
)
def test_rejection_rejects_bad_input(
    api: JsonClient, alice: User, start: Stage, body: dict[str, Any], field: str, status: int
) -> None:
    application = factories.application(alice, stage=start)
    response = api.post(f"/applications/{application.pk}/rejection", body)
    assert response.status_code == status, response.json()
    assert response.json()["errors"][field]
    assert _stage(application) == start


def test_rejection_patch_rejects_future_date(api: JsonClient, alice: User) -> None:
    rejection = factories.rejection(alice)
    path = f"/applications/{rejection.application_id}/rejection"
    response = api.patch(path, {"received_on": "2099-01-01"})
    assert response.status_code == 400
    assert response.json()["errors"]["received_on"]


def test_rejection_list_is_paginated(api: JsonClient, alice: User) -> None:
    for _ in range(3):
        factories.rejection(alice)
    first = api.get("/rejections", {"limit": 2}).json()
    assert first["count"] == 3
    assert len(first["items"]) == 2
    rest = api.get("/rejections", {"limit": 2, "offset": 2}).json()
    assert len(rest["items"]) == 1
    assert {item["stage_reached"] for item in first["items"] + rest["items"]} == {"screening"}
