"""The gaps page's evidence lines, built in Python, are the markup the template loop wrote."""

from __future__ import annotations

import pytest
from django.template import Context, Template

from onward.analysis.gaps import FEEDBACK, POSTING, REFLECTION, Evidence
from onward.skills.templatetags.gaps_html import gap_evidence

# The loop the page had, kept here as the reference.
LOOP = Template(
    "{% load skills_tags %}{% for e in evidence %}\n"
    "        <li>\n"
    '          <p class="small evidence__where">\n'
    '            <span class="badge badge--req-{{ e.requirement }}">'
    "{% if e.requirement == 'named' %}{% if e.source == 'feedback' %}Feedback"
    "{% else %}Your reflection{% endif %}{% else %}{{ e.requirement|capfirst }}{% endif %}"
    "</span>\n"
    "            {% with link=links|get_item:e.application_id %}{% if link %}"
    '<a href="{{ link.0 }}">{{ link.1 }}</a>{% endif %}{% endwith %}\n'
    "          </p>\n"
    '          <p class="evidence__sentence">“{% if e.sentence|length > 300 %}'
    "{{ e.sentence|truncatechars:300 }}{% else %}{{ e.sentence }}{% endif %}”</p>\n"
    "        </li>\n"
    "        {% endfor %}"
)
LINKS: dict[int | None, tuple[str, str]] = {
    7: ("/applications/7/", 'Analyst <"Data"> at Fish & Co')
}


@pytest.mark.parametrize(
    "evidence",
    [
        pytest.param([], id="none"),
        pytest.param([Evidence(7, "SQL is a must.", "required", POSTING)], id="required-linked"),
        pytest.param([Evidence(8, "Nice: dbt.", "preferred", POSTING)], id="unlinked"),
        pytest.param([Evidence(None, "I froze on SQL.", "named", REFLECTION)], id="reflection"),
        pytest.param([Evidence(7, "More <b>SQL</b> & R", "named", FEEDBACK)], id="feedback"),
        pytest.param([Evidence(7, "x" * 300, "unknown", POSTING)], id="exactly-300"),
        pytest.param([Evidence(7, "word " * 90, "unknown", POSTING)], id="cut-at-300"),
        pytest.param([Evidence(7, "", "", POSTING)], id="empty-fields"),
        pytest.param(
            [Evidence(7, "a", "required"), Evidence(None, "b", "named", FEEDBACK)], id="several"
        ),
    ],
)
def test_evidence_lines_are_the_loops_markup(evidence: list[Evidence]) -> None:
    expected = LOOP.render(Context({"evidence": evidence, "links": LINKS}))
    assert str(gap_evidence(evidence, LINKS)) == expected
