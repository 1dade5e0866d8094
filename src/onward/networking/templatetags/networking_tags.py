"""Template helpers of the networking app: the people of an application and a company."""

from __future__ import annotations

from typing import Any

from django import template

from onward.networking import selectors
from onward.networking.choices import ContactRole
from onward.tracker.choices import CLOSED
from onward.tracker.models import Application, Company

register = template.Library()


@register.inclusion_tag("networking/_application_people.html")
def application_people(application: Application) -> dict[str, Any]:
    """Who is linked to this application, its open reminders, and people you know there."""
    owner = application.owner
    return {
        "application": application,
        "links": selectors.link_list(owner=owner, application_id=application.pk),
        "reminders": selectors.reminder_list(owner=owner, application_id=application.pk),
        "contacts": selectors.contact_choices(owner=owner),
        "roles": ContactRole.choices,
        "can_interview": application.stage not in CLOSED,
        "warm": selectors.warm_paths_for(
            owner=owner, company=application.posting.company, application=application
        ),
    }


@register.inclusion_tag("networking/_company_people.html")
def company_people(company: Company) -> dict[str, Any]:
    return {"warm": selectors.warm_paths_for(owner=company.owner, company=company)}
