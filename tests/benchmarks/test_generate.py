"""The benchmark data generator at a tiny scale: same seed, same content; the app reads it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from interview_desk.services.desk import Desk
from interview_desk.storage.repositories import NoteRepository

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import digest, generate

GENERATOR = Path(__file__).resolve().parent / "generate.py"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(GENERATOR), *args], capture_output=True,
                          text=True, timeout=60)


def test_the_same_seed_gives_the_same_content_and_another_seed_other_content(
        tmp_path: Path) -> None:
    done = _cli("--years", "0.02", "--seed", "7", "--db", str(tmp_path / "a.sqlite3"),
                "--digest")
    assert done.returncode == 0, done.stderr
    printed = done.stdout.split("digest ")[1].strip()
    generate(tmp_path / "b.sqlite3", 0.02, 7, progress=False)
    generate(tmp_path / "c.sqlite3", 0.02, 8, progress=False)
    assert digest(tmp_path / "b.sqlite3") == printed
    assert digest(tmp_path / "c.sqlite3") != printed


def test_the_generated_file_is_one_the_app_opens_lists_and_searches(tmp_path: Path) -> None:
    path = tmp_path / "gen.sqlite3"
    generate(path, 0.05, 1, progress=False)
    with Desk.open(path, create=False) as desk:
        rows = desk.sessions.overview()
        assert len(rows) == 60
        statuses = {r.status for r in rows}
        assert {"planned", "completed", "decided", "live"} <= statuses
        db = desk.db
        notes = db.execute("SELECT COUNT(*) FROM notes").fetchone()[0]
        assert notes > 60 * 4 * 15  # held sessions: most panelists write on most questions
        lengths = db.execute("SELECT AVG(LENGTH(text) + LENGTH(situation) + LENGTH(task) "
                             "+ LENGTH(action) + LENGTH(result)) FROM notes").fetchone()[0]
        assert 800 < lengths < 1300
        # The search index was filled through the app's triggers, not rebuilt afterwards.
        indexed = db.execute("SELECT COUNT(*) FROM notes_fts").fetchone()[0]
        assert indexed == notes
        assert db.execute("SELECT COUNT(*) FROM notes WHERE text GLOB '*[😅👍🚀✅🎯💡🔥]*'"
                          ).fetchone()[0] > 0
        assert NoteRepository(db).search("team")
        scored = db.execute("SELECT COUNT(*) FROM scorecards WHERE submitted_at IS NOT NULL"
                            ).fetchone()[0]
        assert scored > 0
        decided = next(r for r in rows if r.status == "decided")
        assert desk.debrief.view(decided.id).decision is not None


def test_an_existing_file_is_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "mine.sqlite3"
    path.write_bytes(b"precious")
    done = _cli("--years", "0.02", "--db", str(path))
    assert done.returncode == 2
    assert "already exists" in done.stderr
    assert path.read_bytes() == b"precious"
