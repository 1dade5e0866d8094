"""Return types of API handlers that answer with a status: ``Status(201, obj)``."""

from __future__ import annotations

from typing import Any

from ninja import Status

Created = Status[Any]
NoContent = Status[None]
