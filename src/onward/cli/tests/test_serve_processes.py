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


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], int]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ONWARD_", "DJANGO_"))}
    env |= {
        "ONWARD_DATA_DIR": str(tmp_path / "data"),
        "ONWARD_MODE": "server",
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
            process.kill()
        process.communicate(timeout=30)


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
