"""How long a backup takes on a year's worth of candidates, and whether typing waits for it.

Run: ``python tests/benchmarks/bench_backup.py [CANDIDATES]`` from the repository root (not
collected by pytest). Fills a database as ``bench_purge.py`` does, then times one backup
(SQLite backup API + ``quick_check`` on the copy + fsync + rename) and a restore, and saves a
note every 20 ms on the main connection while the hourly backup runs on its own connection
in a thread, as the app does: the slowest of those saves is what a typist could feel.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_purge import _fill  # the same year of candidates

from interview_desk.services.demo import create_demo
from interview_desk.storage.backup import make_backup, restore_backup


def main(candidates: int = 400) -> None:
    root = Path(tempfile.mkdtemp(prefix="bench-backup-"))
    os.environ["INTERVIEW_DESK_DATA_DIR"] = str(root / "data")
    path = root / "desk.sqlite3"
    desk = create_demo(path)
    _fill(desk, candidates)
    desk.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    print(f"{candidates} candidates, file {path.stat().st_size / 1e6:.1f} MB")

    t = time.perf_counter()
    desk.db.execute("PRAGMA quick_check(1)").fetchone()
    print(f"quick_check alone: {(time.perf_counter() - t) * 1000:.0f} ms")

    note_id = desk.db.execute("SELECT id FROM notes LIMIT 1").fetchone()[0]
    saves: list[float] = []
    done = threading.Event()
    taken: list[float] = []

    def backup() -> None:
        t0 = time.perf_counter()
        make_backup(None, path)
        taken.append(time.perf_counter() - t0)
        done.set()

    thread = threading.Thread(target=backup)
    thread.start()
    n = 0
    while not done.is_set():
        n += 1
        t0 = time.perf_counter()
        with desk.db.atomic():
            desk.db.execute("UPDATE notes SET text = ? WHERE id = ?", [f"typing {n}", note_id])
        saves.append(time.perf_counter() - t0)
        time.sleep(0.02)
    thread.join()
    print(f"backup on its own connection in a thread: {taken[0] * 1000:.0f} ms")
    print(f"{len(saves)} note saves meanwhile: slowest {max(saves) * 1000:.1f} ms, "
          f"median {sorted(saves)[len(saves) // 2] * 1000:.1f} ms")

    desk.db.execute("UPDATE notes SET text = 'changed' WHERE id = ?", [note_id])
    t = time.perf_counter()
    newest = make_backup(desk.db, path)
    print(f"backup at close (main connection): {(time.perf_counter() - t) * 1000:.0f} ms")
    desk.close()
    t = time.perf_counter()
    restore_backup(newest, path)
    print(f"restore (check, keep the current file aside, rename): "
          f"{(time.perf_counter() - t) * 1000:.0f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 400)
