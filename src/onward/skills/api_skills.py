"""The skills API: profile skills, resumes, taxonomy search, posting skills, fit, gaps (and
dismissing them) and planning from a gap. Each handler parses, calls one selector or
service. When ESCO is the active taxonomy, responses carry its attribution."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from django.http import HttpRequest
from ninja import File, Query, Router, Status, UploadedFile

from onward.analysis.fit import Fit
from onward.analysis.gaps import Gap
from onward.api.auth import current_user
from onward.api.fields import ObjectId
from onward.api.pagination import paginated
from onward.skills import selectors, selectors_gaps, services
from onward.skills.engine import get_engine
from onward.skills.models import GapDismissal, ProfileSkill, Resume
from onward.skills.schemas import (
    FitOut,
    GapDismissalIn,
    GapDismissalOut,
    GapsOut,
    GapsQuery,
    LearningActionOut,
    PlanIn,
    PostingCheckIn,
    PostingSkillsOut,
    ProfileSkillIn,
    ProfileSkillOut,
    ProfileSkillPatch,
    ProfileSkillQuery,
    ResumeAddedOut,
    ResumeIn,
    ResumeOut,
    TaxonomyQuery,
    TaxonomySearchOut,
)
from onward.tracker import selectors as tracker_selectors

profile_skills = Router(tags=["skills"])
resumes = Router(tags=["skills"])
taxonomy = Router(tags=["skills"])
skills = Router(tags=["skills"])
posting_skills = Router(tags=["skills"])
application_skills = Router(tags=["skills"])

Created = Status[Any]
NoContent = Status[None]


# --- profile skills ----------------------------------------------------------------------


@profile_skills.get("", response=list[ProfileSkillOut])
@paginated
def profile_skill_list(request: HttpRequest, filters: Query[ProfileSkillQuery]) -> Any:
    return selectors.profile_skill_list(owner=current_user(request), status=filters.status)


@profile_skills.post("", response={201: ProfileSkillOut})
def profile_skill_add(request: HttpRequest, payload: ProfileSkillIn) -> Created:
    owner = current_user(request)
    if payload.skill_id:
        skill = services.profile_skill_add(
            owner=owner, skill_id=payload.skill_id, level=payload.level
        )
    else:
        skill = services.profile_skill_add_by_label(
            owner=owner, label=payload.label, level=payload.level
        )
    return Status(201, skill)


@profile_skills.get("/{profile_skill_id}", response=ProfileSkillOut)
def profile_skill_get(request: HttpRequest, profile_skill_id: ObjectId) -> ProfileSkill:
    return selectors.profile_skill_get(owner=current_user(request), pk=profile_skill_id)


@profile_skills.patch("/{profile_skill_id}", response=ProfileSkillOut)
def profile_skill_update(
    request: HttpRequest, profile_skill_id: ObjectId, payload: ProfileSkillPatch
) -> ProfileSkill:
    skill = selectors.profile_skill_get(owner=current_user(request), pk=profile_skill_id)
    return services.profile_skill_update(skill=skill, **payload.changes())


@profile_skills.delete("/{profile_skill_id}", response={204: None})
def profile_skill_delete(request: HttpRequest, profile_skill_id: ObjectId) -> NoContent:
    skill = selectors.profile_skill_get(owner=current_user(request), pk=profile_skill_id)
    services.profile_skill_delete(skill=skill)
    return Status(204, None)


# --- resumes -----------------------------------------------------------------------------


@resumes.get("", response=list[ResumeOut])
@paginated
def resume_list(request: HttpRequest) -> Any:
    return selectors.resume_list(owner=current_user(request))


@resumes.post("", response={201: ResumeAddedOut})
def resume_paste(request: HttpRequest, payload: ResumeIn) -> Created:
    """A resume's text: its skills become suggestions (confirm them with PATCH)."""
    added = services.resume_add(
        owner=current_user(request), text=payload.text, filename=payload.filename
    )
    return Status(201, added)


@resumes.post("/upload", response={201: ResumeAddedOut})
def resume_upload(request: HttpRequest, file: File[UploadedFile]) -> Created:
    """A resume file (multipart field ``file``: .txt, .docx or .pdf, up to 5 MB)."""
    added = services.resume_add_file(
        owner=current_user(request),
        filename=file.name or "",
        data=file.read(services.MAX_UPLOAD_BYTES + 1),
    )
    return Status(201, added)


@resumes.get("/{resume_id}", response=ResumeOut)
def resume_get(request: HttpRequest, resume_id: ObjectId) -> Resume:
    return selectors.resume_get(owner=current_user(request), pk=resume_id)


@resumes.delete("/{resume_id}", response={204: None})
def resume_delete(request: HttpRequest, resume_id: ObjectId) -> NoContent:
    services.resume_delete(resume=selectors.resume_get(owner=current_user(request), pk=resume_id))
    return Status(204, None)


# --- taxonomy, postings, fit, gaps -------------------------------------------------------


@taxonomy.get("/skills", response=TaxonomySearchOut)
def taxonomy_search(request: HttpRequest, filters: Query[TaxonomyQuery]) -> dict[str, Any]:
    current_user(request)
    info = selectors.taxonomy_active()
    found = selectors.taxonomy_search(q=filters.q, limit=filters.limit) if filters.q else []
    return {"taxonomy": info.key, "attribution": info.attribution, "items": found}


@posting_skills.get("/{posting_id}/skills", response=PostingSkillsOut)
def posting_skill_list(request: HttpRequest, posting_id: ObjectId) -> dict[str, Any]:
    owner = current_user(request)
    posting = tracker_selectors.posting_get(owner=owner, pk=posting_id)
    return {
        "posting_id": posting.pk,
        "analysed": selectors.posting_analysed(owner=owner, posting=posting),
        "attribution": get_engine().attribution,
        "items": list(selectors.posting_skill_list(owner=owner, posting=posting)),
    }


def _fit(fit: Fit) -> dict[str, Any]:
    return {
        "score": fit.score,
        "percent": fit.percent,
        "reasons": fit.reasons,
        "skills": fit.skills,
        "attribution": get_engine().attribution,
    }


@application_skills.get("/{application_id}/skills", response=FitOut)
def application_fit(request: HttpRequest, application_id: ObjectId) -> dict[str, Any]:
    owner = current_user(request)
    application = tracker_selectors.application_get(owner=owner, pk=application_id)
    return _fit(selectors.application_fit(owner=owner, application=application))


@skills.post("/check", response=FitOut)
def posting_check(request: HttpRequest, payload: PostingCheckIn) -> dict[str, Any]:
    """A posting's text before you apply: matched and missing skills; nothing is stored."""
    return _fit(selectors.text_fit(owner=current_user(request), text=payload.text))


def _gap_item(gap: Gap, dismissal_id: int | None) -> dict[str, Any]:
    return {**asdict(gap), "dismissal_id": dismissal_id}


@skills.get("/gaps", response=GapsOut)
def gap_list(request: HttpRequest, filters: Query[GapsQuery]) -> dict[str, Any]:
    """Gaps, most pressing first; the ones you dismissed only with ``include_dismissed``."""
    report = selectors_gaps.skill_gaps(owner=current_user(request))
    dismissed = {d.gap.skill_id: d.dismissal.pk for d in report.dismissed if d.gap is not None}
    shown = report.all_gaps if filters.include_dismissed else report.gaps
    return {
        "rejected": report.rejected,
        "progressing": report.progressing,
        "attribution": report.attribution,
        "items": [_gap_item(gap, dismissed.get(gap.skill_id)) for gap in shown],
        "more_in_rejections": [gap.skill_id for gap in report.contrast],
        "dismissed_count": len(report.dismissed),
    }


@skills.get("/gaps/dismissals", response=list[GapDismissalOut])
@paginated
def gap_dismissal_list(request: HttpRequest) -> Any:
    return selectors.gap_dismissal_list(owner=current_user(request))


@skills.post("/gaps/dismissals", response={201: GapDismissalOut})
def gap_dismiss(request: HttpRequest, payload: GapDismissalIn) -> Created:
    """Mark a skill's gap as not relevant to you (again: updates the reason)."""
    dismissal = services.gap_dismiss(owner=current_user(request), **payload.model_dump())
    return Status(201, dismissal)


@skills.get("/gaps/dismissals/{dismissal_id}", response=GapDismissalOut)
def gap_dismissal_get(request: HttpRequest, dismissal_id: ObjectId) -> GapDismissal:
    return selectors.gap_dismissal_get(owner=current_user(request), pk=dismissal_id)


@skills.delete("/gaps/dismissals/{dismissal_id}", response={204: None})
def gap_restore(request: HttpRequest, dismissal_id: ObjectId) -> NoContent:
    """Show the gap again."""
    dismissal = selectors.gap_dismissal_get(owner=current_user(request), pk=dismissal_id)
    services.gap_restore(dismissal=dismissal)
    return Status(204, None)


@skills.post("/plan", response={201: LearningActionOut})
def plan_from_gap(request: HttpRequest, payload: PlanIn) -> Created:
    """A learning action for a skill, linked to the rejections whose postings asked for it."""
    owner = current_user(request)
    action = services.learning_action_plan(owner=owner, **payload.model_dump())
    return Status(201, selectors.learning_action_get(owner=owner, pk=action.pk))
