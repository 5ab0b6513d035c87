"""The layering is a contract: only ui/ may import Qt (checked by import-linter)."""

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QT_FREE = ["domain", "storage", "services", "reports", "exchange"]


@pytest.mark.parametrize("package", QT_FREE)
def test_qt_free_packages_never_import_qt(package: str) -> None:
    offenders = []
    for path in (ROOT / "interview_desk" / package).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names
                          if n.split(".")[0] in ("PySide6", "shiboken6")
                          or n.startswith("interview_desk.ui")]
    assert offenders == []


def test_import_linter_contracts_hold() -> None:
    beside_python = Path(sys.executable).parent / "lint-imports"
    lint_imports = str(beside_python) if beside_python.exists() else shutil.which("lint-imports")
    if lint_imports is None:
        pytest.skip("import-linter is not installed (pip install -e '.[test]')")
    result = subprocess.run([lint_imports, "--no-cache"], cwd=ROOT, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_time_comes_from_the_one_clock() -> None:
    """The clock can be moved (CI runs the suite a year ahead); a direct call escapes it."""
    package = Path(__file__).resolve().parent.parent / "interview_desk"
    direct = re.compile(r"datetime\.now\(|date\.today\(|QDate\.currentDate\(|"
                        r"QDateTime\.currentDateTime\(|datetime\.utcnow\(")
    found = [f"{path.relative_to(package)}:{n}"
             for path in sorted(package.rglob("*.py")) if path.name != "clock.py"
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if direct.search(line)]
    assert found == []
