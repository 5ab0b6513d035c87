"""How long listing and purging take on a year's worth of candidates (not collected by pytest).

Run: ``python tests/benchmarks/bench_purge.py [CANDIDATES]`` from the repository root.
Each candidate has one decided session with three panelists, 20 notes of ~1 500 characters
each and three scorecards; half of them are old. Listing the purgeable ones should stay well
under a second (it runs on the UI thread); the purge itself runs in a worker.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from interview_desk.domain.model import new_id
from interview_desk.services.demo import create_demo
from interview_desk.services.desk import Desk

OLD = "2020-01-01T10:00:00+00:00"
# A month ago: inside any retention period.
NEW = (datetime.now(UTC) - timedelta(days=30)).isoformat(timespec="seconds")


def _fill(desk: Desk, candidates: int) -> None:
    db = desk.db
    role_id, kit_id = db.execute("SELECT role_id, kit_id FROM sessions LIMIT 1").fetchone()
    questions = [r[0] for r in db.execute("SELECT id FROM questions WHERE kit_id = ?",
                                          [kit_id])][:20]
    comps = [r[0] for r in db.execute("SELECT id FROM competencies WHERE role_id = ?",
                                      [role_id])]
    text = ("Situation, task, action, result — ünïcödé, <tags> & candour. " * 30)[:1500]
    with db.atomic():
        for i in range(candidates):
            stamp = OLD if i % 2 else NEW
            cid, sid = new_id(), new_id()
            db.insert("candidates", {"id": cid, "name": f"Candidate {i}", "role_id": role_id,
                                     "created_at": stamp, "updated_at": stamp})
            db.insert("sessions", {"id": sid, "candidate_id": cid, "role_id": role_id,
                                   "kit_id": kit_id, "scheduled_at": stamp[:16],
                                   "status": "decided", "started_at": stamp,
                                   "ended_at": stamp, "created_at": stamp, "updated_at": stamp})
            for p in range(3):
                pid = new_id()
                db.insert("panelists", {"id": pid, "session_id": sid, "name": f"P{p}",
                                        "created_at": stamp, "updated_at": stamp})
                for q in questions if p == 0 else questions[:3]:
                    db.insert("notes", {"id": new_id(), "session_id": sid, "panelist_id": pid,
                                        "question_id": q, "text": text, "created_at": stamp,
                                        "updated_at": stamp})
                kid = new_id()
                db.insert("scorecards", {"id": kid, "session_id": sid, "panelist_id": pid,
                                         "recommendation": "yes", "submitted_at": stamp,
                                         "created_at": stamp, "updated_at": stamp})
                for c in comps:
                    db.insert("ratings", {"id": new_id(), "scorecard_id": kid,
                                          "competency_id": c, "rating": 3,
                                          "evidence": text[:300], "created_at": stamp,
                                          "updated_at": stamp})
            db.insert("decisions", {"id": new_id(), "session_id": sid, "outcome": "hire",
                                    "decided_at": stamp, "created_at": stamp,
                                    "updated_at": stamp})


def main(candidates: int = 400) -> None:
    root = Path(tempfile.mkdtemp(prefix="bench-purge-"))
    desk = create_demo(root / "desk.sqlite3")
    _fill(desk, candidates)
    desk.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = (root / "desk.sqlite3").stat().st_size
    t = time.perf_counter()
    doomed = desk.retention.purgeable(180)
    listed = time.perf_counter() - t
    t = time.perf_counter()
    result = desk.retention.purge([a.id for a in doomed])
    purged = time.perf_counter() - t
    print(f"{candidates} candidates, file {size / 1e6:.1f} MB")
    print(f"list purgeable ({len(doomed)}): {listed * 1000:.0f} ms")
    print(f"purge {len(result.names)} ({result.rows_deleted} rows, secure delete, index "
          f"rebuild, checkpoint, VACUUM): {purged:.2f} s; file now "
          f"{(root / 'desk.sqlite3').stat().st_size / 1e6:.1f} MB")
    desk.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 400)
