"""Sections for the skills app: resumes, profile skills and dismissed gaps (after the growth
loop's).

Posting skills are not exported: they are derived from each posting's description and
recomputed after an import by the ``postings_analyse_pending`` job (with the taxonomy
active on the importing server, which may differ from the exporting one).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import StrictStr

from onward.core.models import OwnedModel
from onward.portability.errors import Problem
from onward.portability.fields import one_of
from onward.portability.sections.base import ModelSection, Record
from onward.portability.sections.context import LoadContext
from onward.skills.choices import SkillLevel, SkillSource, SkillStatus
from onward.skills.models import GapDismissal, ProfileSkill, Resume

if TYPE_CHECKING:
    from onward.portability.document import Document


class ResumeRecord(Record):
    filename: StrictStr = ""
    text: StrictStr


class ProfileSkillRecord(Record):
    skill_id: StrictStr
    label: StrictStr
    taxonomy_key: StrictStr = ""
    level: Annotated[StrictStr, one_of(SkillLevel, "skill level", blank=True)] = ""
    source: Annotated[StrictStr, one_of(SkillSource, "skill source")]
    status: Annotated[StrictStr, one_of(SkillStatus, "skill status")]
    evidence: StrictStr = ""


class GapDismissalRecord(Record):
    skill_id: StrictStr
    label: StrictStr
    reason: StrictStr = ""


def _unique_skill_ids(section: ModelSection, document: Document) -> Iterator[Problem]:
    seen: set[str] = set()
    for index, item in enumerate(document.sections[section.name]):
        skill_id = getattr(item, "skill_id", "")
        if skill_id in seen:
            yield section.problem(index, item, f"skill_id: {skill_id!r} is listed twice")
        seen.add(skill_id)


class ResumeSection(ModelSection):
    name = "resumes"
    noun = "resume"
    record = ResumeRecord
    model = Resume
    fields = ("filename", "text")


class ProfileSkillSection(ModelSection):
    """One row per skill: a file bringing a skill you already have reuses your row."""

    name = "profile_skills"
    noun = "profile skill"
    record = ProfileSkillRecord
    model = ProfileSkill
    fields = ("skill_id", "label", "taxonomy_key", "level", "source", "status", "evidence")

    def check(self, document: Document) -> Iterator[Problem]:
        return _unique_skill_ids(self, document)

    def match(self, record: Record, values: dict[str, Any], ctx: LoadContext) -> OwnedModel | None:
        skill_id = values["skill_id"]
        return ProfileSkill.objects.filter(owner_id__in=ctx.owner_ids, skill_id=skill_id).first()


class GapDismissalSection(ModelSection):
    """One row per skill, like profile skills: a file dismissing a gap you already
    dismissed reuses your row."""

    name = "gap_dismissals"
    noun = "dismissed gap"
    record = GapDismissalRecord
    model = GapDismissal
    fields = ("skill_id", "label", "reason")

    def check(self, document: Document) -> Iterator[Problem]:
        return _unique_skill_ids(self, document)

    def match(self, record: Record, values: dict[str, Any], ctx: LoadContext) -> OwnedModel | None:
        skill_id = values["skill_id"]
        return GapDismissal.objects.filter(owner_id__in=ctx.owner_ids, skill_id=skill_id).first()


SKILLS_SECTIONS = (ResumeSection(), ProfileSkillSection(), GapDismissalSection())
