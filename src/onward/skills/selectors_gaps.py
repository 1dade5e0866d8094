"""Skill gaps across your search: the inputs gathered from the tracker and the growth loop
(owner-scoped), scored by the framework-free ``onward.analysis.gaps``; the gaps you marked
as not relevant are set apart."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from django.core.exceptions import ObjectDoesNotExist
from django.db.models import QuerySet
from django.utils import timezone

from onward.accounts.models import User
from onward.analysis import gaps as scoring
from onward.analysis.gaps import ApplicationSkills, Gap, NamedGap, PostingMention
from onward.growth.choices import FeedbackTheme
from onward.growth.models import Feedback, Reflection
from onward.skills.engine import Engine, get_engine
from onward.skills.models import GapDismissal, PostingSkill
from onward.skills.selectors import gap_dismissal_list, profile_skill_ids
from onward.tracker.choices import Stage
from onward.tracker.models import Application, Rejection

PROGRESSING = frozenset(
    {Stage.SCREENING, Stage.INTERVIEW, Stage.OFFER, Stage.ACCEPTED, Stage.DECLINED}
)
SKILL_THEMES = frozenset({FeedbackTheme.TECHNICAL_SKILLS, FeedbackTheme.EXPERIENCE_LEVEL})


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


def _mentions_by_posting(owner: User, engine: Engine) -> dict[int, list[PostingMention]]:
    rows = PostingSkill.objects.filter(owner=owner, taxonomy_key=engine.key).values_list(
        "posting_id", "skill_id", "label", "requirement", "sentence"
    )
    found: dict[int, list[PostingMention]] = defaultdict(list)
    for posting_id, skill_id, label, requirement, sentence in rows.order_by("posting_id", "start"):
        found[posting_id].append(PostingMention(skill_id, label, requirement, sentence))
    return found


def _applications(owner: User) -> QuerySet[Application]:
    return Application.objects.filter(owner=owner).select_related("posting__company", "rejection")


def _rejection_of(app: Application) -> Rejection | None:
    try:
        return app.rejection
    except ObjectDoesNotExist:
        return None


def _application_skills(
    app: Application, mentions: list[PostingMention]
) -> ApplicationSkills | None:
    if not mentions:
        return None
    rejection = _rejection_of(app)
    if app.stage == Stage.REJECTED and rejection is not None:
        return ApplicationSkills(
            app.pk,
            scoring.REJECTED,
            rejection.stage_reached,
            rejection.received_on,
            tuple(mentions),
        )
    outcome = scoring.PROGRESSING if app.stage in PROGRESSING else scoring.OPEN
    changed = timezone.localdate(app.stage_changed_at) if app.stage_changed_at else None
    return ApplicationSkills(app.pk, outcome, app.stage, changed, tuple(mentions))


def _named_from(
    engine: Engine, text: str, *, source: str, on: dt.date, application_id: int | None
) -> list[NamedGap]:
    return [
        NamedGap(
            m.skill_id,
            m.label,
            source,
            text[m.sentence_start : m.sentence_end],
            on,
            application_id,
        )
        for m in engine.extract(text)
    ]


def _named(owner: User, engine: Engine) -> list[NamedGap]:
    """Skills named as lacking in reflections (tags, "lacked") and in skill feedback."""
    named: list[NamedGap] = []
    for reflection in Reflection.objects.filter(owner=owner).order_by("created_at", "id"):
        on = timezone.localdate(reflection.created_at)
        texts = [str(tag) for tag in reflection.skill_tags or ()] + [reflection.lacked]
        for text in filter(None, (t.strip() for t in texts)):
            named += _named_from(
                engine,
                text,
                source=scoring.REFLECTION,
                on=on,
                application_id=reflection.application_id,
            )
    for feedback in Feedback.objects.filter(owner=owner).order_by("received_on", "id"):
        if SKILL_THEMES.isdisjoint(feedback.themes or ()):
            continue
        named += _named_from(
            engine,
            feedback.text,
            source=scoring.FEEDBACK,
            on=feedback.received_on,
            application_id=feedback.application_id,
        )
    return named


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


def skill_gaps(*, owner: User, today: dt.date | None = None) -> GapReport:
    """Gaps aggregated over your rejected applications, reflections and feedback."""
    engine = get_engine()
    by_posting = _mentions_by_posting(owner, engine)
    apps = {app.pk: app for app in _applications(owner)}
    inputs = [
        found
        for app in apps.values()
        if (found := _application_skills(app, by_posting.get(app.posting_id, []))) is not None
    ]
    gaps = scoring.skill_gaps(
        inputs,
        profile_skill_ids(owner=owner),
        _named(owner, engine),
        today=today or timezone.localdate(),
    )
    named_ids = {e.application_id for g in gaps for e in g.evidence}
    shown, dismissed = _set_apart(gaps, list(gap_dismissal_list(owner=owner)))
    return GapReport(
        gaps=shown,
        contrast=scoring.more_in_rejections(shown),
        rejected=sum(i.outcome == scoring.REJECTED for i in inputs),
        progressing=sum(i.outcome == scoring.PROGRESSING for i in inputs),
        applications={pk: app for pk, app in apps.items() if pk in named_ids},
        attribution=engine.attribution,
        dismissed=dismissed,
        all_gaps=gaps,
    )


def skill_gap(*, owner: User, skill_id: str, today: dt.date | None = None) -> Gap | None:
    """One skill's gap (for "Plan this", dismissed or not), or None when it is not a gap."""
    report = skill_gaps(owner=owner, today=today)
    return next((gap for gap in report.all_gaps if gap.skill_id == skill_id), None)


def gap_applications(*, owner: User, gap: Gap) -> list[Application]:
    """The rejected applications that surfaced ``gap`` (owner-scoped)."""
    ids = list(gap.rejected_application_ids)
    return list(Application.objects.filter(owner=owner, pk__in=ids).order_by("pk"))


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
