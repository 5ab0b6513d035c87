"""How much memory each connection may keep (issue 13: peak RSS after visiting every page)."""

from __future__ import annotations

import threading
from pathlib import Path

from interview_desk.storage.connections import CACHE_KIB
from interview_desk.storage.database import open_database
from interview_desk.storage.handle import Database


def _cache_kib(db: Database) -> int:
    return -int(db.execute("PRAGMA cache_size").fetchone()[0])


def test_every_connection_keeps_a_smaller_page_cache(db_path: Path) -> None:
    # The writer's and each background reader's (opened on their own threads) kept SQLite's
    # 2 MiB each, and so did the window's, which reads its lists once per refresh.
    window = open_database(db_path)
    found: list[int] = []

    def worker() -> None:
        db = open_database(db_path, create=False)
        try:
            found.append(_cache_kib(db))
        finally:
            db.close()

    try:
        thread = threading.Thread(target=worker)
        thread.start()
        thread.join()
        second_on_main = open_database(db_path, create=False)
        try:
            assert _cache_kib(second_on_main) == CACHE_KIB
        finally:
            second_on_main.close()
        assert _cache_kib(window) == CACHE_KIB
        assert found == [CACHE_KIB] and CACHE_KIB < 2000  # SQLite's default: 2000 KiB
    finally:
        window.close()
