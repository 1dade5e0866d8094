"""Extraction speed: first index build, later start-up, and warm postings per second.

``semantic`` picks the linker's encoder: "none" (the product default: rules and lexical
matching), "static" (a wordpiece table distilled from MiniLM, no torch at run time) or
"minilm" (the transformer itself).
"""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from onward.analysis.skills import engine
from onward.analysis.skills.extract import ExtractConfig, SkillIndex, extract
from onward.analysis.skills.store import is_installed
from onward.bench.skills import resolve_taxonomy

_STARTUP = """
import sys, time
t = time.perf_counter()
from pathlib import Path
from onward.analysis.skills import engine, store
taxonomy = store.load_taxonomy(Path(sys.argv[1]))
model = Path(sys.argv[4]) if len(sys.argv) > 4 else None
engine.load_index(taxonomy, Path(sys.argv[3]), semantic=sys.argv[2], model_path=model)
print(round(time.perf_counter() - t, 2), "torch" in sys.modules)
"""


def read_postings(path: Path, limit: int) -> list[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle)
        return [row["description"] for _, row in zip(range(limit), rows, strict=False)]


def _startup(taxonomy_dir: Path, mode: str, cache: Path, model: Path | None) -> dict[str, Any]:
    """Start-up in a fresh process: load compact taxonomy + cached embeddings (+ model)."""
    args = [sys.executable, "-c", _STARTUP, str(taxonomy_dir), mode, str(cache)]
    args += [str(model)] if model else []
    out = subprocess.run(args, capture_output=True, text=True, check=True, timeout=600)
    seconds, torch = out.stdout.strip().splitlines()[-1].split()
    return {"startup_seconds": float(seconds), "startup_imports_torch": torch == "True"}


def run_speed_bench(
    *,
    taxonomy_path: Path,
    postings: Path,
    limit: int,
    cache_dir: Path,
    model_path: Path | None,
    semantic: str,
) -> dict[str, Any]:
    texts = read_postings(postings, limit)
    taxonomy = resolve_taxonomy(taxonomy_path, cache_dir)
    taxonomy_dir = taxonomy_path
    if not is_installed(taxonomy_path):
        taxonomy_dir = cache_dir / "taxonomy" / f"esco-{taxonomy.version}"
    result: dict[str, Any] = {"taxonomy": taxonomy.key, "postings": len(texts), "mode": semantic}
    speed_cache = cache_dir / f"speed-{semantic}"
    shutil.rmtree(speed_cache, ignore_errors=True)  # measure the first build honestly
    started = time.perf_counter()
    index = engine.load_index(taxonomy, speed_cache, semantic=semantic, model_path=model_path)
    result["first_index_build_seconds"] = round(time.perf_counter() - started, 2)
    if index.semantic is not None:
        result["model"] = index.semantic.encoder.model_id
        result["label_texts_embedded"] = index.semantic.label_rows
    result |= _startup(taxonomy_dir, semantic, speed_cache, model_path)
    result |= _throughput(texts, index)
    return result


def _throughput(texts: list[str], index: SkillIndex) -> dict[str, Any]:
    config = ExtractConfig()
    for text in texts[: min(20, len(texts))]:
        extract(text, index, config)  # warm caches and code paths
    started, cpu = time.perf_counter(), time.process_time()
    counts: dict[str, int] = {}
    for text in texts:
        for mention in extract(text, index, config):
            counts[mention.method] = counts.get(mention.method, 0) + 1
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu
    return {
        "warm_postings_per_second": round(len(texts) / elapsed, 1),
        # CPU time is less affected by other jobs on a shared machine than wall time
        "warm_postings_per_cpu_second": round(len(texts) / cpu, 1) if cpu else None,
        "warm_seconds": round(elapsed, 2),
        "mean_chars": round(sum(map(len, texts)) / max(1, len(texts))),
        "mentions_per_posting": round(sum(counts.values()) / max(1, len(texts)), 1),
        "mentions_by_method": counts,
    }
