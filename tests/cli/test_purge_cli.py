"""``interview-desk purge``: lists what goes, never deletes by surprise, scrubs the file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from interview_desk.services.desk import Desk
from tests.helpers import dump, run_cli
from tests.retention_support import SECRET, age, candidate_id, file_bytes, plant_secret


@pytest.fixture
def old_demo(demo_desk: Desk) -> Iterator[tuple[Path, str]]:
    """The demo with Amara's interview long past (and a word to look for); closed for the CLI."""
    amara = candidate_id(demo_desk, "Amara")
    age(demo_desk, amara)
    plant_secret(demo_desk, amara)
    assert demo_desk.path is not None
    path = demo_desk.path
    demo_desk.close()
    yield path, amara


def test_dry_run_lists_and_changes_nothing(old_demo: tuple[Path, str]) -> None:
    path, amara = old_demo
    before = dump(path)
    result = run_cli("purge", "--dry-run", "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert "Would purge 1 candidate(s)" in result.stdout
    assert amara in result.stdout and "Amara Okonkwo" in result.stdout
    assert "last activity 2020-03-02" in result.stdout
    assert "José" not in result.stdout and "Tomasz" not in result.stdout
    assert dump(path) == before


def test_refuses_without_yes_when_not_interactive(old_demo: tuple[Path, str]) -> None:
    path, _amara = old_demo
    before = dump(path)
    result = run_cli("purge", "--db", str(path), input="yes\n")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "--yes" in result.stderr
    assert "Traceback" not in result.stderr
    assert dump(path) == before


def test_yes_purges_and_scrubs_the_file(old_demo: tuple[Path, str]) -> None:
    path, amara = old_demo
    assert SECRET.encode() in file_bytes(path)
    result = run_cli("purge", "--yes", "--db", str(path), input="")
    assert result.returncode == 0, result.stderr
    assert "Purged 1 candidate(s)" in result.stdout
    assert SECRET.encode() not in file_bytes(path)
    assert not any(amara in line for line in dump(path))
    again = run_cli("purge", "--yes", "--db", str(path), input="")
    assert again.returncode == 0 and "Nothing to purge" in again.stdout


def test_older_than_sets_the_retention_period(old_demo: tuple[Path, str]) -> None:
    path, _amara = old_demo
    # Amara's record is from 2020; nobody has been idle for 100 years.
    result = run_cli("purge", "--older-than", "36500", "--dry-run", "--db", str(path))
    assert result.returncode == 0
    assert "no candidate has been inactive for more than 36500 days" in result.stdout
    bad = run_cli("purge", "--older-than", "-3", "--db", str(path))
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1


def test_named_candidates(demo_desk: Desk) -> None:
    path = demo_desk.path
    assert path is not None
    amara, tomasz = candidate_id(demo_desk, "Amara"), candidate_id(demo_desk, "Tomasz")
    demo_desk.close()
    before = dump(path)
    unknown = run_cli("purge", "--candidate", "nope", "--yes", "--db", str(path), input="")
    assert unknown.returncode == 1 and unknown.stderr.count("\n") == 1
    assert "nope" in unknown.stderr
    live = run_cli("purge", "--candidate", tomasz, "--yes", "--db", str(path), input="")
    assert live.returncode == 1 and "a session is live" in live.stderr
    # Amara was active days ago: named on her request she goes, unless an age is asked for.
    young = run_cli("purge", "--candidate", amara, "--older-than", "180", "--yes",
                    "--db", str(path), input="")
    assert young.returncode == 1 and young.stderr.count("\n") == 1
    assert dump(path) == before
    gone = run_cli("purge", "--candidate", amara, "--yes", "--db", str(path), input="")
    assert gone.returncode == 0, gone.stderr
    assert not any(amara in line for line in dump(path))
    assert any(tomasz in line for line in dump(path))


def test_missing_database_is_one_line(tmp_path: Path) -> None:
    result = run_cli("purge", "--dry-run", "--db", str(tmp_path / "nope.sqlite3"))
    assert result.returncode == 1 and result.stderr.count("\n") == 1


@pytest.mark.skipif(not hasattr(__import__("os"), "openpty"), reason="needs a pseudo-terminal")
def test_at_a_terminal_it_asks_and_anything_but_yes_keeps_everything(
        old_demo: tuple[Path, str]) -> None:
    import os
    import subprocess
    import sys

    from tests.helpers import REPO_ROOT

    path, amara = old_demo
    before = dump(path)
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    for typed, code in ((b"no\n", 1), (b"yes\n", 0)):
        leader, follower = os.openpty()  # a real terminal on standard input
        try:
            os.write(leader, typed)
            done = subprocess.run([sys.executable, "-m", "interview_desk", "purge", "--db",
                                   str(path)], stdin=follower, capture_output=True, text=True,
                                  timeout=60, env=env, cwd=REPO_ROOT)
        finally:
            os.close(follower)
            os.close(leader)
        assert done.returncode == code, done.stderr
        assert "cannot be undone" in done.stdout
        if typed == b"no\n":
            assert "Nothing was deleted" in done.stdout and dump(path) == before
    assert not any(amara in line for line in dump(path))
