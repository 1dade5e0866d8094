"""``onward add|list|move|reject|show`` and how they pick the account."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any as SettingsWrapper  # pytest-django's settings fixture

import pytest
from django.utils import timezone
from tests import factories

from onward.accounts.models import User
from onward.cli.tests.conftest import Invoke, assert_failed
from onward.tracker.choices import Stage
from onward.tracker.models import Application

# --- add ---------------------------------------------------------------------------------


def test_add_prints_the_new_id(alice: User, invoke: Invoke, tmp_path: Path) -> None:
    description = tmp_path / "posting.txt"
    description.write_text("We need SQL and Python.", encoding="utf-8")
    result = invoke(
        [
            "add", "Data Analyst", "--company", "Acme", "--url", "https://acme.example/1",
            "--location", "Berlin", "--channel", "referral", "--applied-on", "2024-03-01",
            "--stage", "screening", "--tailored", "--cover-letter", "--resume-version", "v2",
            "--notes", "Ask about the team", "--role-family", "data", "--seniority", "mid",
            "--work-mode", "hybrid", "--source", "LinkedIn",
            "--description-file", str(description),
        ]
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    app = Application.objects.get(pk=int(result.stdout.strip()))
    posting = app.posting
    assert (app.owner, app.stage, app.applied_on) == (alice, "screening", dt.date(2024, 3, 1))
    assert (app.channel, app.tailored, app.cover_letter) == ("referral", True, True)
    assert (app.resume_version, app.notes) == ("v2", "Ask about the team")
    assert (posting.title, posting.company.name, posting.location) == (
        "Data Analyst",
        "Acme",
        "Berlin",
    )
    assert (posting.role_family, posting.seniority, posting.work_mode) == ("data", "mid", "hybrid")
    assert posting.description == "We need SQL and Python."
    assert posting.source == "LinkedIn"


def test_add_reuses_the_company(alice: User, invoke: Invoke) -> None:
    factories.company(alice, "Acme")
    assert invoke(["add", "Analyst", "-c", "acme"]).exit_code == 0
    assert Application.objects.get(owner=alice).posting.company.name == "Acme"


@pytest.mark.parametrize(
    ("extra", "fragment"),
    [
        pytest.param(["--stage", "rejected"], "stage: 'rejected' is not one of saved", id="stage"),
        pytest.param(["--stage", "foo"], "stage: 'foo' is not one of", id="unknown-stage"),
        pytest.param(["--channel", "pigeon"], "channel: 'pigeon' is not one of", id="channel"),
        pytest.param(["--work-mode", "moon"], "work-mode: 'moon' is not one of", id="work-mode"),
        pytest.param(["--applied-on", "yesterday"], "applied-on: 'yesterday' is not", id="date"),
        pytest.param(["--applied-on", "2999-01-01"], "applied_on: The application", id="future"),
        pytest.param(["--description-file", "/no/such/file"], "No such file", id="file"),
    ],
)
def test_add_errors(alice: User, invoke: Invoke, extra: list[str], fragment: str) -> None:
    result = invoke(["add", "Analyst", "--company", "Acme", *extra])
    assert_failed(result, fragment)
    assert not Application.objects.exists()


# --- which account -----------------------------------------------------------------------


def test_the_only_account_is_used_by_default(alice: User, invoke: Invoke) -> None:
    factories.application(alice, title="Mine")
    assert "Mine" in invoke(["list"]).stdout


@pytest.mark.parametrize("how", ["option", "env"])
def test_user_option_and_env(alice: User, bob: User, invoke: Invoke, how: str) -> None:
    factories.application(alice, title="Alice job")
    factories.application(bob, title="Bob job")
    if how == "option":
        result = invoke(["list", "--user", "bob"])
    else:
        result = invoke(["list"], env={"ONWARD_USER": "bob"})
    assert result.exit_code == 0, result.output
    assert "Bob job" in result.stdout
    assert "Alice job" not in result.stdout


def test_several_accounts_need_a_choice(alice: User, bob: User, invoke: Invoke) -> None:
    assert_failed(invoke(["list"]), "Pass --user NAME or set ONWARD_USER")


def test_no_account_yet_in_local_mode_creates_the_owner(db: None, invoke: Invoke) -> None:
    result = invoke(["list"])
    assert result.exit_code == 0, result.output
    assert "Created your account" in result.output
    assert User.objects.count() == 1
    assert "Created your account" not in invoke(["list"]).output  # once


def test_no_account_yet_in_server_mode(db: None, invoke: Invoke, settings: SettingsWrapper) -> None:
    settings.SERVER_MODE = True
    assert_failed(invoke(["list"]), "onward user create NAME")
    assert not User.objects.exists()


def test_unknown_account(alice: User, invoke: Invoke) -> None:
    assert_failed(invoke(["list", "--user", "mallory"]), "no account called 'mallory'")


# --- list --------------------------------------------------------------------------------


def test_list_table_and_filters(alice: User, invoke: Invoke) -> None:
    factories.application(alice, title="Analyst", company_name="Acme")
    factories.application(alice, title="Engineer", company_name="Globex", stage=Stage.SCREENING)
    rejected = factories.rejection(alice)
    table = invoke(["list"]).stdout
    assert "Analyst" in table and "Globex" in table and "screening" in table
    only_screening = invoke(["list", "--stage", "screening"]).stdout
    assert "Engineer" in only_screening and "Analyst" not in only_screening
    active = invoke(["list", "--active", "--json"]).stdout
    assert rejected.application_id not in [row["id"] for row in json.loads(active)]
    assert "Engineer" not in invoke(["list", "--search", "acme"]).stdout
    limited = invoke(["list", "--limit", "1"]).stdout
    assert "Showing 1 of 3" in limited


def test_list_json(alice: User, invoke: Invoke) -> None:
    app = factories.application(alice, title="Analyst", company_name="Acme")
    result = invoke(["list", "--json"])
    (row,) = json.loads(result.stdout)
    assert row["id"] == app.pk
    assert (row["title"], row["company"], row["stage"]) == ("Analyst", "Acme", "applied")
    assert row["days_in_stage"] == 0
    assert row["uid"] == str(app.uid)


def test_list_empty_and_bad_stage(alice: User, invoke: Invoke) -> None:
    assert "No applications match" in invoke(["list"]).stdout
    assert_failed(invoke(["list", "--stage", "nope"]), "stage: 'nope' is not one of")


# --- move --------------------------------------------------------------------------------


def test_move_to_interview_with_kind_note_and_time(alice: User, invoke: Invoke) -> None:
    app = factories.application(alice, applied_on=timezone.localdate() - dt.timedelta(days=9))
    when = (timezone.localdate() - dt.timedelta(days=2)).isoformat()
    result = invoke(
        ["move", str(app.pk), "interview", "--kind", "technical", "--note", "SQL", "--when", when]
    )
    assert result.exit_code == 0, result.output
    assert "applied -> interview (round 1)" in result.stdout
    event = app.events.last()
    assert event is not None
    assert (event.interview_kind, event.note) == ("technical", "SQL")
    assert timezone.localdate(event.occurred_at).isoformat() == when


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        pytest.param(["999", "screening"], "no application with id 999", id="unknown-id"),
        pytest.param(["{id}", "foo"], "stage: 'foo' is not one of", id="bad-stage"),
        pytest.param(["{id}", "saved"], "Cannot move from applied to saved", id="not-allowed"),
        pytest.param(["{id}", "rejected"], "onward reject", id="use-reject"),
        pytest.param(["{id}", "interview", "--kind", "chat"], "kind: 'chat'", id="bad-kind"),
        pytest.param(["{id}", "screening", "--kind", "phone"], "Only interviews", id="kind"),
        pytest.param(["{id}", "screening", "--when", "soon"], "when: 'soon'", id="bad-when"),
        pytest.param(["{id}", "screening", "--when", "2999-01-01"], "in the future", id="future"),
    ],
)
def test_move_errors(alice: User, invoke: Invoke, args: list[str], fragment: str) -> None:
    app = factories.application(alice)
    result = invoke(["move", *[arg.format(id=app.pk) for arg in args]])
    assert_failed(result, fragment)
    assert app.events.count() == 1


def test_move_someone_elses_application(alice: User, bob: User, invoke: Invoke) -> None:
    app = factories.application(alice)
    assert_failed(invoke(["move", str(app.pk), "screening", "-u", "bob"]), "no application")
    assert app.events.count() == 1


# --- reject ------------------------------------------------------------------------------


def test_reject_with_message_file(alice: User, invoke: Invoke, tmp_path: Path) -> None:
    app = factories.application(alice, stage=Stage.SCREENING)
    message = tmp_path / "message.txt"
    message.write_text("Thank you, but we chose another candidate.", encoding="utf-8")
    result = invoke(
        ["reject", str(app.pk), "--reason", "more_experienced", "--channel", "portal",
         "--received-on", timezone.localdate().isoformat(), "--message-file", str(message)]
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "rejected (reached screening)" in result.stdout
    app.refresh_from_db()
    rejection = app.rejection
    assert (app.stage, rejection.reason, rejection.channel) == (
        "rejected",
        "more_experienced",
        "portal",
    )
    assert rejection.message.startswith("Thank you")


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        pytest.param(["--reason", "rude"], "reason: 'rude' is not one of", id="reason"),
        pytest.param(["--channel", "fax"], "channel: 'fax' is not one of", id="channel"),
        pytest.param(["--received-on", "2999-01-01"], "received_on: That date", id="future"),
        pytest.param(["--message", "a", "--message-file", "x"], "not both", id="both"),
    ],
)
def test_reject_errors(alice: User, invoke: Invoke, args: list[str], fragment: str) -> None:
    app = factories.application(alice)
    assert_failed(invoke(["reject", str(app.pk), *args]), fragment)
    app.refresh_from_db()
    assert app.stage == "applied"


def test_reject_message_file_with_a_nul_is_refused(
    alice: User, invoke: Invoke, tmp_path: Path
) -> None:
    app = factories.application(alice)
    message = tmp_path / "message.txt"
    message.write_text("Thanks\x00 but no", encoding="utf-8")
    result = invoke(["reject", str(app.pk), "--message-file", str(message)])
    assert_failed(result, "message: Text must not contain NUL characters.")
    app.refresh_from_db()
    assert (app.stage, app.events.count()) == ("applied", 1)


def test_add_description_file_with_a_nul_is_refused(
    alice: User, invoke: Invoke, tmp_path: Path
) -> None:
    description = tmp_path / "posting.txt"
    description.write_text("SQL\x00", encoding="utf-8")
    result = invoke(["add", "Analyst", "-c", "Acme", "--description-file", str(description)])
    assert_failed(result, "description: Text must not contain NUL characters.")
    assert not Application.objects.exists()


def test_reject_twice(alice: User, invoke: Invoke) -> None:
    rejection = factories.rejection(alice)
    result = invoke(["reject", str(rejection.application_id)])
    assert_failed(result, "closed")


# --- show --------------------------------------------------------------------------------


def test_show_detail_timeline_and_rejection(alice: User, invoke: Invoke) -> None:
    rejection = factories.rejection(alice, message="Not this time.", reason="role_closed")
    result = invoke(["show", str(rejection.application_id)])
    assert result.exit_code == 0, result.output
    out = result.stdout
    for text in ("Data Analyst", "Timeline", "start -> applied", "applied -> screening"):
        assert text in out
    assert "Rejection" in out and "Role closed" in out and "Not this time." in out


def test_show_unknown_and_foreign(alice: User, bob: User, invoke: Invoke) -> None:
    app = factories.application(alice)
    assert_failed(invoke(["show", "4242", "-u", "alice"]), "no application with id 4242")
    assert_failed(invoke(["show", str(app.pk), "-u", "bob"]), f"no application with id {app.pk}")


def test_text_that_looks_like_markup_is_shown_as_is(alice: User, invoke: Invoke) -> None:
    title = "[/bold] Analyst [red]"
    result = invoke(["add", title, "--company", "[b]Acme", "--notes", "[/x]"])
    assert result.exit_code == 0, result.output
    app_id = result.stdout.strip()
    # --json keeps the text whole, whatever the table width and the id lengths
    assert json.loads(invoke(["list", "--json"]).stdout)[0]["title"] == title
    assert "[/x]" in invoke(["show", app_id]).stdout
    assert_failed(invoke(["add", "x", "-c", "y", "--channel", "[/oops]"]), "'[/oops]'")
