"""Strategy pages render with the Strategy tab current."""

from __future__ import annotations

from functools import partial

from onward.core import http

page = partial(http.page, nav="strategy")
