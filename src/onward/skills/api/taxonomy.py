"""Searching the active skills taxonomy: JSON endpoint."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Query, Router

from onward.accounts.auth import current_user
from onward.skills import selectors
from onward.skills.schemas.taxonomy import TaxonomyQuery, TaxonomySearchOut

taxonomy = Router(tags=["skills"])


@taxonomy.get("/skills", response=TaxonomySearchOut)
def taxonomy_search(request: HttpRequest, filters: Query[TaxonomyQuery]) -> dict[str, Any]:
    current_user(request)
    info = selectors.taxonomy_active()
    found = selectors.taxonomy_search(q=filters.q, limit=filters.limit) if filters.q else []
    return {"taxonomy": info.key, "attribution": info.attribution, "items": found}
