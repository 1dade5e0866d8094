"""``python -m onward.bench import-lock``: does a large import block other people's writes?

In a throwaway data dir (SQLite, local mode) it creates two accounts, writes a synthetic
export (``exportgen``), starts a second process that records a check-in for the other
account every 100 ms and times each write, then runs ``onward import FILE`` through the real
command line. It reports the import's wall time and the other writer's longest wait and
failed writes ("database is locked").
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from onward.bench.exportgen import generate_export, record_count

# The other writer: one check-in every 100 ms until stdin closes; prints its timings.
_WRITER = """
import json, os, sys, threading, time
import django
os.environ["DJANGO_SETTINGS_MODULE"] = "onward.config.settings"
django.setup()
from django.db import OperationalError
from onward.accounts.models import User
from onward.growth import services
other = User.objects.get(username="other")
stop = threading.Event()
threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), daemon=True).start()
waits, failures = [], []
print("ready", flush=True)
while not stop.is_set():
    started = time.perf_counter()
    try:
        services.checkin_create(owner=other, mood=3, energy=3, note="still here")
    except OperationalError as exc:
        failures.append(str(exc))
    waits.append(time.perf_counter() - started)
    time.sleep(0.1)
print(json.dumps({"waits": waits, "failures": failures}), flush=True)
"""


def _env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ONWARD_")}
    return env | {"ONWARD_DATA_DIR": str(data_dir), "ONWARD_MODE": "local"}


def _onward(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "onward", *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=3600)


def _prepare(data_dir: Path, applications: int) -> tuple[dict[str, str], Path, dict[str, Any]]:
    env = _env(data_dir)
    for step in (("manage", "migrate", "-v", "0"), ("user", "create", "owner", "--no-password")):
        done = _onward(env, *step)
        if done.returncode != 0:
            raise RuntimeError(f"onward {' '.join(step)} failed: {done.stderr.strip()}")
    done = _onward(env, "user", "create", "other", "--no-password")
    if done.returncode != 0:
        raise RuntimeError(f"onward user create other failed: {done.stderr.strip()}")
    document = generate_export(applications=applications)
    path = data_dir / "big-export.json"
    path.write_text(json.dumps(document, indent=2, sort_keys=True), encoding="utf-8")
    info = {
        "applications": applications,
        "records": record_count(document),
        "file_mb": round(path.stat().st_size / 1e6, 1),
    }
    return env, path, info


def _summary(waits: list[float], failures: list[str]) -> dict[str, Any]:
    ordered = sorted(waits)

    def pct(p: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(p * len(ordered)))], 3) if ordered else 0.0

    return {
        "writes": len(waits),
        "failed_writes": len(failures),
        "failure_example": failures[0] if failures else "",
        "longest_wait_seconds": round(max(waits, default=0.0), 3),
        "median_wait_seconds": round(statistics.median(waits), 3) if waits else 0.0,
        "p99_wait_seconds": pct(0.99),
        "writes_waiting_over_1s": sum(w > 1 for w in waits),
    }


def run_import_lock_bench(*, applications: int, data_dir: Path | None = None) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="onward-bench-") as scratch:
        folder = data_dir or Path(scratch)
        env, path, result = _prepare(folder, applications)
        writer = subprocess.Popen(
            [sys.executable, "-c", _WRITER],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert writer.stdin is not None and writer.stdout is not None
        if writer.stdout.readline().strip() != "ready":
            raise RuntimeError("the other writer did not start")
        time.sleep(1)  # a few writes before the import, as a baseline
        started = time.perf_counter()
        done = _onward(env, "import", str(path), "--user", "owner")
        result["import_seconds"] = round(time.perf_counter() - started, 1)
        result["import_exit_code"] = done.returncode
        result["import_error"] = done.stderr.strip()[-300:] if done.returncode else ""
        time.sleep(1)
        out, _ = writer.communicate(input="", timeout=60)
        timings = json.loads(out.strip().splitlines()[-1])
        return result | _summary(timings["waits"], timings["failures"])
