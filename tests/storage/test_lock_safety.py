"""Another process reading the file never makes the app lose what it writes afterwards.

The app holds a main connection and the autosave writer's connection in one process. Closing
any Python descriptor of the database file drops every POSIX lock the process holds on it
(sqlite.org/howtocorrupt.html §2.2): a read-only CLI command then believes it is the last
user, checkpoints and unlinks the WAL, and whatever the app writes next goes into a deleted
file. These tests run the app's side as a real process and kill it with SIGKILL.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.helpers import REPO_ROOT, run_cli

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX locks and SIGKILL")

# The app's side: a main connection (the window) and the op runner's writer connection, both
# opened the way the app opens them. It writes one note, waits for the parent to run the CLI,
# writes more through both connections, says so and waits to be killed.
_APP_SIDE = textwrap.dedent("""
    import sys, time
    from interview_desk.domain.model import Note
    from interview_desk.services.desk import Desk

    path = sys.argv[1]
    main = Desk.open(path)
    session = main.sessions.overview()[0].id
    live = main.live.open(session)
    lead, questions = live.panelist, [q.id for q in live.kit.questions()]
    writer = Desk.open_writer(path, busy_timeout_ms=1000).live  # as the op runner opens it

    def note(service, i):
        service.save_note(Note(session, lead.id, questions[i], text=f"typed note {i}"))

    note(writer, 0)
    print("ready", flush=True)
    sys.stdin.readline()  # the parent runs the CLI meanwhile
    note(writer, 1)
    note(main.live, 2)
    note(writer, 3)
    print("written", flush=True)
    time.sleep(120)
""")


def _typed_notes(db: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {r[0] for r in conn.execute(
            "SELECT text FROM notes WHERE text LIKE 'typed note %'")}
    finally:
        conn.close()


def _app_side(db: Path) -> subprocess.Popen[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO_ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.Popen([sys.executable, "-c", _APP_SIDE, str(db)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, env=env, cwd=REPO_ROOT)


@pytest.mark.parametrize("command", [["sessions"], ["kits", "--json"]])
def test_a_read_only_cli_command_never_costs_the_app_a_write(
        demo_db_file: Path, command: list[str]) -> None:
    app = _app_side(demo_db_file)
    try:
        assert app.stdout is not None and app.stdin is not None
        assert app.stdout.readline().strip() == "ready"
        cli = run_cli(*command, "--db", str(demo_db_file))
        assert cli.returncode == 0, cli.stderr
        app.stdin.write("go\n")
        app.stdin.flush()
        assert app.stdout.readline().strip() == "written"
        app.send_signal(signal.SIGKILL)
        app.wait(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert _typed_notes(demo_db_file) == {f"typed note {i}" for i in range(4)}


@pytest.fixture
def demo_db_file(_demo_template: Path, tmp_path: Path) -> Path:
    """A copy of the demo database that no connection in this process holds open."""
    target = tmp_path / "demo.sqlite3"
    src = sqlite3.connect(_demo_template)
    dst = sqlite3.connect(target)
    src.backup(dst)
    src.close()
    dst.close()
    return target
