"""The Inbox import benchmark (``python -m onward.bench mbox --messages 10000``).

A generated mailbox (``onward.bench.mailbox``, our own templates, written by a child
process so its memory does not count) is imported end to end the way ``onward import mail``
does it: stream, parse, classify (on every core), match against an account's applications,
and queue review items in a throwaway SQLite database (or ``--database-url``). Reports the
wall time, the CPU time of this process and of the worker processes, the resident memory
along the way (it should stay flat), and what the import found.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import resource
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

TARGET_SECONDS = 60.0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--messages", type=int, default=10_000, help="messages in the mailbox")
    parser.add_argument("--seed", type=int, default=7, help="generator seed")
    parser.add_argument(
        "--applications", type=int, default=150, help="applications the account already has"
    )
    parser.add_argument(
        "--large-every", type=int, default=2000, help="an 8 MB attachment every N messages"
    )
    parser.add_argument(
        "--processes", type=int, help="worker processes (default: one per core, up to 4)"
    )
    parser.add_argument("--database-url", help="import into this database instead of SQLite")
    parser.add_argument("--mbox", type=Path, help="import this mbox instead of a generated one")


def run(args: argparse.Namespace) -> dict[str, Any]:
    if args.messages < 1:
        raise ValueError("--messages must be at least 1")
    with tempfile.TemporaryDirectory(prefix="onward-bench-mbox-") as folder:
        _django(Path(folder), args.database_url)
        path = args.mbox or Path(folder) / "generated.mbox"
        if args.mbox is None:
            _generate(path, args.messages, args.seed, args.large_every)
        return _measure(path, args)


def _django(folder: Path, database_url: str | None) -> None:
    os.environ["ONWARD_DATA_DIR"] = str(folder / "data")
    os.environ["ONWARD_SKILLS_SEMANTIC"] = "none"
    if database_url:
        os.environ["ONWARD_DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "onward.config.settings")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def _generate(path: Path, count: int, seed: int, large_every: int) -> None:
    from onward.bench.mailbox import write_mbox

    child = multiprocessing.get_context("spawn").Process(
        target=write_mbox, args=(path, count), kwargs={"seed": seed, "large_every": large_every}
    )
    child.start()
    child.join()
    if child.exitcode != 0:
        raise RuntimeError("generating the mailbox failed")


def _account(applications: int, seed: int) -> Any:
    """A person with applications at some of the generator's companies (others unknown)."""
    import datetime as dt

    from django.utils import timezone

    from onward.accounts import services as accounts
    from onward.bench.mailbox_templates import COMPANIES, ROLES
    from onward.tracker import services as tracker

    owner = accounts.user_create(username=f"bench{seed}", password=None)
    rng = random.Random(seed)
    start = timezone.make_aware(dt.datetime(2024, 8, 1, 9, 0))
    known = COMPANIES[: len(COMPANIES) // 2]
    for n in range(applications):
        name, domain = known[n % len(known)] if n < len(known) * 4 else (f"Other Co {n}", "")
        when = start + dt.timedelta(hours=n)
        company = tracker.company_get_or_create(owner=owner, name=name)
        if domain and not company.website:
            tracker.company_update(company=company, website=f"https://{domain}")
        tracker.application_create_with_posting(
            owner=owner,
            company=company,
            posting_fields={"title": rng.choice(ROLES)},
            applied_on=when.date(),
            now=when,
        )
    return owner


def _rss_mib(pid: int | None = None) -> float:
    """Resident memory of this process (or ``pid``) now, from /proc (0 elsewhere)."""
    try:
        pages = int(Path(f"/proc/{pid or 'self'}/statm").read_text().split()[1])
    except (OSError, ValueError, IndexError):
        return 0.0
    return round(pages * resource.getpagesize() / 2**20, 1)


def _measure(path: Path, args: argparse.Namespace) -> dict[str, Any]:
    from onward.inbox import digesting, services
    from onward.inbox.models import ImportRun, ReviewItem

    owner = _account(args.applications, args.seed)
    if args.processes is not None:
        digesting.process_count = lambda estimated: args.processes  # type: ignore[assignment]
    samples: list[tuple[int, float, float]] = []
    rss_before = _rss_mib()
    cpu_before = os.times()
    started = time.perf_counter()
    run = services.import_run_local(owner=owner, path=path)

    def sample(current: ImportRun) -> None:
        workers = [_rss_mib(child.pid) for child in multiprocessing.active_children()]
        samples.append((current.read_count, _rss_mib(), max(workers, default=0.0)))

    run = services.import_run_execute(run=run, progress=sample)
    seconds = time.perf_counter() - started
    cpu = os.times()
    size = path.stat().st_size
    items = ReviewItem.objects.filter(owner=owner)
    labels = dict(Counter(items.values_list("label", flat=True)))
    workers_cpu = cpu.children_user + cpu.children_system
    workers_cpu -= cpu_before.children_user + cpu_before.children_system
    return {
        "messages": run.read_count,
        "mbox_mib": round(size / 2**20, 1),
        "status": run.status,
        "seconds": round(seconds, 2),
        "messages_per_second": round(run.read_count / seconds, 1) if seconds else 0.0,
        "target_seconds": TARGET_SECONDS,
        "within_target": seconds <= TARGET_SECONDS,
        "cpu_seconds_main": round(cpu.user + cpu.system - cpu_before.user - cpu_before.system, 2),
        "cpu_seconds_workers": round(workers_cpu, 2),
        "worker_processes": digesting.process_count(size // 30_000),
        "cores": os.cpu_count(),
        "rss_before_mib": rss_before,
        "rss_samples_mib": _spread(samples),
        "peak_rss_main_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "peak_rss_worker_mib": max((w for _, _, w in samples), default=0.0),
        "applications_before": args.applications,
        "found": {
            "to_review": run.proposed_count,
            "not_job_mail": run.other_count,
            "already_current": run.current_count,
            "unreadable": run.unreadable_count,
            "duplicates": run.duplicate_count,
        },
        "matched_to_an_application": items.filter(application__isnull=False).count(),
        "labels": dict(sorted(labels.items())),
    }


def _spread(samples: list[tuple[int, float, float]]) -> dict[str, float]:
    """RSS after about a tenth, half and all of the messages: flat memory shows here."""
    if not samples:
        return {}
    total = samples[-1][0] or 1
    out = {}
    for share in (0.1, 0.5, 1.0):
        read, rss, _ = next((s for s in samples if s[0] >= share * total), samples[-1])
        out[f"after_{read}"] = rss
    return out
