"""Deciding on suggestions: accept (as proposed or edited), ignore and reopen, in bulk; the
tracker changes only then, through its own services, with the message's words kept."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from tests import factories

from onward.accounts.models import User
from onward.growth.choices import ReboundStep
from onward.growth.models import ReboundFlow
from onward.inbox import services
from onward.inbox.choices import ItemStatus
from onward.inbox.models import ReviewItem
from onward.inbox.tests import mail
from onward.tracker.choices import EventSource, Stage
from onward.tracker.models import Application, Rejection

pytestmark = pytest.mark.django_db

FEB = dt.datetime(2025, 2, 1, 9, 0, tzinfo=dt.UTC)


def _app(owner: User, company: str, stage: Stage = Stage.APPLIED) -> Application:
    return factories.application(
        owner, company_name=company, stage=stage, applied_on=FEB.date(), now=FEB
    )


def _items(owner: User, tmp_path: Path, *messages: bytes) -> list[ReviewItem]:
    path = tmp_path / "mail.mbox"
    path.write_bytes(mail.mbox(*messages))
    run = services.import_run_local(owner=owner, path=path)
    services.import_run_execute(run=run)
    return list(ReviewItem.objects.filter(owner=owner).order_by("message_date", "id"))


def _rejection(company: str, key: str, date: str = "Tue, 11 Mar 2025 16:20:00 +0000") -> bytes:
    return mail.email(mail.REJECTION, company=company, message_id=f"<{key}>", date=date)


def test_accepting_a_rejection_logs_it_with_their_words_and_starts_the_flow(
    alice: User, tmp_path: Path
) -> None:
    app = _app(alice, "Quillfeather", Stage.INTERVIEW)
    (item,) = _items(alice, tmp_path, _rejection("Quillfeather", "r@q.example"))
    item = services.review_item_accept(item=item)
    app.refresh_from_db()
    rejection = Rejection.objects.get(application=app)
    assert app.stage == Stage.REJECTED
    assert rejection.message == item.message and "not to move forward" in rejection.message
    assert rejection.received_on == dt.date(2025, 3, 11)
    assert rejection.stage_reached == Stage.INTERVIEW
    assert ReboundFlow.objects.get(rejection=rejection).step == ReboundStep.REFLECT
    assert (item.status, item.rejection, item.result_application) == (
        ItemStatus.ACCEPTED,
        rejection,
        app,
    )


def test_a_move_is_an_import_event_dated_by_the_message(alice: User, tmp_path: Path) -> None:
    app = _app(alice, "Brindle Labs")
    (item,) = _items(
        alice,
        tmp_path,
        mail.email(mail.INTERVIEW, company="Brindle Labs", date="Wed, 05 Mar 2025 08:00:00 +0000"),
    )
    item = services.review_item_accept(item=item)
    event = item.result_event
    assert event is not None
    assert (event.stage, event.source) == (Stage.INTERVIEW, EventSource.IMPORT)
    assert event.occurred_at == dt.datetime(2025, 3, 5, 8, 0, tzinfo=dt.UTC)
    assert event.note == "From your email: Your application"
    app.refresh_from_db()
    assert app.stage == Stage.INTERVIEW


def test_a_new_application_then_its_later_news(alice: User, tmp_path: Path) -> None:
    received, rejected = _items(
        alice,
        tmp_path,
        mail.email(mail.RECEIVED, company="Corvid Freight", message_id="<c1@c.example>"),
        _rejection("Corvid Freight", "c2@c.example"),
    )
    services.review_item_accept(item=received)
    app = Application.objects.get(owner=alice)
    assert (app.posting.company.name, app.posting.title, app.stage) == (
        "Corvid Freight",
        "Data Analyst",
        Stage.APPLIED,
    )
    assert app.applied_on == dt.date(2025, 3, 3)
    rejected.refresh_from_db()
    assert rejected.application == app and not rejected.proposes_new  # now points at it
    services.review_item_accept(item=rejected, rebound=False)
    app.refresh_from_db()
    assert app.stage == Stage.REJECTED
    assert Application.objects.filter(owner=alice).count() == 1


def test_accepting_the_rejection_first_creates_the_application_once(
    alice: User, tmp_path: Path
) -> None:
    received, rejected = _items(
        alice,
        tmp_path,
        mail.email(mail.RECEIVED, company="Corvid Freight", message_id="<c1@c.example>"),
        _rejection("Corvid Freight", "c2@c.example"),
    )
    services.review_item_accept(item=rejected, rebound=False)
    received.refresh_from_db()
    assert received.stage == ""  # nothing left to change: the application is closed
    services.review_item_accept(item=received)
    assert Application.objects.filter(owner=alice).count() == 1


def test_editing_before_accepting(alice: User, tmp_path: Path) -> None:
    other = _app(alice, "Tessellate", Stage.SCREENING)
    (item,) = _items(alice, tmp_path, _rejection("Quillfeather", "q@q.example"))
    edits = services.Edits(application=other, message="No, thank you.")
    item = services.review_item_accept(item=item, edits=edits, rebound=False)
    assert item.status == ItemStatus.EDITED
    other.refresh_from_db()
    assert other.stage == Stage.REJECTED
    assert other.rejection.message == "No, thank you."


def test_editing_a_new_application(alice: User, tmp_path: Path) -> None:
    (item,) = _items(alice, tmp_path, _rejection("Quillfeather", "q@q.example"))
    edits = services.Edits(company="Quillfeather Ltd", role="Senior Analyst", stage="")
    services.review_item_accept(item=item, edits=edits)
    app = Application.objects.get(owner=alice)
    assert (app.posting.company.name, app.posting.title, app.stage) == (
        "Quillfeather Ltd",
        "Senior Analyst",
        Stage.APPLIED,
    )


def test_a_new_application_needs_a_company(alice: User, tmp_path: Path) -> None:
    (item,) = _items(alice, tmp_path, _rejection("Quillfeather", "q@q.example"))
    with pytest.raises(ValidationError) as caught:
        services.review_item_accept(item=item, edits=services.Edits(company=""))
    assert "Name the company" in str(caught.value)
    item.refresh_from_db()
    assert item.status == ItemStatus.PENDING
    assert not Application.objects.exists()


def test_the_change_can_be_edited(alice: User, tmp_path: Path) -> None:
    app = _app(alice, "Gridline", Stage.SCREENING)
    (item,) = _items(alice, tmp_path, mail.email(mail.INTERVIEW, company="Gridline"))
    services.review_item_accept(item=item, edits=services.Edits(stage="withdrawn"))
    app.refresh_from_db()
    assert app.stage == Stage.WITHDRAWN


def test_a_change_the_stages_do_not_allow_is_refused(alice: User, tmp_path: Path) -> None:
    app = _app(alice, "Gridline", Stage.SCREENING)
    (item,) = _items(alice, tmp_path, mail.email(mail.INTERVIEW, company="Gridline"))
    from onward.tracker import services as tracker_services

    tracker_services.application_move(application=app, stage=Stage.WITHDRAWN)
    with pytest.raises(ValidationError) as caught:
        services.review_item_accept(item=item)
    assert "closed" in str(caught.value) or "Cannot move" in str(caught.value)


def test_ignore_and_reopen(alice: User, tmp_path: Path) -> None:
    (item,) = _items(alice, tmp_path, _rejection("Quillfeather", "q@q.example"))
    item = services.review_item_ignore(item=item)
    assert item.status == ItemStatus.IGNORED
    with pytest.raises(ValidationError):
        services.review_item_accept(item=item)
    item = services.review_item_reopen(item=item)
    assert item.status == ItemStatus.PENDING
    services.review_item_accept(item=item, rebound=False)
    with pytest.raises(ValidationError):
        services.review_item_reopen(item=item)  # accepted: undo it in the tracker


def test_bulk_accept_goes_oldest_first_and_keeps_the_failures(alice: User, tmp_path: Path) -> None:
    _app(alice, "Gridline", Stage.SCREENING)
    items = _items(
        alice,
        tmp_path,
        mail.email(mail.RECEIVED, company="Corvid Freight", message_id="<c1@c.example>"),
        _rejection("Corvid Freight", "c2@c.example"),
        _rejection("Gridline", "g1@g.example"),
        mail.email(mail.INTERVIEW, company="", sender="Jo <jo@gmail.com>", message_id="<j@x>"),
    )
    result = services.review_items_accept(items=list(reversed(items)))
    assert len(result.accepted) == 3
    ((failed, error),) = result.failed
    assert "Name the company" in error
    failed.refresh_from_db()
    assert failed.status == ItemStatus.PENDING and "Name the company" in failed.error
    assert not ReboundFlow.objects.exists()  # bulk: the flow is offered, not started
    stages = dict(Application.objects.values_list("posting__company__name", "stage"))
    assert stages == {"Corvid Freight": Stage.REJECTED, "Gridline": Stage.REJECTED}


def test_bulk_ignore(alice: User, tmp_path: Path) -> None:
    items = _items(alice, tmp_path, _rejection("A Co", "a@a"), _rejection("B Co", "b@b"))
    assert services.review_items_ignore(items=items) == 2
    assert set(ReviewItem.objects.values_list("status", flat=True)) == {ItemStatus.IGNORED}


def test_a_deleted_application_leaves_the_item_asking(alice: User, tmp_path: Path) -> None:
    app = _app(alice, "Quillfeather", Stage.INTERVIEW)
    (item,) = _items(alice, tmp_path, _rejection("Quillfeather", "q@q.example"))
    from onward.tracker import services as tracker_services

    tracker_services.application_delete(application=app)
    item.refresh_from_db()
    assert item.application is None
    with pytest.raises(ValidationError) as caught:
        services.review_item_accept(item=item)
    assert "is gone" in str(caught.value)


def test_another_persons_application_cannot_be_chosen(
    alice: User, bob: User, tmp_path: Path
) -> None:
    bobs = _app(bob, "Quillfeather")
    (item,) = _items(alice, tmp_path, _rejection("Quillfeather", "q@q.example"))
    with pytest.raises(ValidationError):
        services.review_item_accept(item=item, edits=services.Edits(application=bobs))
