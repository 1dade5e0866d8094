"""``onward import mail|csv`` and ``onward inbox ...``: imports with a progress bar, the
review queue in a terminal; ``onward import FILE.json`` still imports an export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests import factories

from onward.accounts.models import User
from onward.cli.tests.conftest import Invoke, assert_failed
from onward.inbox.choices import ItemStatus, RunStatus
from onward.inbox.models import ImportRun, ReviewItem
from onward.inbox.tests import mail
from onward.portability import exporter
from onward.tracker.models import Application

pytestmark = pytest.mark.django_db

JOBSYNC = (
    "index,createdAt,applied,appliedDate,Company,JobTitle,jobType,workplaceType,Location,"
    "JobSource,Status\n"
    "1,2025-01-02,Yes,2025-01-03,Tessellate,Backend Engineer,FT,Remote,Berlin,Indeed,Interview\n"
    "2,2025-01-06,Yes,2025-01-07,Orbitline,QA Engineer,PT,Onsite,Paris,LinkedIn,Rejected\n"
)


def _mbox(tmp_path: Path) -> Path:
    path = tmp_path / "All mail.mbox"
    path.write_bytes(
        mail.mbox(
            mail.email(mail.RECEIVED, company="Tessellate", message_id="<t@t.example>"),
            mail.email(mail.NEWSLETTER, company="Plant Shop"),
            mail.email(mail.REJECTION, company="Quillfeather", message_id="<q@q.example>"),
        )
    )
    return path


def test_import_mail_reports_what_it_found(alice: User, invoke: Invoke, tmp_path: Path) -> None:
    result = invoke(["import", "mail", str(_mbox(tmp_path))])
    assert result.exit_code == 0, result.output
    assert (
        "Read 3 from All mail.mbox: 2 suggestions to review, 1 not about a job search."
        in result.stdout
    )
    assert "onward inbox list" in result.stderr
    again = invoke(["import", "mail", str(_mbox(tmp_path))])
    assert "0 suggestions to review, 1 not about a job search, 2 imported before" in again.stdout


def test_import_mail_errors_are_one_line(alice: User, invoke: Invoke, tmp_path: Path) -> None:
    notes = tmp_path / "notes.mbox"
    notes.write_text("Dear diary\n")
    assert_failed(invoke(["import", "mail", str(notes)]), "Not an mbox file")
    assert_failed(invoke(["import", "mail"]), "give a PATH to read, or --imap HOST")
    assert_failed(invoke(["import", "mail", str(tmp_path / "gone.mbox")]), "no file or folder")
    assert_failed(
        invoke(["import", "mail", "--imap", "imap.example.org", "--imap-user", "sam"]),
        "no password: set ONWARD_IMAP_PASSWORD",
    )


def test_the_inbox_commands(alice: User, invoke: Invoke, tmp_path: Path) -> None:
    invoke(["import", "mail", str(_mbox(tmp_path))])
    listed = invoke(["inbox", "list", "--json"])
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert {row["label"] for row in rows} == {"application_received", "rejection"}
    rejection = next(row for row in rows if row["label"] == "rejection")
    shown = invoke(["inbox", "show", str(rejection["id"])])
    assert "Add a new application at Quillfeather, then log the rejection" in shown.stdout
    assert "“decided not to move”" in shown.stdout
    assert "Their words:" in shown.stdout
    accepted = invoke(["inbox", "accept", str(rejection["id"]), "--role", "Data Analyst"])
    assert accepted.exit_code == 0, accepted.output
    assert "rebound flow" in accepted.stderr
    assert Application.objects.get(owner=alice).stage == "rejected"
    other = next(row for row in rows if row["label"] != "rejection")
    assert invoke(["inbox", "ignore", str(other["id"])]).exit_code == 0
    assert invoke(["inbox", "reopen", str(other["id"])]).exit_code == 0
    assert invoke(["inbox", "accept", "--all", "--min-confidence", "0.5"]).exit_code == 0
    assert not ReviewItem.objects.filter(status=ItemStatus.PENDING).exists()
    imports = invoke(["inbox", "imports", "--json"])
    assert json.loads(imports.stdout.splitlines()[0])["status"] == "done"


def test_inbox_accept_errors(alice: User, invoke: Invoke) -> None:
    assert_failed(invoke(["inbox", "accept"]), "give suggestion ids, or --all")
    assert_failed(invoke(["inbox", "accept", "99"]), "no suggestion with id 99")
    assert_failed(invoke(["inbox", "show", "0"]), "no suggestion with id 0")
    assert_failed(invoke(["inbox", "list", "--status", "nope"]), "--status: 'nope'")


def test_import_csv_previews_then_imports(alice: User, invoke: Invoke, tmp_path: Path) -> None:
    path = tmp_path / "jobsync.csv"
    path.write_text(JOBSYNC)
    looked = invoke(["import", "csv", str(path), "--preview"])
    assert looked.exit_code == 0, looked.output
    assert "This is a JobSync export: 2 rows." in looked.stderr
    assert "Tessellate" in looked.stdout and "Nothing imported." in looked.stderr
    assert not ImportRun.objects.exists() and not ReviewItem.objects.exists()
    assert_failed(invoke(["import", "csv", str(path)]), "add --yes")
    done = invoke(["import", "csv", str(path), "--yes"])
    assert done.exit_code == 0, done.output
    assert "2 suggestions to review" in done.stdout
    assert ImportRun.objects.get().status == RunStatus.DONE


def test_import_csv_with_columns_and_status_words(
    alice: User, invoke: Invoke, tmp_path: Path
) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text("A,B,C\nLumenfold,ML Engineer,Waiting on Jo\n")
    result = invoke(
        [
            "import", "csv", str(path), "--column", "company=A", "--column", "title=B",
            "--column", "status=C", "--status", "Waiting on Jo=applied", "--yes",
        ]
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    item = ReviewItem.objects.get(owner=alice)
    assert (item.company, item.stage) == ("Lumenfold", "applied")
    bad = invoke(["import", "csv", str(path), "--column", "nope", "--yes"])
    assert_failed(bad, "is not NAME=VALUE")


def test_import_json_still_works_both_ways(
    alice: User, bob: User, invoke: Invoke, tmp_path: Path
) -> None:
    factories.rejection(alice)
    path = tmp_path / "alice.json"
    path.write_text(exporter.account_export_json(owner=alice), encoding="utf-8")
    plain = invoke(["import", str(path), "--user", "bob"])
    assert plain.exit_code == 0, plain.output
    assert "created" in plain.stdout
    explicit = invoke(["import", "json", str(path), "--user", "bob"])
    assert "0 created, 0 updated" in explicit.stdout


def test_resume_a_stopped_import(alice: User, invoke: Invoke, tmp_path: Path) -> None:
    path = _mbox(tmp_path)
    from onward.inbox import services

    run = services.import_run_local(owner=alice, path=path)
    ImportRun.objects.filter(pk=run.pk).update(status=RunStatus.STOPPED, message="Stopped.")
    result = invoke(["inbox", "resume", str(run.pk)])
    assert result.exit_code == 0, result.output
    assert "2 suggestions to review" in result.stdout
    assert_failed(invoke(["inbox", "resume", str(run.pk)]), "Only a stopped import")
