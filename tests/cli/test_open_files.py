"""`interview-desk [switches] FILE.json …` opens the app with files to import (a double-click)."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview_desk.cli import parse
from tests.helpers import run_cli


def test_files_after_the_switches_open_the_app_to_import_them(tmp_path: Path) -> None:
    panel = tmp_path / "panel.json"
    panel.write_text("{}", encoding="utf-8")
    db = tmp_path / "desk.sqlite3"

    args = parse(["--db", str(db), str(panel), "--session", "s-1"])

    assert args.command is None
    assert args.open_files == [panel] and args.db == db and args.session == "s-1"


def test_a_subcommand_keeps_its_own_file_arguments(tmp_path: Path) -> None:
    args = parse(["import", "a.json", "b.json", "--db", str(tmp_path / "d.sqlite3")])

    assert args.command == "import"
    assert args.files == [Path("a.json"), Path("b.json")]
    assert args.open_files == []


def test_a_missing_file_is_one_line_and_no_window(tmp_path: Path) -> None:
    result = run_cli("--db", str(tmp_path / "d.sqlite3"), str(tmp_path / "gone.json"))

    assert result.returncode == 2
    assert result.stderr == f"interview-desk: error: no file {tmp_path / 'gone.json'}\n"
    assert not (tmp_path / "d.sqlite3").exists()


def test_a_misspelt_subcommand_is_still_called_one(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        parse(["sesions"])

    assert exited.value.code == 2
    assert "invalid choice: 'sesions'" in capsys.readouterr().err
