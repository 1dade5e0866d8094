"""The check-ins history, built in Python, is the markup its template loop made."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.template import Context, Template
from django.utils import timezone, translation

from onward.growth.models import CheckIn
from onward.growth.templatetags.checkin_tags import checkin_history

# The loop ``growth/checkins.html`` had before the history was built in Python.
TEMPLATE_LOOP = """{% load growth_tags %}
    {% for c in checkins %}
    <li id="checkin-{{ c.pk }}">
      <time class="history__when small muted" datetime="{{ c.at|date:'c' }}">{{ c.at|date:"D j M, H:i" }}</time>
      <span class="pill pill--mood-{{ c.mood }}">Mood {{ c.mood }} · {{ c.mood|mood_word }}</span>
      <span class="pill pill--energy">Energy {{ c.energy }} · {{ c.energy|energy_word }}</span>
      {% if c.note %}<span class="history__note">{{ c.note }}</span>{% endif %}
      <a class="small muted history__delete" href="{% url 'growth:checkin_delete' checkin_id=c.pk %}">Delete<span class="visually-hidden"> check-in of {{ c.at|date:"j M H:i" }}</span></a>
    </li>
    {% endfor %}"""  # noqa: E501

AT = dt.datetime(2026, 3, 29, 0, 59, 30, 123456, tzinfo=dt.UTC)  # a DST change in Europe


def _checkin(pk: int, **fields: object) -> CheckIn:
    values: dict[str, object] = {"pk": pk, "at": AT, "mood": 3, "energy": 4, "note": ""}
    return CheckIn(**(values | fields))


@pytest.mark.parametrize(
    "checkins",
    [
        pytest.param([_checkin(1)], id="plain"),
        pytest.param([_checkin(2, note="tired but <ok> & \"fine\" 'really'")], id="note-escaped"),
        pytest.param([_checkin(3, mood=1, energy=5), _checkin(4, mood=5, energy=1)], id="ends"),
        pytest.param([_checkin(5, mood=9, energy=0)], id="unknown-levels"),
        pytest.param(
            [_checkin(6 + m, at=AT + dt.timedelta(days=31 * m + m)) for m in range(12)],
            id="every-month-and-weekday",
        ),
        pytest.param([], id="none"),
    ],
)
@pytest.mark.parametrize("zone", ["UTC", "Europe/Berlin", "Pacific/Kiritimati"])
@pytest.mark.parametrize("language", ["en", "de"])
def test_history_is_the_template_loops_markup(
    checkins: list[CheckIn], zone: str, language: str
) -> None:
    with timezone.override(ZoneInfo(zone)), translation.override(language):
        expected = Template(TEMPLATE_LOOP).render(Context({"checkins": checkins}))
        built = "\n    " + checkin_history(checkins)
    assert built == expected
