"""Short write transactions for long imports, so other writers are never kept waiting.

SQLite has one write lock for the whole database: a transaction that writes for a minute
makes every other writer wait (and fail after the busy timeout). ``WriteBatches`` writes
rows a small chunk at a time and commits once a transaction has held the lock for about
``seconds``; then it leaves the lock free for ``pause`` seconds: a writer waiting in
SQLite's busy handler polls at least every 100 ms, so it gets its turn between two
transactions.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TypeVar

from django.db import connection, transaction

T = TypeVar("T")
CHUNK = 200  # rows per statement: a few milliseconds to tens of milliseconds of work
PENDING = 2000  # rows gathered before they are written


@dataclass
class WriteBatches:
    seconds: float = 0.2  # commit once a transaction has held the lock this long
    pause: float = 0.1  # then leave the lock free this long
    heartbeat: Callable[[], None] = field(default=lambda: None)  # first write of each batch
    count: int = 0  # transactions so far
    longest: float = 0.0  # the longest of them, in seconds

    def write_all(self, items: Sequence[T], write: Callable[[Sequence[T]], None]) -> None:
        """``write`` every item, ``CHUNK`` at a time, in as many short transactions as
        it takes."""
        done = 0
        while done < len(items):
            with self.write():
                started = time.monotonic()
                while True:  # at least one chunk per transaction
                    write(items[done : done + CHUNK])
                    done += CHUNK
                    if done >= len(items) or time.monotonic() - started >= self.seconds:
                        break

    @contextmanager
    def write(self) -> Iterator[None]:
        """One transaction (keep it short); then pause."""
        with transaction.atomic():
            started = time.monotonic()  # the lock is held from here (BEGIN IMMEDIATE)
            self.heartbeat()
            yield
        elapsed = time.monotonic() - started
        self.count += 1
        self.longest = max(self.longest, elapsed)
        if not connection.in_atomic_block:
            self._rest(time.monotonic())

    def _rest(self, started: float) -> None:
        """Leave the lock free for ``pause`` seconds; meanwhile copy the batch from SQLite's
        write-ahead log into the database (a passive checkpoint takes no lock), so the
        next writer's commit does not have to."""
        if connection.vendor == "sqlite":
            with connection.cursor() as cursor:
                cursor.execute("PRAGMA wal_checkpoint(PASSIVE)")
        left = self.pause - (time.monotonic() - started)
        if left > 0:
            time.sleep(left)


@contextmanager
def checkpoints_between_batches() -> Iterator[None]:
    """On SQLite, stop this connection's automatic checkpoints meanwhile: a commit would
    otherwise copy the log into the database itself; ``WriteBatches`` does it in the
    pauses instead."""
    if connection.vendor != "sqlite":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA wal_autocheckpoint")
        (previous,) = cursor.fetchone()
        cursor.execute("PRAGMA wal_autocheckpoint=0")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"PRAGMA wal_autocheckpoint={int(previous)}")
