"""The tracker's JSON endpoints. Each handler parses, calls one selector or service, renders."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Query, Router, Status

from onward.accounts.auth import current_user
from onward.accounts.models import User
from onward.core.api.fields import ObjectId
from onward.core.api.pagination import paginated
from onward.core.api.responses import Created, NoContent
from onward.tracker import selectors, services
from onward.tracker.choices import Stage
from onward.tracker.models import (
    Application,
    ApplicationEvent,
    Company,
    JobPosting,
    Rejection,
)
from onward.tracker.schemas import (
    ApplicationDetailOut,
    ApplicationIn,
    ApplicationOut,
    ApplicationPatch,
    ApplicationQuery,
    CompanyIn,
    CompanyOut,
    CompanyPatch,
    CompanyQuery,
    EventOut,
    MoveIn,
    PostingIn,
    PostingOut,
    PostingPatch,
    RejectionOut,
)

companies = Router(tags=["companies"])
postings = Router(tags=["postings"])
applications = Router(tags=["applications"])
rejections = Router(tags=["rejections"])


def _company_or_none(owner: User, company_id: int | None) -> Company | None:
    return None if company_id is None else selectors.company_get(owner=owner, pk=company_id)


# --- companies ---------------------------------------------------------------------------


@companies.get("", response=list[CompanyOut])
@paginated
def company_list(request: HttpRequest, filters: Query[CompanyQuery]) -> QuerySet[Company]:
    return selectors.company_list(owner=current_user(request), q=filters.q.strip())


@companies.post("", response={201: CompanyOut})
def company_create(request: HttpRequest, payload: CompanyIn) -> Created:
    company = services.company_create(owner=current_user(request), **payload.model_dump())
    return Status(201, company)


@companies.get("/{company_id}", response=CompanyOut)
def company_get(request: HttpRequest, company_id: ObjectId) -> Company:
    return selectors.company_get(owner=current_user(request), pk=company_id)


@companies.patch("/{company_id}", response=CompanyOut)
def company_update(request: HttpRequest, company_id: ObjectId, payload: CompanyPatch) -> Company:
    company = selectors.company_get(owner=current_user(request), pk=company_id)
    return services.company_update(company=company, **payload.changes())


@companies.delete("/{company_id}", response={204: None})
def company_delete(request: HttpRequest, company_id: ObjectId) -> NoContent:
    company = selectors.company_get(owner=current_user(request), pk=company_id)
    services.company_delete(company=company)
    return Status(204, None)


# --- postings ----------------------------------------------------------------------------


@postings.get("", response=list[PostingOut])
@paginated
def posting_list(request: HttpRequest, company_id: ObjectId | None = None) -> QuerySet[JobPosting]:
    return selectors.posting_list(owner=current_user(request), company_id=company_id)


@postings.post("", response={201: PostingOut})
def posting_create(request: HttpRequest, payload: PostingIn) -> Created:
    owner = current_user(request)
    posting = services.posting_create_with_company(
        owner=owner,
        company=_company_or_none(owner, payload.company_id),
        company_name=payload.company_name or "",
        **payload.posting_fields(),
    )
    return Status(201, posting)


@postings.get("/{posting_id}", response=PostingOut)
def posting_get(request: HttpRequest, posting_id: ObjectId) -> JobPosting:
    return selectors.posting_get(owner=current_user(request), pk=posting_id)


@postings.patch("/{posting_id}", response=PostingOut)
def posting_update(request: HttpRequest, posting_id: ObjectId, payload: PostingPatch) -> JobPosting:
    owner = current_user(request)
    posting = selectors.posting_get(owner=owner, pk=posting_id)
    fields = payload.changes()
    company = _company_or_none(owner, fields.pop("company_id", None))
    return services.posting_update(posting=posting, company=company, **fields)


@postings.delete("/{posting_id}", response={204: None})
def posting_delete(request: HttpRequest, posting_id: ObjectId) -> NoContent:
    posting = selectors.posting_get(owner=current_user(request), pk=posting_id)
    services.posting_delete(posting=posting)
    return Status(204, None)


# --- applications ------------------------------------------------------------------------


def _with_target_role(owner: User, fields: dict[str, Any]) -> dict[str, Any]:
    """``target_role_id`` as the service's ``target_role`` (404 if it is not yours)."""
    if "target_role_id" not in fields:
        return fields
    pk = fields.pop("target_role_id")
    role = selectors.target_role_get(owner=owner, pk=pk) if pk is not None else None
    return fields | {"target_role": role}


@applications.get("", response=list[ApplicationOut])
@paginated
def application_list(
    request: HttpRequest, filters: Query[ApplicationQuery]
) -> QuerySet[Application]:
    return selectors.application_list(owner=current_user(request), filters=filters.to_filters())


@applications.post("", response={201: ApplicationDetailOut})
def application_create(request: HttpRequest, payload: ApplicationIn) -> Created:
    owner = current_user(request)
    stage = Stage(payload.stage)
    fields = _with_target_role(owner, payload.application_fields())
    if payload.posting is None:
        assert payload.posting_id is not None  # the schema requires one of the two
        posting = selectors.posting_get(owner=owner, pk=payload.posting_id)
        application = services.application_create(
            owner=owner, posting=posting, stage=stage, **fields
        )
    else:
        application = services.application_create_with_posting(
            owner=owner,
            posting_fields=payload.posting.posting_fields(),
            company=_company_or_none(owner, payload.posting.company_id),
            company_name=payload.posting.company_name or "",
            stage=stage,
            **fields,
        )
    return Status(201, application)


@applications.get("/{application_id}", response=ApplicationDetailOut)
def application_get(request: HttpRequest, application_id: ObjectId) -> Application:
    return selectors.application_get(owner=current_user(request), pk=application_id)


@applications.patch("/{application_id}", response=ApplicationDetailOut)
def application_update(
    request: HttpRequest, application_id: ObjectId, payload: ApplicationPatch
) -> Application:
    owner = current_user(request)
    application = selectors.application_get(owner=owner, pk=application_id)
    fields = _with_target_role(owner, payload.changes())
    return services.application_update(application=application, **fields)


@applications.delete("/{application_id}", response={204: None})
def application_delete(request: HttpRequest, application_id: ObjectId) -> NoContent:
    application = selectors.application_get(owner=current_user(request), pk=application_id)
    services.application_delete(application=application)
    return Status(204, None)


# --- the event log: moves, unghost -------------------------------------------------------


@applications.get("/{application_id}/events", response=list[EventOut])
def event_list(request: HttpRequest, application_id: ObjectId) -> QuerySet[ApplicationEvent]:
    application = selectors.application_get(owner=current_user(request), pk=application_id)
    return selectors.application_events(application=application)


@applications.post("/{application_id}/moves", response={201: EventOut})
def application_move(request: HttpRequest, application_id: ObjectId, payload: MoveIn) -> Created:
    application = selectors.application_get(owner=current_user(request), pk=application_id)
    event = services.application_move(
        application=application,
        stage=payload.stage,
        occurred_at=payload.occurred_at,
        interview_kind=payload.interview_kind or "",
        note=payload.note,
    )
    return Status(201, event)


@applications.post("/{application_id}/unghost", response={201: EventOut})
def application_unghost(request: HttpRequest, application_id: ObjectId) -> Created:
    application = selectors.application_get(owner=current_user(request), pk=application_id)
    return Status(201, services.application_unghost(application=application))


# --- rejections --------------------------------------------------------------------------


@rejections.get("", response=list[RejectionOut])
@paginated
def rejection_list(request: HttpRequest) -> QuerySet[Rejection]:
    return selectors.rejection_list(owner=current_user(request))
