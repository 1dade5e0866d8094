"""The per-process memo: values only under their own fingerprint, per owner, one
computation at a time per owner, the least recently used owner dropped first."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest

from onward.core.memo import OwnerMemo


def _counting(value: str, calls: list[str]) -> Callable[[], str]:
    def compute() -> str:
        calls.append(value)
        return value

    return compute


@pytest.mark.parametrize(
    ("second_owner", "second_fingerprint", "computed"),
    [
        pytest.param(1, "a", ["first"], id="same-owner-same-fingerprint"),
        pytest.param(1, "b", ["first", "second"], id="changed-fingerprint"),
        pytest.param(2, "a", ["first", "second"], id="another-owner"),
    ],
)
def test_a_value_is_reused_only_under_its_fingerprint(
    second_owner: int, second_fingerprint: str, computed: list[str]
) -> None:
    memo: OwnerMemo[str] = OwnerMemo()
    calls: list[str] = []
    assert memo.get_or_compute(1, "a", _counting("first", calls)) == "first"
    second = memo.get_or_compute(second_owner, second_fingerprint, _counting("second", calls))
    assert calls == computed
    assert second == computed[-1]


def test_the_least_recently_used_owner_goes_first() -> None:
    memo: OwnerMemo[int] = OwnerMemo(size=2)
    memo.get_or_compute(1, "f", lambda: 1)
    memo.get_or_compute(2, "f", lambda: 2)
    memo.get_or_compute(1, "f", lambda: -1)  # 1 is used again: 2 is now the oldest
    memo.get_or_compute(3, "f", lambda: 3)
    assert memo.get_or_compute(1, "f", lambda: -1) == 1
    assert memo.get_or_compute(2, "f", lambda: 20) == 20  # dropped, computed again


def test_concurrent_requests_for_one_owner_compute_once() -> None:
    memo: OwnerMemo[str] = OwnerMemo()
    calls: list[int] = []

    def slow() -> str:
        calls.append(1)
        time.sleep(0.05)
        return "report"

    results: list[str] = []
    threads = [
        threading.Thread(target=lambda: results.append(memo.get_or_compute(7, "f", slow)))
        for _ in range(6)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == ["report"] * 6
    assert len(calls) == 1
