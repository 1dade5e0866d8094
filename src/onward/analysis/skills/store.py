"""The compact, versioned on-disk form of a taxonomy (one JSON file, written atomically).

Layout: ``{"format": "onward-taxonomy", "format_version": N, "source", "version",
"attribution", "counts", "skills": [[id, label, alt_labels, description, kind, category,
reuse_level], ...], "occupations": [[id, label, alt_labels, description, isco_group], ...],
"links": [[occupation_index, skill_index, essential], ...]}``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from onward.analysis.skills.taxonomy import Occupation, OccupationSkill, Skill, Taxonomy

FORMAT_NAME = "onward-taxonomy"
FORMAT_VERSION = 1
TAXONOMY_FILE = "taxonomy.json"


class TaxonomyFormatError(ValueError):
    """The file is missing, damaged, or written by another format version."""


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``path.part`` then rename it over ``path``, so readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(path.name + ".part")
    with part.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    part.replace(path)


def _encode(taxonomy: Taxonomy) -> dict[str, Any]:
    occ_index = {o.id: i for i, o in enumerate(taxonomy.occupations)}
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "source": taxonomy.source,
        "version": taxonomy.version,
        "attribution": taxonomy.attribution,
        "counts": {
            "skills": len(taxonomy.skills),
            "occupations": len(taxonomy.occupations),
            "links": len(taxonomy.links),
        },
        "skills": [
            [s.id, s.label, list(s.alt_labels), s.description, s.kind, s.category, s.reuse_level]
            for s in taxonomy.skills
        ],
        "occupations": [
            [o.id, o.label, list(o.alt_labels), o.description, o.isco_group]
            for o in taxonomy.occupations
        ],
        "links": [
            [
                occ_index[link.occupation_id],
                taxonomy.index_of(link.skill_id),
                int(link.relation == "essential"),
            ]
            for link in taxonomy.links
        ],
    }


def save_taxonomy(taxonomy: Taxonomy, target_dir: Path) -> Path:
    """Write the compact form into ``target_dir`` and return the file's path."""
    payload = json.dumps(_encode(taxonomy), ensure_ascii=False, separators=(",", ":"))
    path = target_dir / TAXONOMY_FILE
    write_atomic(path, payload.encode("utf-8"))
    return path


def _decode(data: dict[str, Any]) -> Taxonomy:
    skills = tuple(
        Skill(
            id=r[0],
            label=r[1],
            alt_labels=tuple(r[2]),
            description=r[3],
            kind=r[4],
            category=r[5],
            reuse_level=r[6],
        )
        for r in data["skills"]
    )
    occupations = tuple(
        Occupation(id=r[0], label=r[1], alt_labels=tuple(r[2]), description=r[3], isco_group=r[4])
        for r in data["occupations"]
    )
    links = tuple(
        OccupationSkill(
            occupation_id=occupations[o].id,
            skill_id=skills[s].id,
            relation="essential" if essential else "optional",
        )
        for o, s, essential in data["links"]
    )
    return Taxonomy(
        source=data["source"],
        version=data["version"],
        skills=skills,
        occupations=occupations,
        links=links,
        attribution=data.get("attribution", ""),
    )


def load_taxonomy(target_dir: Path) -> Taxonomy:
    """Load what :func:`save_taxonomy` wrote; raise TaxonomyFormatError on any mismatch."""
    path = target_dir / TAXONOMY_FILE
    try:
        data = json.loads(path.read_bytes())
    except FileNotFoundError:
        raise TaxonomyFormatError(f"No installed taxonomy at {path}") from None
    except (OSError, ValueError) as exc:
        raise TaxonomyFormatError(f"Cannot read {path}: {exc}") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise TaxonomyFormatError(f"{path} is not an Onward taxonomy file")
    found = data.get("format_version")
    if found != FORMAT_VERSION:
        raise TaxonomyFormatError(
            f"{path} has format version {found}, this Onward reads version {FORMAT_VERSION}: "
            "install the taxonomy again"
        )
    try:
        return _decode(data)
    except (KeyError, IndexError, TypeError) as exc:
        raise TaxonomyFormatError(f"{path} is damaged: {exc!r}") from exc


def is_installed(target_dir: Path) -> bool:
    return (target_dir / TAXONOMY_FILE).is_file()
