"""A small per-process memo for expensive per-owner reports (gap scoring, stage statistics).

Each entry is kept with the fingerprint of what it was computed from; a reader recomputes
the fingerprint (a few cheap queries) and gets the entry only while it still matches, so
several processes, each with its own memo, never serve a stale report. Values are kept as
they are (no pickling: frozen dataclasses, shared read-only between threads), the least
recently used owner is dropped past ``size``.
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

T = TypeVar("T")
_every: weakref.WeakSet[OwnerMemo[object]] = weakref.WeakSet()


class OwnerMemo(Generic[T]):
    def __init__(self, size: int = 128) -> None:
        self._size = size
        self._lock = threading.Lock()  # guards the two dicts, held briefly
        self._held: OrderedDict[int, tuple[Hashable, T]] = OrderedDict()
        self._computing: dict[int, threading.Lock] = {}  # one computation per owner
        _every.add(self)  # type: ignore[arg-type]

    def _lookup(self, owner_id: int, fingerprint: Hashable) -> tuple[bool, T | None]:
        with self._lock:
            held = self._held.get(owner_id)
            if held is None or held[0] != fingerprint:
                return False, None
            self._held.move_to_end(owner_id)
            return True, held[1]

    def get_or_compute(self, owner_id: int, fingerprint: Hashable, compute: Callable[[], T]) -> T:
        """The value held for ``owner_id`` if computed from ``fingerprint``, else
        ``compute()``. Requests for the same owner that arrive while it computes wait
        for it and reuse its value (when their fingerprint is the same) instead of all
        computing at once; other owners are not held up."""
        found, value = self._lookup(owner_id, fingerprint)
        if found:
            return value  # type: ignore[return-value]
        with self._lock:
            owner_lock = self._computing.setdefault(owner_id, threading.Lock())
        with owner_lock:
            found, value = self._lookup(owner_id, fingerprint)
            if found:
                return value  # type: ignore[return-value]
            computed = compute()
            with self._lock:
                self._held[owner_id] = (fingerprint, computed)
                self._held.move_to_end(owner_id)
                while len(self._held) > self._size:
                    dropped, _ = self._held.popitem(last=False)
                    self._computing.pop(dropped, None)
        return computed

    def clear(self) -> None:
        with self._lock:
            self._held.clear()
            self._computing.clear()


def clear_all() -> None:
    """Empty every memo of this process (tests: owner ids come back after a rollback)."""
    for memo in list(_every):
        memo.clear()
