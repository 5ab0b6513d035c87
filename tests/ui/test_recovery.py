"""Start-up on a damaged file opens the recovery screen, never a traceback or a silent exit."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from interview_desk import cli
from interview_desk.services.desk import Desk
from interview_desk.storage.backup import list_backups, make_backup
from interview_desk.ui.app import start_window
from interview_desk.ui.main_window import MainWindow
from interview_desk.ui.recovery import RecoveryDialog
from tests.damage_corpus import CORPUS, NEEDS_NON_ROOT, is_root, snapshot


@pytest.fixture(scope="module")
def healthy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from interview_desk.services.demo import create_demo

    path = tmp_path_factory.mktemp("healthy") / "demo.sqlite3"
    create_demo(path).close()
    return path


def _on_dialog(qtbot: QtBot, act: Callable[[RecoveryDialog], None]) -> list[RecoveryDialog]:
    """Run ``act`` on the recovery dialog once it is up (it blocks in its own event loop)."""
    seen: list[RecoveryDialog] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, RecoveryDialog):
            seen.append(dialog)
            act(dialog)
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    return seen


def _start(path: Path) -> tuple[Desk, MainWindow] | int:
    return start_window(cli.parse(["--db", str(path)]))


@pytest.fixture
def started() -> Iterator[list[tuple[Desk, MainWindow]]]:
    windows: list[tuple[Desk, MainWindow]] = []
    yield windows
    for desk, window in windows:
        window.close()
        window.deleteLater()
        desk.close()


@pytest.mark.parametrize("kind", sorted(CORPUS))
def test_every_kind_of_damage_opens_the_recovery_screen(
        kind: str, qtbot: QtBot, healthy: Path, tmp_path: Path) -> None:
    if kind in NEEDS_NON_ROOT and is_root():
        pytest.skip("root reads every file")
    path = CORPUS[kind](tmp_path, healthy)
    before = snapshot(path)
    seen = _on_dialog(qtbot, lambda d: d.reject())
    assert _start(path) == 1
    assert len(seen) == 1
    reason = seen[0].findChild(object, "recovery_reason")
    assert str(path.name) in reason.text()  # type: ignore[attr-defined]
    assert snapshot(path) == before


@pytest.mark.parametrize("kind", ["note index page flipped", "a missing column"])
def test_a_damaged_file_offers_salvage_but_not_the_read_only_window(
        kind: str, qtbot: QtBot, healthy: Path, tmp_path: Path) -> None:
    seen = _on_dialog(qtbot, lambda d: d.reject())
    assert _start(CORPUS[kind](tmp_path, healthy)) == 1
    assert seen[0].salvage_button.isEnabled() and not seen[0].read_only_button.isEnabled()


@pytest.mark.parametrize("kind", ["zero bytes with a -wal", "missing with a -wal"])
def test_a_lone_wal_offers_neither_read_only_nor_salvage(
        kind: str, qtbot: QtBot, healthy: Path, tmp_path: Path) -> None:
    path = CORPUS[kind](tmp_path, healthy)
    seen = _on_dialog(qtbot, lambda d: d.reject())
    assert _start(path) == 1
    dialog = seen[0]
    assert "-wal" in dialog.findChild(object, "recovery_reason").text()  # type: ignore[attr-defined]
    assert not dialog.read_only_button.isEnabled()
    assert not dialog.salvage_button.isEnabled()
    assert Path(f"{path}-wal").stat().st_size > 0


def test_open_read_only_shows_the_data_and_refuses_writes(
        qtbot: QtBot, healthy: Path, tmp_path: Path,
        started: list[tuple[Desk, MainWindow]]) -> None:
    path = CORPUS["user_version newer than supported"](tmp_path, healthy)
    before = snapshot(path)
    _on_dialog(qtbot, lambda d: d.read_only_button.click())
    result = _start(path)
    assert not isinstance(result, int)
    started.append(result)
    desk, window = result
    assert desk.read_only and "(read-only)" in window.windowTitle()
    assert desk.sessions.overview()
    import sqlite3

    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        desk.db.execute("DELETE FROM sessions")
    assert snapshot(path) == before


def test_salvage_replaces_the_file_and_keeps_the_damaged_one_aside(
        qtbot: QtBot, healthy: Path, tmp_path: Path,
        started: list[tuple[Desk, MainWindow]]) -> None:
    path = CORPUS["page 2 flipped"](tmp_path, healthy)
    damaged = path.read_bytes()
    _on_dialog(qtbot, lambda d: d.salvage_button.click())
    result = _start(path)
    assert not isinstance(result, int)
    started.append(result)
    desk, _window = result
    assert not desk.read_only
    assert desk.db.execute("SELECT COUNT(*) FROM notes").fetchone()[0] > 0
    kept = [p for p in tmp_path.iterdir() if p != path and p.suffix == ".sqlite3"]
    assert [p.read_bytes() for p in kept] == [damaged]


def test_restore_a_backup_from_the_recovery_screen(
        qtbot: QtBot, healthy: Path, tmp_path: Path,
        started: list[tuple[Desk, MainWindow]]) -> None:
    path = tmp_path / "desk.sqlite3"
    path.write_bytes(healthy.read_bytes())
    good = Desk.open(path)
    make_backup(good.db, path)
    good.close()
    path.write_bytes(b"this is no longer a database")
    seen = _on_dialog(qtbot, lambda d: d.restore_button.click())
    result = _start(path)
    assert not isinstance(result, int)
    started.append(result)
    assert seen[0].backups.count() == len(list_backups(path)) == 1
    assert result[0].sessions.overview()
