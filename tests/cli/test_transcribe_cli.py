"""``interview-desk consent`` and ``interview-desk transcribe`` run as a user would."""

from __future__ import annotations

import json
import os
import wave
from pathlib import Path

import pytest

from interview_desk.services.transcriber import INSTALL_HINT, extra_installed
from tests.helpers import run_cli


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("transcribe") / "demo.sqlite3"
    made = run_cli("demo", "--db", str(db))
    assert made.returncode == 0, made.stderr
    return db


def _one_line_error(result: object, words: str) -> None:
    assert result.returncode == 1  # type: ignore[attr-defined]
    err = result.stderr.strip()  # type: ignore[attr-defined]
    assert len(err.splitlines()) == 1 and "Traceback" not in err and words in err, err


def test_consent_first_then_transcribe_says_how_to_get_the_model(demo_db: Path,
                                                                 tmp_path: Path) -> None:
    sessions = json.loads(run_cli("sessions", "--json", "--db", str(demo_db)).stdout)
    s = next(r for r in sessions if r["status"] == "decided")
    wav = tmp_path / "room.wav"
    with wave.open(str(wav), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(b"\0\0" * 1600)
    transcribe = ("transcribe", s["id"], "--audio", str(wav), "--model", str(tmp_path),
                  "--db", str(demo_db))
    _one_line_error(run_cli(*transcribe), "consent is recorded")
    _one_line_error(run_cli("consent", s["id"], "--candidate", "Someone Else", "--method",
                            "signed", "--retention-days", "30", "--recorded-by", "Claire",
                            "--db", str(demo_db)), "must come from the candidate")
    ok = run_cli("consent", s["id"], "--candidate", s["candidate"], "--method", "said_aloud",
                 "--retention-days", "30", "--recorded-by", "Claire Dubois",
                 "--db", str(demo_db))
    assert ok.returncode == 0, ok.stderr
    assert f"{s['candidate']} consented (said aloud in the room)" in ok.stdout
    # Without the extra (CI): how to get it; with it but no model in the folder: which folder.
    _one_line_error(run_cli(*transcribe),
                    "holds no Whisper model" if extra_installed() else INSTALL_HINT)
    doc = json.loads(run_cli("export-json", s["id"], "--db", str(demo_db)).stdout)
    assert doc["transcript"]["consent"]["retention_days"] == 30
    assert doc["transcript"]["segments"] == []


def test_check_model_and_get_model_say_one_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    env = {**os.environ, "HF_HUB_OFFLINE": "1"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "interview_desk", *args], text=True,
                              capture_output=True, env=env, timeout=120)

    empty = run("check-model", str(tmp_path))
    assert empty.returncode == 1
    assert empty.stderr.strip().endswith("(model.bin missing); choose the folder of a "
                                         "faster-whisper model such as tiny.en.")
    got = run("get-model", "tiny.en", "--into", str(tmp_path / "models"))
    assert got.returncode == 1 and len(got.stderr.strip().splitlines()) == 1
    assert ("cannot be reached" in got.stderr or "optional extra" in got.stderr)
    assert not (tmp_path / "models").exists()
