"""How long the UI stalls when a scorecard draft is saved while the database is busy.

Another connection (standing in for an import, or another program) holds the write lock for
``--hold`` seconds; meanwhile the panelist types into the scorecard's takeaways and the draft
is saved. The UI thread's longest gap between two 10 ms timer ticks is the stall a panelist
would feel. A save on the UI thread waits for the lock (up to its busy timeout); a save on the
op runner's writer thread does not.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_scorecard_locked.py [--hold 2]
"""

from __future__ import annotations

import argparse
import itertools
import sqlite3
import tempfile
import threading
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from interview_desk.services.demo import create_demo
from interview_desk.ui.ops import OpRunner
from interview_desk.ui.scorecard_pane import ScorecardPane


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--hold", type=float, default=2.0, help="seconds the lock is held")
    args = parser.parse_args()
    app = QApplication([])
    desk = create_demo(Path(tempfile.mkdtemp()) / "demo.sqlite3")
    assert desk.path is not None
    ops = OpRunner(desk)
    sid = next(r["id"] for r in desk.sessions.overview() if r["status"] == "live")
    pane = ScorecardPane(desk, ops, sid, desk.scorecards.panel(sid)[0].id)
    pane.show()

    blocker = sqlite3.connect(desk.path, isolation_level=None, check_same_thread=False)
    blocker.execute("BEGIN IMMEDIATE")
    threading.Timer(args.hold, lambda: blocker.execute("ROLLBACK")).start()

    ticks: list[float] = []
    ticker = QTimer()
    ticker.setInterval(10)
    ticker.timeout.connect(lambda: ticks.append(time.perf_counter()))
    ticker.start()
    saved: list[float] = []
    pane.scorecard_saved.connect(lambda _pid: saved.append(time.perf_counter()))
    start = time.perf_counter()

    def type_and_save() -> None:
        pane.takeaways.setPlainText("typed while the database is busy")
        pane.flush()

    QTimer.singleShot(50, type_and_save)
    QTimer.singleShot(int(args.hold * 1000) + 1500, app.quit)
    app.exec()
    ticker.stop()
    pane.close()
    ops.close()
    blocker.close()
    gaps = [(b - a) * 1000 for a, b in itertools.pairwise(ticks)]
    confirmed = f"after {(saved[0] - start) * 1000:.0f} ms" if saved else \
        f"never ({pane.status_label.text()!r})"
    print(f"lock held {args.hold:.1f} s; longest UI stall {max(gaps):.0f} ms over "
          f"{len(gaps)} ticks; draft confirmed {confirmed}")
    desk.close()


if __name__ == "__main__":
    main()
