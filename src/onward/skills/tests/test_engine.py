"""The process-wide engine: built once per settings, the active taxonomy, search."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from typing import Any as SettingsWrapper  # pytest-django's settings fixture

import pytest

from onward.analysis.skills.semantic import semantic_available
from onward.analysis.skills.taxonomy import ESCO_ATTRIBUTION
from onward.skills import engine


def test_builtin_by_default_and_cached() -> None:
    first = engine.get_engine()
    assert first.taxonomy.source == "builtin" and first.semantic == "none"
    assert engine.get_engine() is first
    assert first.attribution == ""
    assert [m.label for m in first.extract("Strong SQL skills")] == ["SQL"]


@pytest.mark.usefixtures("esco")
def test_esco_when_installed() -> None:
    found = engine.get_engine()
    assert found.key == "esco-test" and found.attribution == ESCO_ATTRIBUTION
    assert found.skill("http://data.europa.eu/esco/skill/s-sql") is not None


def test_auto_picks_esco_once_installed(esco: Path, settings: SettingsWrapper) -> None:
    settings.SKILLS_TAXONOMY = "auto"
    assert engine.active_source() == "esco"
    settings.SKILLS_TAXONOMY = "builtin"
    assert engine.get_engine().taxonomy.source == "builtin"


def test_esco_chosen_but_missing(settings: SettingsWrapper, tmp_path: Path) -> None:
    settings.DATA_DIR = tmp_path
    settings.SKILLS_TAXONOMY = "esco"
    with pytest.raises(engine.EngineUnavailable, match="onward taxonomy install esco"):
        engine.get_engine()


@pytest.mark.parametrize(
    ("query", "first"),
    [
        pytest.param("sql", "SQL", id="exact-first"),
        pytest.param("Power B", "Power BI", id="prefix"),
        pytest.param("  ", None, id="blank"),
        pytest.param("zzqqxx", None, id="nothing"),
    ],
)
def test_search(query: str, first: str | None) -> None:
    found = engine.get_engine().search(query, limit=5)
    assert (found[0].label if found else None) == first
    assert len(found) <= 5


@pytest.mark.skipif(not semantic_available(), reason="the semantic extra is not installed")
def test_semantic_linking_when_the_extra_is_installed(
    esco: Path, settings: SettingsWrapper
) -> None:
    settings.SKILLS_SEMANTIC = "minilm"
    found = engine.get_engine()
    assert found.semantic == "minilm"
    assert (esco / "cache" / "skills").is_dir()
    # Power BI is named (a built-in tool complements ESCO); the semantic linker takes the
    # requirement phrases nothing lexical links
    mentions = found.extract("Requirements:\n- You will build data visualisations for managers.")
    assert "create data visualisations" in {m.label for m in mentions}


def test_a_broken_semantic_mode_falls_back_to_lexical(
    settings: SettingsWrapper, monkeypatch: pytest.MonkeyPatch
) -> None:
    from onward.analysis.skills import engine as analysis_engine

    real = analysis_engine.load_index

    def broken(taxonomy: Any, cache: Any = None, *, semantic: str = "auto") -> Any:
        if semantic != "none":
            raise RuntimeError("no model here")
        return real(taxonomy, cache, semantic=semantic)

    monkeypatch.setattr(analysis_engine, "load_index", broken)
    settings.SKILLS_SEMANTIC = "static"
    assert engine.get_engine().semantic == "none"
