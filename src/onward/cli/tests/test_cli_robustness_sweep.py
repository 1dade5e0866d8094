"""Bad CLI input never becomes a traceback, on every command.

The commands are read from the Typer app, so a new command is covered without editing
this file. Each one gets junk in every positional argument, then junk in each option (its
arguments set to real ids of the owner's objects). Whatever happens, the result must be a
clean exit: success, or a non-zero exit with a message, never an uncaught exception.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer
from tests import isolation_objects

from onward.accounts.models import User
from onward.cli.app import app
from onward.cli.tests.conftest import Invoke

pytestmark = pytest.mark.django_db

JUNK = ["0", "-1", str(2**70), "abc", "", "2026-02-30", "a\x00b", "x" * 5000]
OPTION_JUNK = ["-1", str(2**70), "abc", "", "a\x00b"]  # a shorter list: there are many options
# Long-running or networked: serve and worker loop forever, manage is Django's own CLI,
# taxonomy install may download.
SKIPPED = {"serve", "worker", "manage", "taxonomy install"}


def leaf_commands() -> Iterator[tuple[str, Any]]:
    def walk(command: Any, path: tuple[str, ...]) -> Iterator[tuple[str, Any]]:
        children = getattr(command, "commands", None)
        if children is None:
            yield " ".join(path), command
            return
        for name, child in children.items():
            yield from walk(child, (*path, name))

    yield from walk(typer.main.get_command(app), ())


def _params(command: Any, kind: str) -> list[Any]:
    return [p for p in command.params if p.param_type_name == kind and p.name != "help"]


def invocations(name: str, command: Any) -> Iterator[list[str]]:
    words = name.split()
    arguments = _params(command, "argument")
    for value in JUNK if arguments else []:
        yield [*words, *[value for _ in arguments]]
    real = ["1" for _ in arguments]
    for option in _params(command, "option"):
        if option.is_flag or option.count:
            continue
        for value in OPTION_JUNK:
            yield [*words, *real, option.opts[0], value]


def test_the_sweep_finds_the_commands() -> None:
    names = {name for name, _ in leaf_commands()}
    assert {"add", "move", "reject", "goals add", "skills add", "user create"} <= names


def test_no_command_shows_a_traceback(
    alice: User, invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    isolation_objects.build(alice)
    monkeypatch.chdir(tmp_path)  # commands that write files write them here
    failures, runs = [], 0
    for name, command in leaf_commands():
        if name in SKIPPED:
            continue
        for args in invocations(name, command):
            result = invoke(args, input="")
            runs += 1
            crashed = result.exception is not None and not isinstance(result.exception, SystemExit)
            if crashed or "Traceback" in result.output:
                failures.append(f"onward {' '.join(map(repr, args))}: {result.exception!r}")
    assert runs > 300
    assert not failures, "\n".join(failures)
