"""Resumes: pasted or uploaded (.txt, .docx, .pdf); their skills become suggestions."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from onward.accounts.models import User
from onward.analysis.skills.documents import DocumentError, text_from_bytes
from onward.skills.choices import SkillSource
from onward.skills.engine import get_engine
from onward.skills.models import ProfileSkill, Resume
from onward.skills.services.profile import profile_skills_suggest

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_TEXT = 200_000
UPLOAD_TYPES = (".txt", ".md", ".docx", ".pdf")
# pypdf logs every oddity of a damaged file; the user gets one clear message instead.
logging.getLogger("pypdf").setLevel(logging.ERROR)


@dataclass(frozen=True)
class ResumeAdded:
    resume: Resume
    suggested: list[ProfileSkill]  # skills new to the profile
    found: int  # distinct skills found in the resume


def resume_text_from_file(*, filename: str, data: bytes) -> str:
    """The text of an uploaded resume, or a ValidationError on ``file`` saying why not."""
    suffix = PurePath(filename).suffix.lower()
    if suffix not in UPLOAD_TYPES:
        raise ValidationError(
            {"file": f"{filename or 'This file'} is not a supported type: use .txt, .docx or .pdf."}
        )
    if len(data) > MAX_UPLOAD_BYTES:
        raise ValidationError({"file": "The file is larger than 5 MB; upload a smaller one."})
    try:
        return text_from_bytes(data, filename)
    except DocumentError as exc:
        raise ValidationError({"file": f"Cannot read this file: {exc}."}) from exc


def _clean_text(text: str) -> str:
    text = text.replace("\x00", "").strip()
    if not text:
        raise ValidationError({"text": "Paste your resume's text, or upload a file."})
    if len(text) > MAX_TEXT:
        raise ValidationError({"text": f"Keep this to {MAX_TEXT:,} characters or fewer."})
    return text


@transaction.atomic
def resume_add(*, owner: User, text: str, filename: str = "") -> ResumeAdded:
    """Keep the resume and suggest every skill in it that is not in your profile yet."""
    text = _clean_text(text)
    now = timezone.now()
    resume = Resume.objects.create(
        owner=owner, filename=filename.strip()[:255], text=text, created_at=now, updated_at=now
    )
    mentions = get_engine().extract(text)
    suggested = profile_skills_suggest(
        owner=owner, mentions=mentions, text=text, source=SkillSource.RESUME, prefix="Resume: "
    )
    return ResumeAdded(resume, suggested, len({m.skill_id for m in mentions}))


def resume_add_file(*, owner: User, filename: str, data: bytes) -> ResumeAdded:
    text = resume_text_from_file(filename=filename, data=data)
    try:
        return resume_add(owner=owner, text=text, filename=PurePath(filename).name)
    except ValidationError as exc:
        raise ValidationError({"file": " ".join(exc.messages)}) from exc


def resume_delete(*, resume: Resume) -> None:
    """Delete the resume text; skills already in the profile stay."""
    resume.delete()
