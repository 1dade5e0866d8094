"""Fixtures of the Inbox tests: emails and mailboxes written here, and a test CA with a
certificate for 127.0.0.1 (made with the openssl command line) for the IMAP server."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from onward.cli.app import app
from onward.cli.tests.conftest import Invoke


@dataclass(frozen=True)
class TlsFiles:
    ca: Path
    cert: Path
    key: Path
    other_ca: Path  # a CA that did not sign the server's certificate


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


def _ca(folder: Path, name: str) -> None:
    _openssl(
        "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
        "-keyout", f"{name}.key", "-out", f"{name}.pem", "-days", "2", "-subj", f"/CN={name}",
        "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign",
        cwd=folder,
    )  # fmt: skip


@pytest.fixture(scope="session")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> TlsFiles:
    if shutil.which("openssl") is None:
        reason = "the openssl command is needed to make the test certificates (apt install openssl)"
        if os.environ.get("CI"):
            pytest.fail(reason)  # CI must run the IMAP tests
        pytest.skip(reason)
    folder = tmp_path_factory.mktemp("tls")
    _ca(folder, "onward-test-ca")
    _ca(folder, "someone-else-ca")
    (folder / "server.ext").write_text(
        "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n"
        "keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n"
        "subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n"
    )
    _openssl(
        "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
        "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=127.0.0.1",
        cwd=folder,
    )  # fmt: skip
    _openssl(
        "x509", "-req", "-in", "server.csr", "-CA", "onward-test-ca.pem",
        "-CAkey", "onward-test-ca.key", "-CAcreateserial", "-out", "server.pem", "-days", "2",
        "-extfile", "server.ext",
        cwd=folder,
    )  # fmt: skip
    return TlsFiles(
        ca=folder / "onward-test-ca.pem",
        cert=folder / "server.pem",
        key=folder / "server.key",
        other_ca=folder / "someone-else-ca.pem",
    )


@pytest.fixture
def invoke() -> Invoke:
    """The real ``onward`` command, run in this process against the test database."""
    runner = CliRunner()

    def run(args: Sequence[str], *, input: str | None = None) -> Result:
        return runner.invoke(app, list(args), input=input)

    return run
