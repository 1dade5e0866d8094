"""Drawn charts kept by the data they draw, so a repeat view costs the data query only.

A chart's key is a hash of exactly what it draws (the ``repr`` of its inputs: frozen
dataclasses, tuples, dates and numbers, whose ``repr`` is their value), its name, and the
chart code's version (the drawing modules' source and matplotlib's version). The same key
always gives the same drawing, so a kept drawing is never stale: when the data change, the
key changes and the chart is drawn again. Kept in Django's cache (one process's memory by
default, where it is the cache's only user: at most 300 entries of 10 to 25 KB, the least
recently used culled first); a miss only costs a drawing.

Matplotlib is imported only to draw (through ``draw``, and ``Chart``'s module).
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from django.core.cache import cache as django_cache

if TYPE_CHECKING:
    from onward.core.charts import Chart

# The modules whose code draws the charts: a change to any of them is a new version.
DRAWING_MODULES = ("onward.core.charts", "onward.growth.charts", "onward.strategy.charts")
KEPT_SECONDS = 7 * 24 * 3600
PREFIX = "onward:chart:"


@cache
def code_version() -> str:
    """The drawing code's version: a hash of its modules' source and matplotlib's version."""
    digest = hashlib.sha256(importlib.metadata.version("matplotlib").encode())
    for module in DRAWING_MODULES:
        spec = importlib.util.find_spec(module)
        if spec is None or spec.origin is None:  # pragma: no cover - the modules are ours
            raise RuntimeError(f"Chart module {module} not found.")
        digest.update(Path(spec.origin).read_bytes())
    return digest.hexdigest()[:16]


def chart_key(name: str, data: object) -> str:
    """The cache key of chart ``name`` drawing ``data``."""
    text = f"{code_version()}\n{name}\n{data!r}"
    if " object at 0x" in text:  # a repr that is an address, not a value, cannot be a key
        raise ValueError(f"Chart data for {name!r} has no value repr.")
    return PREFIX + hashlib.sha256(text.encode()).hexdigest()


def cached_chart(name: str, data: object, draw: Callable[[], Chart]) -> Chart:
    """Chart ``name`` of ``data``: the kept drawing, or ``draw()`` (then kept).

    ``draw`` must draw ``data`` and nothing else (no clock, no other query).
    """
    from onward.core.charts import Chart  # a small dataclass; matplotlib comes with it

    key = chart_key(name, data)
    svg = django_cache.get(key)
    if isinstance(svg, str):
        return Chart(name, svg)
    chart = draw()
    django_cache.set(key, chart.svg, KEPT_SECONDS)
    return chart
