"""A large, valid, synthetic export file for the import benchmark (no real data).

``generate_export(applications=N)`` builds an ``onward-export`` document of a long job
search: companies, one posting per application (with a posting text of ``description_chars``
characters), each application's history of events, rejections with their message, a
reflection for some rejections and check-ins. Everything is derived from a seeded
``random.Random``, so the same arguments give the same file.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass, field
from typing import Any

_VOCABULARY = (
    "build data models ship reliable services measure outcomes with teams across product "
    "design and support own pipelines review code mentor peers write clear documents plan "
    "quarterly goals improve dashboards automate reports migrate legacy systems to the cloud "
    "analyse experiments present findings to leadership keep costs down handle incidents calmly"
)
WORDS = _VOCABULARY.split()
# A history is a list of stages after "applied"; the last stage is where it ended.
PATHS = (
    (),
    ("screening",),
    ("screening", "rejected"),
    ("rejected",),
    ("screening", "interview", "rejected"),
    ("screening", "interview", "interview", "rejected"),
    ("ghosted",),
    ("screening", "interview", "offer"),
    ("withdrawn",),
)
START = dt.datetime(2023, 1, 2, 9, 0, tzinfo=dt.UTC)


def stamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass
class _Builder:
    rng: random.Random
    description_chars: int
    data: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def text(self, chars: int) -> str:
        words: list[str] = []
        length = 0
        while length < chars:
            word = self.rng.choice(WORDS)
            words.append(word)
            length += len(word) + 1
        return " ".join(words)[:chars].strip().capitalize() + "."

    def add(self, section: str, when: dt.datetime, **values: Any) -> str:
        uid = self.uid()
        record = {"uid": uid, "created_at": stamp(when), "updated_at": stamp(when), **values}
        self.data.setdefault(section, []).append(record)
        return uid


def _posting(b: _Builder, company: str, when: dt.datetime) -> str:
    return b.add(
        "postings",
        when,
        company=company,
        title=f"{b.rng.choice(('Data', 'Software', 'Platform', 'BI'))} "
        f"{b.rng.choice(('Analyst', 'Engineer', 'Developer', 'Lead'))}",
        url="",
        description=b.text(b.description_chars),
        location=b.rng.choice(("Berlin", "Remote", "Lisbon", "")),
        work_mode=b.rng.choice(("", "remote", "hybrid", "onsite")),
        seniority="",
        role_family="data",
        industry="",
        salary_min=None,
        salary_max=None,
        salary_currency="",
        salary_period="",
        source="",
    )


def _history(b: _Builder, app: str, applied: dt.datetime) -> tuple[str, dt.datetime]:
    """Write an application's events (and rejection); return its last stage and time."""
    stage, when, previous, rounds = "applied", applied, "", 0
    path = ("applied", *b.rng.choice(PATHS))
    for stage in path:
        rounds += stage == "interview"
        event = b.add(
            "events",
            when,
            application=app,
            stage=stage,
            from_stage=previous,
            occurred_at=stamp(when),
            interview_round=rounds if stage == "interview" else None,
            interview_kind="technical" if stage == "interview" else "",
            note="",
            source="system" if stage == "ghosted" else "user",
        )
        if stage == "rejected":
            _rejection(b, app, event, previous, when)
        previous, last = stage, when
        when += dt.timedelta(days=b.rng.randint(2, 9), minutes=b.rng.randint(0, 600))
    return stage, last


def _rejection(b: _Builder, app: str, event: str, reached: str, when: dt.datetime) -> None:
    rejection = b.add(
        "rejections",
        when,
        application=app,
        event=event,
        stage_reached=reached,
        received_on=when.date().isoformat(),
        channel="email",
        reason=b.rng.choice(("none_given", "skills_mismatch", "more_experienced")),
        message=b.text(300),
    )
    del rejection  # rejections are not referred to by later sections here
    if b.rng.random() < 0.5:
        b.add(
            "reflections",
            when,
            application=app,
            event=event,
            kind="after_rejection",
            went_well=b.text(120),
            lacked=b.text(80),
            skill_tags=["sql", "python"],
        )


def generate_export(
    *, applications: int, seed: int = 7, description_chars: int = 2500
) -> dict[str, Any]:
    """An export document with ``applications`` applications and their history."""
    b = _Builder(random.Random(seed), description_chars)
    companies = [
        b.add("companies", START, name=f"Company {n:05d}", website="", notes="")
        for n in range(max(1, applications // 10))
    ]
    for n in range(applications):
        applied = START + dt.timedelta(minutes=37 * n)
        posting = _posting(b, b.rng.choice(companies), applied)
        app = b.uid()
        record: dict[str, Any] = {
            "uid": app,
            "created_at": stamp(applied),
            "updated_at": stamp(applied),
            "posting": posting,
            "applied_on": applied.date().isoformat(),
            "channel": "job_board",
            "resume_version": "",
            "tailored": False,
            "cover_letter": False,
            "notes": "",
        }
        b.data.setdefault("applications", []).append(record)
        stage, changed = _history(b, app, applied)
        record |= {"stage": stage, "stage_changed_at": stamp(changed)}
        if n % 4 == 0:
            b.add(
                "checkins", applied, at=stamp(applied), mood=3, energy=4, note="", context="manual"
            )
    events = b.data.get("events", [])
    events.sort(key=lambda e: e["occurred_at"])  # the export's order: as they happened
    account = {"display_name": "", "email": "", "time_zone": "", "ghost_after_days": None}
    return {"format": "onward-export", "version": 1, "account": account, **b.data}


def record_count(document: dict[str, Any]) -> int:
    return sum(len(value) for value in document.values() if isinstance(value, list))
