"""The board's cards as HTML, built in Python.

perf: a board shows about 80 cards; rendering each through ``_card.html`` (an include,
a dozen filters, a CSRF token and the interview kinds per card) was three quarters of the
page's time at 5,000 applications. Here the parts that are the same for every card (the
CSRF input, the kinds' options, "now" and this year) are built once per board, and each
card is one string of escaped values. The markup is the one ``_card.html`` had.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from onward.tracker.choices import Stage
from onward.tracker.forms import move_label
from onward.tracker.templatetags.tracker_tags import (
    days_in_stage,
    interview_kinds,
    salary,
    salary_short,
    short_date,
)

if TYPE_CHECKING:
    from onward.tracker.views import BoardCard

FIT_NOTE = "How many of the posting's skills you have"
BUTTON = (
    '<button type="submit" name="stage" value="{stage}" class="button button--ghost '
    'button--small"><span class="visually-hidden">Move to </span>{label}</button>'
)


def escape(value: object) -> str:
    """As Django's ``escape`` (which is ``html.escape`` of ``str``), without its lazy-text
    wrapper and ``SafeString``: called a few thousand times per board."""
    return html.escape(str(value))


@dataclass(frozen=True)
class _Shared:
    """What every card of one board shows alike."""

    csrf_input: str
    kind_options: str
    now: dt.datetime
    today: dt.date
    # A move's button by (to stage, from stage): the same on every card that offers it.
    buttons: dict[tuple[str, str], str] = field(default_factory=dict)


def _shared(csrf_token: str) -> _Shared:
    options = "".join(
        f'<option value="{escape(value)}">{escape(label)}</option>'
        for value, label in interview_kinds()
    )
    csrf = ""  # as {% csrf_token %}: nothing without a token
    if csrf_token and csrf_token != "NOTPROVIDED":
        csrf = f'<input type="hidden" name="csrfmiddlewaretoken" value="{escape(csrf_token)}">'
    return _Shared(csrf, options, timezone.now(), timezone.localdate())


def _fit_class(fit: int) -> str:
    return "high" if fit >= 70 else "mid" if fit >= 40 else "low"


def _facts(card: BoardCard, fit: int | None, shared: _Shared) -> str:
    app = card.application
    pay = salary_short(app.posting)
    if not (app.applied_on or pay or fit is not None):
        return ""
    items = []
    if app.applied_on:
        day = app.applied_on
        items.append(
            f'<li class="kcard__fact">Applied <time datetime="{day.isoformat()}">'
            f"{escape(short_date(day, shared.today))}</time></li>"
        )
    if pay:
        items.append(
            f'<li class="kcard__fact" title="{escape(salary(app.posting))}"><span '
            f'class="visually-hidden">Salary </span>{escape(pay)}</li>'
        )
    if fit is not None:
        items.append(
            f'<li class="kcard__fact kcard__fit kcard__fit--{_fit_class(fit)}" '
            f'title="{FIT_NOTE}">{fit}% fit</li>'
        )
    return '\n  <ul class="kcard__facts">\n    ' + "\n    ".join(items) + "\n  </ul>"


def _meta(card: BoardCard, shared: _Shared) -> str:
    days = days_in_stage(card.application.stage_changed_at, shared.now)
    text = "Moved here today" if days == "today" else f"{days} in this stage" if days else ""
    return f'<p class="kcard__meta">{text}</p>'


def _move(card: BoardCard, stage: Stage, shared: _Shared) -> str:
    app = card.application
    if stage == Stage.REJECTED:
        return (
            f'<a class="button button--ghost button--small" href="{escape(card.reject_url)}">'
            "Log rejection</a>"
        )
    kind = ""
    if stage == Stage.INTERVIEW:
        kind = (
            f'<label class="visually-hidden" for="kind-{app.pk}">Interview kind</label>\n'
            f'      <select name="interview_kind" id="kind-{app.pk}" class="kcard__kind">\n'
            f"        {shared.kind_options}\n      </select>\n      "
        )
    key = (str(stage), str(app.stage))
    button = shared.buttons.get(key)
    if button is None:
        label = escape(move_label(Stage(stage), Stage(app.stage)))
        button = shared.buttons[key] = BUTTON.format(stage=escape(stage), label=label)
    return kind + button


def _moves(card: BoardCard, title: str, shared: _Shared) -> str:
    if not card.moves:
        return ""
    url = escape(card.move_url)
    buttons = "\n      ".join(_move(card, stage, shared) for stage in card.moves)
    return (
        '\n  <details class="kcard__moves">\n'
        f'    <summary>Move<span class="visually-hidden"> {title}</span></summary>\n'
        f'    <form method="post" action="{url}" class="kcard__buttons"\n'
        f'          hx-post="{url}" hx-target="#board" hx-swap="outerHTML">\n'
        f'      {shared.csrf_input}<input type="hidden" name="return" value="board">\n'
        f"      {buttons}\n"
        "    </form>\n  </details>"
    )


def card_html(card: BoardCard, fit: int | None, shared: _Shared) -> str:
    """One card (escaped): title, company, facts, days in stage and its moves."""
    app = card.application
    title = escape(app.posting.title)
    draggable = ' draggable="true"' if card.moves else ""
    allowed = escape(" ".join(str(stage) for stage in card.moves))
    return (
        f'<article class="kcard"{draggable} data-application="{app.pk}" '
        f'data-stage="{escape(app.stage)}"\n'
        f'         data-allowed="{allowed}"\n'
        f'         data-move-url="{escape(card.move_url)}"\n'
        f'         data-reject-url="{escape(card.reject_url)}">\n'
        f'  <h3 class="kcard__title"><a href="{escape(card.detail_url)}">{title}</a></h3>\n'
        f'  <p class="kcard__company">{escape(app.posting.company.name)}</p>'
        f"{_facts(card, fit, shared)}\n"
        f"  {_meta(card, shared)}"
        f"{_moves(card, title, shared)}\n"
        "</article>\n"
    )


def cards_html(
    cards: Iterable[BoardCard], fits: Mapping[int, int], *, csrf_token: str
) -> SafeString:
    """``cards`` as HTML, each with its fit percentage from ``fits`` (by application id)."""
    shared = _shared(csrf_token)
    html = "".join(card_html(card, fits.get(card.application.pk), shared) for card in cards)
    return mark_safe(html)  # every value above is escaped
