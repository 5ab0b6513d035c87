"""How much memory each connection may keep (issue 13: peak RSS after visiting every page)."""

from __future__ import annotations

import threading
from pathlib import Path

from sqlite_utils import Database

from interview_desk.storage.connections import THREAD_CACHE_KIB
from interview_desk.storage.database import open_database


def _cache_kib(db: Database) -> int:
    return -int(db.execute("PRAGMA cache_size").fetchone()[0])


def test_connections_opened_off_the_main_thread_keep_a_smaller_page_cache(
        db_path: Path) -> None:
    # The window's connection reads the long lists; the writer's and each background
    # reader's (opened on their own threads) kept 2 MiB each as well.
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
            assert _cache_kib(second_on_main) == 2000
        finally:
            second_on_main.close()
        assert _cache_kib(window) == 2000  # SQLite's default
        assert found == [THREAD_CACHE_KIB] and THREAD_CACHE_KIB < 2000
    finally:
        window.close()
