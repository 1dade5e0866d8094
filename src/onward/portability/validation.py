"""Check every record as the services would, before anything is written.

Each record is built into an unsaved row and run through the same checks a service write
makes: ``core.services.check_fields`` with the owning app's ``FIELD_RULES`` (text that
every database can store, the services' length limits, dates not in the future) and the
model's own validation. Problems name their record, e.g.
``rejections[0] (uid 5c1e...): received_on: That date is in the future.``
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.utils import timezone

from onward.core.errors import validation_message
from onward.core.services import NO_RULES, FieldRules, check_text
from onward.growth import services as growth_services
from onward.portability.errors import ImportFileError, Problem
from onward.portability.sections import SECTIONS
from onward.skills import services as skills_services
from onward.tracker import services as tracker_services

if TYPE_CHECKING:
    from django.db import models

    from onward.portability.document import Document

FIELD_RULES: dict[type[models.Model], FieldRules] = {
    **tracker_services.FIELD_RULES,
    **growth_services.FIELD_RULES,
    **skills_services.FIELD_RULES,
}
# A date is "in the future" only once it is in the future everywhere: the file may come
# from a machine in a time zone up to 14 hours ahead of UTC (Kiribati).
AHEAD_OF_EVERYONE = dt.timezone(dt.timedelta(hours=14))


def _record_problems(document: Document, now: dt.datetime) -> Iterator[Problem]:
    for section in SECTIONS:
        rules = FIELD_RULES.get(getattr(section, "model", None), NO_RULES)  # type: ignore[arg-type]
        for index, record in enumerate(document.sections[section.name]):
            try:
                section.validate(record, rules=rules, now=now)
            except ValidationError as exc:
                yield section.problem(index, record, validation_message(exc))


def _account_problems(document: Document) -> Iterator[Problem]:
    for name, value in document.account.model_dump().items():
        if isinstance(value, str):
            try:
                check_text(value, field=name)
            except ValidationError as exc:
                yield Problem(validation_message(exc), "account")


def validate_records(document: Document, *, now: dt.datetime) -> None:
    """Raise ``ImportFileError`` naming every record a service write would refuse."""
    with timezone.override(AHEAD_OF_EVERYONE):
        problems = [*_account_problems(document), *_record_problems(document, now)]
    if problems:
        raise ImportFileError(problems)
