"""The child process of ``isolated``: ``main([LIMITS_JSON])`` reads a PDF's bytes from stdin
and writes ``{"text": ...}`` or ``{"error": message}`` to stdout, after limiting its own
memory and CPU time."""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Sequence

from onward.analysis.skills.documents.limits import Budget, DocumentError, Limits
from onward.analysis.skills.documents.pdf import LIMITED, text_from_pdf


def limit_resources(limits: Limits) -> None:
    """Cap this process's address space and CPU seconds (where the platform can)."""
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows: the parent's timeout still holds
        return
    memory = limits.max_memory_bytes
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    cpu = math.ceil(limits.seconds) + 1
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))


def read(data: bytes, limits: Limits) -> dict[str, str]:
    try:
        return {"text": text_from_pdf(data, Budget(limits))}
    except DocumentError as exc:
        return {"error": str(exc)}
    except MemoryError:
        return {"error": LIMITED}


def main(argv: Sequence[str]) -> int:
    limits = Limits(**json.loads(argv[0]))
    limit_resources(limits)
    answer = read(sys.stdin.buffer.read(), limits)
    sys.stdout.write(json.dumps(answer))
    return 0
