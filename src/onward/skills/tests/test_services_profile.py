"""Profile skills and resumes: suggestions, review, levels, adding by name; learning."""

from __future__ import annotations

import io
from typing import Any

import docx
import pytest
from django.core.exceptions import ValidationError

from onward.accounts.models import User
from onward.growth.models import Win
from onward.skills import selectors, services
from onward.skills.choices import SkillSource, SkillStatus
from onward.skills.models import ProfileSkill

pytestmark = pytest.mark.django_db

RESUME = "Data analyst.\nSkills: SQL, Python and Tableau.\nI present to stakeholders."


def docx_bytes(*lines: str) -> bytes:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_resume_suggests_new_skills_with_evidence(alice: User) -> None:
    services.profile_skill_add(owner=alice, skill_id="sql")
    added = services.resume_add(owner=alice, text=RESUME, filename="cv.txt")
    assert added.found == 3
    assert [s.label for s in added.suggested] == ["Python", "Tableau"]
    python = added.suggested[0]
    assert (python.status, python.source) == (SkillStatus.SUGGESTED, SkillSource.RESUME)
    assert python.evidence == "Resume: Skills: SQL, Python and Tableau."
    assert selectors.profile_skill_ids(owner=alice) == {"sql"}  # suggestions do not count
    assert services.profile_skills_confirm(owner=alice, skills=added.suggested) == 2
    assert selectors.profile_skill_ids(owner=alice) == {"sql", "python", "tableau"}
    again = services.resume_add(owner=alice, text=RESUME)
    assert again.suggested == [] and ProfileSkill.objects.count() == 3


@pytest.mark.parametrize(
    ("filename", "data", "message"),
    [
        pytest.param("cv.exe", b"MZ", "not a supported type", id="type"),
        pytest.param("cv.pdf", b"%PDF-1.4 broken", "Cannot read this file", id="broken-pdf"),
        pytest.param("cv.docx", b"not a zip", "Cannot read this file", id="broken-docx"),
        pytest.param("cv.txt", b"   \n ", "no readable text", id="empty"),
        pytest.param("cv.txt", b"x" * (5 * 1024 * 1024 + 1), "larger than 5 MB", id="too-big"),
    ],
)
def test_bad_files_are_clear_field_errors(
    alice: User, filename: str, data: bytes, message: str
) -> None:
    with pytest.raises(ValidationError) as exc:
        services.resume_add_file(owner=alice, filename=filename, data=data)
    assert message in exc.value.message_dict["file"][0]
    assert not selectors.resume_list(owner=alice).exists()


def test_a_docx_resume(alice: User) -> None:
    data = docx_bytes("Jo Smith", "Daily work in Excel and Power BI.")
    added = services.resume_add_file(owner=alice, filename="jo.docx", data=data)
    assert {s.label for s in added.suggested} == {"Excel", "Power BI"}
    assert added.resume.filename == "jo.docx"


@pytest.mark.parametrize(
    ("label", "skill_id", "error"),
    [
        pytest.param("sql", "sql", None, id="exact"),
        pytest.param("Power BI", "power-bi", None, id="case"),
        pytest.param("dbt", "dbt", None, id="extractor-settles-ambiguity"),
        pytest.param("data", None, "Several skills match", id="ambiguous"),
        pytest.param("zzqqxx", None, "No skill called", id="unknown"),
        pytest.param(" ", None, "Name a skill", id="blank"),
    ],
)
def test_add_by_label(alice: User, label: str, skill_id: str | None, error: str | None) -> None:
    if error:
        with pytest.raises(ValidationError) as exc:
            services.profile_skill_add_by_label(owner=alice, label=label)
        assert error in exc.value.message_dict["label"][0]
        return
    skill = services.profile_skill_add_by_label(owner=alice, label=label, level="expert")
    assert (skill.skill_id, skill.level, skill.status) == (skill_id, "expert", "confirmed")


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        pytest.param({"skill_id": "no-such-skill"}, "skill_id", id="unknown-skill"),
        pytest.param({"skill_id": "sql", "level": "guru"}, "level", id="level"),
        pytest.param({"skill_id": "sql", "source": "osmosis"}, "source", id="source"),
    ],
)
def test_add_refuses(alice: User, fields: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as exc:
        services.profile_skill_add(owner=alice, **fields)
    assert field in exc.value.message_dict


def test_adding_again_confirms_and_keeps_one_row(alice: User) -> None:
    services.resume_add(owner=alice, text="Skilled in SQL.")
    skill = services.profile_skill_add(owner=alice, skill_id="sql", level="advanced")
    assert (skill.status, skill.level, skill.source) == ("confirmed", "advanced", "resume")
    services.profile_skill_add(owner=alice, skill_id="sql")
    assert ProfileSkill.objects.get().level == "advanced"
    with pytest.raises(ValidationError):
        services.profile_skill_update(skill=skill, level="guru")


def test_completing_learning_adds_the_skill_and_a_win(alice: User) -> None:
    action = services.learning_action_create(
        owner=alice, title="dbt course", skill_label="dbt", skill_id="dbt"
    )
    services.learning_action_complete(action=action)
    skill = ProfileSkill.objects.get(owner=alice)
    assert (skill.skill_id, skill.source, skill.status) == ("dbt", "learning", "confirmed")
    assert "Completed “dbt course”" in skill.evidence
    assert Win.objects.filter(owner=alice, kind="learning_completed").count() == 1
    plain = services.learning_action_create(owner=alice, title="Read a book")
    services.learning_action_complete(action=plain)
    no_profile = services.learning_action_create(owner=alice, title="SQL", skill_id="sql")
    services.learning_action_complete(action=no_profile, add_to_profile=False)
    assert ProfileSkill.objects.count() == 1


def test_learning_confirms_a_suggestion(alice: User) -> None:
    services.resume_add(owner=alice, text="Some SQL.")
    action = services.learning_action_create(owner=alice, title="SQL", skill_id="sql")
    services.learning_action_complete(action=action)
    assert ProfileSkill.objects.get().status == "confirmed"


def test_switching_taxonomies_relinks_by_label(alice: User, esco: object) -> None:
    ProfileSkill.objects.create(
        owner=alice, skill_id="sql", label="SQL", taxonomy_key="builtin-x", source="manual",
        status="confirmed",
    )  # fmt: skip
    esco_sql = "http://data.europa.eu/esco/skill/s-sql"
    assert selectors.profile_skill_ids(owner=alice) == {esco_sql}
    skill = services.profile_skill_add(owner=alice, skill_id=esco_sql, level="advanced")
    assert (ProfileSkill.objects.count(), skill.skill_id, skill.level) == (1, esco_sql, "advanced")


def test_owner_scoped(alice: User, bob: User) -> None:
    skill = services.profile_skill_add(owner=alice, skill_id="sql")
    resume = services.resume_add(owner=alice, text=RESUME).resume
    from django.http import Http404

    with pytest.raises(Http404):
        selectors.profile_skill_get(owner=bob, pk=skill.pk)
    with pytest.raises(Http404):
        selectors.resume_get(owner=bob, pk=resume.pk)
    assert services.profile_skills_confirm(owner=bob, skills=[skill]) == 0
    assert not selectors.profile_skill_list(owner=bob).exists()
