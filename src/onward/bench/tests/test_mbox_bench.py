"""End to end: ``python -m onward.bench mbox`` on a small generated mailbox, in its own
process (it sets up Django on a throwaway database of its own). No timing is asserted."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def test_the_mbox_bench_imports_a_generated_mailbox(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ONWARD_", "DJANGO_"))}
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
    done = subprocess.run(
        [sys.executable, "-m", "onward.bench", "mbox", "--messages", "40", "--large-every", "0",
         "--applications", "10"],
        capture_output=True, text=True, timeout=300, check=False, env=env, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert (result["messages"], result["status"]) == (40, "done")
    found = result["found"]
    assert found["to_review"] + found["not_job_mail"] + found["already_current"] == 40
    assert set(result["rss_samples_mib"]) and result["seconds"] > 0
