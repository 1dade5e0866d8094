"""The gaps page's evidence lines as HTML, built in Python (``{% gap_evidence %}``).

perf: the page lists about 240 evidence lines (20 gaps, up to 12 each); through the
template's loop, with a badge choice, a link lookup and a truncation per line, they were
a third of the page's time at 5,000 applications. The markup is the one the loop wrote
(the page is the same byte for byte, checked on the benchmark's account).
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping

from django import template
from django.template.defaultfilters import truncatechars
from django.utils.safestring import SafeString, mark_safe

from onward.analysis.gaps import FEEDBACK, Evidence

register = template.Library()

LONGEST = 300  # characters of a sentence shown before it is cut


def _escape(value: object) -> str:
    return html.escape(str(value))  # what autoescaping does to plain text


def _badge(e: Evidence) -> str:
    if e.requirement == "named":
        return "Feedback" if e.source == FEEDBACK else "Your reflection"
    text = str(e.requirement)
    return text[:1].upper() + text[1:]  # capfirst


def _sentence(text: str) -> str:
    return truncatechars(text, LONGEST) if len(text) > LONGEST else text


def evidence_line(e: Evidence, links: Mapping[int | None, tuple[str, str]]) -> str:
    """One evidence line: its badge, the application it came from (linked) and the
    sentence."""
    link = links.get(e.application_id) if isinstance(links, dict) else None
    anchor = f'<a href="{_escape(link[0])}">{_escape(link[1])}</a>' if link else ""
    return (
        "\n        <li>\n"
        '          <p class="small evidence__where">\n'
        f'            <span class="badge badge--req-{_escape(e.requirement)}">'
        f"{_escape(_badge(e))}</span>\n"
        f"            {anchor}\n"
        "          </p>\n"
        f'          <p class="evidence__sentence">“{_escape(_sentence(e.sentence))}”</p>\n'
        "        </li>\n        "
    )


@register.simple_tag
def gap_evidence(
    evidence: Iterable[Evidence], links: Mapping[int | None, tuple[str, str]]
) -> SafeString:
    """A gap's evidence lines (``links``: an application's URL and role, by id)."""
    return mark_safe("".join(evidence_line(e, links) for e in evidence))  # escaped above
