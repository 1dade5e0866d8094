from __future__ import annotations

import pytest

from onward.analysis.skills.labels import resolve
from onward.analysis.skills.taxonomy import Taxonomy, load_builtin_taxonomy


@pytest.fixture(scope="module")
def builtin() -> Taxonomy:
    return load_builtin_taxonomy()


@pytest.mark.parametrize(
    ("name", "families", "best", "first_two"),
    [
        pytest.param("dbt", (), "dbt", ["dbt"], id="dbt-as-written-is-the-tool"),
        pytest.param(
            "DBT",
            (),
            "dbt",
            ["dbt", "dialectical-behaviour-therapy"],
            id="DBT-alone-is-the-whole-name",
        ),
        pytest.param(
            "DBT",
            ("Healthcare",),
            "dialectical-behaviour-therapy",
            ["dialectical-behaviour-therapy", "dbt"],
            id="DBT-for-a-therapist",
        ),
        pytest.param("dbt", ("Healthcare",), "dbt", ["dbt"], id="casing-beats-field"),
        pytest.param("Go", (), "go-lang", ["go-lang"], id="bare-name"),
        pytest.param("  sql ", (), "sql", ["sql"], id="case-insensitive-whole-name"),
    ],
)
def test_resolve(
    builtin: Taxonomy, name: str, families: tuple[str, ...], best: str | None, first_two: list[str]
) -> None:
    found = resolve(builtin, name, families=families)
    assert (found.best.id if found.best else None) == best
    assert [c.skill.id for c in found.candidates[: len(first_two)]] == first_two
    assert found.candidates[0].reasons


def test_resolve_nothing(builtin: Taxonomy) -> None:
    assert resolve(builtin, "").candidates == ()
    found = resolve(builtin, "underwater basket weaving")
    assert found.best is None and found.candidates == ()
