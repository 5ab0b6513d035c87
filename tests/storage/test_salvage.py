"""Salvage copies what SQLite can still read into a new file and only reads the damaged one."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview_desk.storage.database import open_database
from interview_desk.storage.errors import OrphanedWalError
from interview_desk.storage.salvage import salvage
from tests.damage_corpus import CORPUS, snapshot


@pytest.fixture(scope="module")
def healthy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from interview_desk.services.demo import create_demo

    path = tmp_path_factory.mktemp("healthy") / "demo.sqlite3"
    create_demo(path).close()
    return path


def _count(path: Path, table: str) -> int:
    db = open_database(path, read_only=True)
    try:
        return int(db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
    finally:
        db.close()


@pytest.mark.parametrize(("kind", "lost"), [
    ("page 2 flipped", "roles"),  # the notes survive the loss of the table they hang from
    ("note index page flipped", None),
    ("a missing table", "scorecards"),
    ("user_version newer than supported", None),
])
def test_salvage_keeps_every_readable_row(kind: str, lost: str | None, healthy: Path,
                                          tmp_path: Path) -> None:
    path = CORPUS[kind](tmp_path, healthy)
    before = snapshot(path)
    report = salvage(path, tmp_path / "salvaged.sqlite3")
    assert snapshot(path) == before
    assert report.copied["notes"] == _count(healthy, "notes")
    assert _count(tmp_path / "salvaged.sqlite3", "notes") == _count(healthy, "notes")
    if lost == "scorecards":
        assert report.unreadable_tables == ["scorecards"]
    elif lost == "roles":
        assert report.copied["roles"] < _count(healthy, "roles") and report.orphans > 0
    else:
        assert report.rows > 0 and not report.unreadable_tables


def test_salvage_never_reads_an_empty_file_beside_a_wal(healthy: Path, tmp_path: Path) -> None:
    path = CORPUS["zero bytes with a -wal"](tmp_path, healthy)
    with pytest.raises(OrphanedWalError):
        salvage(path, tmp_path / "salvaged.sqlite3")
    assert Path(f"{path}-wal").stat().st_size > 0
