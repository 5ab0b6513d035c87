"""Audio kept on disk under "transcript and audio kept" consent, and only then: owner-only
WAV files beside the database, crash-safe (a second process dies mid-recording), purged with
the candidate, deleted with "delete everything captured", listed (never inlined) in the
candidate's export."""

from __future__ import annotations

import hashlib
import json
import math
import os
import stat
import subprocess
import sys
import wave
from array import array
from pathlib import Path

import jsonschema
import pytest

from interview_desk.domain.transcript import Consent, ConsentMethod, ConsentScope
from interview_desk.services.desk import Desk
from interview_desk.services.kept_audio import HEADER_BYTES, KeptAudio, pcm16
from interview_desk.storage.errors import ValidationError
from tests.retention_support import age, candidate_id

SCHEMA = Path(__file__).resolve().parents[2] / "resources" / "schemas" / \
    "candidate-data.schema.json"


def tone(seconds: float, hz: float = 440.0) -> bytes:
    """A sine tone as the microphone gives it: 16 kHz mono float32."""
    n = int(seconds * 16_000)
    return array("f", (0.5 * math.sin(2 * math.pi * hz * i / 16_000) for i in range(n))
                 ).tobytes()


def _decided(desk: Desk, scope: ConsentScope) -> tuple[str, str]:
    sid = next(r.id for r in desk.sessions.overview() if r.status == "decided")
    view = desk.debrief.view(sid)
    desk.transcripts.record_consent(Consent(sid, view.candidate, ConsentMethod.SAID_ALOUD,
                                            scope, 90, view.panel[0].name))
    return sid, view.panel[0].id


def _frames(path: Path) -> bytes:
    with wave.open(str(path), "rb") as w:
        assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (1, 2, 16_000)
        return w.readframes(w.getnframes())


def test_audio_kept_is_an_owner_only_wav_beside_the_database(demo_desk: Desk) -> None:
    sid, pid = _decided(demo_desk, ConsentScope.AUDIO_KEPT)
    recorder = demo_desk.transcripts.audio_recorder(sid, pid)
    assert recorder is not None
    audio = tone(2.0)
    for i in range(0, len(audio), 6400):  # 100 ms at a time, as the microphone does
        recorder.write(audio[i:i + 6400])
    recorder.close()
    assert demo_desk.path is not None
    root = demo_desk.path.parent / "kept-audio"
    assert recorder.path == root / sid / f"{pid}.wav"
    assert stat.S_IMODE(root.stat().st_mode) == 0o700
    assert stat.S_IMODE((root / sid).stat().st_mode) == 0o700
    assert stat.S_IMODE(recorder.path.stat().st_mode) == 0o600
    assert _frames(recorder.path) == pcm16(audio)
    # listening again later in the session appends to the same file
    again = demo_desk.transcripts.audio_recorder(sid, pid)
    assert again is not None
    again.write(tone(1.0, 880.0))
    again.close()
    assert _frames(recorder.path) == pcm16(audio) + pcm16(tone(1.0, 880.0))


def test_transcript_only_never_opens_a_recorder(demo_desk: Desk) -> None:
    sid, pid = _decided(demo_desk, ConsentScope.TRANSCRIPT_ONLY)
    assert demo_desk.transcripts.audio_recorder(sid, pid) is None
    assert demo_desk.path is not None
    assert not (demo_desk.path.parent / "kept-audio").exists()


def test_no_consent_no_recorder(demo_desk: Desk) -> None:
    sid = next(r.id for r in demo_desk.sessions.overview() if r.status == "decided")
    with pytest.raises(ValidationError, match="consent"):
        demo_desk.transcripts.audio_recorder(sid, demo_desk.debrief.view(sid).panel[0].id)


def test_a_stale_header_is_set_right_on_the_next_open(tmp_path: Path) -> None:
    kept = KeptAudio(tmp_path / "kept-audio")
    r = kept.recorder("s1", "p1")
    r.write(tone(1.0))
    r.close()
    # the app died after appending and before rewriting the header (plus half a sample)
    extra = pcm16(tone(0.5, 220.0))
    with r.path.open("ab") as fh:
        fh.write(extra + b"\x01")
    kept.recorder("s1", "p1").close()
    assert _frames(r.path) == pcm16(tone(1.0)) + extra


CHILD = r"""
import os, sys
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from interview_desk.services.kept_audio import HEADER_BYTES, KeptAudio
from tests.services.test_kept_audio import tone
r = KeptAudio(Path(sys.argv[1])).recorder("s1", "p1")
r.write(tone(1.5))
while r.path.stat().st_size < HEADER_BYTES + 48_000:  # until the writer has appended it
    pass
os._exit(0)  # a crash: no close, no flush, no header fix-up at the end
"""


def test_a_recording_survives_its_process_dying(tmp_path: Path) -> None:
    root = tmp_path / "kept-audio"
    repo = str(Path(__file__).resolve().parents[2])
    subprocess.run([sys.executable, "-c", CHILD, str(root), repo], check=True, timeout=60)
    path = root / "s1" / "p1.wav"
    assert path.stat().st_size == HEADER_BYTES + 48_000
    KeptAudio(root).recorder("s1", "p1").close()  # the next open checks the header
    assert _frames(path) == pcm16(tone(1.5))


def test_delete_captured_deletes_the_kept_audio(demo_desk: Desk) -> None:
    sid, pid = _decided(demo_desk, ConsentScope.AUDIO_KEPT)
    recorder = demo_desk.transcripts.audio_recorder(sid, pid)
    assert recorder is not None
    recorder.write(tone(0.5))
    recorder.close()
    demo_desk.transcripts.delete_captured(sid, pid)
    assert not recorder.path.exists() and not recorder.path.parent.exists()


def test_the_export_lists_kept_audio_and_purge_deletes_it(demo_desk: Desk,
                                                          tmp_path: Path) -> None:
    sid, pid = _decided(demo_desk, ConsentScope.AUDIO_KEPT)
    recorder = demo_desk.transcripts.audio_recorder(sid, pid)
    assert recorder is not None
    recorder.write(tone(1.0))
    recorder.close()
    cand = candidate_id(demo_desk, demo_desk.debrief.view(sid).candidate.split()[0])
    out = demo_desk.retention.export_candidate(cand, tmp_path / "export.json")
    doc = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(doc, json.loads(SCHEMA.read_text(encoding="utf-8")))
    data = recorder.path.read_bytes()
    assert doc["kept_audio"] == [{
        "session_id": sid, "panelist_id": pid, "file": str(recorder.path),
        "bytes": len(data), "seconds": 1.0, "sha256": hashlib.sha256(data).hexdigest()}]
    assert pcm16(tone(1.0))[:64].hex() not in out.read_text(encoding="utf-8")  # not inlined

    age(demo_desk, cand)
    result = demo_desk.retention.purge([cand])
    assert result.audio_files_deleted == 1
    assert not recorder.path.exists() and not (recorder.path.parent).exists()
    assert os.listdir(recorder.path.parent.parent) == []
