"""Wins: automatic ones from real progress (once each), none for undo or system moves."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.core.exceptions import ValidationError
from tests import factories

from onward.accounts.models import User
from onward.growth import selectors, services
from onward.growth.choices import WinKind
from onward.growth.models import Win
from onward.growth.tests.conftest import NOW
from onward.tracker import services as tracker_services
from onward.tracker.choices import EventSource, Stage
from onward.tracker.models import Application

pytestmark = pytest.mark.django_db


def _walk(app: Application, steps: list[str]) -> None:
    """Apply moves one minute apart: a stage, or reject/retract/unghost/system:<stage>."""
    for index, step in enumerate(steps, start=1):
        now = NOW + dt.timedelta(minutes=index)
        if step == "reject":
            tracker_services.rejection_record(application=app, now=now)
        elif step == "retract":
            app.refresh_from_db()
            tracker_services.rejection_retract(rejection=app.rejection, now=now)
        elif step == "unghost":
            tracker_services.application_unghost(application=app, now=now)
        elif step.startswith("system:"):
            stage = step.partition(":")[2]
            tracker_services.application_move(
                application=app, stage=stage, source=EventSource.SYSTEM, now=now
            )
        else:
            tracker_services.application_move(application=app, stage=step, now=now)
        app.refresh_from_db()


def _wins(owner: User) -> list[tuple[str, str]]:
    return [(w.kind, w.title) for w in Win.objects.filter(owner=owner).order_by("occurred_at")]


SCREEN = (WinKind.STAGE_REACHED, "Moved to screening at Acme")


def _round(n: int) -> tuple[str, str]:
    return (WinKind.INTERVIEW_INVITATION, f"Interview round {n} at Acme")


@pytest.mark.parametrize(
    ("steps", "expected"),
    [
        pytest.param(["screening"], [SCREEN], id="screening"),
        pytest.param(["interview"], [_round(1)], id="interview-invitation"),
        pytest.param(["interview", "interview"], [_round(1), _round(2)], id="each-round"),
        pytest.param(
            ["offer", "accepted"],
            [(WinKind.OFFER, "Offer from Acme"), (WinKind.STAGE_REACHED, "Accepted at Acme")],
            id="offer-accepted",
        ),
        pytest.param(["offer", "declined"], [(WinKind.OFFER, "Offer from Acme")], id="declined"),
        pytest.param(["reject"], [], id="rejection"),
        pytest.param(["withdrawn"], [], id="withdrawn"),
        pytest.param(["screening", "reject", "retract"], [SCREEN], id="retract-no-win"),
        pytest.param(["screening", "ghosted", "unghost"], [SCREEN], id="unghost-no-win"),
        pytest.param(["interview", "ghosted", "unghost"], [_round(1)], id="unghost-no-new-round"),
        pytest.param(["ghosted", "interview"], [_round(1)], id="heard-back-after-ghosting"),
        pytest.param(["system:screening"], [], id="system-event"),
        pytest.param(["screening", "interview"], [SCREEN, _round(1)], id="two-steps"),
    ],
)
def test_wins_from_events(
    alice: User, app: Application, steps: list[str], expected: list[tuple[str, str]]
) -> None:
    _walk(app, steps)
    assert _wins(alice) == expected


def test_a_win_per_event_once(alice: User, app: Application) -> None:
    event = tracker_services.application_move(application=app, stage="screening", now=NOW)
    assert services.wins_from_event(event=event) is None  # already recorded by the tracker
    win = Win.objects.get(owner=alice)
    assert (win.source_key, win.application, win.occurred_at) == (f"event:{event.uid}", app, NOW)


def test_win_record_is_idempotent(alice: User) -> None:
    first = services.win_record(
        owner=alice, kind=WinKind.NEW_CONTACT, title="Met Jo", source_key="x:1", occurred_at=NOW
    )
    again = services.win_record(
        owner=alice, kind=WinKind.NEW_CONTACT, title="Met Jo", source_key="x:1", occurred_at=NOW
    )
    assert first is not None and again is None
    assert Win.objects.filter(owner=alice).count() == 1


def test_same_source_key_for_two_owners(alice: User, bob: User) -> None:
    for owner in (alice, bob):
        assert services.win_record(
            owner=owner, kind=WinKind.OFFER, title="t", source_key="k", occurred_at=NOW
        )


def test_manual_win(alice: User, app: Application) -> None:
    win = services.win_add(owner=alice, title="  Finished my portfolio  ", application=app)
    assert (win.kind, win.title, win.source_key) == (WinKind.MANUAL, "Finished my portfolio", "")


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        pytest.param({"title": "  "}, "title", id="blank"),
        pytest.param({"title": "x" * 201}, "title", id="too-long"),
        pytest.param(
            {"title": "t", "occurred_at": NOW + dt.timedelta(days=3)}, "occurred_at", id="future"
        ),
    ],
)
def test_manual_win_refuses(
    alice: User, clock: object, fields: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as exc:
        services.win_add(owner=alice, **fields)  # type: ignore[arg-type]
    assert field in exc.value.message_dict


def test_manual_win_refuses_someone_elses_application(alice: User, bob: User) -> None:
    with pytest.raises(ValidationError) as exc:
        services.win_add(owner=bob, title="t", application=factories.application(alice))
    assert "application" in exc.value.message_dict


def test_celebrate_once(alice: User, app: Application) -> None:
    _walk(app, ["screening", "interview"])
    assert selectors.wins_uncelebrated(owner=alice).count() == 2
    shown = services.win_mark_celebrated(owner=alice, now=NOW)
    assert [w.title for w in shown] == [SCREEN[1], _round(1)[1]]
    assert services.win_mark_celebrated(owner=alice) == []
    assert not selectors.wins_uncelebrated(owner=alice).exists()


def test_deleting_an_automatic_win_hides_it_for_good(alice: User, app: Application) -> None:
    event = tracker_services.application_move(application=app, stage="screening", now=NOW)
    win = Win.objects.get(owner=alice)
    services.win_delete(win=win)
    assert not selectors.win_list(owner=alice).exists()
    services.wins_from_event(event=event)
    assert not selectors.win_list(owner=alice).exists()
    manual = services.win_add(owner=alice, title="Mine")
    services.win_delete(win=manual)
    assert not Win.objects.filter(pk=manual.pk).exists()


def test_win_list_filters(alice: User, app: Application) -> None:
    _walk(app, ["screening", "interview"])
    services.win_add(owner=alice, title="Mine")
    assert selectors.win_list(owner=alice).count() == 3
    assert [w.title for w in selectors.win_list(owner=alice, kind=WinKind.MANUAL)] == ["Mine"]
    assert selectors.win_list(owner=alice, application=app).count() == 2


def test_creating_an_application_in_interview_is_a_win(alice: User) -> None:
    with time_machine.travel(NOW, tick=False):
        factories.application(alice, company_name="Initech", stage=Stage.INTERVIEW, now=NOW)
    assert _wins(alice) == [(WinKind.INTERVIEW_INVITATION, "Interview round 1 at Initech")]
