"""Parse and classify messages on every core while the caller reads and writes.

``digests(steps, ...)`` yields ``(step, digest)`` in the order the steps came. With more
than one process, batches of raw messages go to worker processes (spawned: safe from a
server's threads, and the same on every platform) and at most a few batches are in flight,
so memory stays flat however large the mailbox. Small imports, and machines with one core,
stay in this process.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from onward.analysis.inbox.digest import MailDigest, digest_batch, digest_raw
from onward.inbox.sources import Step

CHUNK = 40  # messages per unit of work sent to a worker process
IN_FLIGHT = 3  # chunks queued per worker process
POOL_FROM = 400  # fewer messages (or bytes / 30 kB) than this: one process is quicker


def process_count(estimated_messages: int) -> int:
    """How many worker processes: one per core, none for small imports."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    if estimated_messages < POOL_FROM or (cores or 1) < 2:
        return 0
    return min(cores or 1, 4)


def digests(
    steps: Iterable[Step], *, keep_body: bool, processes: int = 0
) -> Generator[tuple[Step, MailDigest], None, None]:
    if processes < 1:
        for step in steps:
            yield step, digest_raw(step.raw, keep_body=keep_body)
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=processes, mp_context=context) as pool:
        yield from _pooled(pool, iter(steps), keep_body, processes * IN_FLIGHT)


def _pooled(
    pool: ProcessPoolExecutor, steps: Iterator[Step], keep_body: bool, window: int
) -> Iterator[tuple[Step, MailDigest]]:
    pending: deque[tuple[list[Step], Future[list[MailDigest]]]] = deque()
    try:
        while True:
            while len(pending) < window:
                chunk = list(islice(steps, CHUNK))
                if not chunk:
                    break
                raws = [step.raw for step in chunk]
                pending.append((chunk, pool.submit(digest_batch, raws, keep_body)))
            if not pending:
                return
            chunk, future = pending.popleft()
            yield from zip(chunk, future.result(), strict=True)
    finally:
        for _, future in pending:
            future.cancel()
