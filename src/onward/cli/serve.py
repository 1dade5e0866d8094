"""``onward serve`` and ``onward worker``."""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import platformdirs
import typer

from onward.cli.bootstrap import setup_django
from onward.cli.output import console, fail

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from onward.accounts.models import User
    from onward.cli.processes import Loads
    from onward.config.proxy import WSGIApp
    from onward.core.background import BackgroundStatus


def _use_demo_data_dir() -> Path:
    base = os.environ.get("ONWARD_DATA_DIR") or platformdirs.user_data_dir(
        "onward", appauthor=False
    )
    demo_dir = Path(base).expanduser() / "demo"
    os.environ["ONWARD_DATA_DIR"] = str(demo_dir)
    os.environ.pop("ONWARD_DATABASE_URL", None)
    return demo_dir


def _prepare(*, demo: bool) -> str | None:
    """Migrate, ensure the owner account (local mode) and return a sign-in path. The demo's
    skills profile is left to ``_demo_skills_in_background``."""
    from django.conf import settings
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    if settings.SERVER_MODE:
        return None
    from onward.accounts import services as account_services

    owner, created = account_services.owner_ensure()
    if created:
        console.print(f"Created your account [bold]{owner.username}[/].", highlight=False)
        _where_data_lives()
        if not demo:
            _ask_name(owner)
    if demo:
        from onward.demo import seed

        if seed.demo_seed_if_empty(owner=owner, skills=False):
            console.print("Loaded the demo job search.", highlight=False)
    secret = account_services.signin_link_create(user=owner)
    return f"/accounts/signin/link/{secret}/"


def _demo_skills_in_background() -> threading.Thread:
    """Read the demo resume (which builds the skills engine, seconds of work) after Onward
    answers; the skills pages fill in a few seconds later. Failures are logged."""

    def run() -> None:
        from django.db import connections
        from django.utils import timezone

        from onward.accounts import services as account_services
        from onward.demo import skills as skills_demo

        try:
            owner, _ = account_services.owner_ensure()
            skills_demo.seed_skills_if_missing(owner=owner, now=timezone.now())
        except Exception:
            log.exception("could not load the demo's skills profile")
        finally:
            connections.close_all()  # this thread's connections only

    thread = threading.Thread(target=run, name="onward-demo-skills", daemon=True)
    thread.start()
    return thread


def _where_data_lives() -> None:
    from django.conf import settings
    from django.db import connection

    if connection.vendor == "sqlite":
        where = f"{settings.DATA_DIR} (a SQLite file; `onward backup` copies it safely)"
    else:
        where = f"the PostgreSQL database in ONWARD_DATABASE_URL (files in {settings.DATA_DIR})"
    console.print(f"Your data lives in {where}. It never leaves this machine.", highlight=False)


def _ask_name(owner: User) -> None:
    """First run, at a terminal: the name that signs the emails Onward drafts for you."""
    if not sys.stdin.isatty():
        return
    from onward.accounts import services as account_services

    name = typer.prompt(
        "What's your name? It signs the emails Onward drafts for you (Enter to skip)",
        default="",
        show_default=False,
    ).strip()
    if name:
        account_services.user_set_display_name(user=owner, display_name=name)
        console.print(f"Thanks, {name}.", highlight=False)


def _remember_address(base: str) -> None:
    """Where this data dir is served, so `onward signin-link` prints a link that works."""
    from django.conf import settings

    # A read-only data dir: the link command falls back to port 8000.
    with contextlib.suppress(OSError):
        (Path(settings.DATA_DIR) / "serve-address.txt").write_text(base + "\n", "utf-8")


def _behind_proxy(application: WSGIApp) -> WSGIApp:
    """Forwarding headers count from ONWARD_TRUSTED_PROXIES when ONWARD_TRUST_PROXY is on."""
    from django.conf import settings

    from onward.config import proxy

    trusted = settings.TRUSTED_PROXIES if settings.TRUST_PROXY else ()
    return proxy.forwarded_headers(application, trusted=trusted)


def serve(
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    port: int = typer.Option(8000, help="Port to listen on."),
    demo: bool = typer.Option(
        False, "--demo", help="Use a separate demo data dir with a sample job search."
    ),
    threads: int = typer.Option(8, min=1, max=64, help="Worker threads (per process)."),
    processes: int | None = typer.Option(
        None,
        min=1,
        max=64,
        help="Server processes sharing the port (default: 1 in local mode; in server mode "
        "one per core, at most 4).",
    ),
    jobs: bool | None = typer.Option(
        None,
        "--jobs/--no-jobs",
        help="Run background tasks in this process (default: yes in local mode, no in "
        "server mode, where `onward worker` runs them).",
    ),
) -> None:
    """Apply migrations and serve Onward; prints a one-time sign-in link in local mode."""
    demo_dir = _use_demo_data_dir() if demo else None
    setup_django()
    from django.conf import settings

    from onward.cli import processes as multi

    count = processes or multi.default_count(server_mode=settings.SERVER_MODE)
    if count > 1 and not multi.can_fork():
        fail("--processes above 1 needs os.fork (Linux, macOS); use --processes 1 here.")
    from waitress import create_server

    from onward.config.wsgi import application
    from onward.skills import engine as skills_engine

    skills_engine.defer_while_cold = True  # requests never wait for the first engine build
    link = _prepare(demo=demo)
    run_jobs = jobs if jobs is not None else not settings.SERVER_MODE
    if count > 1:
        try:
            sock = multi.listen(host, port)
        except OSError as exc:
            _cannot_listen(host, port, exc)
        _announce(host, port, link, demo_dir, count)
        _serve_forked(sock, count, threads=threads, jobs=run_jobs, demo=demo)
        console.print("Stopped.")
        return
    try:
        server = create_server(
            _behind_proxy(application),
            host=host,
            port=port,
            threads=threads,
            ident="onward",
            clear_untrusted_proxy_headers=False,  # _behind_proxy drops them itself
        )
    except OSError as exc:
        _cannot_listen(host, port, exc)
    _announce(host, port, link, demo_dir, 1)
    stop = threading.Event()
    _background(stop, jobs=run_jobs, demo=demo)
    try:
        server.run()
    except KeyboardInterrupt:
        console.print("Stopped.")
    finally:
        stop.set()
        server.close()


def _cannot_listen(host: str, port: int, exc: OSError) -> NoReturn:
    # socket.create_server appends "(while attempting to bind ...)": the address is shown.
    reason = str(exc.strerror or exc).split(" (while attempting")[0]
    fail(
        f"cannot listen on {host}:{port}: {reason}. "
        "Is Onward already running? Try --port (or `make run PORT=8080`)."
    )


def _announce(host: str, port: int, link: str | None, demo_dir: Path | None, count: int) -> None:
    shown_host = "127.0.0.1" if host in ("0.0.0.0", "") else host
    base = f"http://{shown_host}:{port}"
    _remember_address(base)
    if demo_dir is not None:
        console.print(
            f"Demo data lives in {demo_dir}; your own data is untouched.", highlight=False
        )
    if link:
        console.print(
            f"\nOnward is running. Open this link to sign in (works once):\n\n    {base}{link}\n",
            highlight=False,
            soft_wrap=True,
        )
    else:
        console.print(f"Onward is running at {base}", highlight=False)
    if count > 1:
        console.print(f"Serving with {count} processes.", highlight=False)
    console.print("Press Ctrl+C to stop.", style="dim")


def _background(stop: threading.Event, *, jobs: bool, demo: bool) -> None:
    """Warm the skills engine (or load the demo's skills), then freeze the start-up heap;
    run background tasks if asked."""
    from django.conf import settings

    from onward.config import jobs as job_runner
    from onward.core import heap
    from onward.skills import engine as skills_engine

    if demo and not settings.SERVER_MODE:
        warming = _demo_skills_in_background()  # it warms the engine on the way
    else:
        warming = skills_engine.warm_in_background()
    heap.freeze_after(warming)  # full garbage collections stay short from then on
    if jobs:
        job_runner.start_background(stop)


def _serve_forked(sock: socket.socket, count: int, *, threads: int, jobs: bool, demo: bool) -> None:
    """Fork ``count`` children serving on ``sock`` and supervise them until SIGINT/SIGTERM.
    Slot 0 alone runs background tasks and the demo's skills load; every other child warms
    its own skills engine."""
    from django.db import connections

    from onward.cli import processes as multi

    connections.close_all()  # children open their own
    loads = multi.Loads(count)

    def child(slot: int) -> None:
        from waitress import create_server

        from onward.config.wsgi import application
        from onward.core import heap
        from onward.skills import engine as skills_engine

        server = create_server(
            _behind_proxy(application),
            sockets=[sock],
            threads=threads,
            ident="onward",
            clear_untrusted_proxy_headers=False,  # _behind_proxy drops them itself
        )
        _balance(server, slot, loads)
        stop = threading.Event()
        if slot == 0:
            _background(stop, jobs=jobs, demo=demo)
        else:
            heap.freeze_after(skills_engine.warm_in_background())
        try:
            server.run()
        finally:
            stop.set()
            server.close()

    multi.supervise(count, child, loads)


def _balance(server: Any, slot: int, loads: Loads) -> None:
    """Listen only while this process holds no more connections than its least loaded
    sibling (``processes.Loads``); waitress asks ``readable()`` on every loop pass."""
    listening = server.readable

    def readable() -> bool:
        return bool(listening()) and loads.should_accept(slot, len(server._map))

    server.readable = readable


def worker(
    once: bool = typer.Option(False, "--once", help="Run every periodic task once and exit."),
    status: bool = typer.Option(
        False, "--status", help="Show when each task last ran and recent failures, and exit."
    ),
) -> None:
    """Run background tasks and the periodic schedule (servers run app processes with
    --no-jobs and one or more workers; several workers share the queue safely)."""
    setup_django()
    from onward.config import jobs as job_runner
    from onward.skills import engine as skills_engine

    if status:
        _print_status(job_runner.status())
        return
    if once:
        for name in job_runner.run_once():
            console.print(f"ran: {name}", highlight=False)
        _print_status(job_runner.status())
        return
    stop = threading.Event()
    skills_engine.warm_in_background()
    console.print("Worker running background tasks. Press Ctrl+C to stop.", highlight=False)
    try:
        job_runner.run_forever(stop)
    except KeyboardInterrupt:
        stop.set()
        console.print("Stopped.")


def _print_status(state: BackgroundStatus) -> None:
    for name, when in state.last_success.items():
        shown = f"{when:%Y-%m-%d %H:%M}" if when else "not in the last 7 days"
        console.print(f"{name}: last ran {shown}", highlight=False)
    console.print(f"waiting or running: {state.waiting}", highlight=False)
    for run in state.failures:
        console.print(
            f"failed {run.enqueued_at:%Y-%m-%d %H:%M}: {run.name}: {run.error}",
            style="red",
            highlight=False,
        )
