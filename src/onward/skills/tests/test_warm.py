"""Warming the skills engine: ``onward serve`` and ``onward worker`` start it in a background
thread (a failure is a logged warning, never a crash), ``onward taxonomy warm`` builds it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any
from typing import Any as SettingsWrapper  # pytest-django's settings fixture

import pytest
from typer.testing import CliRunner

from onward.accounts.models import User
from onward.cli import serve as serve_commands
from onward.cli.app import app as cli
from onward.cli.tests.conftest import assert_failed
from onward.config import jobs
from onward.core.background import BackgroundStatus
from onward.skills import engine


class FakeServer:
    """Stands in for waitress: ``run`` returns at once, as if stopped."""

    closed = False

    def run(self) -> None:
        return None

    def close(self) -> None:
        self.closed = True


@pytest.fixture
def warm_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    monkeypatch.setattr(engine, "warm_in_background", lambda: calls.append("warm"))
    return calls


def test_warm_builds_the_shared_engine() -> None:
    engine.reset_engine()
    warmed = engine.warm()
    assert warmed is engine.get_engine() and warmed.taxonomy.source == "builtin"


def test_a_failed_warm_up_is_logged_not_raised(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken() -> engine.Engine:
        raise engine.EngineUnavailable("ESCO is not installed")

    monkeypatch.setattr(engine, "get_engine", broken)
    with caplog.at_level(logging.WARNING, logger="onward.skills.engine"):
        thread = engine.warm_in_background()
        thread.join(timeout=30)
    assert not thread.is_alive() and thread.daemon
    (record,) = [r for r in caplog.records if r.name == "onward.skills.engine"]
    assert record.levelno == logging.WARNING
    assert "could not warm the skills engine" in record.getMessage()
    assert "ESCO is not installed" in (record.exc_text or "")


@pytest.mark.parametrize("jobs_flag", [pytest.param("--jobs", id="jobs"), "--no-jobs"])
def test_serve_warms_the_engine_after_start_up(
    monkeypatch: pytest.MonkeyPatch, warm_calls: list[str], jobs_flag: str
) -> None:
    import waitress

    server = FakeServer()
    started: list[str] = []
    monkeypatch.setattr(serve_commands, "_prepare", lambda *, demo: None)
    monkeypatch.setattr(waitress, "create_server", lambda *args, **kwargs: server)
    monkeypatch.setattr(jobs, "start_background", lambda stop: started.append("jobs"))
    result = CliRunner().invoke(cli, ["serve", "--port", "8765", jobs_flag])
    assert result.exit_code == 0, result.output
    assert warm_calls == ["warm"] and server.closed
    assert started == (["jobs"] if jobs_flag == "--jobs" else [])


@pytest.mark.parametrize(
    ("args", "warmed"),
    [
        pytest.param(["worker"], ["warm"], id="loop"),
        pytest.param(["worker", "--once"], [], id="once"),
    ],
)
def test_worker_warms_the_engine(
    monkeypatch: pytest.MonkeyPatch, warm_calls: list[str], args: list[str], warmed: list[str]
) -> None:
    ran: list[str] = []
    run_forever: Callable[..., None] = lambda stop: ran.append("loop")  # noqa: E731
    monkeypatch.setattr(jobs, "run_forever", run_forever)
    monkeypatch.setattr(jobs, "run_once", lambda: ["job"])
    monkeypatch.setattr(jobs, "status", lambda: BackgroundStatus({}, [], 0))
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert warm_calls == warmed


def test_taxonomy_warm(settings: SettingsWrapper, tmp_path: Any) -> None:
    settings.DATA_DIR = tmp_path
    engine.reset_engine()
    result = CliRunner().invoke(cli, ["taxonomy", "warm"])
    assert result.exit_code == 0, result.output
    assert "Skills engine ready in" in result.stdout
    assert "builtin" in result.stdout and "semantic linking: none" in result.stdout
    settings.SKILLS_TAXONOMY = "esco"
    assert_failed(CliRunner().invoke(cli, ["taxonomy", "warm"]), "Install it with")
    engine.reset_engine()


def test_postings_saved_while_cold_are_left_to_the_warm_up(
    alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests import factories

    from onward.skills import engine as engine_module
    from onward.skills.models import PostingAnalysis

    engine_module.reset_engine()
    monkeypatch.setattr(engine_module, "defer_while_cold", True)
    posting = factories.posting(alice, description="Requirements: SQL and Python.")
    assert not PostingAnalysis.objects.filter(posting=posting).exists()  # left pending
    engine_module._warm_quietly()  # the serve thread: builds, then analyses what waited
    assert PostingAnalysis.objects.filter(posting=posting, error="").exists()
