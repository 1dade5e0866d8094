"""Freezing the start-up heap: once the warm-up is done, full collections skip it."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from onward.core import heap


@pytest.fixture
def unfrozen() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()  # the rest of the test run collects as usual


def test_the_heap_is_frozen_only_once_the_warm_up_has_finished(unfrozen: None) -> None:
    done = threading.Event()
    warming = threading.Thread(target=done.wait)
    warming.start()
    freezer = heap.freeze_after(warming)
    freezer.join(timeout=0.2)
    assert freezer.is_alive() and gc.get_freeze_count() == 0  # waits for the warm-up
    done.set()
    freezer.join(timeout=30)
    assert not freezer.is_alive() and gc.get_freeze_count() > 0


def test_without_a_warm_up_the_heap_is_frozen_at_once(unfrozen: None) -> None:
    heap.freeze_after(None).join(timeout=30)
    assert gc.get_freeze_count() > 0


def test_objects_made_later_are_still_collected(unfrozen: None) -> None:
    heap.freeze_startup_objects()
    cycle: list[object] = []
    cycle.append(cycle)
    alive = gc.get_freeze_count()
    del cycle
    assert gc.collect() >= 1 and gc.get_freeze_count() == alive
