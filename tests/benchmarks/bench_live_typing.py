"""Key-press-to-repaint latency in the live view's note area while autosave runs.

Not a test (pytest does not collect bench_*.py). Run from the repository root:

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_live_typing.py [--sessions 500]

Builds a large database (SESSIONS sessions of the demo kit, three panelists, a note on every
question for each: ~30,000 notes with full-text index), opens one session in the live view,
types KEYS keys at typing speed (one every 60 ms, with a 700 ms pause every 40 keys so the
idle save also fires), and measures for each key the time from the key event until the note
editor has painted it. Also times one note save on a connection like the UI's, to show what
saving on the UI thread would cost. Goal: p99 < 16 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from interview_desk.domain.model import (
    Candidate,
    Note,
    NoteState,
    Panelist,
    Session,
    SessionStatus,
    new_id,
)
from interview_desk.services.desk import Desk

WORDS = ["evidence", "owned", "rollback", "latency", "migration", "reviewed", "shipped",
         "incident", "customer", "deadline", "ledger", "partner", "tested", "conflict",
         "result", "action"]


def build(path: Path, sessions: int) -> str:
    desk = Desk.open(path)
    kit = desk.catalog.kits.latest_versions()[0]
    role = desk.catalog.role_from_kit(kit, "Senior Backend Engineer")
    questions = kit.questions()
    live_id = ""
    with desk.db.atomic():
        for n in range(sessions):
            cand = desk.catalog.save_candidate(Candidate(name=f"Candidate {n}", role_id=role.id))
            status = SessionStatus.LIVE if n == sessions - 1 else SessionStatus.DECIDED
            s = desk.sessions.plan(
                Session(candidate_id=cand.id, role_id=role.id, kit_id=kit.id, status=status),
                [Panelist(name=f"P{n}-{k}", is_lead=k == 0) for k in range(3)])
            panel = desk.sessions.sessions.panel(s.id)
            for p in panel:
                for i, q in enumerate(questions):
                    text = " ".join(WORDS[(i + j + n) % len(WORDS)] for j in range(60))
                    desk.live.save_note(Note(session_id=s.id, panelist_id=p.id,
                                             question_id=q.id, text=text, id=new_id(),
                                             state=NoteState.ASKED))
            live_id = s.id
    desk.close()
    return live_id


class PaintProbe(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.painted_at = 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted_at = time.perf_counter()
        return False


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, default=500)
    parser.add_argument("--keys", type=int, default=600)
    parser.add_argument("--locked", action="store_true",
                        help="another connection holds the write lock all along: every "
                             "save fails and retries; typing must not notice")
    args = parser.parse_args()
    app = QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-live-"))
    db = folder / "big.sqlite3"
    t0 = time.perf_counter()
    sid = build(db, args.sessions)
    print(f"built {args.sessions} sessions in {time.perf_counter() - t0:.1f} s "
          f"({db.stat().st_size / 1e6:.0f} MB)")

    desk = Desk.open(db)
    notes = desk.db.execute("SELECT COUNT(*) FROM notes").fetchone()[0]
    # What one autosave write costs (if it ran on the UI thread):
    state = desk.live.open(sid)
    note = state.note(state.kit.questions()[5].id)
    saves = []
    for i in range(200):
        note.text += WORDS[i % len(WORDS)] + " "
        t = time.perf_counter()
        desk.live.save_note(note, 0)
        saves.append((time.perf_counter() - t) * 1000)
    print(f"{notes} notes; one note save (upsert + FTS): p50 {pct(saves, 50):.2f} ms, "
          f"p99 {pct(saves, 99):.2f} ms, max {max(saves):.2f} ms")

    from interview_desk.ui.live.live_view import LiveView
    from interview_desk.ui.ops import OpRunner

    ops = OpRunner(desk)
    t = time.perf_counter()
    view = LiveView(desk, ops, sid)
    view.resize(1366, 768)
    view.show()
    QTest.qWaitForWindowExposed(view)
    print(f"live view opened in {(time.perf_counter() - t) * 1000:.0f} ms")
    if args.locked:
        import sqlite3

        blocker = sqlite3.connect(db, isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")
    editor = view.editors["text"]
    editor.setFocus()
    probe = PaintProbe()
    editor.viewport().installEventFilter(probe)
    latencies: list[float] = []
    saved = 0

    def on_saved(_key: str) -> None:
        nonlocal saved
        saved += 1

    view.autosave.saved.connect(on_saved)
    failures = 0

    def on_failed(_key: str, _error: str) -> None:
        nonlocal failures
        failures += 1

    view.autosave.failed.connect(on_failed)
    sent = 0

    def press() -> None:
        nonlocal sent
        if sent >= args.keys:
            app.quit()
            return
        char = "abcdefghij klmnopqrstuvwxyz"[sent % 27]
        probe.painted_at = 0.0
        start = time.perf_counter()
        QTest.keyClick(editor, char)
        # Let the event loop deliver the repaint, as it would between two real keys.
        deadline = start + 0.5
        while probe.painted_at == 0.0 and time.perf_counter() < deadline:
            app.processEvents()
        latencies.append((probe.painted_at or time.perf_counter()) - start)
        sent += 1
        QTimer.singleShot(700 if sent % 40 == 0 else 60, press)

    QTimer.singleShot(100, press)
    app.exec()
    if args.locked:
        blocker.execute("ROLLBACK")
        blocker.close()
    view.shutdown()
    ops.close()
    ms = [x * 1000 for x in latencies]
    print(f"{len(ms)} keys, {saved} autosave writes and {failures} failed (retried) writes "
          "during typing")
    print(f"key-press-to-repaint: p50 {pct(ms, 50):.2f} ms, p99 {pct(ms, 99):.2f} ms, "
          f"max {max(ms):.2f} ms, mean {statistics.mean(ms):.2f} ms (goal p99 < 16 ms)")
    desk.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
