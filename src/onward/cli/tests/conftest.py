"""Run the real ``onward`` app in-process against the test database."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import pytest
from typer.testing import CliRunner, Result

from onward.cli.app import app

Invoke = Callable[..., Result]


@pytest.fixture
def invoke() -> Invoke:
    runner = CliRunner()

    def run(
        args: Sequence[str], *, input: str | None = None, env: Mapping[str, str] | None = None
    ) -> Result:
        return runner.invoke(app, list(args), input=input, env=dict(env or {}))

    return run


def assert_failed(result: Result, fragment: str) -> None:
    """A clean failure: non-zero exit, one ``error:`` line on stderr, no traceback."""
    assert result.exit_code != 0, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: "), lines[0]
    assert fragment in lines[0]
    assert "Traceback" not in result.output
