"""Adjacent roles over a real ESCO install: load time, index build time, memory, and the
time to rank for profiles of growing size.

    python -m onward.bench.adjacent --esco ../shared/data/esco-v1.1.1

Installs ESCO into a temporary folder (never into the project), then measures: loading the
compact file, building the role index, and ranking for profiles made of the first N skills
of occupations picked with a fixed seed (the profiles are synthetic: the figure is speed,
not quality).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from onward.analysis.adjacent_roles import adjacent_roles, build_index
from onward.analysis.skills.esco import install_esco
from onward.analysis.skills.store import load_taxonomy

T = TypeVar("T")


def _timed(run: Callable[[], T]) -> tuple[T, float, float]:
    """The result, the seconds it took, and the MiB it allocated at its peak (measured on a
    second run under tracemalloc, which slows it down)."""
    start = time.perf_counter()
    result = run()
    seconds = time.perf_counter() - start
    tracemalloc.start()
    run()
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return result, seconds, peak / 2**20


def run(esco: Path, sizes: Sequence[int], repeats: int) -> list[str]:
    lines = []
    with tempfile.TemporaryDirectory(prefix="onward-adjacent-bench-") as folder:
        target = Path(folder)
        install_esco(esco, target)
        taxonomy, seconds, mib = _timed(lambda: load_taxonomy(target))
        lines.append(f"load taxonomy.json: {seconds:.2f} s, peak {mib:.0f} MiB")
        index, seconds, mib = _timed(lambda: build_index(taxonomy))
        lines.append(
            f"build role index ({len(index):,} occupations, {len(taxonomy.links):,} links): "
            f"{seconds:.2f} s, peak {mib:.0f} MiB"
        )
        chooser = random.Random(13)
        for size in sizes:
            times = []
            for _ in range(repeats):
                picked = chooser.sample(range(len(index)), 3)
                have = [s.skill_id for i in picked for s in index.skills[i]][:size]
                start = time.perf_counter()
                adjacent_roles(index, have)
                times.append(time.perf_counter() - start)
            lines.append(
                f"rank for a {size}-skill profile: median {statistics.median(times) * 1000:.1f} ms"
                f", max {max(times) * 1000:.1f} ms ({repeats} profiles)"
            )
    return lines


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m onward.bench.adjacent")
    parser.add_argument("--esco", type=Path, required=True, help="the official ESCO CSV zips")
    parser.add_argument("--sizes", type=int, nargs="+", default=[5, 20, 60])
    parser.add_argument("--repeats", type=int, default=20)
    args = parser.parse_args(argv)
    for line in run(args.esco, args.sizes, args.repeats):
        sys.stdout.write(line + "\n")


if __name__ == "__main__":
    main()
