"""Skill gaps across your search, scored by the framework-free ``onward.analysis.gaps``.

The inputs come as plain data: where each application stands (``tracker.selectors.
application_outcomes``), the skills stored for postings (``PostingSkill``) and those named
as missing in reflections and feedback (``NamedSkill``, read in the background by
``services.journal``). Nothing is extracted here. The gaps you marked as not relevant are
set apart.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field

from django.utils import timezone

from onward.accounts.models import User
from onward.analysis import gaps as scoring
from onward.analysis.gaps import ApplicationSkills, Gap, NamedGap, PostingMention
from onward.core import changes
from onward.core.memo import OwnerMemo
from onward.growth.models import Feedback, Reflection
from onward.skills.engine import Engine, get_engine
from onward.skills.models import (
    GapDismissal,
    JournalAnalysis,
    NamedSkill,
    PostingAnalysis,
    PostingSkill,
    PostingSkillDismissal,
)
from onward.skills.selectors import (
    gap_dismissal_list,
    posting_skills_counted,
    profile_skill_ids,
)
from onward.skills.services.journal import journal_pending_count
from onward.skills.services.postings import PostingProgress, posting_progress
from onward.tracker import selectors as tracker_selectors
from onward.tracker.choices import Stage
from onward.tracker.models import Application, ApplicationEvent, JobPosting, Rejection
from onward.tracker.selectors import Outcome

PROGRESSING = frozenset(
    {Stage.SCREENING, Stage.INTERVIEW, Stage.OFFER, Stage.ACCEPTED, Stage.DECLINED}
)


@dataclass(frozen=True)
class DismissedGap:
    dismissal: GapDismissal
    gap: Gap | None  # None while the skill is not a gap (any more)


@dataclass(frozen=True)
class GapReport:
    gaps: tuple[Gap, ...]  # the ones you did not dismiss
    contrast: tuple[Gap, ...]  # of those, gaps showing up clearly more in rejections
    rejected: int  # rejected applications with analysed postings
    progressing: int
    applications: dict[int, Application]  # the ones named in the evidence, by id
    attribution: str
    dismissed: tuple[DismissedGap, ...] = ()  # every dismissal, current gaps first
    all_gaps: tuple[Gap, ...] = ()  # dismissed or not, most pressing first
    pending: int = 0  # reflections and feedback not read for skills yet (a minute at most)
    postings: PostingProgress = field(default_factory=lambda: PostingProgress(0, 0))


def _mentions_by_posting(
    owner: User, engine: Engine, skill_id: str | None = None, *, decided_only: bool = False
) -> dict[int, list[PostingMention]]:
    rows = posting_skills_counted(owner=owner, taxonomy_key=engine.key)  # not "not required"
    if skill_id is not None:
        rows = rows.filter(skill_id=skill_id)
    if decided_only:  # open applications weigh nothing: skip their postings' rows
        ids = tracker_selectors.decided_posting_ids(owner=owner, progressing=PROGRESSING)
        rows = rows.filter(posting_id__in=ids)
    found: dict[int, list[PostingMention]] = defaultdict(list)
    values = rows.order_by("posting_id", "start").values_list(
        "posting_id", "skill_id", "label", "requirement", "sentence"
    )
    for posting_id, skill, label, requirement, sentence in values:
        found[posting_id].append(PostingMention(skill, label, requirement, sentence))
    return found


def _application_skills(outcome: Outcome, mentions: list[PostingMention]) -> ApplicationSkills:
    if outcome.stage == Stage.REJECTED and outcome.rejected_at_stage is not None:
        return ApplicationSkills(
            outcome.application_id,
            scoring.REJECTED,
            outcome.rejected_at_stage,
            outcome.rejected_on,
            tuple(mentions),
        )
    result = scoring.PROGRESSING if outcome.stage in PROGRESSING else scoring.OPEN
    return ApplicationSkills(
        outcome.application_id, result, outcome.stage, outcome.stage_changed_on, tuple(mentions)
    )


def _inputs(
    outcomes: list[Outcome], by_posting: dict[int, list[PostingMention]], analysed: Collection[int]
) -> list[ApplicationSkills]:
    """Applications whose postings have skills (``analysed``), each with ``by_posting``'s
    mentions (all of them, or one skill's)."""
    return [
        _application_skills(outcome, by_posting.get(outcome.posting_id, []))
        for outcome in outcomes
        if outcome.posting_id in analysed
    ]


def _named(owner: User, engine: Engine, skill_id: str | None = None) -> list[NamedGap]:
    """Skills named as missing in reflections (tags, "lacked") and in skill feedback."""
    rows = NamedSkill.objects.filter(owner=owner, analysis__taxonomy_key=engine.journal_key)
    if skill_id is not None:
        rows = rows.filter(skill_id=skill_id)
    values = rows.order_by("analysis__on", "analysis_id", "id").values_list(
        "skill_id",
        "label",
        "analysis__reflection_id",
        "sentence",
        "analysis__on",
        "analysis__application_id",
    )
    return [
        NamedGap(
            skill,
            label,
            scoring.REFLECTION if reflection_id is not None else scoring.FEEDBACK,
            sentence,
            on,
            application_id,
        )
        for skill, label, reflection_id, sentence, on, application_id in values
    ]


def _set_apart(
    gaps: tuple[Gap, ...], dismissals: list[GapDismissal]
) -> tuple[tuple[Gap, ...], tuple[DismissedGap, ...]]:
    """The gaps you did not dismiss, and each dismissal with its gap (matched by skill id,
    or by label for a dismissal made under another taxonomy)."""
    by_id = {d.skill_id: d for d in dismissals}
    by_label = {d.label.casefold(): d for d in dismissals}
    shown: list[Gap] = []
    matched: dict[int, Gap] = {}
    for gap in gaps:
        found = by_id.get(gap.skill_id) or by_label.get(gap.label.casefold())
        if found is None:
            shown.append(gap)
        else:
            matched.setdefault(found.pk, gap)
    dismissed = [DismissedGap(d, matched.get(d.pk)) for d in dismissals]
    dismissed.sort(key=lambda d: (d.gap is None, -(d.gap.score if d.gap else 0.0)))
    return tuple(shown), tuple(dismissed)


@dataclass(frozen=True)
class _Scored:
    """What the report caches: the scoring over every stored row (dismissals, the
    applications named in the evidence and the pending count are read per request)."""

    gaps: tuple[Gap, ...]
    rejected: int
    progressing: int


CACHE_FORMAT = 1  # bump when _Scored or the scoring changes shape


_SCORED_TABLES = (
    Application,
    ApplicationEvent,
    Rejection,
    PostingSkill,
    PostingAnalysis,
    PostingSkillDismissal,
    JournalAnalysis,
    NamedSkill,
)


def _fingerprint(owner: User, engine: Engine, profile: set[str], today: dt.date) -> str:
    """Everything the scoring depends on, cheaply: any write to the applications, events
    and rejections (where the applications stand), to the posting skills, analyses and
    "not a requirement" marks, and to the journal's analyses and named skills (one indexed
    query, see ``core.changes``); the confirmed profile skills, the engine, the day
    (recency) and the time zone (the days stages changed on)."""
    parts = (
        CACHE_FORMAT,
        engine.key,
        engine.analysis_key,
        engine.journal_key,
        today.isoformat(),
        timezone.get_current_timezone_name(),
        sorted(profile),
        changes.stamp(owner_id=owner.pk, tables=_SCORED_TABLES),
    )
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def _score(owner: User, engine: Engine, profile: set[str], today: dt.date) -> _Scored:
    outcomes = tracker_selectors.application_outcomes(owner=owner)
    by_posting = _mentions_by_posting(owner, engine, decided_only=True)
    inputs = _inputs(outcomes, by_posting, by_posting.keys())
    gaps = scoring.skill_gaps(inputs, profile, _named(owner, engine), today=today)
    return _Scored(
        gaps=gaps,
        rejected=sum(i.outcome == scoring.REJECTED for i in inputs),
        progressing=sum(i.outcome == scoring.PROGRESSING for i in inputs),
    )


_memo: OwnerMemo[_Scored] = OwnerMemo()


def _scored(owner: User, engine: Engine, today: dt.date) -> _Scored:
    """The scoring, from the per-owner memo while its fingerprint still matches."""
    profile = profile_skill_ids(owner=owner)
    fingerprint = _fingerprint(owner, engine, profile, today)
    return _memo.get_or_compute(
        owner.pk, fingerprint, lambda: _score(owner, engine, profile, today)
    )


def skill_gaps(
    *, owner: User, today: dt.date | None = None, evidence_for: int | None = None
) -> GapReport:
    """Gaps aggregated over your rejected applications, reflections and feedback.

    ``applications`` holds the applications named in the evidence of the first
    ``evidence_for`` gaps you did not dismiss (None: of every gap)."""
    engine = get_engine()
    scored = _scored(owner, engine, today or timezone.localdate())
    shown, dismissed = _set_apart(scored.gaps, list(gap_dismissal_list(owner=owner)))
    named = shown if evidence_for is None else shown[:evidence_for]
    named_ids = [e.application_id for g in named for e in g.evidence if e.application_id]
    pending, postings = _progress(owner, engine)
    return GapReport(
        gaps=shown,
        contrast=scoring.more_in_rejections(shown),
        rejected=scored.rejected,
        progressing=scored.progressing,
        applications=tracker_selectors.applications_by_id(owner=owner, ids=named_ids),
        attribution=engine.attribution,
        dismissed=dismissed,
        all_gaps=scored.gaps,
        pending=pending,
        postings=postings,
    )


_progress_memo: OwnerMemo[tuple[int, PostingProgress]] = OwnerMemo()
_PROGRESS_TABLES = (JobPosting, PostingAnalysis, Reflection, Feedback, JournalAnalysis)


def _progress(owner: User, engine: Engine) -> tuple[int, PostingProgress]:
    """Reflections and feedback not read yet, and postings read so far: counted again only
    after a write to the rows they count (perf: two aggregates, ~3 ms at 5,000
    applications, against one indexed query)."""
    key = (
        engine.analysis_key,
        engine.journal_key,
        changes.stamp(owner_id=owner.pk, tables=_PROGRESS_TABLES),
    )
    return _progress_memo.get_or_compute(
        owner.pk,
        key,
        lambda: (
            journal_pending_count(owner=owner, engine=engine),
            posting_progress(owner=owner, engine=engine),
        ),
    )


def skill_gap(*, owner: User, skill_id: str, today: dt.date | None = None) -> Gap | None:
    """One skill's gap (for "Plan this"), dismissed or not, or None when it is not a gap.

    Reads only that skill's mentions, plus which postings have skills at all (the totals
    its contrast is measured against)."""
    engine = get_engine()
    analysed = set(
        PostingSkill.objects.filter(owner=owner, taxonomy_key=engine.key)
        .values_list("posting_id", flat=True)
        .distinct()
    )
    outcomes = tracker_selectors.application_outcomes(owner=owner)
    inputs = _inputs(outcomes, _mentions_by_posting(owner, engine, skill_id), analysed)
    gaps = scoring.skill_gaps(
        inputs,
        profile_skill_ids(owner=owner),
        _named(owner, engine, skill_id),
        today=today or timezone.localdate(),
    )
    return next((gap for gap in gaps if gap.skill_id == skill_id), None)


def gap_applications(*, owner: User, gap: Gap) -> list[Application]:
    """The rejected applications that surfaced ``gap`` (owner-scoped)."""
    found = tracker_selectors.applications_by_id(owner=owner, ids=gap.rejected_application_ids)
    return [found[pk] for pk in sorted(found)]


def skill_gap_named(*, owner: User, name: str) -> Gap | None:
    """The gap whose skill is called ``name`` (its label, or the start of it), if any;
    gaps you did not dismiss first."""
    wanted = name.strip().casefold()
    report = skill_gaps(owner=owner)
    gaps = (*report.gaps, *(d.gap for d in report.dismissed if d.gap is not None))
    for test in (str.__eq__, str.startswith):
        found = [g for g in gaps if test(g.label.casefold(), wanted) or g.skill_id == name]
        if found:
            return found[0]
    return None
