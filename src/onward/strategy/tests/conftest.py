"""The CLI runner fixture for the strategy commands."""

from __future__ import annotations

from onward.cli.tests.conftest import invoke

__all__ = ["invoke"]
