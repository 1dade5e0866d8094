"""Server mode, checked in real subprocesses (settings are read once per process)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

STRONG_SECRET = "Zq8" + "x7Lp2Vb9Nc4Md1Kf6Hg3Js5" * 3


def _onward(
    args: list[str], env: dict[str, str], tmp_path: Path
) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("ONWARD_")}
    base.pop("DJANGO_SETTINGS_MODULE", None)
    base.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set by the browser tests' conftest
    base.update({"ONWARD_DATA_DIR": str(tmp_path), **env})
    return subprocess.run(
        [sys.executable, "-m", "onward", *args],
        env=base,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_server_mode_refuses_weak_settings(tmp_path: Path) -> None:
    result = _onward(
        ["manage", "check"],
        {"ONWARD_MODE": "server", "ONWARD_SECRET_KEY": "changeme", "ONWARD_DEBUG": "true"},
        tmp_path,
    )
    assert result.returncode != 0
    assert "refusing to start in server mode" in result.stderr
    assert "ONWARD_SECRET_KEY is weak" in result.stderr
    assert "ONWARD_ALLOWED_HOSTS is required" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_deploy_is_clean_in_server_mode(tmp_path: Path) -> None:
    result = _onward(
        ["manage", "check", "--deploy", "--fail-level", "WARNING"],
        {
            "ONWARD_MODE": "server",
            "ONWARD_SECRET_KEY": STRONG_SECRET,
            "ONWARD_ALLOWED_HOSTS": "onward.example.org",
        },
        tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_bad_env_value_is_one_clear_line(tmp_path: Path) -> None:
    result = _onward(["manage", "check"], {"ONWARD_GHOST_AFTER_DAYS": "soon"}, tmp_path)
    assert result.returncode != 0
    assert "ONWARD_GHOST_AFTER_DAYS must be a whole number" in result.stderr
    assert "Traceback" not in result.stderr
