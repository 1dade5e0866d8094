"""Console output helpers: Rich on stdout, one-line errors on stderr."""

from __future__ import annotations

from typing import NoReturn

import typer
from rich.console import Console
from rich.markup import escape

console = Console()
err_console = Console(stderr=True)


def fail(message: str, code: int = 1) -> NoReturn:
    err_console.print(f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def ok(message: str) -> None:
    """A plain sentence on stdout (never wrapped, so paths and URLs stay whole)."""
    console.print(message, highlight=False, soft_wrap=True, markup=False)


def note(message: str) -> None:
    """A side remark on stderr, keeping stdout clean for what scripts read."""
    err_console.print(message, style="dim", highlight=False, soft_wrap=True, markup=False)
