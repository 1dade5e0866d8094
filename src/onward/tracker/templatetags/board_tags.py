"""The board's cards, rendered in Python (``tracker.board_html``)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from django import template
from django.utils.safestring import SafeString

from onward.tracker.board_html import cards_html

if TYPE_CHECKING:
    from onward.tracker.views import BoardCard

register = template.Library()


@register.simple_tag(takes_context=True)
def board_cards(
    context: template.Context, cards: Iterable[BoardCard], fits: Mapping[int, int]
) -> SafeString:
    """The cards of one board column, each with its fit (``fits``: by application id)."""
    return cards_html(cards, fits or {}, csrf_token=str(context.get("csrf_token") or ""))
