"""Every kind of damage through the CLI: one line on stderr, exit 1, the file unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview_desk.paths import resource
from tests.damage_corpus import CORPUS, NEEDS_NON_ROOT, is_root, snapshot
from tests.helpers import run_cli


@pytest.fixture(scope="module")
def healthy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from interview_desk.services.demo import create_demo

    path = tmp_path_factory.mktemp("healthy") / "demo.sqlite3"
    create_demo(path).close()
    return path


def _kit_file() -> str:
    return str(resource("kits", "second_interview_panel.json"))


@pytest.mark.parametrize("kind", sorted(CORPUS))
@pytest.mark.parametrize("command", ["sessions", "import-kit"])
def test_a_damaged_file_gets_one_line_and_exit_1(
        kind: str, command: str, healthy: Path, tmp_path: Path) -> None:
    if kind in NEEDS_NON_ROOT and is_root():
        pytest.skip("root reads every file")
    path = CORPUS[kind](tmp_path, healthy)
    before = snapshot(path)
    args = [command, _kit_file()] if command == "import-kit" else [command]
    result = run_cli(*args, "--db", str(path))
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("interview-desk: error: "), result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(path) == before
