"""Start the real ``onward serve`` (server mode, its own data dir and database) for a test,
and talk to it as a TLS-terminating proxy would."""

from __future__ import annotations

import http.client
import os
import re
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

HOST = "onward.example.org"
PASSWORD = "correct horse battery staple"
STRONG_SECRET = "Zq8" + "x7Lp2Vb9Nc4Md1Kf6Hg3Js5" * 3
_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _environment(data_dir: Path, extra: Mapping[str, str]) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("ONWARD_")}
    for name in ("DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"):
        base.pop(name, None)
    base.update(
        {
            "ONWARD_MODE": "server",
            "ONWARD_SECRET_KEY": STRONG_SECRET,
            "ONWARD_ALLOWED_HOSTS": HOST,
            "ONWARD_DATA_DIR": str(data_dir),
            "ONWARD_SKILLS_SEMANTIC": "none",
            **extra,
        }
    )
    return base


@contextmanager
def _database() -> Iterator[dict[str, str]]:
    """SQLite in the data dir, or a fresh database on the PostgreSQL leg's server."""
    url = os.environ.get("ONWARD_DATABASE_URL", "")
    if not url.startswith("postgres"):
        yield {}
        return
    import psycopg

    name = f"onward_serve_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield {"ONWARD_DATABASE_URL": urlunsplit(urlsplit(url)._replace(path=f"/{name}"))}
    finally:
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _onward(args: list[str], env: dict[str, str], stdin: str = "") -> None:
    result = subprocess.run(
        [sys.executable, "-m", "onward", *args],
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _wait_until_listening(port: int, process: subprocess.Popen[str], log: Path) -> None:
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"onward serve exited:\n{log.read_text()}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"onward serve did not start listening:\n{log.read_text()}")


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: str
    cookies: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Server:
    port: int

    def request(
        self,
        method: str,
        path: str,
        *,
        headers: Mapping[str, str] | None = None,
        body: str | None = None,
    ) -> Response:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            conn.request(method, path, body=body, headers={"Host": HOST, **(headers or {})})
            raw = conn.getresponse()
            text = raw.read().decode("utf-8", "replace")
            header_map = {k.lower(): v for k, v in raw.getheaders()}
            cookies = {}
            for name, value in raw.getheaders():
                if name.lower() == "set-cookie":
                    key, _, rest = value.partition("=")
                    cookies[key] = rest.split(";", 1)[0]
            return Response(raw.status, header_map, text, cookies)
        finally:
            conn.close()


@dataclass(frozen=True)
class Forwarder:
    """What a TLS proxy in front of Onward sends: the client's scheme, address and host."""

    server: Server
    client: str = "198.51.100.10"
    proto: str = "https"
    forwarded_for: str | None = None  # the whole X-Forwarded-For, when a test sets it

    def headers(self) -> dict[str, str]:
        return {
            "X-Forwarded-Proto": self.proto,
            "X-Forwarded-For": self.forwarded_for or self.client,
            "X-Forwarded-Host": HOST,
        }

    def get(self, path: str, **extra: str) -> Response:
        return self.server.request("GET", path, headers={**self.headers(), **extra})

    def signin_form(self) -> tuple[str, str]:
        """The CSRF cookie and form token of a fresh sign-in page."""
        page = self.get("/accounts/signin/")
        assert page.status == 200, (page.status, page.headers)
        token = _TOKEN.search(page.body)
        assert token is not None and "csrftoken" in page.cookies
        return page.cookies["csrftoken"], token.group(1)

    def sign_in(self, username: str, password: str, form: tuple[str, str]) -> Response:
        cookie, token = form
        body = urlencode({"csrfmiddlewaretoken": token, "username": username, "password": password})
        headers = {
            **self.headers(),
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"csrftoken={cookie}",
            "Origin": f"{self.proto}://{HOST}",
            "Referer": f"{self.proto}://{HOST}/accounts/signin/",
        }
        return self.server.request("POST", "/accounts/signin/", headers=headers, body=body)


@contextmanager
def running_server(tmp: Path, env: Mapping[str, str]) -> Iterator[Server]:
    """``onward serve`` as users run it, with an account ``alice`` (password PASSWORD)."""
    with _database() as database:
        full_env = _environment(tmp, {**database, **env})
        _onward(["manage", "migrate", "--verbosity", "0"], full_env)
        _onward(["user", "create", "alice", "--password-stdin"], full_env, PASSWORD + "\n")
        port = _free_port()
        log = tmp / "serve.log"
        with log.open("w") as out:
            process = subprocess.Popen(
                [sys.executable, "-m", "onward", "serve", "--port", str(port), "--no-jobs"],
                env=full_env,
                stdout=out,
                stderr=subprocess.STDOUT,
                text=True,
            )
        try:
            _wait_until_listening(port, process, log)
            yield Server(port)
        finally:
            process.terminate()
            process.wait(timeout=30)
