"""Docs that cannot drift: every env var and CLI command is documented."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import typer.main

import onward
from onward.cli.app import app

ROOT = Path(__file__).resolve().parent.parent
SRC = Path(onward.__file__).parent
ENV_NAME = re.compile(r"\"(ONWARD_[A-Z0-9_]+)\"")


def _env_vars_in_code() -> set[str]:
    names: set[str] = set()
    for path in SRC.rglob("*.py"):
        if "tests" in path.parts:
            continue
        names |= set(ENV_NAME.findall(path.read_text(encoding="utf-8")))
    return names


def test_every_env_var_is_documented() -> None:
    documented = set(
        re.findall(r"^## (ONWARD_[A-Z0-9_]+)$", (ROOT / "docs/configuration.md").read_text(), re.M)
    )
    used = _env_vars_in_code()
    assert used, "no env vars found; is the pattern right?"
    assert used - documented == set(), "document these in docs/configuration.md"
    assert documented - used == set(), "these documented variables are not used anymore"


def _command_paths(group: typer.Typer) -> set[str]:
    click_group = typer.main.get_command(group)
    paths: set[str] = set()

    def walk(command: object, prefix: str) -> None:
        subcommands = getattr(command, "commands", None)
        if subcommands:
            for name, sub in subcommands.items():
                walk(sub, f"{prefix} {name}".strip())
        else:
            paths.add(prefix)

    walk(click_group, "")
    return paths


def test_every_cli_command_is_documented() -> None:
    text = (ROOT / "docs/cli.md").read_text()
    missing = [p for p in sorted(_command_paths(app)) if f"onward {p}" not in text]
    assert missing == []


def test_no_merge_conflict_markers_are_left() -> None:
    root = Path(__file__).resolve().parents[1]
    tracked = subprocess.run(
        ["git", "ls-files", "*.md", "*.py", "*.html", "*.toml", "*.css", "*.js", "*.txt"],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.split()
    found = [
        f"{name}:{number}"
        for name in tracked
        if (root / name).is_file()
        for number, line in enumerate((root / name).read_text("utf-8").splitlines(), 1)
        if line.startswith(("<<<<<<< ", ">>>>>>> "))
    ]
    assert not found, found
