"""Skill gaps across your rejections, dismissing them, and planning from one. When ESCO is
the active taxonomy, answers carry its attribution."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from django.http import HttpRequest
from ninja import Query, Router, Status

from onward.accounts.auth import current_user
from onward.analysis.gaps import Evidence, Gap
from onward.core.api.fields import ObjectId
from onward.core.api.pagination import paginated
from onward.core.api.responses import Created, NoContent
from onward.skills import selectors, selectors_gaps, services
from onward.skills.models import GapDismissal
from onward.skills.schemas.gaps import GapDismissalIn, GapDismissalOut, GapsOut, GapsQuery, PlanIn
from onward.skills.schemas.learning import LearningActionOut

gaps = Router(tags=["skills"])
GAP_FIELDS = tuple(f.name for f in fields(Gap))
EVIDENCE_FIELDS = tuple(f.name for f in fields(Evidence))


def _gap_item(gap: Gap, dismissal_id: int | None) -> dict[str, Any]:
    """``asdict(gap)`` without its deep copies (perf: ~2,000 evidence lines at 5,000
    applications): a gap's fields are plain values but for its evidence."""
    item = {name: getattr(gap, name) for name in GAP_FIELDS}
    item["evidence"] = [{name: getattr(e, name) for name in EVIDENCE_FIELDS} for e in gap.evidence]
    return {**item, "dismissal_id": dismissal_id}


@gaps.get("/gaps", response=GapsOut)
def gap_list(request: HttpRequest, filters: Query[GapsQuery]) -> dict[str, Any]:
    """Gaps, most pressing first; the ones you dismissed only with ``include_dismissed``."""
    report = selectors_gaps.skill_gaps(owner=current_user(request), evidence_for=0)
    dismissed = {d.gap.skill_id: d.dismissal.pk for d in report.dismissed if d.gap is not None}
    shown = report.all_gaps if filters.include_dismissed else report.gaps
    return {
        "rejected": report.rejected,
        "progressing": report.progressing,
        "attribution": report.attribution,
        "items": [_gap_item(gap, dismissed.get(gap.skill_id)) for gap in shown],
        "more_in_rejections": [gap.skill_id for gap in report.contrast],
        "dismissed_count": len(report.dismissed),
        "pending": report.pending,
        "postings_pending": report.postings.pending,
        "postings_progress": report.postings.percent,
    }


@gaps.get("/gaps/dismissals", response=list[GapDismissalOut])
@paginated
def gap_dismissal_list(request: HttpRequest) -> Any:
    return selectors.gap_dismissal_list(owner=current_user(request))


@gaps.post("/gaps/dismissals", response={201: GapDismissalOut})
def gap_dismiss(request: HttpRequest, payload: GapDismissalIn) -> Created:
    """Mark a skill's gap as not relevant to you (again: updates the reason)."""
    dismissal = services.gap_dismiss(owner=current_user(request), **payload.model_dump())
    return Status(201, dismissal)


@gaps.get("/gaps/dismissals/{dismissal_id}", response=GapDismissalOut)
def gap_dismissal_get(request: HttpRequest, dismissal_id: ObjectId) -> GapDismissal:
    return selectors.gap_dismissal_get(owner=current_user(request), pk=dismissal_id)


@gaps.delete("/gaps/dismissals/{dismissal_id}", response={204: None})
def gap_restore(request: HttpRequest, dismissal_id: ObjectId) -> NoContent:
    """Show the gap again."""
    dismissal = selectors.gap_dismissal_get(owner=current_user(request), pk=dismissal_id)
    services.gap_restore(dismissal=dismissal)
    return Status(204, None)


@gaps.post("/plan", response={201: LearningActionOut})
def plan_from_gap(request: HttpRequest, payload: PlanIn) -> Created:
    """A learning action for a skill, linked to the rejections whose postings asked for it."""
    owner = current_user(request)
    action = services.learning_action_plan(owner=owner, **payload.model_dump())
    return Status(201, selectors.learning_action_get(owner=owner, pk=action.pk))
