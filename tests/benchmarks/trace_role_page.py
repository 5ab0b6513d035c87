"""Where the Role comparison's first paint goes, step by step, as run.py's ``role_page`` does it.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/trace_role_page.py --db FILE [--runs 6]

Switches the page to the quiet role, turns the event loop once, switches to the busiest role
and waits for its rows on screen, ``--runs`` times without waiting for the reads in between
(as run.py, and a user going through roles, do not). Each run prints, in ms from the second
switch, what every read did: queued, worker started, reader open, each part computed (its
rows and role), its parts done or stopped, worker ended; on the UI thread each part's signal
delivered (and whether the page still waits for that read), the model filled, and the
table's viewport painted. The hooks wrap the functions they time and change nothing else.
Not collected by pytest.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parents[1]), str(HERE)]

from run import facts  # noqa: E402  (the same busiest and quiet roles as run.py)

LOG: list[tuple[float, str, str]] = []  # (perf_counter, thread, what)


def mark(what: str) -> None:
    LOG.append((time.perf_counter(), threading.current_thread().name, what))


def hook() -> None:
    """Wrap the steps of a read; each wrapper calls the real function."""
    from interview_desk.services.debrief import DebriefService
    from interview_desk.ui import debrief_pages, reads

    queue = debrief_pages.read_in_background

    def queued(desk: Any, fn: Any) -> Any:
        mark("read queued")
        return queue(desk, fn)

    debrief_pages.read_in_background = queued  # type: ignore[assignment]
    work = reads._Worker.run

    def worker(self: Any) -> None:
        mark("worker started")
        try:
            work(self)
        finally:
            mark("worker ended")

    reads._Worker.run = worker  # type: ignore[method-assign]
    parts = DebriefService.role_comparison_parts

    def timed_parts(self: Any, role_id: str, **kw: Any) -> Iterator[Any]:
        mark(f"reader open, role {role_id[:6]}")
        done = "stopped"
        try:
            for part in parts(self, role_id, **kw):
                mark(f"part computed: {len(part.rows)} rows")
                yield part
            done = "parts done"
        finally:
            mark(done)

    DebriefService.role_comparison_parts = timed_parts  # type: ignore[method-assign]
    take = debrief_pages.RoleComparisonPage._on_part_read

    def taken(self: Any, read: Any, rows: Any) -> None:
        mark(f"signal delivered: {len(rows)} rows, {'awaited' if read is self._read else 'old'}")
        take(self, read, rows)
        mark("model filled")

    debrief_pages.RoleComparisonPage._on_part_read = taken  # type: ignore[method-assign]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=6)
    args = parser.parse_args()
    f = facts(args.db)
    hook()
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtTest import QTest

    from interview_desk.services.desk import Desk
    from interview_desk.ui.app import application
    from interview_desk.ui.main_window import MainWindow

    class Painted(QObject):
        """The first paint once the rows are there (run.py's ``until_painted``)."""

        armed, at = False, 0.0

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and self.armed and not self.at:
                self.at = time.perf_counter()
                mark("viewport painted with rows")
            return False

    app = application()
    window = MainWindow(Desk.open(args.db, create=False))
    window.resize(1366, 800)
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.show_page("role_comparison")
    page: Any = window.page("role_comparison")
    busiest, quiet = page.role.findData(f.busiest_role), page.role.findData(f.quiet_role)
    for run in range(args.runs):
        LOG.clear()
        page.role.setCurrentIndex(quiet)
        app.processEvents()
        start = time.perf_counter()
        mark("-- switched to the busiest role")
        page.role.setCurrentIndex(busiest)
        probe = Painted()
        viewport = page.view.viewport()
        viewport.installEventFilter(probe)
        ready = False
        while not probe.at and time.perf_counter() < start + 60:
            if not ready and page.model.rowCount() > 0:
                ready = probe.armed = True
                viewport.update()
            app.processEvents()
        viewport.removeEventFilter(probe)
        print(f"run {run + 1}: first paint {(probe.at - start) * 1000:.1f} ms")
        for at, who, what in sorted(LOG):
            print(f"  {(at - start) * 1000:8.1f}  {who[:12]:12}  {what}")
    os._exit(0)  # no close event: no backup of a large file at exit


if __name__ == "__main__":
    main()
