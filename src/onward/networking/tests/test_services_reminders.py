"""Reminders Onward adds at the right moment, once; snooze, done, and what closes them."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.core.exceptions import ValidationError
from tests import factories

from onward.accounts.models import User
from onward.networking import selectors, services
from onward.networking.choices import (
    ContactRole,
    InteractionKind,
    ReminderKind,
    ReminderStatus,
)
from onward.networking.models import Contact, Interaction, Reminder
from onward.networking.tests.conftest import NOW, TODAY
from onward.tracker import services as tracker_services
from onward.tracker.choices import Stage
from onward.tracker.models import Application

pytestmark = pytest.mark.django_db


def _open(owner: User, kind: str) -> list[Reminder]:
    return list(Reminder.objects.filter(owner=owner, kind=kind, status=ReminderStatus.OPEN))


def test_interview_log_links_interviewers_and_adds_a_thank_you_each(
    alice: User, app: Application, jo: Contact, sam: Contact
) -> None:
    event = services.interview_log(application=app, interviewers=[jo, sam], interview_kind="phone")
    assert event.stage == Stage.INTERVIEW and event.interview_round == 1
    assert set(app.contact_links.values_list("contact__name", "role")) == {
        ("Jo Park", ContactRole.INTERVIEWER),
        ("Sam Reyes", ContactRole.INTERVIEWER),
    }
    assert Interaction.objects.filter(event=event, kind=InteractionKind.INTERVIEW).count() == 2
    thanks = _open(alice, ReminderKind.THANK_YOU)
    assert sorted(r.title for r in thanks) == [
        "Thank Jo Park for round 1 at Acme",
        "Thank Sam Reyes for round 1 at Acme",
    ]
    assert {r.due_on for r in thanks} == {TODAY + dt.timedelta(days=1)}
    assert services.reminders_refresh(owner=alice) == 0  # never twice


def test_logging_the_thank_you_closes_its_reminder(
    alice: User, app: Application, jo: Contact
) -> None:
    services.interview_log(application=app, interviewers=[jo])
    services.interaction_log(contact=jo, kind=InteractionKind.THANK_YOU, application=app)
    assert _open(alice, ReminderKind.THANK_YOU) == []
    assert services.reminders_refresh(owner=alice) == 0


def test_an_interview_with_no_interviewer_logged_gets_one_reminder(
    alice: User, app: Application
) -> None:
    tracker_services.application_move(application=app, stage=Stage.INTERVIEW)
    assert services.reminders_refresh(owner=alice) == 1
    assert [r.title for r in _open(alice, ReminderKind.THANK_YOU)] == [
        "Send a thank-you note after round 1 at Acme"
    ]


def test_follow_up_a_week_after_applying_with_no_answer(
    alice: User, jo: Contact, clock: time_machine.Traveller
) -> None:
    quiet = factories.application(
        alice, company_name="Quiet", applied_on=TODAY - dt.timedelta(days=8), now=NOW
    )
    answered = factories.application(
        alice, company_name="Answered", applied_on=TODAY - dt.timedelta(days=9), now=NOW
    )
    services.interaction_log(contact=jo, kind=InteractionKind.EMAIL, application=answered)
    factories.application(
        alice, company_name="Old", applied_on=TODAY - dt.timedelta(days=60), now=NOW
    )
    services.reminders_refresh(owner=alice)
    follow = _open(alice, ReminderKind.FOLLOW_UP)
    assert [(r.application_id, r.due_on) for r in follow] == [
        (quiet.pk, TODAY - dt.timedelta(days=1))
    ]
    tracker_services.application_move(application=quiet, stage=Stage.SCREENING)
    services.reminders_refresh(owner=alice)
    assert _open(alice, ReminderKind.FOLLOW_UP) == []  # moved on: no longer needed
    assert Reminder.objects.get(kind=ReminderKind.FOLLOW_UP).status == ReminderStatus.DISMISSED


def test_stay_in_touch_after_a_rejection_with_everyone_met(
    alice: User, app: Application, jo: Contact
) -> None:
    services.application_contact_link(contact=jo, application=app, role=ContactRole.RECRUITER)
    tracker_services.rejection_record(application=app)
    services.reminders_refresh(owner=alice)
    [stay] = _open(alice, ReminderKind.STAY_IN_TOUCH)
    assert stay.contact == jo and stay.due_on == TODAY + dt.timedelta(days=2)
    services.interaction_log(contact=jo, kind=InteractionKind.MESSAGE)
    assert _open(alice, ReminderKind.STAY_IN_TOUCH) == []


def test_keep_warm_cadence_follows_the_last_interaction(
    alice: User, jo: Contact, clock: time_machine.Traveller
) -> None:
    services.contact_update(contact=jo, cadence_days=30)
    services.interaction_log(
        contact=jo, kind=InteractionKind.CALL, occurred_on=TODAY - dt.timedelta(days=40)
    )
    services.reminders_refresh(owner=alice)
    [warm] = _open(alice, ReminderKind.KEEP_WARM)
    assert warm.due_on == TODAY - dt.timedelta(days=10)
    services.reminder_complete(reminder=warm, log=True)
    assert Interaction.objects.filter(contact=jo, occurred_on=TODAY).count() == 1
    services.reminders_refresh(owner=alice)
    [nxt] = _open(alice, ReminderKind.KEEP_WARM)
    assert nxt.due_on == TODAY + dt.timedelta(days=30)


def test_done_without_logging_still_moves_the_cadence_on(alice: User, jo: Contact) -> None:
    services.contact_update(contact=jo, cadence_days=7)
    services.reminders_refresh(owner=alice)
    [warm] = _open(alice, ReminderKind.KEEP_WARM)
    services.reminder_complete(reminder=warm)
    services.reminders_refresh(owner=alice)
    [nxt] = _open(alice, ReminderKind.KEEP_WARM)
    assert nxt.due_on == TODAY + dt.timedelta(days=7)


@pytest.mark.parametrize(
    ("kwargs", "due"),
    [
        pytest.param({"days": 3}, TODAY + dt.timedelta(days=3), id="days-from-today"),
        pytest.param(
            {"until": TODAY + dt.timedelta(days=10)}, TODAY + dt.timedelta(days=10), id="until"
        ),
    ],
)
def test_snooze(
    alice: User, clock: time_machine.Traveller, kwargs: dict[str, object], due: dt.date
) -> None:
    reminder = services.reminder_create(
        owner=alice, title="Call Jo", due_on=TODAY - dt.timedelta(days=2)
    )
    services.reminder_snooze(reminder=reminder, **kwargs)  # type: ignore[arg-type]
    assert reminder.due_on == due and reminder.snoozed_times == 1


@pytest.mark.parametrize(
    "kwargs",
    [
        pytest.param({"days": 0}, id="zero"),
        pytest.param({"days": 999}, id="too-long"),
        pytest.param({"until": TODAY}, id="today"),
    ],
)
def test_snooze_refuses(
    alice: User, clock: time_machine.Traveller, kwargs: dict[str, object]
) -> None:
    reminder = services.reminder_create(owner=alice, title="Call Jo", due_on=TODAY)
    with pytest.raises(ValidationError):
        services.reminder_snooze(reminder=reminder, **kwargs)  # type: ignore[arg-type]


def test_agenda_groups_overdue_today_and_this_week(
    alice: User, clock: time_machine.Traveller
) -> None:
    for days, title in ((-3, "late"), (0, "now"), (4, "soon"), (20, "later")):
        services.reminder_create(owner=alice, title=title, due_on=TODAY + dt.timedelta(days=days))
    agenda = selectors.reminder_agenda(owner=alice, today=TODAY)
    assert [r.title for r in agenda.overdue] == ["late"]
    assert [r.title for r in agenda.due_today] == ["now"]
    assert [r.title for r in agenda.this_week] == ["soon"]
    assert agenda.later_count == 1


def test_referral_ask_plan_is_one_reminder_with_drafts(
    alice: User, jo: Contact, app: Application
) -> None:
    from onward.networking.drafts import reminder_drafts

    first = services.referral_ask_plan(contact=jo, application=app)
    again = services.referral_ask_plan(contact=jo, application=app)
    assert first.pk == again.pk and first.title == "Ask Jo Park for a referral at Acme"
    drafts = reminder_drafts(first)
    assert [d.tone.value for d in drafts] == ["brief", "warm", "specific_question"]
    assert all("Data Analyst role at Acme" in d.body for d in drafts)
