"""Fixtures of the strategy tests: the CLI runner, and a count of figure computations."""

from __future__ import annotations

from typing import Any

import pytest

from onward.cli.tests.conftest import invoke
from onward.strategy import compute

__all__ = ["computed", "invoke"]


@pytest.fixture
def computed(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the times the figures are computed from scratch."""
    calls: list[int] = []
    real = compute.compute

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(compute, "compute", counting)
    return calls
