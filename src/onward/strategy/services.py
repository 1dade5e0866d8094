"""Every write of the strategy app: experiments, reviews, the review prompt, the figures."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone

from onward.accounts.models import User
from onward.core.services import FieldRules, check_choice, check_not_future, clean_text, save
from onward.growth import services as growth_services
from onward.growth.choices import WinKind
from onward.strategy import cache
from onward.strategy.choices import ExperimentStatus, StrategyMetric
from onward.strategy.models import Experiment, ReviewPromptDismissal, StrategyReview

MAX_TARGET = 200
MAX_COMMITMENTS = 3
MAX_COMMITMENT = 300
EXPERIMENT_TEXTS = {"name": 200, "hypothesis": 2000, "learned": 5000, "source": 60}
# What the services below enforce, as data: writers that build rows themselves (import)
# apply the same rules (see core.services.FieldRules). Keep the two in step.
FIELD_RULES: dict[type[models.Model], FieldRules] = {
    Experiment: FieldRules(
        days=("started_on", "ended_on"),
        moments=("completed_at",),
        max_lengths=EXPERIMENT_TEXTS,
    ),
    StrategyReview: FieldRules(moments=("reviewed_at",), max_lengths={"note": 5000}),
}


def _target(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_TARGET:
        raise ValidationError({"target_count": f"Choose a number from 1 to {MAX_TARGET}."})
    return value


def _name(value: object) -> str:
    name = clean_text(value, field="name", max_length=EXPERIMENT_TEXTS["name"])
    if not name:
        raise ValidationError({"name": "Name the change you want to try."})
    return name


def experiment_create(
    *,
    owner: User,
    name: str,
    metric: str,
    hypothesis: str = "",
    target_count: int = 10,
    started_on: dt.date | None = None,
    source: str = "",
    now: dt.datetime | None = None,
) -> Experiment:
    """Start an experiment: one change, a step to judge it on, how many applications."""
    now = now or timezone.now()
    started_on = started_on or timezone.localdate(now)
    check_not_future(started_on, "started_on", now=now)
    experiment = Experiment(
        owner=owner,
        name=_name(name),
        hypothesis=clean_text(
            hypothesis, field="hypothesis", max_length=EXPERIMENT_TEXTS["hypothesis"]
        ),
        metric=check_choice(metric, StrategyMetric, "metric"),
        target_count=_target(target_count),
        started_on=started_on,
        source=clean_text(source, field="source", max_length=EXPERIMENT_TEXTS["source"]),
        created_at=now,
        updated_at=now,
    )
    save(experiment)
    return experiment


def experiment_update(
    *,
    experiment: Experiment,
    name: str,
    hypothesis: str = "",
    target_count: int = 10,
) -> Experiment:
    """Rename or re-aim an experiment. Its step and dates stay: they were chosen in
    advance, which is what makes its result a fair test."""
    experiment.name = _name(name)
    experiment.hypothesis = clean_text(
        hypothesis, field="hypothesis", max_length=EXPERIMENT_TEXTS["hypothesis"]
    )
    experiment.target_count = _target(target_count)
    save(experiment)
    return experiment


def experiment_complete(
    *,
    experiment: Experiment,
    learned: str = "",
    ended_on: dt.date | None = None,
    now: dt.datetime | None = None,
) -> Experiment:
    """Close an experiment, say what you learned, and add it to the wins: trying
    something on purpose is progress, whatever the numbers say."""
    now = now or timezone.now()
    if experiment.status == ExperimentStatus.COMPLETED:
        raise ValidationError({"status": "This experiment is already completed."})
    ended_on = ended_on or timezone.localdate(now)
    check_not_future(ended_on, "ended_on", now=now)
    if ended_on < experiment.started_on:
        raise ValidationError({"ended_on": "The end is before the start."})
    experiment.learned = clean_text(
        learned, field="learned", max_length=EXPERIMENT_TEXTS["learned"]
    )
    experiment.ended_on = ended_on
    experiment.status = ExperimentStatus.COMPLETED
    experiment.completed_at = now
    with transaction.atomic():
        save(experiment)
        growth_services.win_record(
            owner=experiment.owner,
            kind=WinKind.EXPERIMENT_COMPLETED,
            title=f"Experiment completed: {experiment.name}"[:200],
            source_key=f"experiment:{experiment.uid}",
            occurred_at=now,
            note=experiment.learned,
        )
    return experiment


def experiment_delete(*, experiment: Experiment) -> None:
    """Delete an experiment (its win, if any, stays in the ledger)."""
    experiment.delete()


def _commitments(items: Sequence[object]) -> list[str]:
    if isinstance(items, str) or not isinstance(items, Sequence):
        raise ValidationError({"commitments": "Give the changes as a list."})
    cleaned = [clean_text(item, field="commitments", max_length=MAX_COMMITMENT) for item in items]
    kept = [item for item in cleaned if item]
    if not 1 <= len(kept) <= MAX_COMMITMENTS:
        raise ValidationError(
            {"commitments": f"Commit to one to {MAX_COMMITMENTS} changes (you gave {len(kept)})."}
        )
    return kept


def review_create(
    *,
    owner: User,
    commitments: Sequence[object],
    snapshot: dict[str, Any],
    note: str = "",
    now: dt.datetime | None = None,
) -> StrategyReview:
    """Save a strategy review: the changes you commit to and the evidence you saw."""
    now = now or timezone.now()
    review = StrategyReview(
        owner=owner,
        reviewed_at=now,
        commitments=_commitments(commitments),
        note=clean_text(note, field="note", max_length=5000),
        snapshot=snapshot,
        created_at=now,
        updated_at=now,
    )
    save(review)
    return review


def review_delete(*, review: StrategyReview) -> None:
    review.delete()


def review_prompt_dismiss(*, owner: User, now: dt.datetime | None = None) -> None:
    """ "Not now": the prompt comes back after two more weeks or five more rejections."""
    now = now or timezone.now()
    ReviewPromptDismissal.objects.create(owner=owner, dismissed_at=now, created_at=now)


def figures_refresh(*, owner_id: int, now: dt.datetime | None = None) -> bool:
    """Recompute one owner's figures if stale (a gone or inactive owner: nothing to do)."""
    owner = User.objects.filter(pk=owner_id, is_active=True).first()
    return owner is not None and cache.refresh(owner, now=now)


def figures_refresh_all(*, now: dt.datetime | None = None) -> int:
    """Recompute stale strategy figures of every active user; returns how many."""
    done = 0
    for owner in User.objects.filter(is_active=True).order_by("pk"):
        done += cache.refresh(owner, now=now)
    return done
