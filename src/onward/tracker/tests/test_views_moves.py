"""Stage moves, rejections, un-ghosting and retracting through the HTML views."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from tests import factories

from onward.accounts.models import User
from onward.tracker import selectors, services
from onward.tracker.choices import Stage
from onward.tracker.models import Application, Rejection

pytestmark = pytest.mark.django_db
HTMX = {"HX-Request": "true"}


def _url(name: str, app: Application) -> str:
    return reverse(name, kwargs={"application_id": app.pk})


def _fresh(app: Application) -> Application:
    return selectors.application_get(owner=app.owner, pk=app.pk)


def _local(when: dt.datetime) -> str:
    return timezone.localtime(when).strftime("%Y-%m-%dT%H:%M")


def test_move_from_detail_redirects_back(alice: User, alice_client: Client) -> None:
    app = factories.application(alice)
    response = alice_client.post(_url("tracker:move", app), {"stage": "screening", "note": "HR"})
    assert response["Location"] == _url("tracker:detail", app)
    assert _fresh(app).stage == Stage.SCREENING
    last = selectors.application_events(application=app).last()
    assert last is not None and last.note == "HR"


def test_interview_rounds_and_kinds(alice: User, alice_client: Client) -> None:
    app = factories.application(alice, stage=Stage.SCREENING)
    url = _url("tracker:move", app)
    alice_client.post(url, {"stage": "interview", "interview_kind": "phone"})
    alice_client.post(url, {"stage": "interview", "interview_kind": "technical"})
    events = list(selectors.application_events(application=app).filter(stage=Stage.INTERVIEW))
    assert [(e.interview_round, e.interview_kind) for e in events] == [
        (1, "phone"),
        (2, "technical"),
    ]
    text = alice_client.get(_url("tracker:detail", app)).content.decode()
    assert "Round 2 · Technical" in text
    assert "Interview (next round)" in text


def test_not_sure_yet_is_saved_as_not_known(alice: User, alice_client: Client) -> None:
    app = factories.application(alice, stage=Stage.SCREENING)
    alice_client.post(_url("tracker:move", app), {"stage": "interview", "interview_kind": ""})
    event = selectors.application_events(application=app).get(stage=Stage.INTERVIEW)
    assert (event.interview_round, event.interview_kind) == (1, "")
    text = alice_client.get(_url("tracker:detail", app)).content.decode()
    assert "Round 1" in text and "Round 1 · Phone" not in text


def test_interview_kind_ignored_for_other_stages(alice: User, alice_client: Client) -> None:
    app = factories.application(alice)
    response = alice_client.post(
        _url("tracker:move", app), {"stage": "screening", "interview_kind": "panel"}
    )
    assert response.status_code == 302
    assert _fresh(app).stage == Stage.SCREENING


def test_when_left_at_default_means_now(alice: User, alice_client: Client) -> None:
    app = factories.application(alice)  # its first event is "now", after the shown minute
    shown = _local(timezone.now())
    response = alice_client.post(
        _url("tracker:move", app), {"stage": "screening", "when": shown, "shown_when": shown}
    )
    assert response.status_code == 302


def test_backdated_move(alice: User, alice_client: Client) -> None:
    app = factories.application(alice, now=timezone.now() - dt.timedelta(days=5))
    when = timezone.now() - dt.timedelta(days=2)
    alice_client.post(_url("tracker:move", app), {"stage": "screening", "when": _local(when)})
    last = selectors.application_events(application=app).last()
    assert last is not None
    assert abs(last.occurred_at - when) < dt.timedelta(minutes=1)


@pytest.mark.parametrize(
    ("stage", "data", "field", "message"),
    [
        pytest.param(Stage.SAVED, {"stage": "ghosted"}, "stage", "Cannot move", id="not-allowed"),
        pytest.param(Stage.APPLIED, {"stage": "nope"}, "stage", "valid choice", id="unknown"),
        pytest.param(
            Stage.APPLIED,
            {"stage": "screening", "when": "2001-01-01T10:00"},
            "when",
            "before the last recorded change",
            id="too-early",
        ),
        pytest.param(
            Stage.APPLIED,
            {"stage": "screening", "when": "2999-01-01T10:00"},
            "when",
            "future",
            id="future",
        ),
    ],
)
def test_bad_move_rerenders_detail_with_error(
    alice: User, alice_client: Client, stage: Stage, data: dict[str, str], field: str, message: str
) -> None:
    app = factories.application(alice, stage=stage)
    response = alice_client.post(_url("tracker:move", app), data)
    assert response.status_code == 400
    assert message in " ".join(response.context["move_form"].errors[field])
    assert "Timeline" in response.content.decode()
    assert _fresh(app).stage == stage


def test_move_closed_application_is_an_error_not_a_500(alice: User, alice_client: Client) -> None:
    rejection = factories.rejection(alice)
    response = alice_client.post(_url("tracker:move", rejection.application), {"stage": "offer"})
    assert response.status_code == 400
    assert "closed" in response.content.decode()


def test_move_is_post_only(alice: User, alice_client: Client) -> None:
    app = factories.application(alice)
    assert alice_client.get(_url("tracker:move", app)).status_code == 405


def test_move_to_rejected_goes_to_the_rejection_form(alice: User, alice_client: Client) -> None:
    app = factories.application(alice)
    response = alice_client.post(_url("tracker:move", app), {"stage": "rejected"})
    assert response["Location"] == _url("growth:reject", app)
    response = alice_client.post(_url("tracker:move", app), {"stage": "rejected"}, headers=HTMX)
    assert response["HX-Redirect"] == _url("growth:reject", app)


# --- the board ---------------------------------------------------------------------------


def test_board_shows_cards_in_columns_with_move_buttons(alice: User, alice_client: Client) -> None:
    app = factories.application(alice, title="Analyst", stage=Stage.SCREENING)
    response = alice_client.get(reverse("tracker:board"))
    columns = {c.stage: c for c in response.context["columns"]}
    assert [card.application.pk for card in columns[Stage.SCREENING].cards] == [app.pk]
    text = response.content.decode()
    assert f'data-move-url="{_url("tracker:move", app)}"' in text
    assert 'name="stage" value="interview"' in text
    assert _url("growth:reject", app) in text
    assert "Moved here today" in text


def test_board_button_without_js_redirects_to_board(alice: User, alice_client: Client) -> None:
    app = factories.application(alice)
    response = alice_client.post(
        _url("tracker:move", app), {"stage": "screening", "return": "board"}, follow=True
    )
    assert response.redirect_chain[-1][0] == reverse("tracker:board")
    assert "Moved to screening." in response.content.decode()


def test_board_move_with_htmx_returns_the_board_partial(alice: User, alice_client: Client) -> None:
    app = factories.application(alice)
    response = alice_client.post(
        _url("tracker:move", app), {"stage": "screening", "return": "board"}, headers=HTMX
    )
    assert response.status_code == 200
    text = response.content.decode()
    assert text.lstrip().startswith('<div id="board"')
    assert "<html" not in text
    assert "Moved to screening." in text


def test_invalid_board_move_shows_the_error(alice: User, alice_client: Client) -> None:
    app = factories.application(alice, stage=Stage.SAVED)
    data = {"stage": "ghosted", "return": "board"}
    response = alice_client.post(_url("tracker:move", app), data, headers=HTMX)
    assert response.status_code == 400
    assert "Cannot move from saved to ghosted." in response.content.decode()
    response = alice_client.post(_url("tracker:move", app), data, follow=True)
    assert "Cannot move from saved to ghosted." in response.content.decode()
    assert _fresh(app).stage == Stage.SAVED


# --- rejections, ghosting ----------------------------------------------------------------


def test_log_rejection(alice: User, alice_client: Client) -> None:
    app = factories.application(alice, stage=Stage.INTERVIEW)
    url = _url("growth:reject", app)
    form = alice_client.get(url).context["form"]
    assert form.initial["received_on"] == timezone.localdate()
    data = {
        "received_on": timezone.localdate().isoformat(),
        "channel": "email",
        "reason": "more_experienced",
        "message": "  Dear candidate,\n\nWe went with someone else.  ",
    }
    response = alice_client.post(url, data, follow=True)
    rejection = Rejection.objects.get(application=app)
    # A logged rejection starts the guided rebound flow at its first step.
    reflect = reverse("growth:rebound_reflect", kwargs={"rejection_id": rejection.pk})
    assert response.redirect_chain[-1][0] == reflect
    text = response.content.decode()
    assert "Rejection logged." in text
    assert "You got as far as interview" in text
    assert "More experienced candidates" in text
    assert rejection.message == "Dear candidate,\n\nWe went with someone else."
    assert _fresh(app).stage == Stage.REJECTED


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        pytest.param({"reason": "bad luck"}, "reason", id="reason"),
        pytest.param({"received_on": "2999-01-01"}, "received_on", id="future"),
        pytest.param({"received_on": ""}, "received_on", id="missing-date"),
    ],
)
def test_bad_rejection_is_400(
    alice: User, alice_client: Client, changes: dict[str, str], field: str
) -> None:
    app = factories.application(alice)
    data = {"received_on": timezone.localdate().isoformat(), "channel": "email"}
    data |= {"reason": "none_given", **changes}
    response = alice_client.post(_url("growth:reject", app), data)
    assert response.status_code == 400
    assert response.context["form"].errors[field]
    assert not Rejection.objects.exists()


def test_rejecting_twice_is_an_error(alice: User, alice_client: Client) -> None:
    rejection = factories.rejection(alice)
    url = _url("growth:reject", rejection.application)
    assert "already closed" in alice_client.get(url).content.decode()
    data = {"received_on": timezone.localdate().isoformat(), "channel": "email"}
    response = alice_client.post(url, {**data, "reason": "other"})
    assert response.status_code == 400
    assert Rejection.objects.count() == 1


def test_retract_rejection_asks_first(alice: User, alice_client: Client) -> None:
    rejection = factories.rejection(alice)
    url = reverse("tracker:retract", kwargs={"rejection_id": rejection.pk})
    assert "Retract this rejection?" in alice_client.get(url).content.decode()
    assert Rejection.objects.exists()
    response = alice_client.post(url)
    assert response["Location"] == _url("tracker:detail", rejection.application)
    assert not Rejection.objects.exists()
    assert _fresh(rejection.application).stage == Stage.SCREENING


def test_unghost(alice: User, alice_client: Client) -> None:
    app = factories.application(alice, stage=Stage.SCREENING)
    services.application_move(application=app, stage=Stage.GHOSTED)
    detail = alice_client.get(_url("tracker:detail", app)).content.decode()
    assert "Still waiting (undo ghosted)" in detail
    response = alice_client.post(_url("tracker:unghost", app), follow=True)
    assert "Back to waiting" in response.content.decode()
    assert _fresh(app).stage == Stage.SCREENING


def test_unghost_when_not_ghosted_is_a_message(alice: User, alice_client: Client) -> None:
    app = factories.application(alice)
    response = alice_client.post(_url("tracker:unghost", app), follow=True)
    assert "not marked ghosted" in response.content.decode()


def test_ghosted_detail_offers_resume_from_earlier_stage(alice: User, alice_client: Client) -> None:
    app = factories.application(alice, stage=Stage.INTERVIEW)
    services.application_move(application=app, stage=Stage.GHOSTED)
    form = alice_client.get(_url("tracker:detail", app)).context["move_form"]
    values = [value for value, _ in form.fields["stage"].choices]
    assert values == ["interview", "offer", "withdrawn"]
