from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from tests import factories

from onward.accounts.models import User
from onward.tracker import selectors, services
from onward.tracker.choices import EventSource, InterviewKind, RejectionReason, Stage
from onward.tracker.models import Application, ApplicationEvent, Rejection

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2026, 3, 10, 15, 0, tzinfo=dt.UTC)


def _stages(application: Application) -> list[str]:
    return [e.stage for e in selectors.application_events(application=application)]


def test_create_writes_first_event(alice: User) -> None:
    app = factories.application(alice, now=NOW)
    assert app.stage == Stage.APPLIED
    assert app.applied_on == NOW.date()
    assert _stages(app) == ["applied"]


def test_create_saved_has_no_applied_on(alice: User) -> None:
    app = factories.application(alice, stage=Stage.SAVED, now=NOW)
    assert app.applied_on is None
    services.application_move(application=app, stage=Stage.APPLIED, now=NOW)
    app.refresh_from_db()
    assert app.applied_on == NOW.date()


def test_create_backdated_event_at_applied_on(alice: User) -> None:
    app = factories.application(alice, applied_on=dt.date(2026, 3, 1), now=NOW)
    event = selectors.application_events(application=app).get()
    assert timezone.localdate(event.occurred_at) == dt.date(2026, 3, 1)


def test_create_in_later_stage_logs_the_path(alice: User) -> None:
    app = factories.application(alice, stage=Stage.INTERVIEW, now=NOW)
    assert _stages(app) == ["applied", "interview"]
    assert app.events.last().interview_round == 1  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("stage", "field"),
    [
        pytest.param(Stage.REJECTED, "stage", id="rejected"),
        pytest.param(Stage.GHOSTED, "stage", id="ghosted"),
    ],
)
def test_create_refuses_closed_start(alice: User, stage: Stage, field: str) -> None:
    with pytest.raises(ValidationError) as exc:
        factories.application(alice, stage=stage, now=NOW)
    assert field in exc.value.message_dict


def test_create_refuses_future_applied_on(alice: User) -> None:
    with pytest.raises(ValidationError) as exc:
        factories.application(alice, applied_on=NOW.date() + dt.timedelta(days=3), now=NOW)
    assert "applied_on" in exc.value.message_dict


def test_interview_rounds_are_numbered(alice: User) -> None:
    app = factories.application(alice, now=NOW)
    services.application_move(application=app, stage=Stage.SCREENING, now=NOW)
    first = services.application_move(
        application=app, stage=Stage.INTERVIEW, interview_kind=InterviewKind.PHONE, now=NOW
    )
    second = services.application_move(
        application=app, stage=Stage.INTERVIEW, interview_kind=InterviewKind.TECHNICAL, now=NOW
    )
    assert (first.interview_round, first.interview_kind) == (1, "phone")
    assert (second.interview_round, second.interview_kind) == (2, "technical")
    assert second.from_stage == Stage.INTERVIEW


@pytest.mark.parametrize(
    ("start", "target", "message"),
    [
        pytest.param(Stage.APPLIED, Stage.SAVED, "Cannot move", id="backwards"),
        pytest.param(Stage.SAVED, Stage.GHOSTED, "Cannot move", id="saved-cannot-ghost"),
        pytest.param(Stage.APPLIED, Stage.ACCEPTED, "Cannot move", id="accept-without-offer"),
        pytest.param(Stage.APPLIED, Stage.REJECTED, "Log a rejection", id="reject-needs-details"),
        pytest.param(Stage.APPLIED, "bogus", "Unknown stage", id="unknown"),
    ],
)
def test_moves_refused(alice: User, start: Stage, target: str, message: str) -> None:
    app = factories.application(alice, stage=start, now=NOW)
    with pytest.raises(ValidationError) as exc:
        services.application_move(application=app, stage=target, now=NOW)
    assert message in " ".join(exc.value.message_dict["stage"])
    assert ApplicationEvent.objects.filter(application=app).count() == len(_stages(app))


def test_closed_application_cannot_move(alice: User) -> None:
    app = factories.application(alice, stage=Stage.OFFER, now=NOW)
    services.application_move(application=app, stage=Stage.ACCEPTED, now=NOW)
    with pytest.raises(ValidationError, match="closed"):
        services.application_move(application=app, stage=Stage.INTERVIEW, now=NOW)


def test_move_cannot_predate_last_event(alice: User) -> None:
    app = factories.application(alice, now=NOW)
    with pytest.raises(ValidationError) as exc:
        services.application_move(
            application=app,
            stage=Stage.SCREENING,
            occurred_at=NOW - dt.timedelta(days=2),
            now=NOW,
        )
    assert "occurred_at" in exc.value.message_dict


def test_move_cannot_be_in_future(alice: User) -> None:
    app = factories.application(alice, now=NOW)
    with pytest.raises(ValidationError):
        services.application_move(
            application=app, stage=Stage.SCREENING, occurred_at=NOW + dt.timedelta(days=5), now=NOW
        )


def test_kind_only_for_interviews(alice: User) -> None:
    app = factories.application(alice, now=NOW)
    with pytest.raises(ValidationError) as exc:
        services.application_move(
            application=app, stage=Stage.SCREENING, interview_kind="phone", now=NOW
        )
    assert "interview_kind" in exc.value.message_dict


def test_events_are_append_only(alice: User) -> None:
    app = factories.application(alice, now=NOW)
    event = app.events.get()
    event.note = "changed"
    with pytest.raises(ValueError, match="append-only"):
        event.save()


def test_rejection_moves_stage_in_one_transaction(alice: User) -> None:
    app = factories.application(alice, stage=Stage.INTERVIEW, now=NOW)
    rejection = services.rejection_record(
        application=app,
        received_on=NOW.date(),
        reason=RejectionReason.MORE_EXPERIENCED,
        message="  We went with someone more senior.  ",
        now=NOW,
    )
    app.refresh_from_db()
    assert app.stage == Stage.REJECTED
    assert rejection.stage_reached == Stage.INTERVIEW
    assert rejection.message == "We went with someone more senior."
    assert rejection.event.stage == Stage.REJECTED


def test_bad_rejection_changes_nothing(alice: User) -> None:
    app = factories.application(alice, now=NOW)
    with pytest.raises(ValidationError) as exc:
        services.rejection_record(application=app, reason="nope", channel="fax", now=NOW)
    assert set(exc.value.message_dict) == {"reason", "channel"}
    app.refresh_from_db()
    assert app.stage == Stage.APPLIED
    assert not Rejection.objects.exists()


def test_second_rejection_refused(alice: User) -> None:
    rejection = factories.rejection(alice)
    with pytest.raises(ValidationError, match="closed"):
        services.rejection_record(application=rejection.application)


def test_rejection_retract_restores_stage(alice: User) -> None:
    rejection = factories.rejection(alice)
    app = rejection.application
    services.rejection_retract(rejection=rejection)
    app.refresh_from_db()
    assert app.stage == Stage.SCREENING
    assert _stages(app)[-2:] == ["rejected", "screening"]
    assert not Rejection.objects.filter(application=app).exists()


def test_ghosting_marks_stale_and_is_reversible(alice: User) -> None:
    old = factories.application(alice, applied_on=dt.date(2026, 1, 2), now=NOW)
    fresh = factories.application(alice, applied_on=dt.date(2026, 3, 1), now=NOW)
    saved = factories.application(alice, stage=Stage.SAVED, now=NOW - dt.timedelta(days=90))
    assert services.applications_mark_ghosted(now=NOW) == 1
    assert services.applications_mark_ghosted(now=NOW) == 0  # idempotent
    old.refresh_from_db()
    fresh.refresh_from_db()
    saved.refresh_from_db()
    assert (old.stage, fresh.stage, saved.stage) == ("ghosted", "applied", "saved")
    ghost = old.events.last()
    assert ghost is not None and ghost.source == EventSource.SYSTEM
    services.application_unghost(application=old, now=NOW)
    old.refresh_from_db()
    assert old.stage == Stage.APPLIED
    assert services.applications_mark_ghosted(now=NOW) == 0  # the undo resets the clock


def test_ghosting_respects_user_setting(alice: User) -> None:
    alice.ghost_after_days = 5
    alice.save()
    factories.application(alice, applied_on=NOW.date() - dt.timedelta(days=7), now=NOW)
    assert services.applications_mark_ghosted(now=NOW) == 1


def test_ghosting_one_account_backdated(alice: User, bob: User) -> None:
    alice.ghost_after_days = 10
    alice.save()
    mine = factories.application(alice, applied_on=dt.date(2026, 2, 1), now=NOW)
    theirs = factories.application(bob, applied_on=dt.date(2026, 1, 2), now=NOW)
    applied_at = mine.stage_changed_at
    assert services.applications_mark_ghosted(now=NOW, owner=alice, backdated=True) == 1
    mine.refresh_from_db()
    theirs.refresh_from_db()
    assert (mine.stage, theirs.stage) == ("ghosted", "applied")  # bob's account untouched
    ghost = mine.events.last()
    assert ghost is not None and ghost.source == EventSource.SYSTEM
    assert applied_at is not None
    assert ghost.occurred_at == ghost.created_at == applied_at + dt.timedelta(days=10)
    assert mine.stage_changed_at == ghost.occurred_at
    assert services.applications_mark_ghosted(now=NOW, owner=alice) == 0


def test_ghosted_can_resume_or_be_rejected(alice: User) -> None:
    app = factories.application(alice, applied_on=dt.date(2026, 1, 2), now=NOW)
    services.applications_mark_ghosted(now=NOW)
    app.refresh_from_db()
    rejection = services.rejection_record(application=app, now=NOW)
    assert rejection.stage_reached == Stage.APPLIED


def test_company_names_unique_case_insensitive(alice: User, bob: User) -> None:
    services.company_create(owner=alice, name="Acme")
    with pytest.raises(ValidationError):
        services.company_create(owner=alice, name="acme")
    assert services.company_get_or_create(owner=alice, name="ACME").name == "Acme"
    services.company_create(owner=bob, name="Acme")  # another owner is fine


def test_company_delete_refused_with_postings(alice: User) -> None:
    posting = factories.posting(alice)
    with pytest.raises(ValidationError):
        services.company_delete(company=posting.company)


def test_posting_salary_range_validated(alice: User) -> None:
    company = factories.company(alice)
    with pytest.raises(ValidationError) as exc:
        services.posting_create(
            owner=alice, company=company, title="Analyst", salary_min=90, salary_max=50
        )
    assert "salary_max" in exc.value.message_dict


def test_cannot_attach_other_users_company(alice: User, bob: User) -> None:
    company = factories.company(bob)
    with pytest.raises(ValidationError):
        services.posting_create(owner=alice, company=company, title="Analyst")


def test_update_refuses_stage(alice: User) -> None:
    app = factories.application(alice, now=NOW)
    with pytest.raises(ValidationError):
        services.application_update(application=app, stage="offer")


def test_delete_application_removes_log(alice: User) -> None:
    rejection = factories.rejection(alice)
    services.application_delete(application=rejection.application)
    assert not ApplicationEvent.objects.exists()
    assert not Application.objects.exists()
