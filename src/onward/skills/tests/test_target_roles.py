"""Target roles: saved from the adjacent roles (web, API, CLI), listed and removed, owner-
scoped; suggested on the application form from the job title; a strategy segment. And the
built-in vocabulary's role families, ranked when no ESCO taxonomy is installed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from typing import Any as SettingsWrapper  # pytest-django's settings fixture

import pytest
from django.test import Client
from django.urls import reverse
from tests import factories
from typer.testing import CliRunner

from onward.accounts.models import User
from onward.accounts.testing import JsonClient
from onward.analysis.skills.tests.esco_fixture import OCC, SKILL
from onward.cli.app import app as cli
from onward.skills import selectors_adjacent, services
from onward.skills.engine import reset_engine
from onward.strategy import selectors as strategy_selectors
from onward.tracker import services as tracker_services
from onward.tracker.models import Application, TargetRole

pytestmark = pytest.mark.django_db
ADJACENT = reverse("skills:adjacent_roles")
SAVE = reverse("skills:target_role_save")


def _text(response: Any) -> str:
    return str(response.content.decode())


@pytest.fixture
def profile(esco: Path, alice: User) -> User:
    for name in ("s-python", "s-sql", "s-comm"):
        services.profile_skill_add(owner=alice, skill_id=SKILL + name)
    return alice


@pytest.fixture
def builtin(settings: SettingsWrapper, tmp_path: Path) -> Iterator[None]:
    settings.DATA_DIR = tmp_path
    settings.SKILLS_TAXONOMY = "builtin"
    reset_engine()
    yield
    reset_engine()


# --- saving, listing, removing ------------------------------------------------------------


def test_page_saves_an_occupation_as_a_target_role(profile: User, alice_client: Client) -> None:
    page = _text(alice_client.get(ADJACENT))
    assert "Save as a target role" in page and "None yet." in page
    response = alice_client.post(SAVE, {"occupation_id": OCC + "o-ds"})
    assert response.status_code == 302
    role = TargetRole.objects.get(owner=profile)
    assert (role.label, role.alt_labels) == ("data scientist", ["data science specialist"])
    page = _text(alice_client.get(ADJACENT))
    assert "Saved as a target role." in page and "Your target roles" in page
    # saving again keeps one
    alice_client.post(SAVE, {"occupation_id": OCC + "o-ds"})
    assert TargetRole.objects.filter(owner=profile).count() == 1
    remove = reverse("skills:target_role_remove", args=[role.pk])
    assert alice_client.post(remove).status_code == 302
    assert not TargetRole.objects.filter(owner=profile).exists()


def test_an_unknown_occupation_is_refused(profile: User, alice_client: Client) -> None:
    response = alice_client.post(SAVE, {"occupation_id": OCC + "o-nope"}, follow=True)
    assert "No such occupation" in _text(response)
    assert not TargetRole.objects.exists()
    found = JsonClient.for_user(profile).post("/skills/target-roles", {"occupation_id": "x"})
    assert found.status_code == 400


def test_api_saves_lists_and_removes(profile: User, bob: User) -> None:
    client = JsonClient.for_user(profile)
    created = client.post("/skills/target-roles", {"occupation_id": OCC + "o-dev"})
    assert created.status_code == 201
    role = created.json()
    assert role["label"] == "software developer"
    assert role["alt_labels"] == ["programmer", "software engineer"]
    listed = client.get("/skills/adjacent-roles").json()["items"]
    saved = {r["label"]: r["target_role_id"] for r in listed}
    assert saved == {"data scientist": None, "software developer": role["id"]}
    assert [r["id"] for r in client.get("/skills/target-roles").json()] == [role["id"]]
    assert JsonClient.for_user(bob).get("/skills/target-roles").json() == []
    assert JsonClient.for_user(bob).delete(f"/skills/target-roles/{role['id']}").status_code == 404
    assert client.delete(f"/skills/target-roles/{role['id']}").status_code == 204
    assert client.get("/skills/target-roles").json() == []


def test_cli_adds_by_rank_lists_and_removes(profile: User) -> None:
    runner = CliRunner()
    shown = runner.invoke(cli, ["skills", "adjacent"])
    assert shown.exit_code == 0 and "onward skills target add #" in shown.output
    added = runner.invoke(cli, ["skills", "target", "add", "2"])
    assert added.exit_code == 0, added.output
    assert "Saved software developer as a target role" in added.output
    added = runner.invoke(cli, ["skills", "target", "add", "Data Scientist"])
    assert "Saved data scientist" in added.output
    listed = json.loads(runner.invoke(cli, ["skills", "target", "list", "--json"]).output)
    labels = [r["label"] for r in listed["items"]]
    assert labels == ["software developer", "data scientist"]
    removed = runner.invoke(cli, ["skills", "target", "remove", str(listed["items"][0]["id"])])
    assert removed.exit_code == 0 and "Removed software developer" in removed.output
    assert runner.invoke(cli, ["skills", "target", "add", "9"]).exit_code == 1


def test_removing_a_role_keeps_its_applications_untagged(alice: User) -> None:
    role = tracker_services.target_role_save(
        owner=alice, occupation_id="family:data", label="Data & analytics"
    )
    app = factories.application(alice, target_role=role)
    services.target_role_remove(target_role=role)
    app.refresh_from_db()
    assert app.target_role is None


def test_another_owners_role_cannot_tag_an_application(alice: User, bob: User) -> None:
    role = tracker_services.target_role_save(owner=bob, occupation_id="family:data", label="D")
    with pytest.raises(Exception, match="Unknown target role"):
        factories.application(alice, target_role=role)


# --- the application form and the API ----------------------------------------------------


def _form(title: str, **extra: str) -> dict[str, str]:
    return {"company": "Acme", "title": title, "stage": "applied", "channel": "job_board", **extra}


def test_the_form_suggests_the_role_the_title_names(alice: User, alice_client: Client) -> None:
    create = reverse("tracker:create")
    assert 'name="target_role"' not in _text(alice_client.get(create))  # none saved yet
    analyst = tracker_services.target_role_save(
        owner=alice, occupation_id="o-da", label="data analyst", alt_labels=["BI analyst"]
    )
    tracker_services.target_role_save(owner=alice, occupation_id="o-x", label="analyst")
    assert "The one the job title names" in _text(alice_client.get(create))
    alice_client.post(create, _form("Senior BI Analyst (remote)", target_role="auto"))
    alice_client.post(create, _form("Gardener", target_role="auto"))
    alice_client.post(create, _form("Data Analyst", target_role=""))
    tagged = dict(Application.objects.values_list("posting__title", "target_role__label"))
    assert tagged == {
        "Senior BI Analyst (remote)": "data analyst",
        "Gardener": None,
        "Data Analyst": None,
    }
    # editing an untagged one whose title names a role preselects it, and says why
    untagged = Application.objects.get(posting__title="Data Analyst")
    page = _text(alice_client.get(reverse("tracker:edit", args=[untagged.pk])))
    assert f'<option value="{analyst.pk}" selected>' in page
    assert "Suggested: The job title contains “data analyst”." in page


def test_api_tags_an_application(alice: User, bob: User) -> None:
    role = tracker_services.target_role_save(owner=alice, occupation_id="o-da", label="analyst")
    client = JsonClient.for_user(alice)
    posting = {"title": "Analyst", "company_name": "Acme"}
    made = client.post("/applications", {"posting": posting, "target_role_id": role.pk})
    assert made.status_code == 201 and made.json()["target_role_id"] == role.pk
    url = f"/applications/{made.json()['id']}"
    assert client.patch(url, {"target_role_id": None}).json()["target_role_id"] is None
    theirs = tracker_services.target_role_save(owner=bob, occupation_id="o-da", label="analyst")
    assert client.patch(url, {"target_role_id": theirs.pk}).status_code == 404


# --- the strategy segment ----------------------------------------------------------------


def test_target_role_is_a_strategy_segment(alice: User) -> None:
    role = tracker_services.target_role_save(
        owner=alice, occupation_id="family:data", label="Data & analytics"
    )
    for _ in range(3):
        factories.application(alice, target_role=role)
    factories.application(alice)
    factories.application(alice)
    figures = strategy_selectors.figures(owner=alice)
    (segment,) = figures.segments_of("target_role")
    assert (segment.value, segment.applications) == ("Data & analytics", 3)
    assert segment.steps[0].rate.mean is None  # too few and too recent: not enough data yet
    # removing the role changes the figures (the cache notices)
    services.target_role_remove(target_role=role)
    assert strategy_selectors.figures(owner=alice).segments_of("target_role") == ()


# --- the built-in vocabulary's role families ---------------------------------------------


def test_builtin_vocabulary_ranks_role_families(
    builtin: None, alice: User, alice_client: Client
) -> None:
    for label in ("SQL", "Python", "Tableau", "Statistics"):
        services.profile_skill_add_by_label(owner=alice, label=label)
    report = selectors_adjacent.adjacent_role_report(owner=alice)
    assert report.available and report.kind == "role_families" and report.note == ""
    assert report.roles[0].occupation_id == "family:data"
    assert report.roles[0].label == "Data & analytics"
    assert "Data visualisation" in [s.label for s in report.roles[0].bridge][:8]
    page = _text(alice_client.get(ADJACENT))
    assert "built-in role families" in page and "Data &amp; analytics" in page
    assert alice_client.post(SAVE, {"occupation_id": "family:data"}).status_code == 302
    role = TargetRole.objects.get(owner=alice)
    assert role.label == "Data & analytics" and "data analyst" in role.alt_labels
    found = JsonClient.for_user(alice).get("/skills/adjacent-roles").json()
    assert found["kind"] == "role_families" and found["items"][0]["target_role_id"] == role.pk


def test_builtin_vocabulary_with_one_skill_says_to_confirm_more(builtin: None, alice: User) -> None:
    services.profile_skill_add_by_label(owner=alice, label="SQL")
    report = selectors_adjacent.adjacent_role_report(owner=alice)
    assert report.available and report.roles == ()
    assert "confirm more of your skills" in report.note


def test_cli_add_tags_by_title_or_id(alice: User) -> None:
    role = tracker_services.target_role_save(
        owner=alice, occupation_id="o-da", label="data analyst"
    )
    runner = CliRunner()
    made = runner.invoke(cli, ["add", "Lead Data Analyst", "-c", "Acme"])
    assert made.exit_code == 0, made.output
    other = runner.invoke(cli, ["add", "Gardener", "-c", "Acme", "--target-role", str(role.pk)])
    assert other.exit_code == 0, other.output
    plain = runner.invoke(cli, ["add", "Data Analyst", "-c", "Acme", "--target-role", "none"])
    assert plain.exit_code == 0, plain.output
    tagged = dict(Application.objects.values_list("posting__title", "target_role__label"))
    assert tagged == {
        "Lead Data Analyst": "data analyst",
        "Gardener": "data analyst",
        "Data Analyst": None,
    }
    assert runner.invoke(cli, ["add", "X", "-c", "Acme", "--target-role", "9999"]).exit_code != 0
