"""HTML views of the tracker: thin adapters that parse a form, call one service, render."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST
from django_htmx.http import HttpResponseClientRedirect

from onward.accounts.http import owner_of
from onward.accounts.models import User
from onward.core import http
from onward.core.forms import add_service_errors
from onward.core.http import bound, is_htmx, status_of
from onward.tracker import selectors, services
from onward.tracker.choices import CLOSED, FUNNEL, InterviewKind, Stage
from onward.tracker.forms import (
    ApplicationCreateForm,
    ApplicationEditForm,
    ApplicationFilterForm,
    CompanyForm,
    MoveForm,
    QuickAddForm,
)
from onward.tracker.models import Application, ApplicationEvent, Rejection
from onward.tracker.selectors import ApplicationFilters

PAGE_SIZE = 50


def _detail_url(application: Application) -> str:
    return reverse("tracker:detail", kwargs={"application_id": application.pk})


# --- list and board ----------------------------------------------------------------------


@login_required
def application_list(request: HttpRequest) -> HttpResponse:
    form = ApplicationFilterForm(request.GET)
    form.is_valid()
    filters = form.filters()
    results = selectors.application_list(owner=owner_of(request), filters=filters)
    page = Paginator(results, PAGE_SIZE).get_page(request.GET.get("page"))
    partial = is_htmx(request)
    context = {
        "form": form,
        "page": page,
        "order": filters.order,
        "filtered": filters != ApplicationFilters(order=filters.order),
        "partial": partial,
    }
    template = "tracker/_results.html" if partial else "tracker/application_list.html"
    return http.page(request, template, context, nav="applications")


@dataclass(frozen=True)
class BoardCard:
    application: Application
    moves: list[Stage]
    # perf: the card's links, reversed once per board instead of ~12 {% url %} per card
    detail_url: str = ""
    move_url: str = ""
    reject_url: str = ""


_SENTINEL = 987654321  # an id no route sees: reversed once, then replaced per card


def _url_maker(name: str) -> Callable[[int], str]:
    """``application_id -> URL`` for ``name``: one ``reverse`` for the whole board."""
    template = reverse(name, kwargs={"application_id": _SENTINEL})
    return lambda pk: template.replace(str(_SENTINEL), str(pk))


@dataclass(frozen=True)
class BoardColumn:
    stage: Stage
    cards: list[BoardCard]
    column: selectors.BoardColumn  # the loaded applications' total and how many more
    add_form: QuickAddForm | None = None  # open stages of the funnel only

    @property
    def total(self) -> int:
        return self.column.total


def _cards(columns: list[selectors.BoardColumn]) -> list[BoardColumn]:
    """Each column's loaded applications as cards with their allowed moves (one query)."""
    moves = selectors.applications_allowed_moves(
        applications=[app for column in columns for app in column.applications]
    )
    detail, move = _url_maker("tracker:detail"), _url_maker("tracker:move")
    reject = _url_maker("growth:reject")

    def card(app: Application) -> BoardCard:
        return BoardCard(app, moves[app.pk], detail(app.pk), move(app.pk), reject(app.pk))

    return [
        BoardColumn(column.stage, [card(app) for app in column.applications], column)
        for column in columns
    ]


def _board_context(
    owner: User, *, add_form: QuickAddForm | None = None, reopen: str = ""
) -> dict[str, Any]:
    """The board: open columns side by side, closed stages grouped in one column; each
    with its newest cards and its total ("Show more" loads the rest, ``board_column``).

    ``add_form`` is a submitted quick add, shown (with its errors) in its own column;
    ``reopen`` is the column whose quick add stays open for another one.
    """
    columns = []
    for column in _cards(selectors.board(owner=owner)):
        if column.stage in FUNNEL:
            posted = add_form is not None and add_form.column() == column.stage
            focus = column.stage == reopen
            form = add_form if posted else QuickAddForm.for_stage(column.stage, focus=focus)
            column = replace(column, add_form=form)
        columns.append(column)
    closed = [c for c in columns if c.stage in CLOSED]
    return {
        "nav": "board",
        "columns": [c for c in columns if c.stage not in CLOSED],
        "closed": closed,
        "closed_total": sum(c.total for c in closed),
        "applications": [card.application for c in columns for card in c.cards],
        "reopen": reopen,
    }


@login_required
def board(request: HttpRequest) -> HttpResponse:
    return render(request, "tracker/board.html", _board_context(owner_of(request)))


@login_required
def board_column(request: HttpRequest) -> HttpResponse:
    """More cards of one column (``?stage=rejected&after=<cursor>``, the last card shown):
    the cards and the next "Show more" for htmx, or a page of them without JavaScript. A
    missing or unreadable cursor starts at the column's first card."""
    stage = request.GET.get("stage", "")
    if stage not in selectors.BOARD_STAGES:
        raise Http404("No such board column.")
    after = selectors.BoardCursor.parse(request.GET.get("after", ""))
    column = selectors.board_column(owner=owner_of(request), stage=Stage(stage), after=after)
    template = "tracker/_board_cards.html" if is_htmx(request) else "tracker/board_column.html"
    context = {
        "nav": "board",
        "column": _cards([column])[0],
        "applications": column.applications,
    }
    return render(request, template, context)


def _board_response(
    request: HttpRequest,
    *,
    notice: str = "",
    error: str = "",
    add_form: QuickAddForm | None = None,
    reopen: str = "",
) -> HttpResponse:
    """After a change from the board: the board partial for htmx, else back to the page.

    A quick add with errors shows the whole page again without JavaScript, so what was
    typed stays in the form next to its errors.
    """
    failed = bool(error) or (add_form is not None and bool(add_form.errors))
    if is_htmx(request) or (add_form is not None and failed):
        context = {
            **_board_context(owner_of(request), add_form=add_form, reopen=reopen),
            "notice": notice,
            "error": error,
        }
        template = "tracker/_board.html" if is_htmx(request) else "tracker/board.html"
        return render(request, template, context, status=400 if failed else 200)
    if error:
        messages.error(request, error)
    else:
        messages.success(request, notice)
    return redirect("tracker:board")


@login_required
@require_POST
def board_add(request: HttpRequest) -> HttpResponse:
    """The quick add at the foot of a board column: company and title, at that stage."""
    form = QuickAddForm(request.POST, auto_id=False)
    stage = form.column()
    if stage in Stage.values:
        form = QuickAddForm.for_stage(Stage(stage), request.POST)
    if not form.is_valid():
        if "stage" in form.errors:
            return _board_response(request, error="That column does not take new applications.")
        return _board_response(request, add_form=form)
    data = form.cleaned_data
    try:
        application = services.application_create_with_posting(
            owner=owner_of(request),
            company_name=data["company"],
            posting_fields={"title": data["title"]},
            stage=Stage(data["stage"]),
        )
    except ValidationError as exc:
        add_service_errors(form, exc)
        return _board_response(request, add_form=form)
    column = Stage(application.stage).label.lower()
    text = f"Added {application.posting.title} at {application.posting.company.name} to {column}."
    return _board_response(request, notice=text, reopen=application.stage)


# --- create, edit, delete ----------------------------------------------------------------


def _create_from_form(owner: User, form: ApplicationCreateForm) -> Application:
    return services.application_create_with_posting(
        owner=owner,
        company_name=form.cleaned_data["company"],
        posting_fields=form.posting_fields(),
        stage=form.cleaned_data["stage"],
        **form.application_fields(),
    )


@login_required
def application_create(request: HttpRequest) -> HttpResponse:
    roles = list(selectors.target_role_list(owner=owner_of(request)))
    form = ApplicationCreateForm(bound(request), roles=roles)
    if form.is_bound and form.is_valid():
        try:
            application = _create_from_form(owner_of(request), form)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, f"Saved {application.posting}. Good luck!")
            return redirect(_detail_url(application))
    context = {"nav": "applications", "form": form, "application": None}
    return render(request, "tracker/application_form.html", context, status=status_of(form))


@transaction.atomic
def _update_from_form(owner: User, application: Application, form: ApplicationEditForm) -> None:
    company = services.company_get_or_create(owner=owner, name=form.cleaned_data["company"])
    services.posting_update(posting=application.posting, company=company, **form.posting_fields())
    services.application_update(application=application, **form.application_fields())


@login_required
def application_edit(request: HttpRequest, application_id: int) -> HttpResponse:
    owner = owner_of(request)
    application = selectors.application_get(owner=owner, pk=application_id)
    initial = ApplicationEditForm.initial_for(application)
    roles = list(selectors.target_role_list(owner=owner))
    form = ApplicationEditForm(bound(request), initial=initial, roles=roles)
    if form.is_bound and form.is_valid():
        try:
            _update_from_form(owner, application, form)
        except ValidationError as exc:
            add_service_errors(form, exc)
            application = selectors.application_get(owner=owner, pk=application_id)
        else:
            messages.success(request, "Changes saved.")
            return redirect(_detail_url(application))
    context = {"nav": "applications", "form": form, "application": application}
    return render(request, "tracker/application_form.html", context, status=status_of(form))


@login_required
def application_delete(request: HttpRequest, application_id: int) -> HttpResponse:
    application = selectors.application_get(owner=owner_of(request), pk=application_id)
    if request.method == "POST":
        services.application_delete(application=application)
        messages.success(request, f"Deleted {application.posting}.")
        return redirect("tracker:list")
    context = {
        "nav": "applications",
        "application": application,
        "title": "Delete this application?",
        "text": "Its timeline and any logged rejection go too. This cannot be undone.",
        "confirm": "Delete application",
        "cancel": "Keep it",
        "danger": True,
    }
    return render(request, "tracker/confirm.html", context)


# --- detail and stage changes ------------------------------------------------------------


def _rejection_of(application: Application) -> Rejection | None:
    try:
        return application.rejection
    except ObjectDoesNotExist:
        return None


def _detail_response(
    request: HttpRequest, application: Application, *, move_form: MoveForm | None = None
) -> HttpResponse:
    moves = selectors.application_allowed_moves(application=application)
    current = Stage(application.stage)
    if move_form is None and [s for s in moves if s != Stage.REJECTED]:
        move_form = MoveForm(moves=moves, current=current)
    context = {
        "nav": "applications",
        "application": application,
        "posting": application.posting,
        "events": selectors.application_events(application=application),
        "rejection": _rejection_of(application),
        "move_form": move_form,
        "can_reject": Stage.REJECTED in moves,
        "closed": current in CLOSED,
    }
    status = 400 if move_form is not None and move_form.errors else 200
    return render(request, "tracker/application_detail.html", context, status=status)


@login_required
def application_detail(request: HttpRequest, application_id: int) -> HttpResponse:
    application = selectors.application_get(owner=owner_of(request), pk=application_id)
    return _detail_response(request, application)


def _moved_text(event: ApplicationEvent) -> str:
    if event.stage == Stage.INTERVIEW:
        kind = InterviewKind(event.interview_kind).label.lower() if event.interview_kind else ""
        return f"Interview round {event.interview_round} ({kind}) logged. You've got this."
    return f"Moved to {Stage(event.stage).label.lower()}."


@login_required
@require_POST
def application_move(request: HttpRequest, application_id: int) -> HttpResponse:
    application = selectors.application_get(owner=owner_of(request), pk=application_id)
    to_board = request.POST.get("return") == "board"
    if request.POST.get("stage") == Stage.REJECTED:
        url = reverse("growth:reject", kwargs={"application_id": application.pk})
        return HttpResponseClientRedirect(url) if is_htmx(request) else redirect(url)
    moves = selectors.application_allowed_moves(application=application)
    form = MoveForm(request.POST, moves=moves, current=Stage(application.stage))
    if form.is_valid():
        data = form.cleaned_data
        try:
            event = services.application_move(
                application=application,
                stage=data["stage"],
                occurred_at=data["when"],
                interview_kind=data["interview_kind"],
                note=data["note"],
            )
        except ValidationError as exc:
            add_service_errors(form, exc, field_map={"occurred_at": "when"})
        else:
            if to_board:
                return _board_response(request, notice=_moved_text(event))
            messages.success(request, _moved_text(event))
            return redirect(_detail_url(application))
    if to_board:
        errors = [str(e) for errs in form.errors.values() for e in errs]
        return _board_response(request, error=" ".join(errors))
    return _detail_response(request, application, move_form=form)


@login_required
@require_POST
def application_unghost(request: HttpRequest, application_id: int) -> HttpResponse:
    application = selectors.application_get(owner=owner_of(request), pk=application_id)
    try:
        services.application_unghost(application=application)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, "Back to waiting. No news yet is not a no.")
    return redirect(_detail_url(application))


# --- rejections --------------------------------------------------------------------------


@login_required
def rejection_retract(request: HttpRequest, rejection_id: int) -> HttpResponse:
    rejection = selectors.rejection_get(owner=owner_of(request), pk=rejection_id)
    application = rejection.application
    if request.method == "POST":
        services.rejection_retract(rejection=rejection)
        messages.success(request, "Rejection retracted; the application is open again.")
        return redirect(_detail_url(application))
    context = {
        "nav": "applications",
        "application": application,
        "title": "Retract this rejection?",
        "text": "Use this when a rejection was logged by mistake. The application goes back "
        f"to {Stage(rejection.stage_reached).label.lower()}, and the logged message is removed.",
        "confirm": "Retract rejection",
        "cancel": "Keep the rejection",
        "danger": False,
    }
    return render(request, "tracker/confirm.html", context)


# --- companies ---------------------------------------------------------------------------


@login_required
def company_list(request: HttpRequest) -> HttpResponse:
    q = request.GET.get("q", "").strip()
    companies = selectors.company_list(owner=owner_of(request), q=q)
    listed = Paginator(companies, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"nav": "companies", "companies": listed.object_list, "page": listed, "q": q}
    return render(request, "tracker/company_list.html", context)


@login_required
def company_detail(request: HttpRequest, company_id: int) -> HttpResponse:
    owner = owner_of(request)
    company = selectors.company_get(owner=owner, pk=company_id)
    form = CompanyForm(bound(request), initial=CompanyForm.initial_for(company))
    if form.is_bound and form.is_valid():
        try:
            services.company_update(company=company, **form.cleaned_data)
        except ValidationError as exc:
            add_service_errors(form, exc)
            company = selectors.company_get(owner=owner, pk=company_id)
        else:
            messages.success(request, "Company saved.")
            return redirect("tracker:company", company_id=company.pk)
    filters = ApplicationFilters(company_id=company.pk)
    context = {
        "nav": "companies",
        "company": company,
        "form": form,
        "applications": selectors.application_list(owner=owner, filters=filters),
    }
    return render(request, "tracker/company_detail.html", context, status=status_of(form))
