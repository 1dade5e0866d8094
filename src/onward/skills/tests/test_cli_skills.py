"""``onward skills|gaps|plan|taxonomy``: output, JSON, and one-line errors."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from onward.accounts.models import User
from onward.cli.app import app as cli
from onward.cli.tests.conftest import assert_failed
from onward.skills import engine, selectors
from onward.skills.models import LearningAction
from onward.skills.tests.conftest import MakeApp
from onward.skills.tests.test_services_profile import docx_bytes

pytestmark = pytest.mark.django_db


def run(args: Sequence[str]) -> Result:
    return CliRunner().invoke(cli, list(args))


def test_skills_from_a_resume_then_confirm(alice: User, tmp_path: Path) -> None:
    resume = tmp_path / "cv.docx"
    resume.write_bytes(docx_bytes("SQL, Python and Tableau."))
    result = run(["skills", "--from-resume", str(resume)])
    assert result.exit_code == 0, result.output
    assert "Found 3 skill(s) in cv.docx; 3 new" in result.stdout and "suggested" in result.stdout
    assert run(["skills", "confirm", "--all"]).stdout.strip() == "Confirmed 3."
    listed = json.loads(run(["skills", "--json"]).stdout)
    assert [i["label"] for i in listed["items"]] == ["Python", "SQL", "Tableau"]
    assert run(["skills", "add", "Excel", "--level", "expert"]).exit_code == 0
    skill = selectors.profile_skill_list(owner=alice).get(label="Excel")
    assert skill.level == "expert"
    assert run(["skills", "remove", str(skill.pk)]).exit_code == 0


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        pytest.param(["skills", "--from-resume", "/nope/cv.pdf"], "No such file", id="missing"),
        pytest.param(["skills", "add", "data"], "Several skills match", id="ambiguous"),
        pytest.param(["skills", "add", "SQL", "--level", "guru"], "level", id="level"),
        pytest.param(["skills", "confirm"], "name the suggestions", id="confirm-nothing"),
        pytest.param(["skills", "remove", "999"], "not found", id="remove-unknown"),
        pytest.param(["plan", "add", "zzqqxx"], "No skill called", id="plan-unknown"),
        pytest.param(["taxonomy", "install", "onet", "--download"], "only esco", id="name"),
        pytest.param(["taxonomy", "install", "esco"], "either --from", id="no-source"),
        pytest.param(
            ["taxonomy", "install", "esco", "--from", "/nope"], "does not exist", id="path"
        ),
    ],
)
def test_clean_errors(alice: User, args: list[str], fragment: str) -> None:
    assert_failed(run(args), fragment)


def test_a_bad_pdf_is_one_line(alice: User, tmp_path: Path) -> None:
    bad = tmp_path / "cv.pdf"
    bad.write_bytes(b"%PDF-1.4 broken")
    assert_failed(run(["skills", "--from-resume", str(bad)]), "Cannot read this file")


def test_gaps_and_plan(alice: User, make_app: MakeApp) -> None:
    app = make_app(alice, "Requirements:\n- dbt is required.", stage="rejected")
    result = run(["gaps"])
    assert result.exit_code == 0, result.output
    assert "dbt (data build tool)" in result.stdout
    data = json.loads(run(["gaps", "--json"]).stdout)
    assert data["items"][0]["evidence"][0]["application_id"] == app.pk
    planned = run(
        ["plan", "add", "dbt", "--kind", "practice", "--hours", "4", "--due", "2030-01-01"]
    )
    assert planned.exit_code == 0, planned.output
    assert "linked to 1 rejected application(s)" in planned.stdout
    action = LearningAction.objects.get()
    assert list(action.surfaced_by.all()) == [app]
    assert "Practise dbt" in run(["plan"]).stdout


def test_taxonomy_install_and_status(
    alice: User, settings: Any, tmp_path: Path, esco_release: Path
) -> None:
    settings.DATA_DIR = tmp_path / "data"
    assert "ESCO: not installed" in run(["taxonomy", "status"]).stdout
    result = run(["taxonomy", "install", "esco", "--from", str(esco_release)])
    assert result.exit_code == 0, result.output
    assert "Installed ESCO v0.9" in result.stdout
    assert "ESCO classification of the European Commission" in result.stdout
    status = run(["taxonomy", "status"]).stdout
    assert "Active: esco (esco-0.9)" in status and "European Commission" in status
    engine.reset_engine()


def test_gaps_dismiss_list_and_restore(alice: User, make_app: MakeApp) -> None:
    make_app(alice, "Requirements:\n- dbt and Looker are required.", stage="rejected")
    hidden = run(["gaps", "dismiss", "dbt", "--reason", "A false match"])
    assert hidden.exit_code == 0, hidden.output
    assert hidden.stdout.startswith("Hid dbt (data build tool) from your gaps")
    shown = run(["gaps"])
    assert "Looker" in shown.stdout and "dbt" not in shown.stdout
    assert "1 dismissed: onward gaps --dismissed" in shown.stderr
    assert json.loads(run(["gaps", "--json"]).stdout)["dismissed_count"] == 1
    listed = json.loads(run(["gaps", "--dismissed", "--json"]).stdout)["items"]
    assert [(i["label"], i["reason"], i["is_gap"]) for i in listed] == [
        ("dbt (data build tool)", "A false match", True)
    ]
    assert "A false match" in run(["gaps", "--dismissed"]).stdout
    restored = run(["gaps", "restore", "dbt (data build tool)"])
    assert restored.stdout.strip() == "dbt (data build tool) is back in your gaps."
    assert "dbt" in run(["gaps"]).stdout
    assert run(["gaps", "--dismissed"]).stdout.strip() == "No dismissed gaps."


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        pytest.param(["gaps", "dismiss", "zzqqxx"], "No skill called", id="dismiss-unknown"),
        pytest.param(["gaps", "restore", "dbt"], "no dismissed gap called", id="restore-none"),
        pytest.param(["gaps", "dismiss", "sql", "--reason", "x" * 501], "reason", id="long"),
    ],
)
def test_gaps_clean_errors(alice: User, args: list[str], fragment: str) -> None:
    assert_failed(run(args), fragment)
