"""This laptop's signing key: made once, owner-only, where the data folder says; signatures."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from interview_desk.exchange.signing import code_of, load_key, verify
from interview_desk.paths import signing_key_path
from interview_desk.services.desk import Desk
from interview_desk.storage.errors import StorageError
from tests.helpers import REPO_ROOT


def test_the_key_is_made_on_first_use_in_the_data_folder_owner_only(tmp_path: Path) -> None:
    assert signing_key_path().parent == Path(os.environ["INTERVIEW_DESK_DATA_DIR"])
    assert not signing_key_path().exists()
    with Desk.open(tmp_path / "desk.sqlite3") as desk:
        code = desk.exchange.own_code()
    assert signing_key_path().stat().st_mode & 0o777 == 0o600
    assert load_key(signing_key_path()).code == code
    # nothing of the key's left beside it (the records of files closed cleanly live there too)
    assert [p.name for p in signing_key_path().parent.iterdir()
            if p.name != "clean-close"] == ["signing-key.pem"]


def test_a_key_file_others_may_read_is_made_owner_only_again(tmp_path: Path) -> None:
    key = load_key(tmp_path / "k.pem")
    os.chmod(tmp_path / "k.pem", 0o644)
    assert load_key(tmp_path / "k.pem") == key
    assert (tmp_path / "k.pem").stat().st_mode & 0o777 == 0o600


def test_a_key_path_that_is_not_a_file_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "k.pem").mkdir()
    with pytest.raises(StorageError, match="not a regular file"):
        load_key(tmp_path / "k.pem")


_MAKE = """
import sys
from pathlib import Path
from interview_desk.exchange.signing import load_key
print(load_key(Path(sys.argv[1])).code)
"""


def test_two_processes_starting_at_once_end_up_with_one_key(tmp_path: Path) -> None:
    path = tmp_path / "k.pem"
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    procs = [subprocess.Popen([sys.executable, "-c", _MAKE, str(path)], env=env,
                              stdout=subprocess.PIPE, text=True) for _ in range(3)]
    codes = {p.communicate(timeout=60)[0].strip() for p in procs}
    assert codes == {load_key(path).code}
    assert [p.name for p in tmp_path.iterdir()] == ["k.pem"]  # no temporary left behind


def test_a_signature_proves_the_content_and_the_key(tmp_path: Path) -> None:
    alice, mallory = load_key(tmp_path / "a.pem"), load_key(tmp_path / "m.pem")
    signature = alice.sign(b"payload")
    assert verify(alice.public_key, signature, b"payload")
    assert not verify(alice.public_key, signature, b"payloaD")
    assert not verify(mallory.public_key, signature, b"payload")
    assert not verify(alice.public_key, "not base64!", b"payload")
    assert alice.code != mallory.code
    assert code_of(alice.public_key) == alice.code
    assert len(alice.code) == 9 and alice.code[4] == "-"
