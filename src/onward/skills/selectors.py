"""Every read of skills data, scoped to its owner: the learning plan, profile skills,
resumes, posting skills, fit and gap dismissals. Gaps across the search live in
``skills.selectors_gaps``."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from django.db.models import Count, Exists, Max, OuterRef, QuerySet, Value
from django.shortcuts import get_object_or_404

from onward.accounts.models import User
from onward.analysis.fit import Fit, fit_percent, posting_fit
from onward.analysis.gaps import PostingMention
from onward.analysis.skills.taxonomy import Skill
from onward.core import changes
from onward.skills.choices import SkillStatus
from onward.skills.engine import active_source, get_engine
from onward.skills.models import (
    GapDismissal,
    LearningAction,
    PostingAnalysis,
    PostingSkill,
    PostingSkillDismissal,
    ProfileSkill,
    Resume,
    description_hash,
)
from onward.tracker.models import Application, JobPosting

# --- the learning plan -------------------------------------------------------------------


def _actions(owner: User) -> QuerySet[LearningAction]:
    return (
        LearningAction.objects.filter(owner=owner)
        .select_related("reframe")
        .prefetch_related("surfaced_by__posting__company")
    )


def learning_action_list(
    *, owner: User, status: str | None = None, application: Application | None = None
) -> QuerySet[LearningAction]:
    qs = _actions(owner)
    if status:
        qs = qs.filter(status=status)
    if application is not None:
        qs = qs.filter(surfaced_by=application)
    return qs.order_by("status", "due_on", "id")


def learning_action_get(*, owner: User, pk: int) -> LearningAction:
    return get_object_or_404(_actions(owner), pk=pk)


# --- profile skills and resumes ----------------------------------------------------------


def profile_skill_list(*, owner: User, status: str | None = None) -> QuerySet[ProfileSkill]:
    qs = ProfileSkill.objects.filter(owner=owner)
    if status:
        qs = qs.filter(status=status)
    return qs.order_by("label", "id")


def profile_skill_get(*, owner: User, pk: int) -> ProfileSkill:
    return get_object_or_404(ProfileSkill, owner=owner, pk=pk)


def profile_skills_by_ids(*, owner: User, ids: list[int]) -> list[ProfileSkill]:
    return list(ProfileSkill.objects.filter(owner=owner, pk__in=ids[:5000]))


def profile_skill_ids(*, owner: User) -> set[str]:
    """Ids (in the active taxonomy) of the skills you confirmed.

    Skills confirmed under another taxonomy (before ESCO was installed, say) are linked
    again by their label, so switching taxonomies keeps your profile useful.
    """
    engine = get_engine()
    ids: set[str] = set()
    rows = profile_skill_list(owner=owner, status=SkillStatus.CONFIRMED)
    for skill_id, label, key in rows.values_list("skill_id", "label", "taxonomy_key"):
        if key == engine.key or engine.skill(skill_id) is not None:
            ids.add(skill_id)
            continue
        found = [m for m in engine.extract(label) if m.method in ("exact", "alias")]
        ids.update(m.skill_id for m in found[:1])
    return ids


def resume_list(*, owner: User) -> QuerySet[Resume]:
    return Resume.objects.filter(owner=owner).order_by("-created_at", "-id")


def resume_get(*, owner: User, pk: int) -> Resume:
    return get_object_or_404(Resume, owner=owner, pk=pk)


# --- gaps you marked as not relevant ----------------------------------------------------


def gap_dismissal_list(*, owner: User) -> QuerySet[GapDismissal]:
    return GapDismissal.objects.filter(owner=owner).order_by("label", "id")


def gap_dismissal_get(*, owner: User, pk: int) -> GapDismissal:
    return get_object_or_404(GapDismissal, owner=owner, pk=pk)


def gap_dismissal_named(*, owner: User, name: str) -> GapDismissal | None:
    """Your dismissal of the skill called ``name`` (its label or skill id), or with id
    ``name``."""
    wanted = name.strip()
    qs = gap_dismissal_list(owner=owner)
    found = qs.filter(label__iexact=wanted).first() or qs.filter(skill_id=wanted).first()
    if found is None and wanted.isdigit():
        found = qs.filter(pk=int(wanted)).first()
    return found


# --- taxonomy ----------------------------------------------------------------------------


def taxonomy_search(*, q: str, limit: int = 10) -> list[Skill]:
    return get_engine().search(q[:200], limit=max(1, min(limit, 50)))


@dataclass(frozen=True)
class TaxonomyInfo:
    source: str
    version: str
    key: str
    skills: int
    semantic: str
    attribution: str


def taxonomy_active() -> TaxonomyInfo:
    engine = get_engine()
    tax = engine.taxonomy
    return TaxonomyInfo(
        tax.source, tax.version, tax.key, len(tax), engine.semantic, engine.attribution
    )


# --- posting skills and fit --------------------------------------------------------------


def posting_skill_list(*, owner: User, posting: JobPosting) -> QuerySet[PostingSkill]:
    """The stored mentions of the active taxonomy, in order of appearance."""
    return PostingSkill.objects.filter(
        owner=owner, posting=posting, taxonomy_key=get_engine().key
    ).order_by("start", "id")


def posting_skills_counted(*, owner: User, taxonomy_key: str) -> QuerySet[PostingSkill]:
    """The owner's stored posting skills of a taxonomy, without those marked as not a
    requirement of their posting (what fit and gaps count)."""
    marked = PostingSkillDismissal.objects.filter(
        owner=owner, posting_id=OuterRef("posting_id"), skill_id=OuterRef("skill_id")
    )
    return PostingSkill.objects.filter(owner=owner, taxonomy_key=taxonomy_key).exclude(
        Exists(marked)
    )


def posting_not_required_ids(*, owner: User, posting: JobPosting) -> set[str]:
    """Skills you marked as not a requirement of ``posting``."""
    rows = PostingSkillDismissal.objects.filter(owner=owner, posting=posting)
    return set(rows.values_list("skill_id", flat=True))


def posting_mentions(*, owner: User, posting: JobPosting) -> list[PostingMention]:
    rows = posting_skill_list(owner=owner, posting=posting)
    engine = get_engine()
    return [
        PostingMention(
            r.skill_id, r.label, r.requirement, r.sentence, soft=engine.is_soft(r.skill_id)
        )
        for r in rows
    ]


def has_profile(*, owner: User) -> bool:
    """Whether you confirmed any skill: without one, no fit is shown anywhere."""
    return bool(profile_skill_ids(owner=owner))


def application_fit(*, owner: User, application: Application) -> Fit:
    """Required and preferred skills of the application's posting, matched or missing;
    the ones you marked as not a requirement set apart."""
    posting = application.posting
    return posting_fit(
        posting_mentions(owner=owner, posting=posting),
        profile_skill_ids(owner=owner),
        not_required=posting_not_required_ids(owner=owner, posting=posting),
    )


def _mentions_by_posting(
    owner: User, applications: Sequence[Application], *, sentences: bool
) -> dict[int, list[PostingMention]]:
    """The applications' postings' skill mentions (without those marked as not a
    requirement), by posting id; with their sentences or without (``""``)."""
    engine = get_engine()
    # Selected by posting (its index), not by owner: SQLite would otherwise walk every
    # skill row of a large account; rows of another owner are dropped all the same.
    marked = PostingSkillDismissal.objects.filter(
        owner=owner, posting_id=OuterRef("posting_id"), skill_id=OuterRef("skill_id")
    )
    rows = (
        PostingSkill.objects.filter(
            posting_id__in={app.posting_id for app in applications},
            taxonomy_key=engine.key,
        )
        .exclude(Exists(marked))
        .order_by("posting_id", "start", "id")
    )
    mentions: dict[int, list[PostingMention]] = defaultdict(list)
    sentence_column = "sentence" if sentences else Value("")
    owner_id, soft = owner.pk, {}  # perf: ~1,100 rows on a board, a few hundred skills
    for row_owner, posting_id, skill_id, label, requirement, sentence in rows.values_list(
        "owner_id", "posting_id", "skill_id", "label", "requirement", sentence_column
    ):
        if row_owner == owner_id:
            if skill_id not in soft:
                soft[skill_id] = engine.is_soft(skill_id)
            mentions[posting_id].append(
                PostingMention(skill_id, label, requirement, sentence, soft[skill_id])
            )
    return mentions


def applications_fit(
    *, owner: User, applications: Sequence[Application], sentences: bool = True
) -> dict[int, Fit]:
    """``application_fit`` for many applications in two queries, by application id (the
    skills marked as not a requirement are left out; without the posting sentences that
    explain each match, for a bare percentage, with ``sentences=False``).

    Empty when you have confirmed no skills yet: a fit against nothing means nothing.
    """
    profile = profile_skill_ids(owner=owner)
    if not profile or not applications:
        return {}
    mentions = _mentions_by_posting(owner, applications, sentences=sentences)
    return {app.pk: posting_fit(mentions[app.posting_id], profile) for app in applications}


def applications_fit_percent(*, owner: User, applications: Sequence[Application]) -> dict[int, int]:
    """Each application's fit percentage (``applications_fit``'s ``percent``), where it has
    one: the board's cards show only that."""
    profile = profile_skill_ids(owner=owner)
    if not profile or not applications:
        return {}
    mentions = _mentions_by_posting(owner, applications, sentences=False)
    percents = {app.pk: fit_percent(mentions[app.posting_id], profile) for app in applications}
    return {pk: percent for pk, percent in percents.items() if percent is not None}


@dataclass(frozen=True)
class NotRequiredCount:
    """How many of your postings you marked a skill as not a requirement of."""

    skill_id: str
    label: str
    postings: int


def not_required_counts(*, owner: User) -> list[NotRequiredCount]:
    """The extractor's mistakes as you marked them, per skill, most frequent first."""
    rows = (
        PostingSkillDismissal.objects.filter(owner=owner)
        .values("skill_id")
        .annotate(n=Count("posting_id", distinct=True), label=Max("label"))
        .order_by("-n", "label", "skill_id")
    )
    return [NotRequiredCount(r["skill_id"], r["label"], r["n"]) for r in rows]


def text_fit(*, owner: User, text: str) -> Fit:
    """The same for a posting's text pasted before applying (nothing is stored)."""
    mentions = get_engine().extract(text)
    found = [
        PostingMention(
            m.skill_id,
            m.label,
            m.requirement,
            text[m.sentence_start : m.sentence_end],
            soft=m.soft,
            group=m.group,
        )
        for m in mentions
    ]
    return posting_fit(found, profile_skill_ids(owner=owner))


def posting_analysed(*, owner: User, posting: JobPosting) -> bool:
    """Whether the posting's current description was analysed with the active taxonomy."""
    return PostingAnalysis.objects.filter(
        owner=owner,
        posting=posting,
        taxonomy_key=get_engine().analysis_key,
        description_hash=description_hash(posting.description),
        error="",
    ).exists()


def fit_scores(*, owner: User) -> dict[int, float]:
    """Every analysed posting's fit score (0..1) against the profile, by posting id;
    postings that name no skill are left out."""
    rows = PostingSkill.objects.filter(owner=owner, taxonomy_key=get_engine().key)
    mentions: dict[int, list[PostingMention]] = {}
    for posting_id, skill, label, requirement in rows.order_by("posting_id", "start").values_list(
        "posting_id", "skill_id", "label", "requirement"
    ):
        mentions.setdefault(posting_id, []).append(PostingMention(skill, label, requirement, ""))
    profile = profile_skill_ids(owner=owner)
    scores = {posting: posting_fit(found, profile).score for posting, found in mentions.items()}
    return {posting: score for posting, score in scores.items() if score is not None}


def fit_version(*, owner: User) -> str:
    """Changes whenever ``fit_scores`` would: the taxonomy chosen, and any write to the
    owner's posting skills, analyses, "not a requirement" marks or profile (one indexed
    query, without building the engine; see ``core.changes``)."""
    tables = (PostingSkill, PostingAnalysis, PostingSkillDismissal, ProfileSkill)
    return f"{active_source()}|{changes.stamp(owner_id=owner.pk, tables=tables)}"
