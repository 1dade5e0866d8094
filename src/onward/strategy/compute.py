"""Computing an owner's strategy figures: the engine's inputs from the other apps'
selectors, one pass of the engine, and the compact figures (see ``figures``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from onward.accounts.models import User
from onward.analysis.strategy import DEFAULT_QUIET_DAYS, ApplicationRecord, Metric, StageEvent
from onward.analysis.strategy.experiments import Experiment as EngineExperiment
from onward.analysis.strategy.overview import overview
from onward.skills import selectors as skills_selectors
from onward.strategy.figures import Figures, figures_of
from onward.strategy.models import Experiment
from onward.tracker import selectors as tracker_selectors
from onward.tracker.selectors import ApplicationHistory

QUIET_DAYS = DEFAULT_QUIET_DAYS
"""Days without news before an open step counts as "no" (see docs/strategy.md)."""


def record_of(history: ApplicationHistory, fit: dict[int, float]) -> ApplicationRecord:
    return ApplicationRecord(
        key=str(history.application_id),
        events=tuple(StageEvent(e.stage, e.at, e.interview_round) for e in history.events),
        channel=history.channel,
        company=history.company,
        role_family=history.role_family,
        seniority=history.seniority,
        industry=history.industry,
        work_mode=history.work_mode,
        tailored=history.tailored,
        cover_letter=history.cover_letter,
        resume_version=history.resume_version,
        applied_on=history.applied_on,
        fit_score=fit.get(history.posting_id),
        target_role=history.target_role,
    )


def _until(history: ApplicationHistory, until: dt.datetime | None) -> ApplicationHistory | None:
    """The history as it stood at ``until`` (None: as it is); None if it began later."""
    if until is None:
        return history
    events = tuple(e for e in history.events if e.at <= until)
    return replace(history, events=events) if events else None


def records(owner: User, *, until: dt.datetime | None = None) -> list[ApplicationRecord]:
    fit = skills_selectors.fit_scores(owner=owner)
    histories = tracker_selectors.application_histories(owner=owner)
    kept = [h for h in (_until(h, until) for h in histories) if h is not None]
    return [record_of(h, fit) for h in kept]


def engine_experiment(experiment: Experiment) -> EngineExperiment:
    return EngineExperiment(
        key=str(experiment.pk),
        started_on=experiment.started_on,
        target_count=experiment.target_count,
        metric=Metric(experiment.metric),
        ended_on=experiment.ended_on,
        name=experiment.name,
    )


def compute(
    owner: User,
    experiments: Sequence[Experiment],
    *,
    now: dt.datetime,
    until: dt.datetime | None = None,
) -> Figures:
    """Every figure of the strategy pages, from scratch; ``until``: from the events up to
    then only (how things looked at an earlier moment, e.g. for the demo's past review)."""
    whole = overview(
        records(owner, until=until),
        now=now,
        quiet_days=QUIET_DAYS,
        experiments=[engine_experiment(e) for e in experiments],
    )
    return figures_of(whole, computed_at=now)
