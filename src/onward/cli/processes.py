"""``onward serve --processes N``: one listening socket, N forked server processes.

The parent binds the socket once, forks N children that each serve on it, and supervises
them: SIGINT/SIGTERM stops every child and returns; a child that exits on its own is
replaced after a short backoff (longer when it keeps dying at start). The parent starts no
threads, so every fork (including restarts) copies a single-threaded process.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import multiprocessing.sharedctypes
import os
import signal
import socket
import threading
import time
from collections.abc import Callable
from types import FrameType

log = logging.getLogger(__name__)

MAX_DEFAULT = 4  # server mode default: min(cpu count, 4)
QUICK_DEATH = 5.0  # seconds: a child that dies sooner than this backs off longer
FIRST_BACKOFF, MAX_BACKOFF = 0.5, 30.0
STOP_GRACE = 10.0  # seconds children get to finish before SIGKILL


def default_count(*, server_mode: bool) -> int:
    """1 in local mode; in server mode one per core, at most ``MAX_DEFAULT``."""
    return min(os.cpu_count() or 1, MAX_DEFAULT) if server_mode else 1


def can_fork() -> bool:
    return hasattr(os, "fork")


def listen(host: str, port: int) -> socket.socket:
    """The listening socket the children share (raises OSError, e.g. port in use)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    return socket.create_server((host, port), family=family, backlog=1024)


class Loads:
    """Open connections per child, in memory shared across the fork, so that a child with
    more than its least loaded sibling leaves new connections to it.

    A keep-alive connection stays with the child that accepted it; left to the kernel, 8
    clients split 6/2 or 7/1 between two children about one time in four. A child that
    defers stops listening for a moment (its loop looks again within a second), and the
    least loaded child always accepts, so a connection never waits for nobody. A sibling
    that is not serving (starting, dead: -1) or has not looked for ``STALE`` seconds (a
    wedged loop) is not deferred to.
    """

    STALE = 3.0  # seconds; an idle waitress loop looks at least once a second

    def __init__(self, count: int) -> None:
        self._open = multiprocessing.sharedctypes.RawArray(ctypes.c_int, [-1] * count)
        self._seen = multiprocessing.sharedctypes.RawArray(ctypes.c_double, count)

    def should_accept(self, slot: int, open_now: int) -> bool:
        """Record ``slot``'s open connections; whether it should accept another now."""
        now = time.monotonic()  # one clock for every process on the machine
        self._open[slot], self._seen[slot] = open_now, now
        others = [
            n
            for at, n in enumerate(self._open)
            if at != slot and n >= 0 and now - self._seen[at] < self.STALE
        ]
        return not others or open_now <= min(others)

    def vacate(self, slot: int) -> None:
        self._open[slot] = -1


def _spawn(run_child: Callable[[int], None], slot: int) -> int:
    pid = os.fork()
    if pid:
        return pid
    code = 0
    try:
        signal.signal(signal.SIGTERM, signal.default_int_handler)  # stop like Ctrl+C
        signal.signal(signal.SIGINT, signal.default_int_handler)
        run_child(slot)
    except KeyboardInterrupt:
        pass
    except BaseException:
        log.exception("server process %s failed", os.getpid())
        code = 1
    finally:
        os._exit(code)


class _Slot:
    """One child's place: its pid, when it started, and the backoff before a restart."""

    def __init__(self, pid: int) -> None:
        self.pid, self.started, self.backoff = pid, time.monotonic(), FIRST_BACKOFF
        self.restart_at = 0.0


def supervise(count: int, run_child: Callable[[int], None], loads: Loads | None = None) -> None:
    """Fork ``count`` children running ``run_child(slot)``; return after SIGINT/SIGTERM
    once every child has ended. Slot numbers are stable across restarts; a dead child's
    slot is vacated in ``loads``."""
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    slots = {slot: _Slot(_spawn(run_child, slot)) for slot in range(count)}
    try:
        while not stop.is_set():
            _reap(slots, loads)
            _restart_due(slots, run_child)
            stop.wait(0.2)
    finally:
        _stop_all(slots)
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _reap(slots: dict[int, _Slot], loads: Loads | None) -> None:
    for slot, child in slots.items():
        if not child.pid:
            continue
        pid, status = os.waitpid(child.pid, os.WNOHANG)
        if not pid:
            continue
        if loads is not None:
            loads.vacate(slot)
        lived = time.monotonic() - child.started
        child.backoff = (
            min(child.backoff * 2, MAX_BACKOFF) if lived < QUICK_DEATH else FIRST_BACKOFF
        )
        child.pid, child.restart_at = 0, time.monotonic() + child.backoff
        log.warning(
            "server process %s (slot %s) exited (%s); restarting in %.1fs",
            pid,
            slot,
            _describe(status),
            child.backoff,
        )


def _restart_due(slots: dict[int, _Slot], run_child: Callable[[int], None]) -> None:
    now = time.monotonic()
    for slot, child in slots.items():
        if not child.pid and now >= child.restart_at:
            child.pid, child.started = _spawn(run_child, slot), now


def _describe(status: int) -> str:
    if os.WIFSIGNALED(status):
        return f"signal {os.WTERMSIG(status)}"
    return f"code {os.waitstatus_to_exitcode(status)}"


def _stop_all(slots: dict[int, _Slot]) -> None:
    running = [child.pid for child in slots.values() if child.pid]
    for pid in running:
        _kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + STOP_GRACE
    while running:
        running = [pid for pid in running if not os.waitpid(pid, os.WNOHANG)[0]]
        if running and time.monotonic() > deadline:
            for pid in running:
                _kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
            return
        time.sleep(0.05)


def _kill(pid: int, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, sig)
