"""Posting skills: extracted from a posting's description and stored with their sentences.

The tracker calls ``posting_skills_refresh_safely`` after saving a posting; an engine error
never breaks that save. Unchanged descriptions (same hash, same taxonomy) are skipped, and
``postings_analyse_backlog`` (a periodic job) works through anything missed or outdated
(an import, a taxonomy install) in batches until nothing is pending.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from threading import Event

from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from onward.accounts.models import User
from onward.skills import engine as engine_module
from onward.skills.engine import Engine, get_engine
from onward.skills.models import PostingAnalysis, PostingSkill, description_hash
from onward.tracker.models import JobPosting

log = logging.getLogger(__name__)
BACKLOG_BATCH = 100  # postings per batch of the background job
BACKLOG_PAUSE = 0.2  # seconds between batches
# One run stops after this long (the next run, a minute later, goes on), well inside the
# time after which the task queue takes a run for abandoned and starts it again.
BACKLOG_BUDGET = 600.0


def _up_to_date(analysis: PostingAnalysis | None, digest: str, engine: Engine) -> bool:
    return (
        analysis is not None
        and not analysis.error
        and analysis.description_hash == digest
        and analysis.taxonomy_key == engine.analysis_key
    )


def posting_skill_rows(posting: JobPosting, engine: Engine, digest: str) -> list[PostingSkill]:
    """The unsaved ``PostingSkill`` rows of the engine's reading of ``posting``."""
    text = posting.description
    now = timezone.now()
    return [
        PostingSkill(
            owner_id=posting.owner_id,
            posting=posting,
            skill_id=m.skill_id,
            label=m.label[:200],
            taxonomy_key=engine.key,
            surface=m.surface[:200],
            start=m.start,
            end=m.end,
            method=m.method,
            score=m.score,
            requirement=m.requirement,
            sentence=text[m.sentence_start : m.sentence_end],
            description_hash=digest,
            created_at=now,
            updated_at=now,
        )
        for m in (engine.extract(text) if text.strip() else ())
    ]


@transaction.atomic
def posting_skills_refresh(*, posting: JobPosting, force: bool = False) -> bool:
    """Extract and store the posting's skills unless already done; True when it ran."""
    engine = get_engine()
    locked = JobPosting.objects.select_for_update().get(pk=posting.pk)  # one writer at a time
    digest = description_hash(locked.description)
    analysis = PostingAnalysis.objects.filter(posting=locked).first()
    if not force and _up_to_date(analysis, digest, engine):
        return False
    rows = posting_skill_rows(locked, engine, digest)
    PostingSkill.objects.filter(posting=locked).delete()
    PostingSkill.objects.bulk_create(rows)
    PostingAnalysis.objects.update_or_create(
        posting=locked,
        defaults={
            "owner_id": locked.owner_id,
            "description_hash": digest,
            "taxonomy_key": engine.analysis_key,
            "analysed_at": timezone.now(),
            "error": "",
        },
    )
    return True


def _record_failure(posting: JobPosting, exc: Exception) -> None:
    try:
        with transaction.atomic():
            PostingAnalysis.objects.update_or_create(
                posting=posting,
                defaults={
                    "owner_id": posting.owner_id,
                    "description_hash": "",
                    "error": f"{type(exc).__name__}: {exc}"[:2000],
                },
            )
    except Exception:  # the database itself is unhappy; the backfill job retries later
        log.exception("could not record the failed analysis of posting %s", posting.pk)


def posting_skills_refresh_safely(*, posting: JobPosting) -> bool:
    """``posting_skills_refresh`` that logs errors instead of raising (for the tracker).
    In the web server, while the engine is still cold, the posting is left pending for the
    warm-up thread and the backfill job rather than making the request wait."""
    if engine_module.defer_while_cold and not engine_module.is_warm():
        return False
    try:
        with transaction.atomic():  # a savepoint: a failure leaves the caller's work intact
            return posting_skills_refresh(posting=posting)
    except Exception as exc:
        log.exception(
            "skill extraction failed for posting %s; the backfill job retries", posting.pk
        )
        _record_failure(posting, exc)
        return False


def _pending_ids(engine: Engine) -> list[int]:
    stale = Q(skill_analysis__isnull=True) | ~Q(skill_analysis__error="")
    stale |= ~Q(skill_analysis__taxonomy_key=engine.analysis_key)
    ids = set(JobPosting.objects.filter(stale).values_list("pk", flat=True))
    rows = JobPosting.objects.exclude(pk__in=ids).values_list(
        "pk", "description", "skill_analysis__description_hash"
    )
    ids |= {pk for pk, text, digest in rows.iterator() if description_hash(text) != digest}
    return sorted(ids)


def _analyse(pks: list[int]) -> int:
    done = 0
    for pk in pks:
        posting = JobPosting.objects.filter(pk=pk).first()
        if posting is not None and posting_skills_refresh_safely(posting=posting):
            done += 1
    return done


def postings_analyse_pending(*, limit: int = 500) -> int:
    """Analyse up to ``limit`` postings never analysed, changed, failed, or analysed with
    another taxonomy. Returns how many were analysed."""
    return _analyse(_pending_ids(get_engine())[:limit])


def postings_analyse_backlog(
    *,
    batch: int = BACKLOG_BATCH,
    pause: float = BACKLOG_PAUSE,
    stop: Event | None = None,
    budget: float = BACKLOG_BUDGET,
) -> int:
    """The background job: work through every pending posting in batches of ``batch``,
    pausing ``pause`` seconds between batches so requests get the database and the CPU,
    until none is pending (or ``stop`` is set, or ``budget`` seconds have passed). A
    posting that fails is tried once per run (the next run retries it), so a bad one
    cannot keep the loop busy. Returns how many were analysed."""
    tried: set[int] = set()
    done = 0
    deadline = time.monotonic() + budget
    while (stop is None or not stop.is_set()) and time.monotonic() < deadline:
        pks = [pk for pk in _pending_ids(get_engine()) if pk not in tried][:batch]
        if not pks:
            break
        tried.update(pks)
        done += _analyse(pks)
        log.info("analysed postings for skills: %s so far, %s tried", done, len(tried))
        time.sleep(pause)
    return done


@dataclass(frozen=True)
class PostingProgress:
    """How far reading your postings for skills has come (for "Reading ... postings")."""

    pending: int  # postings not analysed (yet) with the active taxonomy, or failed
    total: int

    @property
    def percent(self) -> int:
        """Share of postings analysed, rounded down (100 when there is nothing to do)."""
        if not self.total:
            return 100
        return (self.total - self.pending) * 100 // self.total


def posting_progress(*, owner: User, engine: Engine | None = None) -> PostingProgress:
    """One aggregate query: the owner's postings, and those still waiting for (or failed)
    analysis with the active taxonomy. Changed descriptions are analysed when saved."""
    key = (engine or get_engine()).analysis_key
    waiting = (
        Q(skill_analysis__isnull=True)
        | Q(skill_analysis__analysed_at__isnull=True)
        | ~Q(skill_analysis__error="")
        | ~Q(skill_analysis__taxonomy_key=key)
    )
    found = JobPosting.objects.filter(owner=owner).aggregate(
        total=Count("id"), pending=Count("id", filter=waiting)
    )
    return PostingProgress(pending=found["pending"], total=found["total"])
