from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from onward.analysis.skills import store
from onward.analysis.skills.esco import (
    ESCO_V1_1_1_COUNTS,
    EscoCounts,
    EscoError,
    detect_version,
    install_esco,
    read_esco,
)
from onward.analysis.skills.taxonomy import ESCO_ATTRIBUTION, Taxonomy

from .conftest import ESCO_MINI

PYTHON = "http://data.europa.eu/esco/skill/s-python"
MINI_COUNTS = EscoCounts(skills=9, occupations=3, links=11)


def _official_zips(folder: Path) -> Path:
    """The fixture CSVs split into two zips named like the official release."""
    out = folder / "release"
    out.mkdir()
    en = out / "ESCO dataset - v1.1.1 - classification - en - csv.zip"
    neutral = out / "ESCO dataset - v1.1.1 - classification -  - csv.zip"
    with zipfile.ZipFile(en, "w") as a, zipfile.ZipFile(neutral, "w") as b:
        for path in sorted(ESCO_MINI.glob("*.csv")):
            target = b if path.name.startswith(("occupationSkill", "broader")) else a
            target.write(path, path.name)
    return out


def test_read_folder(mini: Taxonomy) -> None:
    assert (len(mini.skills), len(mini.occupations), len(mini.links)) == (9, 3, 11)
    python = mini.skill(PYTHON)
    assert python.label == "Python (computer programming)"
    assert python.alt_labels == ("Python", "python programming")
    assert python.kind == "knowledge"
    assert python.category == "information and communication technologies (icts)"
    assert mini.occupation_counts()[PYTHON] == 2
    assert mini.attribution == ESCO_ATTRIBUTION
    assert mini.key == "esco-test"


def test_install_from_official_zips(tmp_path: Path) -> None:
    release = _official_zips(tmp_path)
    assert detect_version(release) == "1.1.1"
    target = tmp_path / "taxonomy" / "esco-1.1.1"
    installed = install_esco(release, target, expected=MINI_COUNTS)
    assert installed.version == "1.1.1"
    assert store.load_taxonomy(target) == installed
    assert not list(target.glob("*.part"))


def test_official_counts_are_enforced_for_1_1_1(tmp_path: Path) -> None:
    release = _official_zips(tmp_path)
    with pytest.raises(EscoError, match="should hold"):
        install_esco(release, tmp_path / "out")
    assert ESCO_V1_1_1_COUNTS.skills == 13_896


@pytest.mark.parametrize(
    ("breakage", "message"),
    [
        pytest.param("drop:skills_en.csv", "skills_en.csv not found", id="missing-file"),
        pytest.param("column:occupations_en.csv", "lacks the columns", id="missing-column"),
        pytest.param("dangle:occupationSkillRelations.csv", "unknown concepts", id="dangling"),
        pytest.param("empty:skills_en.csv", "no skills", id="empty"),
    ],
)
def test_install_errors(tmp_path: Path, breakage: str, message: str) -> None:
    folder = tmp_path / "esco"
    shutil.copytree(ESCO_MINI, folder)
    kind, name = breakage.split(":")
    path = folder / name
    lines = path.read_text().splitlines()
    if kind == "drop":
        path.unlink()
    elif kind == "column":
        path.write_text("\n".join([lines[0].replace("preferredLabel", "label"), *lines[1:]]))
    elif kind == "dangle":
        path.write_text("\n".join(lines[:1] + [line.replace("s-", "x-") for line in lines[1:]]))
    else:
        path.write_text(lines[0] + "\n")
    with pytest.raises(EscoError, match=message):
        read_esco(folder, version="test")


def test_not_a_zip(tmp_path: Path) -> None:
    (tmp_path / "broken.zip").write_bytes(b"not a zip")
    with pytest.raises(EscoError, match="not a readable zip"):
        read_esco(tmp_path, version="test")


def test_compact_round_trip(tmp_path: Path, mini: Taxonomy) -> None:
    path = store.save_taxonomy(mini, tmp_path)
    data = json.loads(path.read_text())
    assert (data["format_version"], data["version"]) == (store.FORMAT_VERSION, "test")
    assert data["counts"] == {"skills": 9, "occupations": 3, "links": 11}
    assert store.load_taxonomy(tmp_path) == mini


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(None, "No installed taxonomy", id="absent"),
        pytest.param(b"{", "Cannot read", id="damaged"),
        pytest.param(b'{"format": "other"}', "not an Onward taxonomy", id="foreign"),
        pytest.param(
            b'{"format": "onward-taxonomy", "format_version": 999}',
            "version 999",
            id="version-mismatch",
        ),
    ],
)
def test_load_errors(tmp_path: Path, content: bytes | None, message: str) -> None:
    if content is not None:
        (tmp_path / store.TAXONOMY_FILE).write_bytes(content)
    with pytest.raises(store.TaxonomyFormatError, match=message):
        store.load_taxonomy(tmp_path)
