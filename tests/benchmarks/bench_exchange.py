"""How long hand-out, hand-back and merge take on a heavy session (not collected by pytest).

Run: ``python tests/benchmarks/bench_exchange.py [NOTES]`` from the repository root.
One panelist with NOTES ad-hoc questions, a note of ~2 000 characters on each, three flags
per note and a submitted scorecard; four such return files merged into the lead's database.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from interview_desk.domain.model import new_id, utc_now
from interview_desk.services.desk import Desk
from tests.exchange_support import do_panelist_work, plan_session


def _heavy_work(desk: Desk, session_id: str, panelist_id: str, notes: int) -> None:
    now = utc_now()
    text = ("Situation, task, action, result — ünïcödé, <tags> & =formulas. " * 32)[:2000]
    with desk.db.atomic():
        for i in range(notes):
            qid = new_id()
            desk.db.insert("adhoc_questions", {
                "id": qid, "session_id": session_id, "panelist_id": panelist_id,
                "text": f"Follow-up {i}", "after_question_id": None, "created_at": now,
                "updated_at": now})
            desk.db.insert("notes", {
                "id": new_id(), "session_id": session_id, "panelist_id": panelist_id,
                "question_id": qid, "text": text, "situation": text[:500], "task": "",
                "action": text[:800], "result": "", "competency_keys": "[]", "state": "asked",
                "seconds_spent": 60, "created_at": now, "updated_at": now})
            for _ in range(3):
                desk.db.insert("flags", {
                    "id": new_id(), "session_id": session_id, "panelist_id": panelist_id,
                    "question_id": qid, "kind": "strong", "text": text[:100],
                    "elapsed_seconds": i, "flagged_at": now, "created_at": now,
                    "updated_at": now})


def main(notes: int = 500) -> None:
    root = Path(tempfile.mkdtemp(prefix="bench-exchange-"))
    lead = Desk.open(root / "lead.sqlite3")
    p = plan_session(lead)
    t = time.perf_counter()
    panel = lead.exchange.export_panel(p.session_id, root / "panel.json")
    print(f"export-panel: {1000 * (time.perf_counter() - t):.0f} ms, "
          f"{panel.stat().st_size / 1024:.0f} KiB")
    returns = []
    for n in range(4):
        laptop = Desk.open(root / f"p{n}.sqlite3")
        t = time.perf_counter()
        laptop.exchange.import_paths([panel])
        if n == 0:
            print(f"import panel file into a new database: "
                  f"{1000 * (time.perf_counter() - t):.0f} ms")
        pid = [p.bob_id, p.carol_id][n % 2]
        # Two laptops per panelist: same natural keys, different ids.
        _heavy_work(laptop, p.session_id, pid, notes)
        do_panelist_work(laptop, p, pid, f"p{n}", submit=n < 2, concern=n % 2)
        t = time.perf_counter()
        returns.append(laptop.exchange.export_return(p.session_id, pid, root / f"r{n}.json"))
        if n == 0:
            print(f"export-return ({notes} notes, {3 * notes} flags): "
                  f"{1000 * (time.perf_counter() - t):.0f} ms, "
                  f"{returns[-1].stat().st_size / 1024 / 1024:.1f} MiB")
        laptop.close()
    t = time.perf_counter()
    report = lead.exchange.import_paths(returns)
    print(f"import 4 return files (first time): {1000 * (time.perf_counter() - t):.0f} ms, "
          f"{report.added} added, {report.updated} updated, {len(report.conflicts)} conflicts")
    t = time.perf_counter()
    again = lead.exchange.import_paths(returns)
    print(f"import the same 4 again: {1000 * (time.perf_counter() - t):.0f} ms, "
          f"{again.unchanged} unchanged, {again.added + again.updated} changed")
    lead.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
