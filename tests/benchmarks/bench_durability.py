"""What durability costs: note saves with synchronous=NORMAL vs FULL, and the checks at open.

Not a test (pytest does not collect bench_*.py). Run from the repository root:

    python tests/benchmarks/bench_durability.py [--sessions 500] [--saves 300]

Builds the large database of ``bench_live_typing`` (SESSIONS sessions, ~60 notes each with
full-text index), on the disk of the temporary folder (not tmpfs: fsync must be real), then:

* times SAVES note saves (upsert + FTS, one transaction each, as the autosave writer does)
  with ``synchronous = NORMAL`` (the old setting) and ``FULL`` (the current one);
* times the first open in a process (quick_check + schema check + checkpoint) and the
  quick_check alone, so the start-up cost of the checks can be stated;
* times the checkpoint (TRUNCATE) at a clean close after the saves.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from interview_desk.services.desk import Desk
from tests.benchmarks.bench_live_typing import WORDS, build, pct


def _saves(desk: Desk, session_id: str, count: int, synchronous: str) -> list[float]:
    desk.db.execute(f"PRAGMA synchronous = {synchronous}")
    state = desk.live.open(session_id)
    note = state.note(state.kit.questions()[5].id)
    out = []
    for i in range(count):
        note.text += WORDS[i % len(WORDS)] + " "
        t = time.perf_counter()
        desk.live.save_note(note, 0)
        out.append((time.perf_counter() - t) * 1000)
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, default=500)
    parser.add_argument("--saves", type=int, default=300)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-durability-", dir=os.environ.get("TMPDIR")))
    db = folder / "big.sqlite3"
    t0 = time.perf_counter()
    sid = build(db, args.sessions)
    print(f"built {args.sessions} sessions in {time.perf_counter() - t0:.1f} s "
          f"({db.stat().st_size / 1e6:.0f} MB)")

    t = time.perf_counter()
    desk = Desk.open(db)
    print(f"first open (quick_check, schema check, checkpoint): "
          f"{(time.perf_counter() - t) * 1000:.0f} ms")
    for synchronous in ("NORMAL", "FULL"):
        ms = _saves(desk, sid, args.saves, synchronous)
        print(f"note save, synchronous={synchronous:6}: p50 {pct(ms, 50):.2f} ms, "
              f"p99 {pct(ms, 99):.2f} ms, max {max(ms):.2f} ms")
    t = time.perf_counter()
    wal = Path(f"{db}-wal")
    desk.close()
    print(f"clean close (checkpoint TRUNCATE): {(time.perf_counter() - t) * 1000:.0f} ms; "
          f"-wal left: {wal.stat().st_size if wal.exists() else 0} bytes")

    conn = sqlite3.connect(db)
    t = time.perf_counter()
    conn.execute("PRAGMA quick_check(1)").fetchall()
    print(f"full quick_check alone: {(time.perf_counter() - t) * 1000:.0f} ms")
    conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
