"""Tracker CSVs through the services: LinkedIn's Job Applications.csv, a JobSync export,
and a spreadsheet with guessed columns and status words; each row waits for review, and a
second import of the same file adds nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from tests import factories

from onward.accounts.models import User
from onward.inbox import services
from onward.inbox.choices import ItemStatus, RunStatus
from onward.inbox.models import ImportRun, ReviewItem
from onward.tracker.choices import Stage
from onward.tracker.models import Application

pytestmark = pytest.mark.django_db

LINKEDIN = (
    "Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,"
    "Resume Name,Question And Answers\n"
    "1/14/25,,,Brindle Labs,Data Analyst,https://www.linkedin.com/jobs/view/111,cv.pdf,\n"
    "1/20/25,,,Gridline,Energy Data Analyst,https://www.linkedin.com/jobs/view/222,cv.pdf,\n"
)
JOBSYNC = (
    "index,createdAt,applied,appliedDate,Company,JobTitle,jobType,workplaceType,Location,"
    "JobSource,Status\n"
    "1,2025-01-02,Yes,2025-01-03,Tessellate,Backend Engineer,FT,Remote,Berlin,Indeed,Interview\n"
    "2,2025-01-05,No,N/A,Sproutwell,Product Designer,FT,Hybrid,Leeds,Company site,Draft\n"
    "3,2025-01-06,Yes,2025-01-07,Orbitline,QA Engineer,PT,Onsite,Paris,LinkedIn,Rejected\n"
)
SHEET = (
    "Employer;Position;Progress;Submitted;Link\n"
    "Lumenfold;ML Engineer;Waiting on Jo;03.02.2025;https://lumenfold.example/jobs/1\n"
    "Fieldnote;Writer;rejected;10.02.2025;\n"
    "Ferrohaus;Welder;phone screen;14.02.2025;\n"
)


def _upload(owner: User, text: str, name: str = "jobs.csv") -> ImportRun:
    return services.import_run_upload(owner=owner, name=name, chunks=[text.encode()])


def _import(owner: User, text: str, **mapping: dict[str, str]) -> ImportRun:
    run = _upload(owner, text)
    assert run.status == RunStatus.MAPPING  # a preview first, always
    if mapping:
        run = services.import_run_set_mapping(
            run=run, columns=mapping.get("columns", {}), statuses=mapping.get("statuses", {})
        )
    run = services.import_run_start(run=run, queue=False)
    return services.import_run_execute(run=run)


def _by_company(owner: User) -> dict[str, ReviewItem]:
    return {item.company: item for item in ReviewItem.objects.filter(owner=owner)}


def test_linkedin_rows_are_applications_sent(alice: User) -> None:
    run = _import(alice, LINKEDIN)
    assert run.status == RunStatus.DONE and run.proposed_count == 2
    item = _by_company(alice)["Brindle Labs"]
    assert (item.kind, item.proposes_new, item.stage, item.role) == (
        "row",
        True,
        Stage.APPLIED,
        "Data Analyst",
    )
    assert item.applied_on == dt.date(2025, 1, 14)
    assert item.message_key.startswith("linkedin:")
    services.review_item_accept(item=item)
    app = Application.objects.get(owner=alice)
    assert app.posting.url == "https://www.linkedin.com/jobs/view/111"
    assert app.applied_on == dt.date(2025, 1, 14)


def test_jobsync_statuses_map_to_stages(alice: User) -> None:
    _import(alice, JOBSYNC)
    items = _by_company(alice)
    assert {name: item.stage for name, item in items.items()} == {
        "Tessellate": Stage.INTERVIEW,
        "Sproutwell": Stage.SAVED,
        "Orbitline": Stage.REJECTED,
    }
    services.review_items_accept(items=list(items.values()))
    stages = dict(Application.objects.values_list("posting__company__name", "stage"))
    assert stages == {
        "Tessellate": Stage.INTERVIEW,
        "Sproutwell": Stage.SAVED,
        "Orbitline": Stage.REJECTED,
    }
    assert Application.objects.get(posting__company__name="Tessellate").posting.location == "Berlin"


def test_a_spreadsheet_needs_its_unknown_status_words_shown_not_guessed(alice: User) -> None:
    run = _upload(alice, SHEET)
    from onward.inbox import files
    from onward.inbox.services.runs import csv_preview

    preview = csv_preview(files.resolve(run.stored_file))
    assert preview.format == "spreadsheet"
    guessed = {g.field: g.header for g in preview.mapping.fields}
    assert guessed == {
        "company": "Employer",
        "title": "Position",
        "status": "Progress",
        "applied_on": "Submitted",
        "url": "Link",
    }
    assert preview.unknown_statuses == (("Waiting on Jo", 1),)
    run = services.import_run_set_mapping(
        run=run, columns={}, statuses={"Waiting on Jo": "applied"}
    )
    services.import_run_start(run=run, queue=False)
    services.import_run_execute(run=run)
    items = _by_company(alice)
    assert items["Lumenfold"].stage == Stage.APPLIED
    assert items["Fieldnote"].stage == Stage.REJECTED
    assert items["Ferrohaus"].stage == Stage.SCREENING
    assert items["Lumenfold"].applied_on == dt.date(2025, 2, 3)


def test_an_unknown_status_left_unknown_says_so_on_the_item(alice: User) -> None:
    _import(alice, SHEET)
    item = _by_company(alice)["Lumenfold"]
    assert item.stage == Stage.APPLIED
    assert any("'Waiting on Jo' has no stage" in note for note in item.notes)


def test_the_columns_can_be_set_by_hand(alice: User) -> None:
    sheet = "A,B,C\nBrindle Labs,Data Analyst,offer\n"
    run = _upload(alice, sheet)
    with pytest.raises(ValidationError):
        services.import_run_start(run=services.import_run_set_mapping(
            run=run, columns={"company": "Nope"}, statuses={}
        ))  # fmt: skip
    run = services.import_run_set_mapping(
        run=run, columns={"company": "A", "title": "B", "status": "C"}, statuses={}
    )
    services.import_run_start(run=run, queue=False)
    services.import_run_execute(run=run)
    item = ReviewItem.objects.get(owner=alice)
    assert (item.company, item.role, item.stage) == ("Brindle Labs", "Data Analyst", Stage.OFFER)


def test_rows_matching_an_application_move_it(alice: User) -> None:
    app = factories.application(
        alice,
        title="Backend Engineer",
        company_name="Tessellate",
        applied_on=dt.date(2025, 1, 3),
        now=dt.datetime(2025, 1, 3, 12, 0, tzinfo=dt.UTC),
    )
    _import(alice, JOBSYNC)
    item = _by_company(alice)["Tessellate"]
    assert item.application == app and item.stage == Stage.INTERVIEW
    services.review_item_accept(item=item)
    app.refresh_from_db()
    assert app.stage == Stage.INTERVIEW


def test_a_different_role_at_the_same_company_is_a_new_application(alice: User) -> None:
    factories.application(alice, title="Head Chef", company_name="Tessellate")
    _import(alice, JOBSYNC)
    assert _by_company(alice)["Tessellate"].proposes_new


def test_importing_the_same_csv_twice_adds_nothing(alice: User) -> None:
    _import(alice, JOBSYNC)
    again = _import(alice, JOBSYNC)
    assert (again.duplicate_count, again.proposed_count) == (3, 0)
    assert ReviewItem.objects.filter(owner=alice).count() == 3


def test_not_a_csv(alice: User) -> None:
    with pytest.raises(ValidationError) as caught:
        _upload(alice, "", name="jobs.csv")
    assert "empty" in str(caught.value)
    with pytest.raises(ValidationError) as caught:
        services.import_run_upload(owner=alice, name="a.csv", chunks=[b"\x00\x01binary\x00"])
    assert "binary" in str(caught.value)


def test_rows_without_company_and_title_are_reported(alice: User) -> None:
    run = _import(alice, "Company,Title,Status\n,,applied\nGridline,Analyst,applied\n")
    assert run.proposed_count == 1
    assert run.unreadable_count == 1
    assert any("no company and no title" in note for note in run.notes)
    assert ReviewItem.objects.get().status == ItemStatus.PENDING
