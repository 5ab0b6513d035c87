"""Opening the app does not load what only reports and file imports need (start-up time)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from interview_desk.services.desk import Desk
from tests.conftest import REPO_ROOT

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
