"""Onward: a self-hosted job search companion that turns rejections into growth."""

from __future__ import annotations

__version__ = "0.1.0"
