"""Worst-case cost of reading hostile resume files: wall time and peak memory per file.

Every file of ``hostile_documents.CORPUS`` is read in a fresh child process (so one file's
memory cannot hide another's) by ``text_from_bytes`` of ``onward.analysis.skills.documents``
or of another copy of that module given with ``--implementation`` (to measure the code
before a change). The child reports the wall time and the CPU time of the call (the PDF
reader's process included: on a shared machine CPU time is the steadier figure), its peak
resident memory (``ru_maxrss``: the whole process, so also the interpreter, the imports and
the file's bytes, which are loaded before the call; ``rss_before_mb`` is the same figure just
before it), the peak of the PDF reader's own process where there is one, and how it ended:
``refused`` (a DocumentError, what an upload turns into a 400), ``read`` (text came back),
or ``crash`` (any other exception: a 500 on the web, a traceback in the CLI). A child is
killed after ``--timeout`` seconds or when it maps more than ``--memory-cap`` MB.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from onward.analysis.skills.tests.hostile_documents import CORPUS, WITHIN_LIMITS

_CHILD = """
import importlib.util, json, resource, sys, time
path, data_path, filename = sys.argv[1:4]
if path:
    spec = importlib.util.spec_from_file_location("documents_under_test", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
else:
    from onward.analysis.skills import documents as module
import pypdf  # loaded before the baseline, as python-docx is if there
try:
    import docx
except ImportError:
    pass
data = open(data_path, "rb").read()
def usage():
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_maxrss, kids.ru_maxrss, me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime
before, _, cpu_before = usage()
start = time.perf_counter()
try:
    text = module.text_from_bytes(data, filename)
    outcome, detail = "read", f"{len(text):,} characters"
except module.DocumentError as exc:
    outcome, detail = "refused", str(exc)
except BaseException as exc:
    outcome, detail = "crash", f"{type(exc).__name__}: {exc}"[:300]
seconds = time.perf_counter() - start
after, child, cpu_after = usage()
print(json.dumps({"seconds": round(seconds, 3), "cpu_seconds": round(cpu_after - cpu_before, 3),
                  "rss_before_mb": round(before / 1024, 1), "peak_mb": round(after / 1024, 1),
                  "child_peak_mb": round(child / 1024, 1) if child else None,
                  "outcome": outcome, "detail": detail[:300]}))
"""


def _limit_memory(megabytes: int) -> None:
    cap = megabytes * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


def _measure(
    data: bytes, filename: str, implementation: Path | None, timeout: float, memory_cap: int
) -> dict[str, Any]:
    with tempfile.NamedTemporaryFile(suffix=".bin") as handle:
        handle.write(data)
        handle.flush()
        args = [sys.executable, "-c", _CHILD, str(implementation or ""), handle.name, filename]
        try:
            done = subprocess.run(
                args,
                capture_output=True,
                text=True,
                timeout=timeout,
                preexec_fn=lambda: _limit_memory(memory_cap),
                check=False,
            )
        except subprocess.TimeoutExpired:
            return {"seconds": timeout, "peak_mb": None, "outcome": "timeout", "detail": ""}
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        detail = (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1]
        return {"seconds": None, "peak_mb": None, "outcome": "killed", "detail": detail[:300]}
    return json.loads(lines[-1])  # type: ignore[no-any-return]


def run_documents_bench(
    *,
    implementation: Path | None = None,
    keys: list[str] | None = None,
    timeout: float = 300.0,
    memory_cap: int = 6144,
) -> dict[str, Any]:
    results = []
    for item in CORPUS + WITHIN_LIMITS:
        if keys and item.key not in keys:
            continue
        data = item.build()
        measured = _measure(data, item.filename, implementation, timeout, memory_cap)
        results.append({"file": item.key, "bytes": len(data), "what": item.why} | measured)
        sys.stderr.write(f"{item.key}: {measured['outcome']} in {measured['seconds']} s\n")
    return {"implementation": str(implementation or "onward"), "files": results}


def markdown_table(result: dict[str, Any]) -> str:
    rows = [
        "| file | size | outcome | wall s | CPU s | peak RSS MB (before) | reader process MB |",
        "|---|---:|---|---:|---:|---:|---:|",
    ]
    for row in result["files"]:
        size = f"{row['bytes'] / 1024:,.0f} KB"
        peak = f"{row['peak_mb']} ({row.get('rss_before_mb')})" if row["peak_mb"] else "-"
        cells = (row["file"], size, row["outcome"], row["seconds"], row.get("cpu_seconds"), peak)
        child = row.get("child_peak_mb") or "-"
        rows.append("| " + " | ".join(str(cell) for cell in (*cells, child)) + " |")
    return "\n".join(rows)


def write_table(result: dict[str, Any], path: Path) -> None:
    path.write_text(markdown_table(result) + "\n", encoding="utf-8")
