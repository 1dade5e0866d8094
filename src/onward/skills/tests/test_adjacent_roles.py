"""Adjacent roles over the mini ESCO: the page, the API and the CLI, owner-scoped. (The
built-in vocabulary's role families are in test_target_roles.py.)"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any
from typing import Any as SettingsWrapper  # pytest-django's settings fixture

import pytest
from django.test import Client
from django.urls import reverse
from typer.testing import CliRunner

from onward.accounts.models import User
from onward.accounts.testing import JsonClient
from onward.analysis.skills.esco import read_esco
from onward.analysis.skills.store import save_taxonomy
from onward.analysis.skills.tests.esco_fixture import OCC, SKILL
from onward.cli.app import app as cli
from onward.skills import selectors_adjacent, services
from onward.skills.engine import esco_dir, reset_engine
from onward.skills.models import LearningAction
from onward.skills.tests.conftest import ESCO_MINI
from onward.skills.views import adjacent as adjacent_views

pytestmark = pytest.mark.django_db
URL = reverse("skills:adjacent_roles")


def _text(response: Any) -> str:
    return str(response.content.decode())


def _confirm(owner: User, *names: str) -> None:
    for name in names:
        services.profile_skill_add(owner=owner, skill_id=SKILL + name)


@pytest.fixture
def profile(esco: Path, alice: User) -> User:
    _confirm(alice, "s-python", "s-sql", "s-comm")
    return alice


def test_ranked_with_matched_and_bridge_skills(profile: User) -> None:
    report = selectors_adjacent.adjacent_role_report(owner=profile)
    assert report.available and report.note == "" and report.profile_count == 3
    # both 0.5: (1 + 1) / (3 + 0.5 x 2) and (1 + 0.5) / (2 + 0.5 x 2); more essentials first
    assert [r.occupation_id for r in report.roles] == [OCC + "o-ds", OCC + "o-dev"]
    data_scientist = report.roles[0]
    assert data_scientist.score == 0.5
    assert [s.label for s in data_scientist.bridge] == [
        "machine learning",
        "create data visualisations",
        "R",
    ]
    # the pig breeder shares only "communication": below the minimum of two
    assert all("o-farm" not in r.occupation_id for r in report.roles)


def test_page_plans_a_bridge_skill_in_one_click(profile: User, alice_client: Client) -> None:
    page = _text(alice_client.get(URL))
    assert "data scientist" in page and "software developer" in page
    assert 'Plan this<span class="visually-hidden">: machine learning' in page
    create = reverse("skills:learning_create")
    assert f"{create}?skill_id=http%3A%2F%2Fdata.europa.eu%2Fesco%2Fskill%2Fs-ml" in page
    assert "This service uses the ESCO classification" in page
    assert 'aria-current="page">Adjacent roles' in page


def test_others_see_only_their_own_profile(profile: User, bob: User, bob_client: Client) -> None:
    page = _text(bob_client.get(URL))
    assert "data scientist" not in page
    assert "Confirm some of your skills first" in page
    assert JsonClient.for_user(bob).get("/skills/adjacent-roles").json()["items"] == []


def test_api_list(profile: User) -> None:
    found = JsonClient.for_user(profile).get("/skills/adjacent-roles", {"limit": 1}).json()
    assert found["available"] is True and found["min_matched"] == 2
    (role,) = found["items"]
    assert role["label"] == "data scientist" and role["score"] == 0.5
    assert [s["label"] for s in role["matched_essential"]] == [
        "Python (computer programming)",
        "SQL",
    ]
    assert role["bridge"][0] == {
        "skill_id": SKILL + "s-ml",
        "label": "machine learning",
        "essential": True,
    }
    assert (
        JsonClient.for_user(profile).get("/skills/adjacent-roles", {"limit": 0}).status_code == 422
    )


def test_cli(profile: User) -> None:
    result = CliRunner().invoke(cli, ["skills", "adjacent", "--bridges", "1"])
    assert result.exit_code == 0, result.output
    assert "data scientist" in result.output and "machine learning (+2)" in result.output
    result = CliRunner().invoke(cli, ["skills", "adjacent", "--json", "--limit", "1"])
    document = json.loads(result.output)
    assert [r["label"] for r in document["items"]] == ["data scientist"]
    assert document["available"] is True


def test_an_install_without_occupations_asks_for_a_reinstall(
    settings: SettingsWrapper, tmp_path: Path, alice: User, alice_client: Client
) -> None:
    settings.DATA_DIR = tmp_path
    settings.SKILLS_TAXONOMY = "esco"
    mini = read_esco(ESCO_MINI, version="test")
    save_taxonomy(replace(mini, occupations=(), links=()), esco_dir())
    reset_engine()
    _confirm(alice, "s-python", "s-sql")
    report = selectors_adjacent.adjacent_role_report(owner=alice)
    assert not report.available and report.note == selectors_adjacent.REINSTALL
    assert "reinstall the taxonomy to see adjacent roles" in _text(alice_client.get(URL))
    reset_engine()


def test_plan_this_creates_a_learning_action_for_the_bridge_skill(
    profile: User, alice_client: Client
) -> None:
    role = selectors_adjacent.adjacent_role_report(owner=profile).roles[0]
    link = adjacent_views.plan_url(role.bridge[0])
    form = alice_client.get(link).context["form"]
    data = {name: form[name].value() for name in ("title", "kind", "skill_id", "skill_label")}
    assert data["skill_id"] == SKILL + "s-ml" and data["title"] == "Learn machine learning"
    assert alice_client.post(reverse("skills:learning_create"), data).status_code == 302
    action = LearningAction.objects.get(owner=profile)
    assert (action.skill_id, action.skill_label) == (SKILL + "s-ml", "machine learning")
