"""Your skills: review suggestions, confirm, add (with autocomplete), set levels, remove;
and resumes (upload or paste). Thin adapters; every form works without JavaScript."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from onward.accounts.http import owner_of
from onward.core.forms import add_service_errors
from onward.core.http import bound, is_htmx, status_of
from onward.skills import selectors, services
from onward.skills.choices import SkillLevel, SkillStatus
from onward.skills.forms import ResumeForm, SkillAddForm, SkillConfirmForm, SkillLevelForm
from onward.skills.views.common import skills_page


def _profile(
    request: HttpRequest, *, add_form: SkillAddForm | None = None, status: int = 200
) -> HttpResponse:
    owner = owner_of(request)
    skills = list(selectors.profile_skill_list(owner=owner))
    add_form = add_form or SkillAddForm()
    label = add_form.data.get("label", "") if add_form.is_bound else ""
    context = {
        "confirmed": [s for s in skills if s.status == SkillStatus.CONFIRMED],
        "suggested": [s for s in skills if s.status == SkillStatus.SUGGESTED],
        "add_form": add_form,
        "choices": selectors.taxonomy_search(q=label, limit=8) if add_form.errors else [],
        "levels": SkillLevel.choices,
        "resumes": selectors.resume_list(owner=owner)[:5],
        "progress": services.posting_progress(owner=owner),
    }
    return skills_page(request, "skills/profile.html", context, section="profile", status=status)


@login_required
@require_GET
def profile(request: HttpRequest) -> HttpResponse:
    return _profile(request)


@login_required
@require_POST
def profile_skill_add(request: HttpRequest) -> HttpResponse:
    form = SkillAddForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        owner = owner_of(request)
        try:
            if data["skill_id"]:
                skill = services.profile_skill_add(
                    owner=owner, skill_id=data["skill_id"], level=data["level"]
                )
            else:
                skill = services.profile_skill_add_by_label(
                    owner=owner, label=data["label"], level=data["level"]
                )
        except ValidationError as exc:
            add_service_errors(form, exc, field_map={"skill_id": "label"})
        else:
            messages.success(request, f"{skill.label} is in your skills.")
            return redirect("skills:profile")
    return _profile(request, add_form=form, status=status_of(form))


@login_required
@require_POST
def profile_skill_level(request: HttpRequest, profile_skill_id: int) -> HttpResponse:
    skill = selectors.profile_skill_get(owner=owner_of(request), pk=profile_skill_id)
    form = SkillLevelForm(request.POST)
    if form.is_valid():
        services.profile_skill_update(
            skill=skill, level=form.cleaned_data["level"], status=SkillStatus.CONFIRMED
        )
        messages.success(request, f"Saved {skill.label}.")
    else:
        messages.error(request, "Pick one of the levels.")
    return redirect("skills:profile")


@login_required
@require_POST
def profile_skill_delete(request: HttpRequest, profile_skill_id: int) -> HttpResponse:
    skill = selectors.profile_skill_get(owner=owner_of(request), pk=profile_skill_id)
    services.profile_skill_delete(skill=skill)
    messages.success(request, f"Removed {skill.label} from your skills.")
    return redirect("skills:profile")


@login_required
@require_POST
def profile_skills_confirm(request: HttpRequest) -> HttpResponse:
    owner = owner_of(request)
    suggested = selectors.profile_skill_list(owner=owner, status=SkillStatus.SUGGESTED)
    form = SkillConfirmForm(request.POST, ids=list(suggested.values_list("pk", flat=True)))
    if not form.is_valid():
        messages.error(request, "Tick the skills you have, then confirm.")
        return redirect("skills:profile")
    ticked = set(form.cleaned_data["skill"])
    shown = set(form.cleaned_data["shown"]) or ticked  # an old page without "shown"
    chosen = selectors.profile_skills_by_ids(owner=owner, ids=sorted(ticked))
    others = selectors.profile_skills_by_ids(owner=owner, ids=sorted(shown - ticked))
    yes, no = services.profile_skills_review(owner=owner, confirmed=chosen, declined=others)
    text = f"Confirmed {yes} skill{'s' * (yes != 1)}."
    if no:
        text += f" {no} marked as not yours; they won't be suggested again."
    messages.success(request, text)
    return redirect("skills:profile")


@login_required
@require_GET
def taxonomy_search(request: HttpRequest) -> HttpResponse:
    """Autocomplete choices (an htmx fragment; a plain list page without JavaScript)."""
    q = request.GET.get("label", request.GET.get("q", ""))[:200]
    found = selectors.taxonomy_search(q=q, limit=8) if q.strip() else []
    context = {"choices": found, "q": q, "levels": SkillLevel.choices}
    if is_htmx(request):
        return render(request, "skills/_choices.html", context)
    return skills_page(request, "skills/search.html", context, section="profile")


@login_required
def resume(request: HttpRequest) -> HttpResponse:
    owner = owner_of(request)
    form = ResumeForm(bound(request), request.FILES if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        upload = form.cleaned_data.get("file")
        try:
            if upload:
                added = services.resume_add_file(
                    owner=owner,
                    filename=upload.name or "",
                    data=upload.read(services.MAX_UPLOAD_BYTES + 1),
                )
            else:
                added = services.resume_add(owner=owner, text=form.cleaned_data["text"])
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            new = len(added.suggested)
            messages.success(
                request,
                f"Found {added.found} skill{'s' * (added.found != 1)} in your resume; "
                f"{new} new to your profile. Review them below: confirm what you have.",
            )
            return redirect("skills:profile")
    context = {"form": form, "resumes": selectors.resume_list(owner=owner)}
    return skills_page(
        request, "skills/resume.html", context, section="resume", status=status_of(form)
    )


@login_required
@require_POST
def resume_delete(request: HttpRequest, resume_id: int) -> HttpResponse:
    found = selectors.resume_get(owner=owner_of(request), pk=resume_id)
    services.resume_delete(resume=found)
    messages.success(request, "Resume deleted. Your confirmed skills stay.")
    return redirect("skills:resume")
