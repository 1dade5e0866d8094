"""Read a PDF in a child process that the operating system stops at a time and memory limit.

Why a process: the in-process budgets of ``pdf`` stop every hostile file we know of, but
they can only act between pypdf's steps, and some of pypdf's steps cost more than their
input suggests (a font's character map is parsed again for every page and every form that
lists it; damaged files are recovered byte by byte). A thread cannot be stopped in Python,
and a signal-based timeout only works in the main thread, which a web server's request is
not. A child process can be: it sets its own address-space and CPU limits (``RLIMIT_AS``,
``RLIMIT_CPU``) before reading, and the parent kills it after ``seconds`` plus start-up.
This costs a process start per PDF (about 0.15 s of CPU to load Python and pypdf), paid for
PDF uploads only, which are rare. The .docx reader needs none of this: its work is linear in bytes
that are capped before they are read. On Windows there is no ``resource`` module, so only
the time limit holds there.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

from onward.analysis.skills.documents.limits import Budget, DocumentError, Limits, too_slow
from onward.analysis.skills.documents.pdf import text_from_pdf

STARTUP_SECONDS = 10.0  # allowance for the child to start on a busy machine
SOURCE_ROOT = str(Path(__file__).resolve().parents[4])  # the directory that holds `onward`
# The child imports this copy of Onward (an editable install may point elsewhere); "-P"
# keeps the working directory off its import path.
_CHILD = (
    "import sys\n"
    "if {root!r} not in sys.path: sys.path.insert(0, {root!r})\n"
    "from onward.analysis.skills.documents.worker import main\n"
    "raise SystemExit(main(sys.argv[1:]))\n"
)
CRASHED = "it is not a readable PDF: reading it needed more memory or time than any resume"
log = logging.getLogger(__name__)


def text_from_pdf_isolated(data: bytes, limits: Limits) -> str:
    """``pdf.text_from_pdf`` in a child process; the same text or DocumentError."""
    code = _CHILD.format(root=SOURCE_ROOT)
    command = [sys.executable, "-P", "-c", code, json.dumps(asdict(limits))]
    try:
        done = subprocess.run(
            command,
            input=data,
            capture_output=True,
            timeout=limits.seconds + STARTUP_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise too_slow(limits) from exc
    except OSError as exc:  # no process could be started: read here, with the budgets only
        log.warning("cannot start the PDF reader process (%s); reading in-process", exc)
        return text_from_pdf(data, Budget(limits))
    return _answer(done)


def _answer(done: subprocess.CompletedProcess[bytes]) -> str:
    try:
        answer = json.loads(done.stdout)
    except ValueError:
        answer = None
    if done.returncode != 0 or not isinstance(answer, dict):
        log.info("PDF reader process ended with %s: %s", done.returncode, done.stderr[-500:])
        raise DocumentError(CRASHED)
    if "error" in answer:
        raise DocumentError(str(answer["error"]))
    return str(answer["text"])
