"""Export and import of skills: resumes and profile skills travel, posting skills are
recomputed by the backfill job after an import."""

from __future__ import annotations

import json

import pytest
from tests import factories

from onward.accounts.models import User
from onward.portability import exporter, importer
from onward.skills import selectors, services
from onward.skills.models import PostingSkill
from onward.skills.tests.conftest import MakeApp

pytestmark = pytest.mark.django_db


def test_round_trip_and_recompute(alice: User, make_app: MakeApp) -> None:
    make_app(alice)
    services.resume_add(owner=alice, text="SQL and Tableau.", filename="cv.txt")
    services.profile_skill_add(owner=alice, skill_id="python", level="expert")
    action = services.learning_action_create(owner=alice, title="dbt", skill_id="dbt")
    text = exporter.account_export_json(owner=alice)
    data = json.loads(text)
    assert [r["filename"] for r in data["resumes"]] == ["cv.txt"]
    assert {r["skill_id"] for r in data["profile_skills"]} == {"sql", "tableau", "python"}
    assert data["learning_actions"][0]["skill_id"] == action.skill_id
    assert "posting_skills" not in data
    carol = factories.user("carol")
    importer.account_import_json(owner=carol, text=text)
    assert exporter.account_export_json(owner=carol) == text
    assert not PostingSkill.objects.filter(owner=carol).exists()
    assert services.postings_analyse_pending() == 1
    assert PostingSkill.objects.filter(owner=carol).count() == 4
    again = importer.account_import_json(owner=carol, text=text)
    assert (again.created, again.updated) == (0, 0)


def test_a_skill_you_have_under_another_uid_is_reused(alice: User) -> None:
    services.profile_skill_add(owner=alice, skill_id="sql")
    text = exporter.account_export_json(owner=alice)
    carol = factories.user("carol")
    services.profile_skill_add(owner=carol, skill_id="sql", level="beginner")
    importer.account_import_json(owner=carol, text=text)
    assert selectors.profile_skill_list(owner=carol).count() == 1
