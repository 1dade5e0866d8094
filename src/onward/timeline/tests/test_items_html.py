"""The timeline page's items, built in Python, are the markup its template loop made."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.template import Context, Template
from django.utils import timezone
from django.utils.safestring import mark_safe

from onward.core.timeline import TimelineItem
from onward.timeline.templatetags.timeline_tags import timeline_items

# The loop ``timeline/_timeline_items.html`` had before the items were built in Python.
TEMPLATE_LOOP = """{% load growth_tags %}
    {% for item in items %}
    <li class="timeline__item tl__item tl__item--{{ item.kind }}">
      <div class="timeline__head">
        <span class="badge badge--kind-{{ item.kind }}">{{ item.kind|kind_label }}</span>{% if item.win and item.kind != 'win' %}<span class="badge badge--kind-win">Win</span>{% endif %}
        <span class="small muted"><time datetime="{{ item.at|date:'c' }}">{{ item.at|date:"H:i" }}</time></span>
      </div>
      <p>{% if item.url %}<a href="{{ item.url }}">{{ item.title }}</a>{% else %}{{ item.title }}{% endif %}</p>
      {% if item.detail %}<p class="small muted clamp">{{ item.detail }}</p>{% endif %}
    </li>
    {% endfor %}"""  # noqa: E501

AT = dt.datetime(2026, 3, 29, 0, 59, 30, 123456, tzinfo=dt.UTC)  # a DST change in Europe


def _item(**fields: object) -> TimelineItem:
    base: dict[str, object] = {
        "kind": "stage",
        "at": AT,
        "title": "Interview: Engineer at Acme",
        "detail": "went well",
        "url": "/applications/7/",
        "application_id": 7,
        "obj_id": 3,
    }
    return TimelineItem(**(base | fields))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "items",
    [
        pytest.param([_item()], id="plain"),
        pytest.param([_item(url="", detail="")], id="no-link-no-detail"),
        pytest.param([_item(win=True)], id="marked-as-a-win"),
        pytest.param([_item(kind="win", win=True)], id="a-win-itself"),
        pytest.param([_item(kind="feedback_request")], id="kind-with-label"),
        pytest.param([_item(kind="interaction")], id="kind-without-label"),
        pytest.param(
            [_item(title='<b>"R&D" & Tom\'s</b>', detail="<script>x</script>", url="/a?b=1&c=2")],
            id="escaped",
        ),
        pytest.param([_item(title=mark_safe("<em>safe</em>"))], id="already-safe"),
        pytest.param([_item(), _item(at=AT + dt.timedelta(hours=13), obj_id=4)], id="two"),
        pytest.param([], id="none"),
    ],
)
@pytest.mark.parametrize("zone", ["UTC", "Europe/Berlin", "America/St_Johns"])
def test_items_are_the_template_loops_markup(items: list[TimelineItem], zone: str) -> None:
    with timezone.override(ZoneInfo(zone)):
        expected = Template(TEMPLATE_LOOP).render(Context({"items": items}))
        built = "\n    " + timeline_items(items)
    assert built == expected
