"""Opening the app does not load what only reports and file imports need (start-up time)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from interview_desk.services.desk import Desk
from tests.conftest import REPO_ROOT
from tests.helpers import run_cli

# reportlab (+Pillow) and jsonschema cost ~0.2 s of a ~0.5 s start; they load on first use,
# as cryptography does (only signing or reading a panel file needs it).
HEAVY = ("reportlab", "PIL", "jsonschema", "cryptography")


def _loaded_after(statement: str, heavy: tuple[str, ...] = HEAVY) -> list[str]:
    code = f"{statement}\nimport sys\nprint(' '.join(m for m in {heavy!r} if m in sys.modules))"
    # the test's data folder: a clean close writes its record there, never in the real one
    env = {"QT_QPA_PLATFORM": "offscreen",
           "INTERVIEW_DESK_DATA_DIR": os.environ["INTERVIEW_DESK_DATA_DIR"]}
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True,
                         text=True, check=True, env=env).stdout
    return out.split()


def test_the_gui_and_command_line_start_without_reportlab_or_jsonschema() -> None:
    assert _loaded_after("import interview_desk.__main__, interview_desk.ui.app") == []


def test_opening_an_existing_database_loads_no_validator_and_no_plugins(tmp_path: Path) -> None:
    # sqlite-utils would otherwise scan every installed package (importlib.metadata) for
    # plugins, and run them on the connection that holds candidate data.
    database = tmp_path / "desk.sqlite3"
    Desk.open(database).close()

    loaded = _loaded_after(f"from interview_desk.services.desk import Desk\n"
                           f"Desk.open({str(database)!r}).close()",
                           (*HEAVY, "importlib.metadata"))

    assert loaded == []


def test_drawing_a_report_still_finds_the_renderers() -> None:
    assert "reportlab" in _loaded_after(
        "from interview_desk.reports import render_session_report")


def test_listing_sessions_loads_neither_the_services_nor_sqlite_utils(tmp_path: Path) -> None:
    # `interview-desk sessions` on years of data must start about as quickly as Python
    # printing the same SELECT (issue 13): it reads through a plain connection.
    database = tmp_path / "desk.sqlite3"
    Desk.open(database).close()  # closed cleanly by the app: no check needed at the next open

    loaded = _loaded_after(
        f"import contextlib, io\nfrom interview_desk.__main__ import main\n"
        f"with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    assert main(['sessions', '--db', {str(database)!r}]) == 0",
        (*HEAVY, "sqlite_utils", "interview_desk.services.desk",
         "interview_desk.storage.repositories"))

    assert loaded == []


# What the window must not wait for: each loads when its page, dialog or command is first used.
NOT_BEFORE_THE_WINDOW = (
    *HEAVY, "sqlite_utils", "click", "dateutil", "PySide6.QtNetwork",
    "interview_desk.services.demo", "interview_desk.services.exchange",
    "interview_desk.services.catalog", "interview_desk.services.sessions",
    "interview_desk.storage.repositories",
    "interview_desk.ui.debrief_pages", "interview_desk.ui.debrief_view",
    "interview_desk.ui.calibration_page", "interview_desk.ui.live.live_view",
    "interview_desk.ui.scorecard_pane", "interview_desk.ui.prepare.candidate_editor",
    "interview_desk.ui.prepare.role_editor", "interview_desk.ui.prepare.kit_editor",
    "interview_desk.ui.prepare.session_planner", "interview_desk.ui.welcome",
    "interview_desk.ui.find", "interview_desk.ui.purge_dialog",
    "interview_desk.ui.settings_dialog", "interview_desk.ui.signing_codes",
    "interview_desk.ui.recovery", "interview_desk.exchange.panel_file",
    "interview_desk.exchange.kit_file", "xml.etree",
    "interview_desk.domain.transcript", "interview_desk.services.transcriber",
    "interview_desk.services.transcription_model", "interview_desk.domain.model",
    "interview_desk.ui.exchange_actions", "interview_desk.ui.backups",
    "interview_desk.ui.candidate_export", "interview_desk.ui.transcribe_recording",
    "interview_desk.services.exchange_report", "interview_desk.storage.backup",
    # OpenSSL: the lock's and clean-close keys use CPython's own SHA-256; the bug log rotates
    # without logging.handlers (sockets, pickle, queues)
    "_hashlib", "logging.handlers",
    # set once the window has painted; the termination signals wake Qt through a pipe
    "interview_desk.ui.app_icon", "socket")

_LOADED_WHEN_SHOWN = """
import sys
import interview_desk.ui.app as app
from interview_desk.ui.main_window import MainWindow

from PySide6.QtCore import QEvent, QObject

watched = set(sys.argv[1].split())
painted = []

class Paints(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj is sessions_view:
            painted.append(obj)
        return False

paints = Paints()
start_window = app.start_window

def started(args):
    global sessions_view
    desk, window = start_window(args)
    sessions_view = window.page("sessions").view.viewport()
    app.application().installEventFilter(paints)
    return desk, window

app.start_window = started

def shown():  # where the start-up benchmark's hook says the window is shown
    window = next(w for w in app.QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    print(window.page("sessions").model.rowCount() if painted else 0)
    print(" ".join(m for m in sys.modules if m in watched or m.split(".")[0] in watched))
    app.application().quit()

app._announce_shown_and_quit = shown
from interview_desk.__main__ import main
sys.exit(main(["--db", sys.argv[2]]))
"""


def test_the_window_shows_its_sessions_before_the_other_pages_and_sqlite_utils_load(
        tmp_path: Path) -> None:
    database = tmp_path / "desk.sqlite3"
    env = {"QT_QPA_PLATFORM": "offscreen", "INTERVIEW_DESK_EXIT_AFTER_SHOW": "1",
           "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "INTERVIEW_DESK_DATA_DIR": os.environ["INTERVIEW_DESK_DATA_DIR"]}
    assert run_cli("demo", "--db", str(database), **env).returncode == 0

    rows, loaded = subprocess.run(
        [sys.executable, "-c", _LOADED_WHEN_SHOWN, " ".join(NOT_BEFORE_THE_WINDOW),
         str(database)], cwd=REPO_ROOT, capture_output=True, text=True, check=True,
        env=env).stdout.splitlines()

    assert int(rows) > 0  # the Sessions list is on screen: painted, with its rows
    assert loaded.split() == []


def test_pyside_does_not_read_the_sources_of_modules_loaded_before_it() -> None:
    # PySide6's import hook reads the source of each module imported after it (PYSIDE-2029):
    # ~110 files, ~10 ms of every start. The command line loads these before any Qt.
    code = ("import linecache, sys\nimport interview_desk.__main__, interview_desk.ui.app\n"
            "print(' '.join(m for m in ('argparse', 'json', 'logging', 'sqlite3', 'pathlib')\n"
            "               if any(f == sys.modules[m].__file__ for f in linecache.cache)))")
    env = {"QT_QPA_PLATFORM": "offscreen",
           "INTERVIEW_DESK_DATA_DIR": os.environ["INTERVIEW_DESK_DATA_DIR"]}
    read = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True,
                          text=True, check=True, env=env).stdout.split()

    assert read == []


_QT_NAMESPACE_WHEN_SHOWN = """
import sys
import interview_desk.ui.app as app
from PySide6 import QtCore

def shown():
    print("Qt" in vars(QtCore))  # PySide makes it, and its ~90 enums, at its first use
    app.application().quit()

app._announce_shown_and_quit = shown
from interview_desk.__main__ import main
sys.exit(main(["--db", sys.argv[1]]))
"""


def test_the_window_paints_before_the_qt_namespace_enums_are_made(tmp_path: Path) -> None:
    # ~90 Python enums, ~14 ms: made at the first use of ``Qt`` (issue 13). A start after
    # the first, as users have every day: the window's geometry is saved.
    database = tmp_path / "desk.sqlite3"
    env = {"QT_QPA_PLATFORM": "offscreen", "INTERVIEW_DESK_EXIT_AFTER_SHOW": "1",
           "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "INTERVIEW_DESK_DATA_DIR": os.environ["INTERVIEW_DESK_DATA_DIR"]}
    assert run_cli("demo", "--db", str(database), **env).returncode == 0
    subprocess.run([sys.executable, "-m", "interview_desk", "--db", str(database)],
                   cwd=REPO_ROOT, env=env, capture_output=True, check=True)

    made = subprocess.run([sys.executable, "-c", _QT_NAMESPACE_WHEN_SHOWN, str(database)],
                          cwd=REPO_ROOT, capture_output=True, text=True, check=True,
                          env=env).stdout.split()

    assert made == ["False"]


_ICON_AFTER_THE_PAINT = """
import sys
import interview_desk.ui.app as app
from PySide6.QtCore import QTimer

def shown():  # the first of what waits for the paint: the icon is set next
    print("interview_desk.ui.app_icon" in sys.modules)
    QTimer.singleShot(0, lambda: (print(not app.QApplication.windowIcon().isNull()),
                                  app.application().quit()))

app._announce_shown_and_quit = shown
from interview_desk.__main__ import main
sys.exit(main(["--db", sys.argv[1]]))
"""


def test_the_app_has_its_icon_once_the_window_has_painted(tmp_path: Path) -> None:
    env = {"QT_QPA_PLATFORM": "offscreen", "INTERVIEW_DESK_EXIT_AFTER_SHOW": "1",
           "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "INTERVIEW_DESK_DATA_DIR": os.environ["INTERVIEW_DESK_DATA_DIR"]}

    loaded_at_paint, icon_after = subprocess.run(
        [sys.executable, "-c", _ICON_AFTER_THE_PAINT, str(tmp_path / "desk.sqlite3")],
        cwd=REPO_ROOT, capture_output=True, text=True, check=True, env=env).stdout.split()

    assert (loaded_at_paint, icon_after) == ("False", "True")
