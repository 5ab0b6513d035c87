"""A damaged, truncated, foreign or half-created file is refused with a typed error, unchanged."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from interview_desk.storage.database import open_database
from interview_desk.storage.errors import DatabaseFileError, OrphanedWalError
from tests.damage_corpus import CORPUS, NEEDS_NON_ROOT, is_root, snapshot


@pytest.fixture(scope="module")
def healthy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from interview_desk.services.demo import create_demo

    path = tmp_path_factory.mktemp("healthy") / "demo.sqlite3"
    create_demo(path).close()
    return path


@pytest.mark.parametrize("kind", sorted(CORPUS))
@pytest.mark.parametrize("read_only", [False, True], ids=["writable", "read-only"])
def test_every_kind_of_damage_is_refused_with_one_line_and_no_change(
        kind: str, read_only: bool, healthy: Path, tmp_path: Path) -> None:
    if kind in NEEDS_NON_ROOT and is_root():
        pytest.skip("root reads every file")
    path = CORPUS[kind](tmp_path, healthy)
    before = snapshot(path)
    with pytest.raises(DatabaseFileError) as caught:
        open_database(path, read_only=read_only)
    message = str(caught.value)
    assert "\n" not in message and str(path) in message
    assert snapshot(path) == before
    assert path.exists() == (kind != "missing with a -wal")


@pytest.mark.parametrize("kind", ["zero bytes with a -wal", "missing with a -wal"])
def test_an_empty_or_missing_file_beside_a_wal_is_never_made_new(
        kind: str, healthy: Path, tmp_path: Path) -> None:
    path = CORPUS[kind](tmp_path, healthy)
    with pytest.raises(OrphanedWalError, match="-wal"):
        open_database(path, create=True)
    assert Path(f"{path}-wal").stat().st_size > 0


def test_a_healthy_copy_opens(healthy: Path, tmp_path: Path) -> None:
    path = tmp_path / "copy.sqlite3"
    path.write_bytes(healthy.read_bytes())
    db = open_database(path, read_only=True)
    assert db.execute("SELECT COUNT(*) FROM notes").fetchone()[0] > 0
    db.close()


def test_an_empty_file_without_a_wal_becomes_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "fresh.sqlite3"
    path.write_bytes(b"")
    open_database(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] >= 1
    conn.close()
