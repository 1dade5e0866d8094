"""Keep the layers honest: the analysis engine stays framework-free."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import onward.analysis

ANALYSIS_DIR = Path(onward.analysis.__file__).parent
FORBIDDEN = (
    "django",
    "ninja",
    "onward.tracker",
    "onward.accounts",
    "onward.core",
    "onward.skills",
    "requests",
    "urllib.request",
    "http.client",
    "socket",
)


def _analysis_modules() -> list[str]:
    return [
        f"onward.analysis.{info.name}"
        for info in pkgutil.walk_packages([str(ANALYSIS_DIR)])
        if ".tests" not in f".{info.name}" and not info.name.startswith("tests")
    ]


def test_analysis_imports_no_framework_statically() -> None:
    offenders = []
    for path in ANALYSIS_DIR.rglob("*.py"):
        if "tests" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.startswith(FORBIDDEN)]
    assert offenders == []


def test_analysis_loads_without_django_in_a_clean_process() -> None:
    modules = _analysis_modules()
    assert modules, "no analysis modules found"
    code = (
        "import sys\n"
        + "".join(f"import {name}\n" for name in modules)
        + "bad = [m for m in sys.modules if m.split('.')[0] in ('django', 'ninja')]\n"
        + "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == ""


def test_views_do_not_query_models_directly() -> None:
    """Views and API handlers go through selectors and services (ownership in one place)."""
    src = Path(onward.analysis.__file__).parent.parent
    offenders = []
    for path in [*src.rglob("views.py"), *src.rglob("api.py"), *src.rglob("views/*.py")]:
        text = path.read_text(encoding="utf-8")
        if ".objects." in text:
            offenders.append(str(path.relative_to(src)))
    assert offenders == []
