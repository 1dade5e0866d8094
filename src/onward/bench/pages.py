"""Page and API-list latency on a large account: ``python -m onward.bench pages``.

Builds an account (``bench.account``) in a throwaway data dir (or in the database of
``ONWARD_DATABASE_URL``, e.g. under ``scripts/with-postgres``), then times every HTML page
of the app (routes discovered from the URL resolver, one object id per kind) and every API
list endpoint (GET operations without path parameters, from the OpenAPI document):

- 1 client: ``django.test.Client`` through the real WSGI stack, warm-up first;
- 8 clients: a real server process (waitress, 8 threads) hit by 8 threads at once; with
  ``--processes N`` N forked waitress processes share its socket, as ``onward serve
  --processes N`` runs them.

Each client is a browser that has seen a page before (session and CSRF cookies), so a
repeat view of unchanged data is answered from the page cache (``web.page_cache``), as it
would be for a person moving between pages; ``ONWARD_PAGE_CACHE=false`` times every page
drawn afresh (each view after a change). Prints p50/p95 in milliseconds per URL as JSON.
Nothing here asserts timings.
"""

from __future__ import annotations

import http.client
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

PARAM = re.compile(r"<(?:(?P<conv>[^>:]+):)?(?P<name>[^>]+)>")
# Pages that are not reads of the account (sign-in and sign-out, one-time links, exports
# that stream the whole account, the API's own pages).
SKIP = re.compile(r"^(accounts:(signin|signup|signout|signin_link)|portability:)")
# Pages that need a query to show anything: the board's "Show more" of a closed column.
QUERIES = {
    "tracker:board_column": "?stage=rejected",
    "strategy:report_chart": "?chart=funnel&period=month",
}


def _skills_cache() -> Path:
    from onward.bench.__main__ import default_cache

    return default_cache() / "pages-skills-cache"


def _setup(data_dir: str) -> None:
    # The skills engine distils its static encoder into the data dir once (minutes on
    # 2 cores): keep a copy outside the throwaway dir and reuse it.
    cached, target = _skills_cache(), Path(data_dir) / "cache" / "skills"
    if cached.is_dir():
        shutil.copytree(cached, target)
    os.environ.setdefault("ONWARD_DATA_DIR", data_dir)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "onward.config.settings")
    import django

    django.setup()


def html_urls(ids: dict[str, int]) -> dict[str, str]:
    """Every GET-able HTML route whose parameters are known, by route name."""
    from django.urls import URLPattern, URLResolver, get_resolver

    found: dict[str, str] = {}

    def walk(patterns: Sequence[object], prefix: str, namespace: str) -> None:
        for entry in patterns:
            if isinstance(entry, URLResolver):
                ns = entry.namespace or ""
                full = f"{namespace}:{ns}" if namespace and ns else (ns or namespace)
                walk(entry.url_patterns, prefix + str(entry.pattern), full)
            elif isinstance(entry, URLPattern):
                pattern = prefix + str(entry.pattern)
                name = f"{namespace}:{entry.name}" if namespace else str(entry.name)
                names = [m.group("name") for m in PARAM.finditer(pattern)]
                if pattern.startswith("api/") or SKIP.match(name) or set(names) - set(ids):
                    continue
                url = "/" + PARAM.sub(lambda m: str(ids[m.group("name")]), pattern)
                found[name] = url + QUERIES.get(name, "")

    walk(get_resolver().url_patterns, "", "")
    return found


def api_urls() -> dict[str, str]:
    """Every API list: GET operations without path parameters."""
    from onward.config.api import api

    paths = api.get_openapi_schema()["paths"]
    return {
        f"api {path}": path
        for path, methods in paths.items()
        if "get" in methods and "{" not in path and not path.endswith(("openapi.json", "docs"))
    }


def _percentiles(times: list[float]) -> dict[str, float]:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"p50": round(statistics.median(ordered), 1), "p95": round(p95, 1)}


def _time_one_client(
    get: Callable[[str], tuple[int, int]], url: str, requests: int, warmup: int
) -> dict[str, Any]:
    status, size = 0, 0
    for _ in range(warmup):
        status, size = get(url)
    times = []
    for _ in range(requests):
        start = time.perf_counter()
        status, size = get(url)
        times.append(1000 * (time.perf_counter() - start))
    return {"status": status, "kb": round(size / 1024, 1), **_percentiles(times)}


def _django_getter(cookies: dict[str, str], token: str) -> Callable[[str], tuple[int, int]]:
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    for name, value in cookies.items():
        client.cookies[name] = value
    bearer = f"Bearer {token}"

    def get(url: str) -> tuple[int, int]:
        if url.startswith("/api/"):
            response = client.get(url, HTTP_AUTHORIZATION=bearer)
        else:
            response = client.get(url)
        return response.status_code, len(response.content)

    return get


def _http_getter(
    port: int, cookies: dict[str, str], token: str
) -> Callable[[str], tuple[int, int]]:
    local = threading.local()
    cookie = "; ".join(f"{name}={value}" for name, value in cookies.items())

    def get(url: str) -> tuple[int, int]:
        conn = getattr(local, "conn", None)
        if conn is None:
            conn = local.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
        headers = {"Cookie": cookie, "Host": "127.0.0.1"}
        if url.startswith("/api/"):
            headers["Authorization"] = f"Bearer {token}"
        conn.request("GET", url, headers=headers)
        response = conn.getresponse()
        body = response.read()
        if response.getheader("Connection", "").lower() == "close":
            conn.close()
            local.conn = None
        return response.status, len(body)

    return get


def _time_concurrent(
    get: Callable[[str], tuple[int, int]], url: str, clients: int, per_client: int
) -> dict[str, Any]:
    times: list[float] = []
    statuses: set[int] = set()
    lock = threading.Lock()

    def worker() -> None:
        get(url)  # warm-up (and the connection)
        for _ in range(per_client):
            start = time.perf_counter()
            status, _size = get(url)
            elapsed = 1000 * (time.perf_counter() - start)
            with lock:
                times.append(elapsed)
                statuses.add(status)

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - began
    return {
        "status": sorted(statuses),
        "rps": round(len(times) / wall, 2),
        **_percentiles(times),
    }


# As `onward serve` does in each process: the skills engine warm, then the start-up heap
# frozen (``core.heap``), before the first timed request.
WARM = (
    "from onward.core import heap; from onward.skills import engine;"
    "warm = lambda: (engine.get_engine(), heap.freeze_startup_objects());"
)


def _server(port: int, processes: int = 1) -> subprocess.Popen[bytes]:
    if processes == 1:
        code = (
            "import django; django.setup();" + WARM + "warm();"
            "from waitress import serve; from onward.config.wsgi import application;"
            f"serve(application, host='127.0.0.1', port={port}, threads=8, _quiet=True)"
        )
    else:  # as `onward serve --processes N`: one socket, N forked waitress processes
        code = (
            "import django; django.setup();" + WARM + ""
            "from django.db import connections; from waitress import create_server;"
            "from onward.cli import processes; from onward.config.wsgi import application;"
            f"sock = processes.listen('127.0.0.1', {port}); connections.close_all();"
            "run = lambda slot: (warm(), connections.close_all(),"
            " create_server(application, sockets=[sock], threads=8).run());"
            f"processes.supervise({processes}, run)"
        )
    process = subprocess.Popen([sys.executable, "-c", code], env=dict(os.environ))
    for _ in range(200):
        try:
            http.client.HTTPConnection("127.0.0.1", port, timeout=1).request("GET", "/")
            return process
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("the benchmark server did not start")


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _prepare(applications: int) -> tuple[Any, dict[str, str], str, dict[str, int]]:
    from django.core.management import call_command
    from django.test import Client

    from onward.accounts import services as account_services
    from onward.bench.account import build_account

    call_command("migrate", verbosity=0)
    from onward.skills.engine import cache_dir, get_engine

    get_engine()
    if not _skills_cache().is_dir():
        shutil.copytree(cache_dir(), _skills_cache())
    owner = account_services.user_create(username=f"bench{applications}-{os.getpid()}")
    started = time.perf_counter()
    built = build_account(owner=owner, applications=applications)
    built.counts["build_seconds"] = round(time.perf_counter() - started, 1)
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(owner)
    # As a browser after its first page: the session cookie and the CSRF cookie.
    from django.urls import reverse

    client.get(reverse("web:dashboard"))
    cookies = {name: morsel.value for name, morsel in client.cookies.items()}
    return built, cookies, built.token, built.ids


def _settle_statistics() -> None:
    """PostgreSQL: gather the planner's statistics, as autovacuum does soon after a bulk
    load on a real server; timed straight after the build, plans were made without them
    (the board's fit query read all 73,000 skill rows: 22 ms, 1 ms after ANALYZE). SQLite
    is left as a fresh install has it (ANALYZE there measured no gain)."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def _machine() -> dict[str, Any]:
    from django.conf import settings
    from django.db import connection

    return {
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "database": connection.vendor,
        "page_cache": settings.PAGE_CACHE,
        "date": time.strftime("%Y-%m-%d"),
    }


def run_pages_bench(
    *,
    applications: int,
    requests: int = 20,
    concurrent: int = 8,
    only: str = "",
    processes: int = 1,
) -> dict[str, Any]:
    """Build the account, then time every page and API list (see the module doc)."""
    with tempfile.TemporaryDirectory(prefix="onward-bench-pages-") as data_dir:
        _setup(data_dir)
        built, cookies, token, ids = _prepare(applications)
        _settle_statistics()
        urls = {**html_urls(ids), **api_urls()}
        if only:
            urls = {name: url for name, url in urls.items() if re.search(only, name)}
        get = _django_getter(cookies, token)
        # POST-only routes (moves, deletes, confirmations) answer GET with 405: not pages.
        urls = {name: url for name, url in sorted(urls.items()) if get(url)[0] != 405}
        from onward.core import heap

        # As `onward serve` does once warm: the builder's and Django's objects frozen, so a
        # full garbage collection (150 ms over this process's heap) stalls no timed request.
        heap.freeze_startup_objects()
        one = {name: _time_one_client(get, url, requests, 2) for name, url in urls.items()}
        many: dict[str, Any] = {}
        if concurrent > 1:
            port = _free_port()
            server = _server(port, processes)
            try:
                hget = _http_getter(port, cookies, token)
                per_client = max(2, requests // concurrent * 2)
                for name, url in urls.items():
                    many[name] = _time_concurrent(hget, url, concurrent, per_client)
            finally:
                server.terminate()
                server.wait(30)
        result = {
            "machine": _machine(),
            "account": built.counts,
            "requests": requests,
            "server_processes": processes,
            "clients_1": one,
        }
        return result | ({f"clients_{concurrent}": many} if many else {})
