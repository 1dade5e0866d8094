"""The demo persona's skills: a resume read by the engine, most suggestions confirmed with
levels, a couple left to review; the learning plan linked to its skills. Posting skills
were computed when the demo postings were saved."""

from __future__ import annotations

import datetime as dt

from django.db import transaction

from onward.accounts.models import User
from onward.skills import selectors, services
from onward.skills.choices import SkillStatus

RESUME = """Sam Taylor, Data Analyst, Leeds

Data analyst with four years in retail analytics, mostly promotions and stock.

Experience
Data Analyst, Northgate Retail (2021-now)
- Built weekly sales dashboards in Tableau and Power BI used by 40 store managers.
- Wrote SQL against the Snowflake warehouse; automated reports with Python and pandas.
- Ran A/B tests on promotions and explained the results to buyers.
- Kept our Excel models tidy and documented.

Junior Analyst, Fenwick Foods (2019-2021)
- Forecasting and data cleaning in Excel and SQL.
- Presented findings to stakeholders every month.

Skills: SQL, Python, pandas, Tableau, Power BI, Excel, statistics, A/B testing,
data visualisation, stakeholder management, communication.
"""

LEVELS = {
    "SQL": "advanced",
    "Excel": "expert",
    "Tableau": "advanced",
    "Python": "intermediate",
    "Power BI": "intermediate",
}
LEFT_TO_REVIEW = 2


def seed_skills_if_missing(*, owner: User, now: dt.datetime) -> bool:
    """``seed_skills`` unless the demo persona already has a resume; True if it seeded.
    ``onward serve --demo`` runs this after it answers (building the skills engine takes
    seconds), and again on the next start if it was stopped before it finished."""
    if selectors.resume_list(owner=owner).exists():
        return False
    with transaction.atomic():
        seed_skills(owner=owner, now=now)
    return True


def seed_skills(*, owner: User, now: dt.datetime) -> None:
    """Read the resume, confirm all but a couple of suggestions, set some levels."""
    added = services.resume_add(owner=owner, text=RESUME, filename="sam-taylor-cv.txt")
    keep = added.suggested[:-LEFT_TO_REVIEW] if len(added.suggested) > 3 else added.suggested
    services.profile_skills_confirm(owner=owner, skills=keep)
    for skill in selectors.profile_skill_list(owner=owner, status=SkillStatus.CONFIRMED):
        level = LEVELS.get(skill.label)
        if level:
            services.profile_skill_update(skill=skill, level=level)
    _link_learning(owner)


def _link_learning(owner: User) -> None:
    """Give the demo's learning actions their skill, so completing one adds it."""
    for action in selectors.learning_action_list(owner=owner):
        if action.skill_label and not action.skill_id:
            try:
                skill_id = services.resolve_label(action.skill_label)
            except Exception:
                continue
            services.learning_action_update(action=action, skill_id=skill_id)
