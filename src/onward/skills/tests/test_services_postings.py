"""Posting skills: computed when a description changes, skipped when unchanged, never
breaking a save, caught up by the backfill job (also after a taxonomy switch)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from onward.accounts.models import User
from onward.analysis.skills.esco import install_esco
from onward.config import jobs
from onward.skills import engine, selectors, services, tasks
from onward.skills.models import PostingAnalysis, PostingSkill
from onward.skills.tests.conftest import ESCO_MINI, MakeApp
from onward.tracker import services as tracker_services

pytestmark = pytest.mark.django_db


def _skills(app: object) -> list[tuple[str, str]]:
    posting = app.posting  # type: ignore[attr-defined]
    rows = selectors.posting_skill_list(owner=posting.owner, posting=posting)
    return [(r.label, r.requirement) for r in rows]


def test_computed_on_create_with_offsets_and_sentences(alice: User, make_app: MakeApp) -> None:
    app = make_app(alice)
    assert _skills(app) == [
        ("SQL", "required"),
        ("Python", "required"),
        ("Tableau", "required"),
        ("dbt (data build tool)", "preferred"),
    ]
    row = PostingSkill.objects.get(skill_id="sql")
    text = app.posting.description
    assert text[row.start : row.end] == row.surface == "SQL"
    assert row.sentence == "3+ years of SQL and Python"
    assert (row.method, row.score, row.taxonomy_key) == ("exact", 1.0, engine.get_engine().key)
    assert selectors.posting_analysed(owner=alice, posting=app.posting)


def test_recomputed_only_when_the_description_changes(alice: User, make_app: MakeApp) -> None:
    app = make_app(alice)
    analysed = PostingAnalysis.objects.get().analysed_at
    tracker_services.posting_update(posting=app.posting, title="Senior Data Analyst")
    assert PostingAnalysis.objects.get().analysed_at == analysed
    assert services.posting_skills_refresh(posting=app.posting) is False
    tracker_services.posting_update(posting=app.posting, description="Must know Excel.")
    assert _skills(app) == [("Excel", "required")]
    tracker_services.posting_update(posting=app.posting, description="")
    assert _skills(app) == []


def test_an_engine_error_never_breaks_saving(
    alice: User,
    make_app: MakeApp,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def broken() -> None:
        raise RuntimeError("engine down")

    monkeypatch.setattr("onward.skills.services.postings.get_engine", broken)
    app = make_app(alice)
    assert app.pk and app.posting.description
    assert "skill extraction failed" in caplog.text
    assert PostingAnalysis.objects.get().error.startswith("RuntimeError")
    assert not selectors.posting_analysed(owner=alice, posting=app.posting)
    monkeypatch.undo()
    assert services.postings_analyse_pending() == 1
    assert len(_skills(app)) == 4
    assert services.postings_analyse_pending() == 0


def test_the_job_is_registered_and_catches_up(alice: User, make_app: MakeApp) -> None:
    app = make_app(alice)
    PostingAnalysis.objects.all().delete()
    PostingSkill.objects.all().delete()
    job = next(j for j in jobs.JOBS if j.task is tasks.analyse_postings)
    assert job.task.call() == 1
    assert len(_skills(app)) == 4


def test_a_taxonomy_switch_makes_postings_pending(
    alice: User, make_app: MakeApp, settings: Any, tmp_path: Path
) -> None:
    app = make_app(alice, description="Requirements: SQL and R.")
    assert PostingSkill.objects.get(label="SQL").skill_id == "sql"
    settings.DATA_DIR = tmp_path
    install_esco(ESCO_MINI, engine.esco_dir(), version="test")  # auto: ESCO is active now
    assert not selectors.posting_analysed(owner=alice, posting=app.posting)
    assert selectors.posting_skill_list(owner=alice, posting=app.posting).count() == 0
    assert services.postings_analyse_pending() == 1
    assert _skills(app) == [("SQL", "required"), ("R", "required")]
    row = PostingSkill.objects.get(label="SQL")
    assert row.skill_id == "http://data.europa.eu/esco/skill/s-sql"
    assert selectors.taxonomy_active().attribution
    engine.reset_engine()
