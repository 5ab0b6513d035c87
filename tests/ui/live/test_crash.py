"""Kill -9 the real app while the panelist types: what was typed is on disk, the file intact."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import REPO_ROOT

TEXT = "Rollback plan — ü, 中文, 🙂, <b>&amp; owned the fix"


def _stored_note_texts(db: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT text FROM notes WHERE text != ''")]
    finally:
        conn.close()


@pytest.mark.slow
def test_text_typed_survives_sigkill(tmp_path: Path) -> None:
    from interview_desk.services.demo import create_demo

    db = tmp_path / "demo.sqlite3"
    desk = create_demo(db)
    sid = next(r.id for r in desk.sessions.overview() if r.status == "live")
    lead = next(p for p in desk.sessions.sessions.panel(sid) if p.is_lead)
    desk.close()
    before = set(_stored_note_texts(db))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"),
               INTERVIEW_DESK_DATA_DIR=str(tmp_path / "data"),
               PYTHONPATH=str(REPO_ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("live_driver.py")),
         "--session", sid, "--db", str(db), TEXT],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=REPO_ROOT)
    try:
        assert proc.stdout is not None
        lines = []
        for line in proc.stdout:  # the app prints TYPED once the keys went in
            lines.append(line.strip())
            if line.startswith("TYPED"):
                break
        assert "TYPED" in lines, (lines, proc.stderr.read() if proc.stderr else "")
        assert "FOCUS note_text" in lines  # --session put the keyboard in the note area
        typed_at = time.monotonic()
        # Typing goes on (a key every 100 ms): only the 2 s bound can have saved it.
        while time.monotonic() - typed_at < 2.5:
            if any(TEXT in t for t in set(_stored_note_texts(db)) - before):
                break
            time.sleep(0.05)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    assert proc.returncode == -signal.SIGKILL
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        texts = [r[0] for r in conn.execute(
            "SELECT text FROM notes WHERE session_id = ? AND panelist_id = ?", [sid, lead.id])]
    finally:
        conn.close()
    assert any(TEXT in t for t in texts)
