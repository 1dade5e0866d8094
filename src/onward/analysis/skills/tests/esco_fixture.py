"""A tiny ESCO-shaped release written by us for tests: nine skills, three occupations.

It has the file names and columns of the official CSV release (so the installer reads it
as it reads the real one) but invented URIs and our own descriptions. Nothing here comes
from the ESCO data; tests write it to a temporary folder with ``esco_mini_dir()``.
"""

from __future__ import annotations

import csv
import tempfile
from functools import cache
from pathlib import Path

SKILL = "http://data.europa.eu/esco/skill/"
OCC = "http://data.europa.eu/esco/occupation/"
SKILLS_SCHEME = "http://data.europa.eu/esco/concept-scheme/skills"
HIERARCHY = "http://data.europa.eu/esco/concept-scheme/skills-hierarchy"
DATE = "2020-01-01T00:00:00Z"

# (id, skill type, reuse level, preferred label, alt labels, description)
SKILLS = [
    (
        "s-python",
        "knowledge",
        "cross-sector",
        "Python (computer programming)",
        ["Python", "python programming"],
        "The techniques and principles of writing, testing and reading programs in Python.",
    ),
    (
        "s-sql",
        "knowledge",
        "cross-sector",
        "SQL",
        ["structured query language"],
        "A language for asking a relational database for rows and changing them.",
    ),
    (
        "s-js",
        "knowledge",
        "cross-sector",
        "JavaScript",
        ["JS", "ECMAScript"],
        "Writing programs in JavaScript, in the browser or on a server.",
    ),
    (
        "s-ml",
        "knowledge",
        "cross-sector",
        "machine learning",
        ["ML", "statistical learning"],
        "Building models that learn patterns from examples and make predictions from them.",
    ),
    (
        "s-pm",
        "skill/competence",
        "cross-sector",
        "manage projects",
        ["project management", "run projects"],
        "Plan the people, money, time and quality a piece of work needs, and keep it on course.",
    ),
    (
        "s-comm",
        "skill/competence",
        "transversal",
        "communication",
        ["communicating", "communicate"],
        "Get ideas and information across to other people, in speech and in writing.",
    ),
    (
        "s-r",
        "knowledge",
        "cross-sector",
        "R",
        ["R programming"],
        "Writing statistical programs and analyses in the R language.",
    ),
    (
        "s-viz",
        "skill/competence",
        "cross-sector",
        "create data visualisations",
        ["data visualization", "Power BI dashboards"],
        "Turn numbers into charts and diagrams that people can read at a glance.",
    ),
    (
        "s-pig",
        "skill/competence",
        "sector-specific",
        "handle pigs",
        ["care for swine"],
        "Move, feed and look after pigs calmly and safely.",
    ),
]
# (id, ISCO group, code, preferred label, alt labels, description)
OCCUPATIONS = [
    (
        "o-ds",
        "2511",
        "2511.4",
        "data scientist",
        ["data science specialist"],
        "Finds data worth analysing and explains what it shows.",
    ),
    (
        "o-dev",
        "2512",
        "2512.4",
        "software developer",
        ["programmer", "software engineer"],
        "Designs, writes and maintains software.",
    ),
    ("o-farm", "6121", "6121.9", "pig breeder", [], "Raises pigs and keeps the herd healthy."),
]
RELATIONS = [  # (occupation, essential/optional, skill type, skill)
    ("o-ds", "essential", "knowledge", "s-python"),
    ("o-ds", "essential", "knowledge", "s-ml"),
    ("o-ds", "essential", "knowledge", "s-sql"),
    ("o-ds", "optional", "skill/competence", "s-viz"),
    ("o-ds", "optional", "knowledge", "s-r"),
    ("o-dev", "essential", "knowledge", "s-python"),
    ("o-dev", "essential", "knowledge", "s-js"),
    ("o-dev", "optional", "skill/competence", "s-pm"),
    ("o-dev", "optional", "skill/competence", "s-comm"),
    ("o-farm", "essential", "skill/competence", "s-pig"),
    ("o-farm", "optional", "skill/competence", "s-comm"),
]
GROUPS = [  # (id, label, code)
    ("g-root", "knowledge", "K"),
    ("g-ict", "information and communication technologies (icts)", "06"),
    ("g-soft", "software and applications development", "0613"),
]
BROADER = [  # (concept type, id, broader id)
    ("SkillGroup", "g-ict", "g-root"),
    ("SkillGroup", "g-soft", "g-ict"),
    ("KnowledgeSkillCompetence", "s-python", "g-soft"),
    ("KnowledgeSkillCompetence", "s-js", "g-soft"),
]


def _write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


def write_esco_mini(folder: Path) -> Path:
    """Write the five CSV files of the mini release into ``folder``; return it."""
    folder.mkdir(parents=True, exist_ok=True)
    _write(
        folder / "skills_en.csv",
        [
            "conceptType",
            "conceptUri",
            "skillType",
            "reuseLevel",
            "preferredLabel",
            "altLabels",
            "hiddenLabels",
            "status",
            "modifiedDate",
            "scopeNote",
            "definition",
            "inScheme",
            "description",
        ],
        [
            [
                "KnowledgeSkillCompetence",
                SKILL + sid,
                kind,
                reuse,
                label,
                "\n".join(alts),
                "",
                "released",
                DATE,
                "",
                "",
                SKILLS_SCHEME,
                text,
            ]
            for sid, kind, reuse, label, alts, text in SKILLS
        ],
    )
    _write(
        folder / "occupations_en.csv",
        [
            "conceptType",
            "conceptUri",
            "iscoGroup",
            "preferredLabel",
            "altLabels",
            "hiddenLabels",
            "status",
            "modifiedDate",
            "regulatedProfessionNote",
            "scopeNote",
            "definition",
            "inScheme",
            "description",
            "code",
        ],
        [
            [
                "Occupation",
                OCC + oid,
                isco,
                label,
                "\n".join(alts),
                "",
                "released",
                DATE,
                "",
                "",
                "",
                "http://data.europa.eu/esco/concept-scheme/occupations",
                text,
                code,
            ]
            for oid, isco, code, label, alts, text in OCCUPATIONS
        ],
    )
    _write(
        folder / "occupationSkillRelations.csv",
        ["occupationUri", "relationType", "skillType", "skillUri"],
        [[OCC + o, rel, kind, SKILL + s] for o, rel, kind, s in RELATIONS],
    )
    _write(
        folder / "skillGroups_en.csv",
        [
            "conceptType",
            "conceptUri",
            "preferredLabel",
            "altLabels",
            "hiddenLabels",
            "status",
            "modifiedDate",
            "scopeNote",
            "inScheme",
            "description",
            "code",
        ],
        [
            ["SkillGroup", SKILL + g, label, "", "", "released", "", "", HIERARCHY, "", code]
            for g, label, code in GROUPS
        ],
    )
    _write(
        folder / "broaderRelationsSkillPillar.csv",
        ["conceptType", "conceptUri", "broaderType", "broaderUri"],
        [[kind, SKILL + c, "SkillGroup", SKILL + b] for kind, c, b in BROADER],
    )
    return folder


@cache
def esco_mini_dir() -> Path:
    """The mini release, written once per test process to a temporary folder."""
    return write_esco_mini(Path(tempfile.mkdtemp(prefix="onward-esco-mini-")) / "esco-mini")
