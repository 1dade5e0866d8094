"""Resumes (text or an uploaded .txt/.docx/.pdf) and the skills found in them: JSON endpoints."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import File, Router, Status, UploadedFile

from onward.accounts.auth import current_user
from onward.core.api.fields import ObjectId
from onward.core.api.pagination import paginated
from onward.core.api.responses import Created, NoContent
from onward.skills import selectors, services
from onward.skills.models import Resume
from onward.skills.schemas.profile import (
    ResumeAddedOut,
    ResumeIn,
    ResumeOut,
)

resumes = Router(tags=["skills"])


@resumes.get("", response=list[ResumeOut])
@paginated
def resume_list(request: HttpRequest) -> Any:
    return selectors.resume_list(owner=current_user(request))


@resumes.post("", response={201: ResumeAddedOut})
def resume_paste(request: HttpRequest, payload: ResumeIn) -> Created:
    """A resume's text: its skills become suggestions (confirm them with PATCH)."""
    added = services.resume_add(
        owner=current_user(request), text=payload.text, filename=payload.filename
    )
    return Status(201, added)


@resumes.post("/upload", response={201: ResumeAddedOut})
def resume_upload(request: HttpRequest, file: File[UploadedFile]) -> Created:
    """A resume file (multipart field ``file``: .txt, .docx or .pdf, up to 5 MB)."""
    added = services.resume_add_file(
        owner=current_user(request),
        filename=file.name or "",
        data=file.read(services.MAX_UPLOAD_BYTES + 1),
    )
    return Status(201, added)


@resumes.get("/{resume_id}", response=ResumeOut)
def resume_get(request: HttpRequest, resume_id: ObjectId) -> Resume:
    return selectors.resume_get(owner=current_user(request), pk=resume_id)


@resumes.delete("/{resume_id}", response={204: None})
def resume_delete(request: HttpRequest, resume_id: ObjectId) -> NoContent:
    services.resume_delete(resume=selectors.resume_get(owner=current_user(request), pk=resume_id))
    return Status(204, None)
