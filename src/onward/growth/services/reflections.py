"""Reflections: what went well, unsure moments, what you lacked, within/outside your control."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from onward.accounts.models import User
from onward.core.services import check_choice, check_owner, clean_text, save
from onward.growth.choices import Control, ReflectionKind
from onward.growth.models import ControlFactor, Reflection, UnsureMoment
from onward.tracker.choices import Stage
from onward.tracker.models import Application, ApplicationEvent

MAX_TAGS = 30
MAX_ROWS = 50


def clean_tags(tags: Iterable[str] | str) -> list[str]:
    """Skill tags: a list or a comma-separated string; trimmed, de-duplicated, in order."""
    if isinstance(tags, str):
        tags = tags.split(",")
    seen: dict[str, str] = {}
    for tag in tags:
        text = " ".join(clean_text(tag, field="skill_tags", max_length=80).split())
        if text and text.lower() not in seen:
            seen[text.lower()] = text
    if len(seen) > MAX_TAGS:
        raise ValidationError({"skill_tags": f"Keep to {MAX_TAGS} skill tags or fewer."})
    return list(seen.values())


def _round(value: object) -> int | None:
    if value in (None, ""):
        return None
    try:
        number = int(str(value))
    except ValueError:
        raise ValidationError({"moments": f"Interview round {value!r} is not a number."}) from None
    if not 1 <= number <= 50:
        raise ValidationError({"moments": "An interview round is between 1 and 50."})
    return number


def _moments(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    found = []
    for row in rows:
        question = clean_text(row.get("question", ""), field="moments")
        note = clean_text(row.get("note", ""), field="moments")
        if not question and not note:
            continue  # a blank row of a form
        stage = row.get("stage") or ""
        if stage and stage not in Stage.values:
            raise ValidationError({"moments": f"Unknown stage {stage!r}."})
        found.append(
            {
                "stage": stage,
                "interview_round": _round(row.get("interview_round")),
                "question": question,
                "note": note,
            }
        )
    return found


def _factors(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, str]]:
    found = []
    for row in rows:
        text = clean_text(row.get("text", ""), field="factors", max_length=300)
        if not text:
            continue
        control = row.get("control") or Control.UNSURE
        found.append({"text": text, "control": check_choice(control, Control, "factors")})
    return found


def _check_rows(moments: list[dict[str, Any]], factors: list[dict[str, str]]) -> None:
    if len(moments) > MAX_ROWS or len(factors) > MAX_ROWS:
        raise ValidationError(f"Keep to {MAX_ROWS} moments and {MAX_ROWS} factors.")


def _write_rows(
    reflection: Reflection, moments: list[dict[str, Any]], factors: list[dict[str, str]]
) -> None:
    owner_id, now = reflection.owner_id, reflection.updated_at
    for moment in moments:
        UnsureMoment.objects.create(
            owner_id=owner_id, reflection=reflection, created_at=now, updated_at=now, **moment
        )
    for factor in factors:
        ControlFactor.objects.create(
            owner_id=owner_id, reflection=reflection, created_at=now, updated_at=now, **factor
        )


def _require_content(went_well: str, lacked: str, tags: list[str], *rows: list[Any]) -> None:
    if not (went_well or lacked or tags or any(rows)):
        raise ValidationError({"went_well": "Write at least one thing, or skip this step."})


@transaction.atomic
def reflection_create(
    *,
    owner: User,
    kind: str,
    application: Application | None = None,
    event: ApplicationEvent | None = None,
    went_well: str = "",
    lacked: str = "",
    skill_tags: Iterable[str] | str = (),
    moments: Iterable[Mapping[str, Any]] = (),
    factors: Iterable[Mapping[str, Any]] = (),
    now: dt.datetime | None = None,
) -> Reflection:
    """A reflection, optionally about an application (and one of its events)."""
    now = now or timezone.now()
    check_choice(kind, ReflectionKind, "kind")
    check_owner(owner.pk, application, "application")
    check_owner(owner.pk, event, "event")
    if event is not None:
        if application is None:
            application = event.application
        elif event.application_id != application.pk:
            raise ValidationError({"event": "That event belongs to another application."})
    tags = clean_tags(skill_tags)
    rows = _moments(moments), _factors(factors)
    _check_rows(*rows)
    went_well = clean_text(went_well, field="went_well")
    lacked = clean_text(lacked, field="lacked")
    _require_content(went_well, lacked, tags, *rows)
    reflection = Reflection(
        owner=owner,
        kind=kind,
        application=application,
        event=event,
        went_well=went_well,
        lacked=lacked,
        skill_tags=tags,
        created_at=now,
        updated_at=now,
    )
    save(reflection, exclude=("application", "event"))
    _write_rows(reflection, *rows)
    return reflection


@transaction.atomic
def reflection_update(
    *,
    reflection: Reflection,
    went_well: str,
    lacked: str,
    skill_tags: Iterable[str] | str,
    moments: Iterable[Mapping[str, Any]],
    factors: Iterable[Mapping[str, Any]],
) -> Reflection:
    """Rewrite a reflection; its moments and factors are replaced by the ones given."""
    tags = clean_tags(skill_tags)
    rows = _moments(moments), _factors(factors)
    _check_rows(*rows)
    reflection.went_well = clean_text(went_well, field="went_well")
    reflection.lacked = clean_text(lacked, field="lacked")
    reflection.skill_tags = tags
    _require_content(reflection.went_well, reflection.lacked, tags, *rows)
    save(reflection, exclude=("application", "event"))
    reflection.moments.all().delete()
    reflection.factors.all().delete()
    _write_rows(reflection, *rows)
    return reflection


def reflection_delete(*, reflection: Reflection) -> None:
    reflection.delete()
