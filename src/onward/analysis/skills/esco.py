"""Read the official ESCO CSV release (two zips, or an unpacked folder) into a Taxonomy."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from onward.analysis.skills.store import save_taxonomy
from onward.analysis.skills.taxonomy import (
    ESCO_ATTRIBUTION,
    Occupation,
    OccupationSkill,
    Skill,
    Taxonomy,
)

ESCO_VERSION = "1.1.1"
SKILLS_FILE = "skills_en.csv"
OCCUPATIONS_FILE = "occupations_en.csv"
LINKS_FILE = "occupationSkillRelations.csv"
BROADER_FILE = "broaderRelationsSkillPillar.csv"
GROUPS_FILE = "skillGroups_en.csv"
REQUIRED_COLUMNS = {
    SKILLS_FILE: ("conceptUri", "preferredLabel", "altLabels", "skillType", "description"),
    OCCUPATIONS_FILE: ("conceptUri", "preferredLabel", "altLabels", "description", "iscoGroup"),
    LINKS_FILE: ("occupationUri", "skillUri", "relationType"),
}


@dataclass(frozen=True)
class EscoCounts:
    skills: int
    occupations: int
    links: int


ESCO_V1_1_1_COUNTS = EscoCounts(skills=13_896, occupations=3_007, links=123_855)


class EscoError(ValueError):
    """The ESCO files are missing, incomplete or not the expected release."""


class _Files:
    """CSV files found in a folder, in zip files, or in zips inside a folder."""

    def __init__(self, source: Path) -> None:
        self._found: dict[str, tuple[Path, str | None]] = {}
        if not source.exists():
            raise EscoError(f"ESCO source {source} does not exist")
        paths = sorted(source.rglob("*")) if source.is_dir() else [source]
        for path in paths:
            if path.suffix.lower() == ".csv":
                self._found.setdefault(path.name, (path, None))
            elif path.suffix.lower() == ".zip":
                self._add_zip(path)

    def _add_zip(self, path: Path) -> None:
        try:
            with zipfile.ZipFile(path) as archive:
                for name in archive.namelist():
                    if name.lower().endswith(".csv"):
                        self._found.setdefault(Path(name).name, (path, name))
        except zipfile.BadZipFile as exc:
            raise EscoError(f"{path} is not a readable zip file: {exc}") from exc

    def has(self, name: str) -> bool:
        return name in self._found

    def rows(self, name: str) -> Iterator[dict[str, str]]:
        if name not in self._found:
            raise EscoError(
                f"{name} not found: pass the two official ESCO CSV zips (the 'en' one and "
                "the language-independent one with occupationSkillRelations.csv) or their "
                "unpacked files"
            )
        path, member = self._found[name]
        if member is None:
            with path.open(encoding="utf-8-sig", newline="") as handle:
                yield from self._checked(name, csv.DictReader(handle))
            return
        with zipfile.ZipFile(path) as archive, archive.open(member) as raw:
            text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
            yield from self._checked(name, csv.DictReader(text))

    @staticmethod
    def _checked(name: str, reader: csv.DictReader[str]) -> Iterator[dict[str, str]]:
        missing = [c for c in REQUIRED_COLUMNS.get(name, ()) if c not in (reader.fieldnames or ())]
        if missing:
            raise EscoError(f"{name} lacks the columns {', '.join(missing)}")
        for row in reader:
            yield {k: (v or "") for k, v in row.items() if k is not None}


def _lines(value: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(line.strip() for line in value.splitlines() if line.strip()))


def _categories(files: _Files) -> dict[str, str]:
    """Skill URI -> label of its top-but-one skill-pillar group (e.g. 'working with computers')."""
    if not (files.has(BROADER_FILE) and files.has(GROUPS_FILE)):
        return {}
    labels = {r["conceptUri"]: r["preferredLabel"] for r in files.rows(GROUPS_FILE)}
    broader: dict[str, str] = {}
    for row in files.rows(BROADER_FILE):
        broader.setdefault(row["conceptUri"], row["broaderUri"])
    categories: dict[str, str] = {}
    for uri in broader:
        chain = [uri]
        while chain[-1] in broader and len(chain) < 12:
            chain.append(broader[chain[-1]])
        groups = [u for u in chain if u in labels]
        if groups:
            categories[uri] = labels[groups[-2] if len(groups) > 1 else groups[-1]]
    return categories


def _skills(files: _Files) -> tuple[Skill, ...]:
    categories = _categories(files)
    skills = []
    for row in files.rows(SKILLS_FILE):
        label = row["preferredLabel"].strip()
        alts = tuple(a for a in _lines(row["altLabels"]) if a != label)
        skills.append(
            Skill(
                id=row["conceptUri"],
                label=label,
                alt_labels=alts,
                description=" ".join(row["description"].split()),
                kind=row["skillType"],
                category=categories.get(row["conceptUri"], ""),
                reuse_level=row.get("reuseLevel", ""),
            )
        )
    return tuple(skills)


def _occupations(files: _Files) -> tuple[Occupation, ...]:
    return tuple(
        Occupation(
            id=row["conceptUri"],
            label=row["preferredLabel"].strip(),
            alt_labels=_lines(row["altLabels"]),
            description=" ".join(row["description"].split()),
            isco_group=row["iscoGroup"],
        )
        for row in files.rows(OCCUPATIONS_FILE)
    )


def _links(
    files: _Files, skill_ids: set[str], occ_ids: set[str]
) -> tuple[tuple[OccupationSkill, ...], int]:
    """Links between known concepts, and how many rows were read in all.

    The official v1.1.1 file has 67 rows (of 123,855) naming concepts absent from the CSVs;
    they are skipped. More than 1% of such rows means the files do not belong together.
    """
    links: list[OccupationSkill] = []
    rows = dangling = 0
    for row in files.rows(LINKS_FILE):
        rows += 1
        if row["skillUri"] not in skill_ids or row["occupationUri"] not in occ_ids:
            dangling += 1
            continue
        relation = row["relationType"].strip()
        if relation not in ("essential", "optional"):
            raise EscoError(f"{LINKS_FILE}: unknown relationType {relation!r}")
        links.append(OccupationSkill(row["occupationUri"], row["skillUri"], relation))
    if dangling > rows // 100:
        raise EscoError(f"{LINKS_FILE}: {dangling} of {rows} links name unknown concepts")
    return tuple(links), rows


def _check_counts(taxonomy: Taxonomy, link_rows: int, expected: EscoCounts | None) -> None:
    found = EscoCounts(len(taxonomy.skills), len(taxonomy.occupations), link_rows)
    if expected is not None and found != expected:
        raise EscoError(f"ESCO {taxonomy.version} should hold {expected}, these files hold {found}")


def read_esco(
    source: Path, *, version: str = ESCO_VERSION, expected: EscoCounts | None = None
) -> Taxonomy:
    """Parse and validate ESCO CSVs from ``source`` (a zip, or a folder of zips or CSVs)."""
    files = _Files(source)
    skills = _skills(files)
    occupations = _occupations(files)
    if not skills or not occupations:
        raise EscoError(f"ESCO files hold no skills or no occupations in {source}")
    ids = {s.id for s in skills}
    if len(ids) != len(skills):
        raise EscoError(f"{SKILLS_FILE}: duplicate conceptUri values")
    links, link_rows = _links(files, ids, {o.id for o in occupations})
    taxonomy = Taxonomy(
        source="esco",
        version=version,
        skills=skills,
        occupations=occupations,
        links=links,
        attribution=ESCO_ATTRIBUTION,
    )
    _check_counts(taxonomy, link_rows, expected)
    return taxonomy


def detect_version(source: Path) -> str | None:
    """The release named in the file names (``... - v1.1.1 - ...``), if any."""
    names = [source.name] + ([p.name for p in source.iterdir()] if source.is_dir() else [])
    for name in names:
        match = re.search(r"\bv(\d+\.\d+(?:\.\d+)?)\b", name)
        if match:
            return match.group(1)
    return None


def install_esco(
    source: Path,
    target_dir: Path,
    *,
    version: str | None = None,
    expected: EscoCounts | None = None,
) -> Taxonomy:
    """Validate the official ESCO release at ``source`` and write its compact form.

    ``version`` defaults to the one in the file names, else ``ESCO_VERSION``. For v1.1.1 the
    counts are checked against the official ones unless ``expected`` says otherwise.
    """
    version = version or detect_version(source) or ESCO_VERSION
    if expected is None and version == "1.1.1":
        expected = ESCO_V1_1_1_COUNTS
    taxonomy = read_esco(source, version=version, expected=expected)
    save_taxonomy(taxonomy, target_dir)
    return taxonomy
