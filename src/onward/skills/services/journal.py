"""Skills named as missing in reflections and feedback: read once, stored as rows.

Growth hands its texts over as plain data (``growth.selectors.journal_texts``); this
module extracts the skills and stores them (``JournalAnalysis`` + ``NamedSkill``), so the
gaps page never extracts at request time. ``journal_analyse_pending`` (a periodic job,
and the rebound flow's last step for its own texts) catches up on new, changed and
outdated ones.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from onward.accounts.models import User

# Imported as a module: growth.selectors -> growth.services -> tracker.services ->
# skills.services (a named exception) comes back here while growth.selectors loads.
from onward.growth import selectors as growth_selectors
from onward.skills.engine import Engine, get_engine
from onward.skills.models import JournalAnalysis, NamedSkill

log = logging.getLogger(__name__)


def _skills(engine: Engine, source: growth_selectors.JournalText) -> list[tuple[str, str, str]]:
    """(skill id, label, sentence) named in the source's texts, first mention of each. A
    reflection is the user's own note of what they lacked: every skill in it counts. In
    feedback only what the employer frames as lacking counts, not the greeting, the
    praise or the signature ("Hi Maya, your SQL was strong" names neither)."""
    found: dict[str, tuple[str, str, str]] = {}
    for text in source.texts:
        if source.kind == growth_selectors.FEEDBACK:
            for n in engine.named_missing(text):
                sentence = text[n.span.clause_start : n.span.clause_end].strip()
                found.setdefault(n.skill_id, (n.skill_id, n.label[:200], sentence))
            continue
        for m in engine.extract(text):
            sentence = text[m.sentence_start : m.sentence_end]
            found.setdefault(m.skill_id, (m.skill_id, m.label[:200], sentence))
    return list(found.values())


@transaction.atomic
def journal_analyse(
    *, source: growth_selectors.JournalText, engine: Engine | None = None
) -> JournalAnalysis:
    """Read one reflection or feedback and store the skills it names (replacing old ones)."""
    engine = engine or get_engine()
    link = (
        {"reflection_id": source.pk}
        if source.kind == growth_selectors.REFLECTION
        else {"feedback_id": source.pk}
    )
    JournalAnalysis.objects.filter(**link).delete()
    now = timezone.now()
    analysis = JournalAnalysis.objects.create(
        owner_id=source.owner_id,
        application_id=source.application_id,
        on=source.on,
        source_updated_at=source.updated_at,
        taxonomy_key=engine.journal_key,
        created_at=now,
        updated_at=now,
        **link,
    )
    NamedSkill.objects.bulk_create(
        NamedSkill(
            owner_id=source.owner_id,
            analysis=analysis,
            skill_id=skill_id,
            label=label,
            sentence=sentence,
            created_at=now,
            updated_at=now,
        )
        for skill_id, label, sentence in _skills(engine, source)
    )
    return analysis


def _analysed(
    owner: User | None, application_id: int | None = None
) -> dict[tuple[str, int], tuple[object, str]]:
    qs = (
        JournalAnalysis.objects.all()
        if owner is None
        else JournalAnalysis.objects.filter(owner=owner)
    )
    if application_id is not None:
        qs = qs.filter(
            Q(reflection__application_id=application_id)
            | Q(feedback__application_id=application_id)
        )
    rows = qs.values_list("reflection_id", "feedback_id", "source_updated_at", "taxonomy_key")
    return {
        (growth_selectors.REFLECTION, r) if r is not None else (growth_selectors.FEEDBACK, f): (
            at,
            key,
        )
        for r, f, at, key in rows
    }


def journal_pending(
    *, owner: User | None, engine: Engine | None = None, application_id: int | None = None
) -> list[growth_selectors.JournalSource]:
    """Reflections and feedback not read yet, changed since, or read with another engine
    (of one application only, with ``application_id``)."""
    key = (engine or get_engine()).journal_key
    done = _analysed(owner, application_id)
    sources = growth_selectors.journal_sources(owner=owner, application_id=application_id)
    return [
        source
        for source in sources
        if done.get((source.kind, source.pk)) != (source.updated_at, key)
    ]


def journal_pending_count(*, owner: User, engine: Engine | None = None) -> int:
    """``len(journal_pending(...))`` in three counting queries: the sources, less those
    whose analysis is current (same engine, read at the source's last change)."""
    key = (engine or get_engine()).journal_key
    current = JournalAnalysis.objects.filter(owner=owner, taxonomy_key=key).filter(
        Q(reflection__isnull=False, source_updated_at=F("reflection__updated_at"))
        | Q(feedback__isnull=False, source_updated_at=F("feedback__updated_at"))
    )
    return growth_selectors.journal_source_count(owner=owner) - current.count()


def _by_kind(sources: Iterable[growth_selectors.JournalSource]) -> dict[str, list[int]]:
    grouped: dict[str, list[int]] = {growth_selectors.REFLECTION: [], growth_selectors.FEEDBACK: []}
    for source in sources:
        grouped[source.kind].append(source.pk)
    return grouped


def journal_analyse_pending(
    *, owner: User | None = None, application_id: int | None = None, limit: int = 500
) -> int:
    """The backfill job (and the rebound flow's last step, for one application): read
    pending reflections and feedback; one that fails is logged and retried next time."""
    engine = get_engine()
    pending = journal_pending(owner=owner, engine=engine, application_id=application_id)[:limit]
    done = 0
    for kind, pks in _by_kind(pending).items():
        for source in growth_selectors.journal_texts(owner=owner, kind=kind, pks=pks):
            try:
                journal_analyse(source=source, engine=engine)
            except Exception:  # one bad text must not stop the others
                log.exception("could not read %s %s for skills", source.kind, source.pk)
            else:
                done += 1
    return done
