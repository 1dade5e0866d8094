"""Your profile skills: suggested from a resume (or learning), confirmed by you, with levels."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from onward.accounts.models import User
from onward.analysis.skills import labels
from onward.analysis.skills.extract import SkillMention
from onward.skills.choices import SkillLevel, SkillSource, SkillStatus
from onward.skills.engine import Engine, get_engine
from onward.skills.models import ProfileSkill

if TYPE_CHECKING:
    from onward.skills.models import LearningAction

EVIDENCE_MAX = 2000


def _choice(name: str, value: object, choices: Any) -> str:
    if value not in choices.values:
        raise ValidationError(
            {name: f"Unknown value {value!r}; use one of: {', '.join(v for v in choices.values)}."}
        )
    return str(value)


def _evidence(text: str) -> str:
    if "\x00" in text:
        raise ValidationError({"evidence": "Text must not contain NUL characters."})
    text = " ".join(text.split())
    return text if len(text) <= EVIDENCE_MAX else text[: EVIDENCE_MAX - 1] + "…"


def _existing(owner: User, skill_id: str) -> ProfileSkill | None:
    return ProfileSkill.objects.filter(owner=owner, skill_id=skill_id).first()


def _relinked(owner: User, engine: Engine, skill_id: str) -> ProfileSkill | None:
    """The same skill saved under another taxonomy (same label): moved to this one."""
    skill = engine.skill(skill_id)
    if skill is None:
        return None
    row = (
        ProfileSkill.objects.filter(owner=owner, label__iexact=skill.label)
        .exclude(taxonomy_key=engine.key)
        .first()
    )
    if row is not None:
        row.skill_id, row.taxonomy_key, row.label = skill.id, engine.key, skill.label[:200]
        row.save(update_fields=["skill_id", "taxonomy_key", "label"])
    return row


def _create(owner: User, engine: Engine, skill_id: str, **fields: Any) -> ProfileSkill:
    skill = engine.skill(skill_id)
    if skill is None:
        raise ValidationError({"skill_id": "Unknown skill: pick one from the list."})
    now = timezone.now()
    row = ProfileSkill(
        owner=owner,
        skill_id=skill.id,
        label=skill.label[:200],
        taxonomy_key=engine.key,
        created_at=now,
        updated_at=now,
        **fields,
    )
    try:
        with transaction.atomic():
            row.save()
    except IntegrityError:  # added meanwhile (another tab, the CLI)
        found = _existing(owner, skill_id)
        if found is None:
            raise
        return found
    return row


def profile_skill_add(
    *,
    owner: User,
    skill_id: str,
    level: str = "",
    source: str = SkillSource.MANUAL,
    status: str = SkillStatus.CONFIRMED,
    evidence: str = "",
) -> ProfileSkill:
    """Add a skill of the active taxonomy to your profile (or confirm and update it)."""
    level = _choice("level", level, SkillLevel)
    source = _choice("source", source, SkillSource)
    status = _choice("status", status, SkillStatus)
    engine = get_engine()
    found = _existing(owner, skill_id) or _relinked(owner, engine, skill_id)
    if found is None:
        return _create(
            owner,
            engine,
            skill_id,
            level=level,
            source=source,
            status=status,
            evidence=_evidence(evidence),
        )
    changes: dict[str, Any] = {}
    if status == SkillStatus.CONFIRMED:
        changes["status"] = status
    if level:
        changes["level"] = level
    return profile_skill_update(skill=found, **changes) if changes else found


def resolve_label(label: str, *, engine: Engine | None = None, families: Iterable[str] = ()) -> str:
    """The id of the skill called ``label``: by its label or an alias (in the casing and the
    job families of the person's own skills when that settles a tie, so "dbt" is the tool
    and "DBT" next to healthcare skills the therapy), else the only search hit."""
    engine = engine or get_engine()
    label = label.strip()
    if not label:
        raise ValidationError({"label": "Name a skill."})
    resolution = labels.resolve(engine.taxonomy, label, families=families)
    if resolution.best is not None:
        return resolution.best.id
    if resolution.candidates:
        names = ", ".join(c.skill.label for c in resolution.candidates[:5])
        raise ValidationError({"label": f"Several skills match {label!r}: {names}. Pick one."})
    hits = engine.search(label, limit=6)
    if len(hits) == 1:
        return hits[0].id
    if not hits:
        raise ValidationError({"label": f"No skill called {label!r} in the taxonomy."})
    names = ", ".join(s.label for s in hits[:5])
    raise ValidationError({"label": f"Several skills match {label!r}: {names}. Pick one."})


def profile_families(*, owner: User, engine: Engine) -> set[str]:
    """Job families (taxonomy categories) of the person's confirmed skills."""
    ids = ProfileSkill.objects.filter(owner=owner, status=SkillStatus.CONFIRMED).values_list(
        "skill_id", flat=True
    )
    families: set[str] = set()
    for skill_id in ids:
        try:
            category = engine.taxonomy.skill(skill_id).category
        except KeyError:
            continue  # saved under another taxonomy
        if category:
            families.add(category)
    return families


def profile_skill_add_by_label(
    *, owner: User, label: str, level: str = "", evidence: str = ""
) -> ProfileSkill:
    """Add the skill called ``label`` (for forms without autocomplete, and the CLI)."""
    engine = get_engine()
    families = profile_families(owner=owner, engine=engine)
    skill_id = resolve_label(label, engine=engine, families=families)
    return profile_skill_add(owner=owner, skill_id=skill_id, level=level, evidence=evidence)


def profile_skill_update(
    *, skill: ProfileSkill, level: str | None = None, status: str | None = None
) -> ProfileSkill:
    if level is not None:
        skill.level = _choice("level", level, SkillLevel)
    if status is not None:
        skill.status = _choice("status", status, SkillStatus)
    skill.save()
    return skill


def profile_skills_confirm(*, owner: User, skills: Iterable[ProfileSkill]) -> int:
    """Confirm suggested skills; returns how many changed."""
    ids = [s.pk for s in skills if s.owner_id == owner.pk]
    return ProfileSkill.objects.filter(
        owner=owner, pk__in=ids, status=SkillStatus.SUGGESTED
    ).update(status=SkillStatus.CONFIRMED, updated_at=timezone.now())


def profile_skills_review(
    *, owner: User, confirmed: Iterable[ProfileSkill], declined: Iterable[ProfileSkill]
) -> tuple[int, int]:
    """A review of suggestions: the ticked ones confirmed, the unticked ones marked "not
    mine" so they are not suggested (or ticked) again. Returns (confirmed, declined)."""
    yes = profile_skills_confirm(owner=owner, skills=confirmed)
    ids = [s.pk for s in declined if s.owner_id == owner.pk]
    no = ProfileSkill.objects.filter(owner=owner, pk__in=ids, status=SkillStatus.SUGGESTED).update(
        status=SkillStatus.DECLINED, updated_at=timezone.now()
    )
    return yes, no


def profile_skill_delete(*, skill: ProfileSkill) -> None:
    skill.delete()


def profile_skills_suggest(
    *, owner: User, mentions: Sequence[SkillMention], text: str, source: str, prefix: str
) -> list[ProfileSkill]:
    """Suggest each skill found in ``text`` that is not in the profile yet (new ones only).

    The evidence is the sentence it was found in, after ``prefix`` ("Resume: ").
    """
    engine = get_engine()
    have = set(ProfileSkill.objects.filter(owner=owner).values_list("skill_id", flat=True))
    created = []
    for mention in mentions:
        if mention.skill_id in have:
            continue
        have.add(mention.skill_id)
        sentence = text[mention.sentence_start : mention.sentence_end]
        created.append(
            _create(
                owner,
                engine,
                mention.skill_id,
                source=source,
                status=SkillStatus.SUGGESTED,
                evidence=_evidence(f"{prefix}{sentence}"),
            )
        )
    return created


def profile_skill_learned(*, action: LearningAction) -> ProfileSkill | None:
    """A completed learning action adds (or confirms) its skill, with the action as evidence."""
    found = _existing(action.owner, action.skill_id)
    if found is not None:
        if found.status != SkillStatus.CONFIRMED:
            profile_skill_update(skill=found, status=SkillStatus.CONFIRMED)
        return found
    engine = get_engine()
    if engine.skill(action.skill_id) is None:
        return None  # a skill of another taxonomy: nothing to link it to
    day = timezone.localdate(action.completed_at or timezone.now())
    return _create(
        action.owner,
        engine,
        action.skill_id,
        source=SkillSource.LEARNING,
        status=SkillStatus.CONFIRMED,
        evidence=_evidence(f"Completed “{action.title}” on {day:%d %b %Y}."),
    )
