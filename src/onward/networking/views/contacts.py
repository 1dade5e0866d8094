"""Contacts: the list, a contact's page, add, edit, delete, log, link, merge, vCard."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.text import slugify
from django.views.decorators.http import require_POST

from onward.accounts.http import owner_of
from onward.core.forms import add_service_errors
from onward.core.http import bound, safe_next, status_of
from onward.networking import formats, selectors, services
from onward.networking.forms import (
    ContactFilterForm,
    ContactForm,
    InteractionForm,
    LinkForm,
    MergeForm,
)
from onward.networking.models import Contact
from onward.networking.selectors import ContactFilters
from onward.networking.views.common import application_choices, page, report
from onward.tracker import selectors as tracker_selectors

SECTION = "contacts"


@login_required
def contact_list(request: HttpRequest) -> HttpResponse:
    owner = owner_of(request)
    filters = ContactFilterForm(request.GET or None)
    values = filters.values()
    found = ContactFilters(q=values["q"], tag=values["tag"], order=values["order"])
    contacts = selectors.contact_list(owner=owner, filters=found)
    context = {
        "contacts": contacts,
        "filters": filters,
        "tags": selectors.contact_tags(owner=owner),
        "tag": values["tag"],
        "filtered": bool(values["q"] or values["tag"]),
    }
    return page(request, "networking/contact_list.html", context, section=SECTION)


@login_required
def contact_create(request: HttpRequest) -> HttpResponse:
    form = ContactForm(bound(request))
    if form.is_bound and form.is_valid():
        try:
            contact = services.contact_create(owner=owner_of(request), **form.cleaned_data)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, f"Added {contact.name}.")
            return redirect("networking:contact", contact_id=contact.pk)
    context = {"form": form, "contact": None}
    return page(
        request, "networking/contact_form.html", context, section=SECTION, status=status_of(form)
    )


def _detail_context(request: HttpRequest, contact: Contact, **forms: Any) -> dict[str, Any]:
    owner = owner_of(request)
    apps = application_choices(owner)
    return {
        "contact": contact,
        "interactions": selectors.interaction_list(owner=owner, contact_id=contact.pk),
        "links": selectors.link_list(owner=owner, contact_id=contact.pk),
        "reminders": selectors.reminder_list(owner=owner, contact_id=contact.pk),
        "log_form": forms.get("log_form") or InteractionForm(applications=apps),
        "link_form": forms.get("link_form") or LinkForm(applications=apps),
        "has_applications": bool(apps),
    }


@login_required
def contact_detail(request: HttpRequest, contact_id: int) -> HttpResponse:
    contact = selectors.contact_get(owner=owner_of(request), pk=contact_id)
    context = _detail_context(request, contact)
    return page(request, "networking/contact_detail.html", context, section=SECTION)


@login_required
def contact_edit(request: HttpRequest, contact_id: int) -> HttpResponse:
    contact = selectors.contact_get(owner=owner_of(request), pk=contact_id)
    form = ContactForm(bound(request), initial=ContactForm.initial_for(contact))
    if form.is_bound and form.is_valid():
        try:
            services.contact_update(contact=contact, **form.cleaned_data)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, "Contact saved.")
            return redirect("networking:contact", contact_id=contact.pk)
    context = {"form": form, "contact": contact}
    return page(
        request, "networking/contact_form.html", context, section=SECTION, status=status_of(form)
    )


@login_required
def contact_delete(request: HttpRequest, contact_id: int) -> HttpResponse:
    contact = selectors.contact_get(owner=owner_of(request), pk=contact_id)
    if request.method == "POST":
        services.contact_delete(contact=contact)
        messages.success(request, f"Deleted {contact.name}.")
        return redirect("networking:contacts")
    context = {
        "title": f"Delete {contact.name}?",
        "text": "Their interactions, links to applications and reminders go too.",
        "confirm": "Delete",
        "cancel_url": reverse("networking:contact", kwargs={"contact_id": contact.pk}),
    }
    return page(request, "growth/confirm.html", context, section=SECTION)


@login_required
@require_POST
def interaction_add(request: HttpRequest, contact_id: int) -> HttpResponse:
    owner = owner_of(request)
    contact = selectors.contact_get(owner=owner, pk=contact_id)
    form = InteractionForm(request.POST, applications=application_choices(owner))
    if form.is_valid():
        data = dict(form.cleaned_data)
        app_id = data.pop("application")
        application = tracker_selectors.application_get(owner=owner, pk=app_id) if app_id else None
        try:
            services.interaction_log(contact=contact, application=application, **data)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, "Logged.")
            return HttpResponseRedirect(
                safe_next(request, reverse("networking:contact", args=[contact.pk]))
            )
    context = _detail_context(request, contact, log_form=form)
    return page(request, "networking/contact_detail.html", context, section=SECTION, status=400)


@login_required
@require_POST
def interaction_delete(request: HttpRequest, interaction_id: int) -> HttpResponse:
    interaction = selectors.interaction_get(owner=owner_of(request), pk=interaction_id)
    services.interaction_delete(interaction=interaction)
    messages.success(request, "Interaction deleted.")
    fallback = reverse("networking:contact", args=[interaction.contact_id])
    return HttpResponseRedirect(safe_next(request, fallback))


@login_required
@require_POST
def link_add(request: HttpRequest, contact_id: int) -> HttpResponse:
    owner = owner_of(request)
    contact = selectors.contact_get(owner=owner, pk=contact_id)
    form = LinkForm(request.POST, applications=application_choices(owner))
    if form.is_valid():
        application = tracker_selectors.application_get(
            owner=owner, pk=form.cleaned_data["application"]
        )
        try:
            services.application_contact_link(
                contact=contact, application=application, role=form.cleaned_data["role"]
            )
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, "Linked.")
            return redirect("networking:contact", contact_id=contact.pk)
    context = _detail_context(request, contact, link_form=form)
    return page(request, "networking/contact_detail.html", context, section=SECTION, status=400)


@login_required
@require_POST
def link_delete(request: HttpRequest, link_id: int) -> HttpResponse:
    link = selectors.link_get(owner=owner_of(request), pk=link_id)
    services.application_contact_unlink(link=link)
    messages.success(request, "Link removed.")
    return HttpResponseRedirect(
        safe_next(request, reverse("networking:contact", args=[link.contact_id]))
    )


@login_required
@require_POST
def referral_ask(request: HttpRequest, contact_id: int) -> HttpResponse:
    """The warm path's next action: a reminder to ask, with drafts."""
    owner = owner_of(request)
    contact = selectors.contact_get(owner=owner, pk=contact_id)
    app_id = request.POST.get("application", "")
    application = (
        tracker_selectors.application_get(owner=owner, pk=int(app_id))
        if app_id.isdigit() and len(app_id) < 19
        else None
    )
    try:
        reminder = services.referral_ask_plan(contact=contact, application=application)
    except ValidationError as exc:
        report(request, exc)
        return redirect("networking:contact", contact_id=contact.pk)
    return redirect("networking:reminder", reminder_id=reminder.pk)


@login_required
def duplicates(request: HttpRequest) -> HttpResponse:
    pairs = selectors.duplicate_list(owner=owner_of(request))
    return page(request, "networking/duplicates.html", {"pairs": pairs}, section=SECTION)


@login_required
@require_POST
def merge(request: HttpRequest) -> HttpResponse:
    owner = owner_of(request)
    form = MergeForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Pick the two contacts to merge.")
        return redirect("networking:duplicates")
    keep = selectors.contact_get(owner=owner, pk=form.cleaned_data["keep"])
    other = selectors.contact_get(owner=owner, pk=form.cleaned_data["other"])
    try:
        kept = services.contact_merge(keep=keep, other=other)
    except ValidationError as exc:
        report(request, exc)
        return redirect("networking:duplicates")
    messages.success(request, f"Merged into {kept.name}: every interaction and link kept.")
    return HttpResponseRedirect(safe_next(request, reverse("networking:duplicates")))


def _vcf(text: str, name: str) -> HttpResponse:
    response = HttpResponse(text, content_type="text/vcard; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.vcf"'
    return response


@login_required
def contact_vcard(request: HttpRequest, contact_id: int) -> HttpResponse:
    contact = selectors.contact_get(owner=owner_of(request), pk=contact_id)
    return _vcf(formats.contacts_vcard([contact]), slugify(contact.name) or "contact")


@login_required
def export_vcard(request: HttpRequest) -> HttpResponse:
    contacts = selectors.contact_list(owner=owner_of(request))
    return _vcf(formats.contacts_vcard(contacts), "onward-contacts")
