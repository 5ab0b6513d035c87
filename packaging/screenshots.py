"""The README's screenshots, made from the demo database in a real window so they stay current.

Run under a display at the size of a small laptop screen (the app's smallest target), e.g.::

    Xvfb :81 -screen 0 1366x768x24 &
    DISPLAY=:81 .venv/bin/python packaging/screenshots.py            # writes docs/screenshots/

It writes live-view.png (the live session), scorecard.png (a submitted scorecard of the
decided session), debrief.png (that session's debrief) and report.png (the summary page of
its consolidated PDF report, rendered with ``pdftoppm`` from poppler-utils). The demo is dated
from the app's clock, so the dates shown are those of the day the script runs.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QElapsedTimer
from PySide6.QtWidgets import QApplication, QWidget

from interview_desk.services.demo import create_demo
from interview_desk.services.desk import Desk
from interview_desk.ui.app import application
from interview_desk.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
WIDTH, HEIGHT = 1366, 768


def settle(ms: int = 600) -> None:
    """Let the window lay out, paint and finish what it loads on the next turns."""
    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < ms:
        QApplication.processEvents()


def shoot(widget: QWidget, target: Path) -> None:
    settle()
    if not widget.grab().save(str(target)):
        raise SystemExit(f"screenshots: could not write {target}")
    print(f"wrote {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")


def session_with_status(desk: Desk, status: str) -> str:
    return next(s.id for s in desk.sessions.overview() if s.status.value == status)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen" or not os.environ.get("DISPLAY"):
        # offscreen has no window manager and no system fonts' hinting: not what users see
        print("screenshots: run under a display (see the module docstring)", file=sys.stderr)
        return 2
    if shutil.which("pdftoppm") is None:
        print("screenshots: pdftoppm is missing (apt-get install poppler-utils)", file=sys.stderr)
        return 2
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    application()
    with tempfile.TemporaryDirectory(prefix="interview-desk-shots-") as folder:
        desk = create_demo(Path(folder) / "demo.sqlite3")
        window = MainWindow(desk)
        window.resize(WIDTH, HEIGHT)
        window.show()
        decided = session_with_status(desk, "decided")

        live = window.open_session(session_with_status(desk, "live"))
        live.step(-1)  # the question just answered: its notes, not an empty page
        shoot(window, out / "live-view.png")

        panelist = desk.scorecards.panel(decided)[0]
        window.open_scorecard(decided, panelist.id)
        shoot(window, out / "scorecard.png")

        window.show_page("debrief")
        debrief = window.page("debrief")
        debrief.show_session(decided)  # type: ignore[attr-defined]
        shoot(window, out / "debrief.png")

        pdf = Path(folder) / "report.pdf"
        desk.reports.export_session(decided, pdf)
        # page 2: the summary and the ratings chart (page 1 is the cover)
        subprocess.run(["pdftoppm", "-png", "-r", "90", "-f", "2", "-l", "2", "-singlefile",
                        str(pdf), str(out / "report")], check=True)
        print(f"wrote {out / 'report.png'}")

        window.ops.close()
        window.close()
        desk.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
