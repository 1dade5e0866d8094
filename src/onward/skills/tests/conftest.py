"""Shared fixtures of the skills tests: postings with text, an installed mini ESCO."""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from typing import Any as SettingsWrapper  # pytest-django's settings fixture

import pytest

from onward.accounts.models import User
from onward.analysis.skills.esco import install_esco
from onward.analysis.skills.tests.esco_fixture import esco_mini_dir
from onward.skills.engine import esco_dir, reset_engine
from onward.tracker import services as tracker_services
from onward.tracker.choices import Stage
from onward.tracker.models import Application

ESCO_MINI = esco_mini_dir()

POSTING = """Data Analyst

Requirements:
- 3+ years of SQL and Python
- Experience with Tableau
Nice to have:
- dbt is a plus.
"""

MakeApp = Callable[..., Application]
_seq = itertools.count(1)


@pytest.fixture
def make_app() -> MakeApp:
    """An application whose posting has ``description``, moved to ``stage``."""

    def make(
        owner: User, description: str = POSTING, stage: str = "applied", **fields: Any
    ) -> Application:
        app = tracker_services.application_create_with_posting(
            owner=owner,
            company_name=fields.pop("company", f"Company {next(_seq)}"),
            posting_fields={
                "title": fields.pop("title", "Data Analyst"),
                "description": description,
            },
            **fields,
        )
        if stage == "rejected":
            tracker_services.rejection_record(application=app)
        elif stage != "applied":
            tracker_services.application_move(application=app, stage=Stage(stage))
        app.refresh_from_db()
        return app

    return make


@pytest.fixture
def esco(settings: SettingsWrapper, tmp_path: Path) -> Iterator[Path]:
    """The mini ESCO release installed in a private data dir, and active."""
    settings.DATA_DIR = tmp_path
    settings.SKILLS_TAXONOMY = "esco"
    install_esco(ESCO_MINI, esco_dir(), version="test")
    reset_engine()
    yield tmp_path
    reset_engine()


@pytest.fixture
def esco_release(tmp_path: Path) -> Path:
    """A copy of the mini release in a folder whose name carries a version."""
    target = tmp_path / "ESCO dataset - v0.9 - mini"
    shutil.copytree(ESCO_MINI, target)
    return target
