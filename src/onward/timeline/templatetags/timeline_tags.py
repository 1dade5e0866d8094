"""Template tags of the timeline: an application's growth card (its rebound flow,
feedback request and the growth items about it)."""

from __future__ import annotations

from typing import Any

from django import template
from django.core.exceptions import ObjectDoesNotExist
from django.utils import timezone
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

from onward.core.timeline import TimelineItem
from onward.growth import selectors as growth_selectors
from onward.growth.templatetags.growth_tags import kind_label
from onward.timeline import selectors as timeline_selectors
from onward.tracker.models import Application

register = template.Library()

APPLICATION_ITEMS = 20
# The tracker's own timeline already shows these on the application page.
TRACKER_KINDS = ("application", "stage", "rejection")


def _rejection_of(application: Application) -> Any:
    try:
        return application.rejection
    except ObjectDoesNotExist:
        return None


@register.inclusion_tag("growth/_application_growth.html", takes_context=True)
def application_growth(context: template.Context, application: Application) -> dict[str, Any]:
    owner = application.owner
    rejection = _rejection_of(application)
    flow = (
        growth_selectors.rebound_for_rejection(owner=owner, rejection_id=rejection.pk)
        if rejection
        else None
    )
    return {
        "request": context.get("request"),
        "csrf_token": context.get("csrf_token"),
        "application": application,
        "rejection": rejection,
        "flow": flow,
        "fr": growth_selectors.feedback_request_for(owner=owner, application=application),
        "items": timeline_selectors.timeline(
            owner=owner,
            application=application,
            kinds=[
                kind for kind, _ in timeline_selectors.TIMELINE_KINDS if kind not in TRACKER_KINDS
            ],
            limit=APPLICATION_ITEMS,
        ),
    }


# perf: the timeline page's items are built here, not by a loop of template nodes (about
# a fifth of the page's time for 60 items, most of it in the ``date`` filter). The markup
# is the one ``timeline/_timeline_items.html`` had, byte for byte (a test compares them).
ITEM = (
    '\n    <li class="timeline__item tl__item tl__item--{kind}">'
    '\n      <div class="timeline__head">'
    '\n        <span class="badge badge--kind-{kind}">{label}</span>{win}'
    '\n        <span class="small muted"><time datetime="{iso}">{hm}</time></span>'
    "\n      </div>"
    "\n      <p>{link}</p>"
    "\n      {detail}"
    "\n    </li>\n    "
)
WIN_BADGE = '<span class="badge badge--kind-win">Win</span>'


def _item_html(item: TimelineItem) -> str:
    at = timezone.localtime(item.at)
    title = conditional_escape(item.title)
    detail = conditional_escape(item.detail)
    return ITEM.format(
        kind=conditional_escape(item.kind),
        label=conditional_escape(kind_label(item.kind)),
        win=WIN_BADGE if item.win and item.kind != "win" else "",
        iso=conditional_escape(at.isoformat()),
        hm=f"{at.hour:02d}:{at.minute:02d}",
        link=f'<a href="{conditional_escape(item.url)}">{title}</a>' if item.url else title,
        detail=f'<p class="small muted clamp">{detail}</p>' if item.detail else "",
    )


@register.simple_tag
def timeline_items(items: list[TimelineItem]) -> SafeString:
    """One day's items of the timeline page, as list entries."""
    return mark_safe("".join(_item_html(item) for item in items))  # every part escaped above
