"""Mail imports through the services: mbox, .eml, a zip, a folder; matching to your
applications; no duplicates on re-import; resuming without half a batch; bad input in
plain words; huge attachments and bodies never kept unless you ask."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from tests import factories

from onward.accounts.models import User
from onward.inbox import services
from onward.inbox.choices import ItemStatus, RunStatus
from onward.inbox.models import ImportRun, ReviewItem
from onward.inbox.services import execute
from onward.inbox.tests import mail
from onward.tracker.choices import Stage
from onward.tracker.models import Application

pytestmark = pytest.mark.django_db

FEB = dt.datetime(2025, 2, 1, 9, 0, tzinfo=dt.UTC)


def _app(owner: User, company: str, stage: Stage = Stage.APPLIED) -> Application:
    """An application sent on 1 February 2025, before any of the test mail."""
    return factories.application(
        owner, company_name=company, stage=stage, applied_on=FEB.date(), now=FEB
    )


def _import(owner: User, path: Path, **kwargs: object) -> ImportRun:
    run = services.import_run_local(owner=owner, path=path, **kwargs)  # type: ignore[arg-type]
    return services.import_run_execute(run=run)


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _three(tmp_path: Path) -> Path:
    return _write(
        tmp_path,
        "takeout.mbox",
        mail.mbox(
            mail.email(mail.RECEIVED, company="Tessellate", message_id="<a1@t.example>"),
            mail.email(mail.NEWSLETTER, company="Plant Shop", subject="Spring sale"),
            mail.email(
                mail.REJECTION,
                company="Quillfeather",
                message_id="<r1@q.example>",
                date="Tue, 11 Mar 2025 16:20:00 +0000",
            ),
        ),
    )


def test_an_mbox_becomes_suggestions_and_other_mail_is_left_out(
    alice: User, tmp_path: Path
) -> None:
    run = _import(alice, _three(tmp_path))
    assert run.status == RunStatus.DONE
    assert (run.read_count, run.proposed_count, run.other_count) == (3, 2, 1)
    assert run.done == run.total == (tmp_path / "takeout.mbox").stat().st_size
    items = {i.label: i for i in ReviewItem.objects.filter(owner=alice)}
    assert set(items) == {"application_received", "rejection"}
    rejection = items["rejection"]
    assert rejection.proposes_new and rejection.company == "Quillfeather"
    assert rejection.stage == Stage.REJECTED
    assert "decided not to move forward" in rejection.message  # their words, kept verbatim
    assert any("decided not to move" in e["text"] for e in rejection.evidence)
    assert rejection.status == ItemStatus.PENDING
    assert rejection.body == ""  # bodies are not kept by default
    assert items["application_received"].stage == Stage.APPLIED


def test_nothing_changes_in_the_tracker_until_review(alice: User, tmp_path: Path) -> None:
    app = _app(alice, "Quillfeather", Stage.INTERVIEW)
    _import(alice, _three(tmp_path))
    app.refresh_from_db()
    assert app.stage == Stage.INTERVIEW
    item = ReviewItem.objects.get(owner=alice, label="rejection")
    assert item.application == app and not item.proposes_new
    assert "the company is Quillfeather" in item.match_reasons


def test_reimporting_the_same_mailbox_creates_no_duplicates(alice: User, tmp_path: Path) -> None:
    path = _three(tmp_path)
    _import(alice, path)
    again = _import(alice, path)
    assert (again.duplicate_count, again.proposed_count) == (2, 0)
    assert ReviewItem.objects.filter(owner=alice).count() == 2


def test_mail_without_a_message_id_is_recognised_by_its_content(
    alice: User, tmp_path: Path
) -> None:
    data = mail.mbox(mail.email(mail.REJECTION, company="Gridline"))
    first = _import(alice, _write(tmp_path, "a.mbox", data))
    second = _import(alice, _write(tmp_path, "b.mbox", data))
    key = ReviewItem.objects.get(owner=alice).message_key
    assert key.startswith("sha256:")
    assert (first.proposed_count, second.duplicate_count) == (1, 1)


def test_a_later_message_joins_the_new_application_an_earlier_one_proposed(
    alice: User, tmp_path: Path
) -> None:
    path = _write(
        tmp_path,
        "m.mbox",
        mail.mbox(
            mail.email(mail.RECEIVED, company="Corvid Freight", message_id="<c1@c.example>"),
            mail.email(
                mail.REJECTION,
                company="Corvid Freight",
                message_id="<c2@c.example>",
                date="Tue, 25 Mar 2025 10:00:00 +0000",
            ),
        ),
    )
    _import(alice, path)
    first, second = ReviewItem.objects.filter(owner=alice).order_by("message_date")
    assert first.group and second.group == first.group
    assert "the same new application as an earlier message" in second.match_reasons[0]


def test_a_reply_in_a_thread_matches_through_the_thread(alice: User, tmp_path: Path) -> None:
    app = _app(alice, "Halcyon Robotics")
    first = mail.email(mail.INTERVIEW, company="Halcyon Robotics", message_id="<h1@h.example>")
    _import(alice, _write(tmp_path, "one.eml", first))
    reply = mail.email(
        mail.REJECTION,
        company="Someone Else",
        sender="Priya <priya@gmail.com>",
        message_id="<h2@gmail.com>",
        reply_to="<h1@h.example>",
        date="Tue, 11 Mar 2025 16:20:00 +0000",
    )
    _import(alice, _write(tmp_path, "two.eml", reply))
    item = ReviewItem.objects.get(owner=alice, message_key="h2@gmail.com")
    assert item.application == app
    assert item.match_reasons == ["replies to an email already linked to this application"]


def test_resume_continues_after_the_last_whole_batch(
    alice: User, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages = [
        mail.email(mail.REJECTION, company=f"Firm {n}", message_id=f"<m{n}@f.example>")
        for n in range(7)
    ]
    path = _write(tmp_path, "m.mbox", mail.mbox(*messages))
    monkeypatch.setattr(execute, "BATCH", 3)
    run = services.import_run_local(owner=alice, path=path)
    calls = 0

    def interrupt(current: ImportRun) -> None:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        services.import_run_execute(run=run, progress=interrupt)
    run.refresh_from_db()
    assert run.status == RunStatus.STOPPED
    assert run.read_count == 3 == ReviewItem.objects.filter(owner=alice).count()
    again = services.import_run_local(owner=alice, path=path)  # the same file: resumed
    assert again.pk == run.pk
    again = services.import_run_execute(run=again)
    assert again.status == RunStatus.DONE
    assert again.read_count == 7
    assert ReviewItem.objects.filter(owner=alice).count() == 7
    assert again.duplicate_count == 0


def test_a_batch_that_fails_half_way_leaves_nothing_behind(
    alice: User, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages = [
        mail.email(mail.REJECTION, company=f"Firm {n}", message_id=f"<b{n}@f.example>")
        for n in range(5)
    ]
    path = _write(tmp_path, "m.mbox", mail.mbox(*messages))
    monkeypatch.setattr(execute, "BATCH", 10)
    real = execute._advance

    def crash(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(execute, "_advance", crash)
    run = services.import_run_local(owner=alice, path=path)
    with pytest.raises(RuntimeError):
        services.import_run_execute(run=run)
    assert not ReviewItem.objects.filter(owner=alice).exists()  # the items went with it
    run.refresh_from_db()
    assert run.read_count == 0 and run.cursor == {}
    monkeypatch.setattr(execute, "_advance", real)


def test_a_cancelled_import_stops_without_writing_its_batch(alice: User, tmp_path: Path) -> None:
    run = services.import_run_local(owner=alice, path=_three(tmp_path))
    ImportRun.objects.filter(pk=run.pk).update(status=RunStatus.RUNNING)
    run.refresh_from_db()
    ImportRun.objects.filter(pk=run.pk).update(status=RunStatus.CANCELLED)
    # Another worker claimed it, then it was cancelled: this one must not write.
    run = services.import_run_execute(run=run)
    assert run.status == RunStatus.CANCELLED
    assert not ReviewItem.objects.exists()


@pytest.mark.parametrize(
    ("name", "data", "fragment"),
    [
        pytest.param("scan.pdf", b"%PDF-1.4 ...", "could not tell what this file is", id="pdf"),
        pytest.param("mail.mbox.gz", b"\x1f\x8b\x08\x00", "compressed (gzip)", id="gzip"),
        pytest.param("jobs.xlsx", b"PK\x03\x04...", "Save it as CSV", id="excel"),
        pytest.param("notes.mbox", b"Dear diary,\nnot mail\n", "not an mbox file", id="not-mbox"),
        pytest.param("x.zip", b"PK\x03\x04 broken", "cannot read the zip", id="broken-zip"),
        pytest.param("empty.eml", b"", "The file is empty", id="empty"),
        pytest.param("a.eml", b"Just some words\nno headers", "not an email", id="not-eml"),
    ],
)
def test_wrong_files_are_refused_in_plain_words(
    alice: User, name: str, data: bytes, fragment: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        services.import_run_upload(owner=alice, name=name, chunks=[data])
    assert fragment.lower() in " ".join(caught.value.messages).lower()
    assert not ImportRun.objects.exists()


def test_a_zip_without_mail_says_what_it_holds(alice: User) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("photo.jpg", b"\xff\xd8\xff")
    with pytest.raises(ValidationError) as caught:
        services.import_run_upload(owner=alice, name="x.zip", chunks=[buffer.getvalue()])
    assert "holds no .eml or .mbox files (it has photo.jpg)" in caught.value.messages[0]


def test_a_truncated_mailbox_is_read_up_to_the_cut(alice: User, tmp_path: Path) -> None:
    data = _three(tmp_path).read_bytes()
    cut = _write(tmp_path, "cut.mbox", data[: len(data) - 120])
    run = _import(alice, cut)
    assert run.status == RunStatus.DONE
    item = ReviewItem.objects.get(owner=alice, label="rejection")
    assert any("cut off" in note for note in item.notes)


def test_huge_attachments_are_never_stored(alice: User, tmp_path: Path) -> None:
    video = bytes(range(256)) * 40_000  # 10 MB
    data = mail.email(mail.REJECTION, company="Lumenfold", attachment=video)
    run = _import(alice, _write(tmp_path, "big.eml", data), keep_bodies=True)
    item = ReviewItem.objects.get(owner=alice)
    assert run.status == RunStatus.DONE
    assert "1 attachment(s) were not kept." in item.notes
    assert len(item.body) < 5_000 and "Lumenfold" in item.body  # the text, not the video


def test_bodies_are_kept_only_when_asked(alice: User, bob: User, tmp_path: Path) -> None:
    path = _three(tmp_path)
    _import(alice, path, keep_bodies=True)
    _import(bob, path)
    kept = ReviewItem.objects.get(owner=alice, label="application_received")
    assert "received your application" in kept.body
    assert ReviewItem.objects.get(owner=bob, label="application_received").body == ""


def test_a_zip_of_emails_and_a_takeout_zip(alice: User, tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a.eml", mail.email(mail.REJECTION, company="Orbitline"))
        archive.writestr("__MACOSX/._a.eml", b"junk")
        archive.writestr(
            "Takeout/Mail/All mail Including Spam and Trash.mbox",
            mail.mbox(mail.email(mail.INTERVIEW, company="Ferrohaus", message_id="<z@f.ex>")),
        )
    run = _import(alice, _write(tmp_path, "takeout.zip", buffer.getvalue()))
    assert run.status == RunStatus.DONE
    assert sorted(i.company for i in ReviewItem.objects.filter(owner=alice)) == [
        "Ferrohaus",
        "Orbitline",
    ]


def test_a_folder_of_eml_files(alice: User, tmp_path: Path) -> None:
    folder = tmp_path / "mail"
    (folder / "sub").mkdir(parents=True)
    (folder / "1.eml").write_bytes(mail.email(mail.RECEIVED, company="Sproutwell"))
    (folder / "sub" / "2.eml").write_bytes(mail.email(mail.REJECTION, company="Fieldnote"))
    (folder / "notes.txt").write_text("not mail")
    run = _import(alice, folder)
    assert (run.source, run.total, run.read_count, run.proposed_count) == ("folder", 2, 2, 2)


def test_auto_accept_above_the_chosen_confidence(alice: User, tmp_path: Path) -> None:
    app = _app(alice, "Quillfeather", Stage.SCREENING)
    services.inbox_settings_update(owner=alice, auto_accept=True, auto_accept_min=0.8)
    run = _import(alice, _three(tmp_path))
    app.refresh_from_db()
    assert app.stage == Stage.REJECTED
    item = ReviewItem.objects.get(owner=alice, label="rejection")
    assert (item.status, item.auto_accepted) == (ItemStatus.ACCEPTED, True)
    assert app.rejection.message == item.message
    assert run.auto_accepted_count >= 1
    assert not hasattr(app.rejection, "rebound")  # no flow started without you


def test_without_auto_accept_nothing_is_accepted(alice: User, tmp_path: Path) -> None:
    _app(alice, "Quillfeather", Stage.SCREENING)
    run = _import(alice, _three(tmp_path))
    assert run.auto_accepted_count == 0
    assert not ReviewItem.objects.exclude(status=ItemStatus.PENDING).exists()


def test_news_the_tracker_already_has_makes_no_suggestion(alice: User, tmp_path: Path) -> None:
    _app(alice, "Tessellate", Stage.INTERVIEW)
    run = _import(alice, _three(tmp_path))
    assert run.current_count == 1  # the acknowledgement: already past applied
    assert not ReviewItem.objects.filter(owner=alice, company="Tessellate").exists()


def test_an_uploaded_file_is_deleted_when_the_import_is_done(alice: User) -> None:
    from onward.inbox import files

    data = mail.email(mail.REJECTION, company="Vireo Bank")
    run = services.import_run_upload(owner=alice, name="x.eml", chunks=[data])
    stored = files.resolve(run.stored_file)
    assert stored.exists() and oct(stored.stat().st_mode)[-3:] == "600"
    run = services.import_run_execute(run=run)
    assert run.status == RunStatus.DONE and run.stored_file == ""
    assert not stored.exists()


def test_a_file_given_on_the_command_line_is_never_deleted(alice: User, tmp_path: Path) -> None:
    path = _three(tmp_path)
    run = _import(alice, path)
    assert path.exists() and run.stored_file == str(path)


def test_applying_again_after_a_closed_application_is_a_new_one(
    alice: User, tmp_path: Path
) -> None:
    old = _app(alice, "Tessellate")
    from onward.tracker import services as tracker_services

    tracker_services.rejection_record(application=old, received_on=dt.date(2025, 2, 10))
    _import(alice, _three(tmp_path))
    item = ReviewItem.objects.get(owner=alice, company="Tessellate")
    assert item.proposes_new and item.application is None
    assert "was closed before this" in item.match_reasons[0]


def test_two_imports_of_the_same_mail_at_once_do_not_collide(
    alice: User, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from onward.inbox import selectors

    path = _three(tmp_path)
    first = services.import_run_local(owner=alice, path=path)
    second = services.import_run_local(owner=alice, path=path)
    # The second import looked before the first one wrote: it believes all is new.
    monkeypatch.setattr(selectors, "known_keys", lambda **kwargs: set())
    services.import_run_execute(run=first)
    monkeypatch.undo()
    real = selectors.known_keys
    calls = {"n": 0}

    def stale_then_real(**kwargs: object) -> set[str]:
        calls["n"] += 1
        return set() if calls["n"] == 1 else real(**kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(selectors, "known_keys", stale_then_real)
    run = services.import_run_execute(run=second)
    assert run.status == RunStatus.DONE
    assert (run.proposed_count, run.duplicate_count) == (0, 2)
    assert ReviewItem.objects.filter(owner=alice).count() == 2
