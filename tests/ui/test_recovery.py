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


#: Damage that leaves rows SQLite can still read (the rest: see the test after this one).
DAMAGED = ["a missing column", "a missing table", "note index page flipped",
           "note table page flipped", "page 2 flipped", "user_version -1"]


@pytest.mark.parametrize("kind", DAMAGED)
def test_a_damaged_file_opens_read_only_through_a_copy_of_what_can_be_read(
        kind: str, qtbot: QtBot, healthy: Path, tmp_path: Path,
        started: list[tuple[Desk, MainWindow]]) -> None:
    path = CORPUS[kind](tmp_path, healthy)
    before = snapshot(path)
    seen = _on_dialog(qtbot, lambda d: d.read_only_button.click())
    result = _start(path)
    assert not isinstance(result, int)
    started.append(result)
    desk, window = result
    assert seen[0].salvage_button.isEnabled()
    assert desk.read_only and desk.view_of == path and desk.scratch is not None
    assert "(read-only)" in window.windowTitle() and path.name in window.windowTitle()
    # Every page builds and shows what could be read: none meets an unreadable page.
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        qtbot.waitUntil(lambda: window.stack.currentWidget().isVisible())
    copied = sum(desk.db.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]
                 for t in ("candidates", "sessions", "notes", "kits"))
    assert copied > 0
    # A write from the window is refused by SQLite, named after the damaged file.
    failed: list[str] = []
    op = window.ops.run(lambda d, _r: d.db.execute("DELETE FROM notes"))
    op.failed.connect(lambda error: failed.append(error.message))
    qtbot.waitUntil(lambda: bool(failed))
    assert str(path) in failed[0] and "read-only" in failed[0]
    assert snapshot(path) == before
    scratch = desk.scratch
    window.ops.close()
    desk.close()
    assert not scratch.exists()
    assert snapshot(path) == before


@pytest.mark.parametrize("kind", ["valid header then garbage", "truncated in half"])
def test_a_file_with_nothing_readable_comes_back_to_the_recovery_screen(
        kind: str, qtbot: QtBot, healthy: Path, tmp_path: Path) -> None:
    path = CORPUS[kind](tmp_path, healthy)
    before = snapshot(path)
    reasons: list[str] = []

    def act(dialog: RecoveryDialog) -> None:
        reasons.append(dialog.findChild(object, "recovery_reason").text())  # type: ignore[attr-defined]
        if len(reasons) == 1:
            dialog.read_only_button.click()
        else:
            dialog.reject()

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, RecoveryDialog) and dialog.isVisible() and len(reasons) < 2 \
                and (not reasons or dialog is not seen[-1]):
            seen.append(dialog)
            act(dialog)
        if len(reasons) < 2:
            QTimer.singleShot(20, look)

    seen: list[RecoveryDialog] = []
    QTimer.singleShot(0, look)
    assert _start(path) == 1
    assert len(reasons) == 2 and "Nothing could be read" in reasons[1]
    assert snapshot(path) == before


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
