"""Benchmark: the role comparison PDF's cold path, against a bare render of the same cells.

    python tests/benchmarks/bench_role_cold.py --db FILE [--repeat 3]

``run.py`` times the export five times in one process, so four of its five exports reuse the
rows the first one computed. What a user feels is the first export: in a new process, and
after a write (a debrief changes a rating, then the lead exports). In one fresh process this
times, each against the median of ``--repeat`` bare renders (``bench_report.bare`` over
``run.role_cells``, fonts registered before either is timed), in wall and CPU time:

  * cold      — the first ``export_role`` of the busiest role in the process;
  * after a rating — the next, after a rating of one of the role's sessions is changed
    through ``ScorecardService.amend`` (the amendment stays in FILE, as a user's would);
  * after a note in this role — the next, after a note is saved in that same session
    (through ``LiveService.save_note``; the scratch note is deleted again);
  * after a note elsewhere — the next, after a note is saved in a session of another role
    (the same way);
  * warm      — the median of ``--repeat`` exports with nothing written in between.

Goal (issue 13): each ≤ 1.5× the bare render. FILE is written to: use a copy of your own.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))


def timed(fn: Callable[[], object]) -> tuple[float, float]:
    """(wall, CPU) seconds of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def median(pairs: list[tuple[float, float]]) -> tuple[float, float]:
    return (statistics.median(p[0] for p in pairs), statistics.median(p[1] for p in pairs))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from bench_report import bare
    from run import facts, role_cells

    from interview_desk.domain.model import Note, NoteState, new_id
    from interview_desk.services.desk import Desk

    f = facts(args.db)
    texts = role_cells(args.db, f.busiest_role)
    out = Path(tempfile.mkdtemp(prefix="bench-role-cold-"))
    bare(texts, out / "warm.pdf")  # reportlab imported and fonts registered, for both
    floor = median([timed(lambda: bare(texts, out / "bare.pdf")) for _ in range(args.repeat)])
    desk = Desk.open(args.db, create=False)

    def export() -> object:
        return desk.reports.export_role(f.busiest_role, out / "role.pdf")

    results: list[tuple[str, tuple[float, float]]] = [("cold (first in the process)",
                                                       timed(export))]
    # A rating of a decided session of the role moves by one, as a debrief would move it.
    view = next(v for v in desk.debrief.role_views(f.busiest_role) if v.pre and v.shown)
    who = view.shown[0]
    comp = next(c for c in view.competencies
                if who.post is not None and (r := who.post.rating(c.id)) and r.rating)
    assert who.post is not None
    rating = who.post.rating(comp.id)
    assert rating is not None and rating.rating is not None
    desk.scorecards.amend(view.session_id, who.panelist.id, reason="bench_role_cold",
                          competency_id=comp.id, rating=rating.rating % 4 + 1)
    results.append(("after a rating of the role changed", timed(export)))
    other = desk.db.execute("SELECT s.id, p.id FROM sessions s JOIN panelists p "
                            "ON p.session_id = s.id WHERE s.role_id != ? LIMIT 1",
                            [f.busiest_role]).fetchone()
    for name, (session_id, panelist_id) in (
            ("after a note in this role", (view.session_id, who.panelist.id)),
            ("after a note in another role", other)):
        note = Note(session_id=session_id, panelist_id=panelist_id,
                    question_id="bench-role-cold", state=NoteState.ASKED,
                    text="typed while the comparison is open", id=new_id())
        desk.live.save_note(note)
        results.append((name, timed(export)))
        with desk.db.atomic():
            desk.db.execute("DELETE FROM notes WHERE id = ?", [note.id])
        export()
    results.append(("warm (nothing written)",
                    median([timed(export) for _ in range(args.repeat)])))
    desk.close()
    print(f"busiest role: {f.busiest_sessions} held sessions, {len(texts):,} cells")
    print(f"floor: bare render {floor[0] * 1000:,.0f} ms wall, {floor[1] * 1000:,.0f} ms CPU "
          f"(median of {args.repeat})")
    for name, (wall, cpu) in results:
        print(f"{name:38} {wall * 1000:7,.0f} ms {wall / floor[0]:5.2f}×   "
              f"CPU {cpu * 1000:7,.0f} ms {cpu / floor[1]:5.2f}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
