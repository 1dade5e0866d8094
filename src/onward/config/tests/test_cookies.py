"""Your own Onward and the demo run on 127.0.0.1 at once: their cookies must not collide,
so opening the demo does not sign you out of your own account."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CODE = "from django.conf import settings as s; print(s.SESSION_COOKIE_NAME, s.CSRF_COOKIE_NAME)"


def _names(data_dir: Path, mode: str = "local") -> list[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ONWARD_", "DJANGO_"))}
    env.update(ONWARD_DATA_DIR=str(data_dir), ONWARD_MODE=mode)
    if mode == "server":
        env.update(ONWARD_SECRET_KEY="k3y-" + "9f2Qz7Lr" * 8, ONWARD_ALLOWED_HOSTS="onward.example")
    done = subprocess.run(
        [sys.executable, "-m", "onward", "manage", "shell", "-c", CODE],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.split()[-2:]


def test_each_data_dir_has_its_own_cookies(tmp_path: Path) -> None:
    own, demo = _names(tmp_path / "own"), _names(tmp_path / "own" / "demo")
    assert own != demo
    assert own == _names(tmp_path / "own")  # stable across restarts
    assert all(name.startswith(("onward_session_", "onward_csrftoken_")) for name in own)


def test_a_server_keeps_the_usual_names(tmp_path: Path) -> None:
    assert _names(tmp_path, mode="server") == ["sessionid", "csrftoken"]
