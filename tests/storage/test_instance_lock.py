"""One writer per database: the lock beside it, held by one process, gone with that process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from interview_desk.storage.instance_lock import (
    DatabaseInUseError,
    acquire,
    holder,
    instance_key,
    lock_path,
)
from tests.helpers import REPO_ROOT

_HOLD = """
import sys
from pathlib import Path
from interview_desk.storage.instance_lock import acquire
lock = acquire(Path(sys.argv[1]), "a test holder")
print("LOCKED", flush=True)
sys.stdin.read()
lock.release()
print("RELEASED", flush=True)
"""


@pytest.fixture
def other_process(db_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the database's lock until its standard input closes."""
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    proc = subprocess.Popen([sys.executable, "-c", _HOLD, str(db_path)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "LOCKED"
    yield proc
    proc.kill()
    proc.wait()


def test_a_second_process_is_refused_with_the_holders_pid(
        db_path: Path, other_process: subprocess.Popen[str]) -> None:
    with pytest.raises(DatabaseInUseError) as refused:
        acquire(db_path, "the app")

    assert refused.value.holder.pid == other_process.pid
    assert f"a test holder (process {other_process.pid})" in str(refused.value)
    assert holder(db_path) == refused.value.holder


def test_the_lock_of_a_killed_process_blocks_nobody(
        db_path: Path, other_process: subprocess.Popen[str]) -> None:
    other_process.send_signal(signal.SIGKILL)
    other_process.wait()

    assert holder(db_path) is None  # the kernel dropped it; the stale PID file is ignored
    with acquire(db_path, "the app"):
        assert holder(db_path) is not None
        assert holder(db_path).pid == os.getpid()  # type: ignore[union-attr]


def test_a_released_lock_leaves_no_file_and_can_be_taken_again(
        db_path: Path, other_process: subprocess.Popen[str]) -> None:
    assert other_process.stdin is not None and other_process.stdout is not None
    other_process.stdin.close()
    assert other_process.stdout.readline().strip() == "RELEASED"

    assert not lock_path(db_path).exists()
    lock = acquire(db_path, "the app")
    lock.release()
    assert holder(db_path) is None


def test_every_spelling_of_the_path_is_one_database(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "sub").mkdir()
    db = tmp_path / "desk.sqlite3"
    monkeypatch.chdir(tmp_path / "sub")
    other = Path("..") / "sub" / ".." / "desk.sqlite3"

    assert lock_path(other) == lock_path(db)
    assert instance_key(other) == instance_key(db)
    assert instance_key(db) != instance_key(tmp_path / "other.sqlite3")
    with acquire(db, "the app"), pytest.raises(DatabaseInUseError):
        acquire(other, "the app")


def test_the_database_file_is_never_opened_by_the_lock(db_path: Path) -> None:
    # Opening (and closing) the database itself would drop SQLite's POSIX locks on it.
    with acquire(db_path, "the app") as lock:
        assert lock.path == db_path.with_name("desk.sqlite3.lock")
        assert not db_path.exists()
        assert lock.path.read_text(encoding="utf-8") == f"{os.getpid()}\nthe app\n"
        assert lock.path.stat().st_mode & 0o777 == 0o600


def test_the_instance_key_is_the_one_older_versions_compute(tmp_path: Path) -> None:
    # Without OpenSSL now (start-up time), but the same SHA-256: an older app on the same
    # file still listens on this name.
    import hashlib

    database = tmp_path / "desk.sqlite3"
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    older = hashlib.sha256(f"{user}\0{database.resolve()}".encode()).hexdigest()[:24]

    assert instance_key(database) == f"interview-desk-{older}"
