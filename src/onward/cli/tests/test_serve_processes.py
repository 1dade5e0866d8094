"""``onward serve --processes 2`` as people run it: a real server-mode process on a free
port. It answers, runs two children, replaces a killed child, and SIGTERM ends them all."""

from __future__ import annotations

import http.client
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from onward.cli import processes

needs_fork = pytest.mark.skipif(
    not hasattr(os, "fork") or not Path("/proc/self/task").is_dir(),
    reason="forking and /proc (Linux) needed",
)

SECRET = "Pw4" + "n8Rt2Yc7Kd5Lm3Qs9Xv6" * 3


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text("ascii")
        found.update(int(child) for child in text.split())
    return found


def _wait_for(check: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def _status(port: int, path: str = "/accounts/signin/") -> int:
    """The status of one plain-HTTP request (a redirect to HTTPS in server mode)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request("GET", path, headers={"Host": "onward.example.org"})
        return conn.getresponse().status
    finally:
        conn.close()


def _answers(port: int) -> bool:
    try:
        return _status(port) < 500
    except OSError:
        return False


def _start(tmp_path: Path, mode: str) -> Iterator[tuple[subprocess.Popen[str], int]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ONWARD_", "DJANGO_"))}
    env |= {
        "ONWARD_DATA_DIR": str(tmp_path / "data"),
        "ONWARD_MODE": mode,
        "ONWARD_SECRET_KEY": SECRET,
        "ONWARD_ALLOWED_HOSTS": "onward.example.org",
        "ONWARD_SKILLS_SEMANTIC": "none",  # no encoder build in these short processes
    }
    port = _free_port()
    args = ["serve", "--processes", "2", "--port", str(port), "--no-jobs"]
    process = subprocess.Popen(
        [sys.executable, "-m", "onward", *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        yield process, port
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)  # the parent stops its children
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
        process.communicate(timeout=30)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], int]]:
    yield from _start(tmp_path, "server")


@pytest.fixture
def local_server(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], int]]:
    yield from _start(tmp_path, "local")  # plain HTTP keeps connections open


@pytest.mark.parametrize(
    ("server_mode", "cpus", "expected"),
    [
        pytest.param(False, 8, 1, id="local-mode-one"),
        pytest.param(True, 2, 2, id="server-one-per-core"),
        pytest.param(True, 16, 4, id="server-at-most-four"),
        pytest.param(True, None, 1, id="server-unknown-cores"),
    ],
)
def test_default_count(
    monkeypatch: pytest.MonkeyPatch, server_mode: bool, cpus: int | None, expected: int
) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: cpus)
    assert processes.default_count(server_mode=server_mode) == expected


@needs_fork
def test_two_children_answer_are_replaced_and_stop(
    server: tuple[subprocess.Popen[str], int],
) -> None:
    process, port = server
    _wait_for(lambda: _answers(port) or process.poll() is not None)
    assert process.poll() is None, process.stderr.read() if process.stderr else ""
    assert all(_status(port) < 500 for _ in range(6))
    first = _children(process.pid)
    assert len(first) == 2

    killed = min(first)
    os.kill(killed, signal.SIGKILL)
    _wait_for(lambda: len(_children(process.pid) - {killed}) == 2)
    assert killed not in _children(process.pid)
    _wait_for(lambda: _answers(port))

    everyone = _children(process.pid)
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=30) == 0
    for pid in everyone:
        assert not Path(f"/proc/{pid}").exists() or _zombie_or_gone(pid)


def _zombie_or_gone(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text("ascii").split()[2] == "Z"
    except OSError:
        return True


@pytest.mark.parametrize(
    ("open_now", "expected"),
    [
        pytest.param([0, 0, 0], [True, True, True], id="all-equal-all-accept"),
        pytest.param([5, 3, -1], [False, True, True], id="more-than-a-sibling-defers"),
        pytest.param([4, -1, -1], [True, True, True], id="alone-accepts"),
        pytest.param([2, 2, 7], [True, True, False], id="ties-accept"),
    ],
)
def test_loads_defer_to_the_least_loaded(open_now: list[int], expected: list[bool]) -> None:
    loads = processes.Loads(len(open_now))
    for slot, n in enumerate(open_now):
        if n >= 0:
            loads.should_accept(slot, n)
    got = [n < 0 or loads.should_accept(slot, n) for slot, n in enumerate(open_now)]
    assert got == expected


def test_a_vacated_slot_is_not_deferred_to() -> None:
    loads = processes.Loads(2)
    loads.should_accept(0, 0)
    assert not loads.should_accept(1, 3)
    loads.vacate(0)  # the child in slot 0 died: nobody to leave connections to
    assert loads.should_accept(1, 3)


def test_a_silent_sibling_is_not_deferred_to(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = [100.0]
    monkeypatch.setattr(time, "monotonic", lambda: clock[0])
    loads = processes.Loads(2)
    loads.should_accept(0, 0)
    assert not loads.should_accept(1, 3)
    clock[0] += processes.Loads.STALE  # slot 0's loop has not looked since: wedged
    assert loads.should_accept(1, 3)


def _established_per_child(parent: int, port: int) -> list[int]:
    """How many established connections to ``port`` each child holds (/proc only)."""
    inodes: set[str] = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text("ascii").splitlines()[1:]:
            fields = line.split()
            if int(fields[1].rsplit(":", 1)[1], 16) == port and fields[3] == "01":
                inodes.add(fields[9])
    return [
        sum(_socket_inode(fd) in inodes for fd in Path(f"/proc/{child}/fd").iterdir())
        for child in sorted(_children(parent))
    ]


def _socket_inode(fd: Path) -> str:
    try:
        link = str(fd.readlink())
    except OSError:  # closed meanwhile
        return ""
    return link[len("socket:[") : -1] if link.startswith("socket:[") else ""


@needs_fork
def test_keep_alive_clients_are_spread_over_the_children(
    local_server: tuple[subprocess.Popen[str], int],
) -> None:
    process, port = local_server
    _wait_for(lambda: _answers(port) or process.poll() is not None)
    assert process.poll() is None
    for _ in range(5):
        conns = [http.client.HTTPConnection("127.0.0.1", port, timeout=10) for _ in range(8)]
        try:
            for conn in conns:  # one at a time: each child has seen the last count
                conn.request("GET", "/api/v1/health", headers={"Host": "onward.example.org"})
                response = conn.getresponse()
                response.read()
                assert response.status == 200 and not response.will_close
            counts = _established_per_child(process.pid, port)
            assert sum(counts) == 8 and max(counts) - min(counts) <= 1, counts
        finally:
            for conn in conns:
                conn.close()
        time.sleep(0.5)
