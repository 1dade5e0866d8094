"""The framework-free CSV importer mirrors Django-side vocabularies it cannot import."""

from __future__ import annotations

from onward.analysis.tracker_csv.formats import ONWARD_COLUMNS
from onward.analysis.tracker_csv.stages import STAGES
from onward.portability.csv_export import COLUMNS
from onward.tracker.choices import Stage


def test_stage_values_match_the_tracker() -> None:
    assert set(STAGES) == {str(stage) for stage in Stage}


def test_onward_export_columns_match_the_exporter() -> None:
    assert tuple(COLUMNS) == ONWARD_COLUMNS
