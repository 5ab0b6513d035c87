"""The real model on the committed speech fixture: runs only where the [transcribe] extra is
installed and ``INTERVIEW_DESK_WHISPER_MODEL`` names a faster-whisper model folder (CI installs
only ``.[test]``, so there it is skipped)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from interview_desk.services.transcriber import load_transcriber

SPEECH = Path(__file__).resolve().parents[1] / "data" / "speech" / "answer.wav"

pytest.importorskip("faster_whisper")
MODEL = os.environ.get("INTERVIEW_DESK_WHISPER_MODEL", "")


@pytest.mark.skipif(not MODEL, reason="INTERVIEW_DESK_WHISPER_MODEL names no model folder")
def test_the_model_hears_the_fixture_and_nothing_in_silence() -> None:
    import numpy

    model = load_transcriber(MODEL)
    heard = list(model.transcribe(SPEECH))
    text = " ".join(s.text for s in heard).lower()
    assert "billing" in text and "payments" in text
    assert all(0 <= s.start < s.end <= 6.5 for s in heard)
    # five seconds of silence: voice-activity detection sends nothing to the model
    silence = numpy.zeros(5 * 16_000, dtype=numpy.float32).tobytes()
    assert list(model.transcribe(silence)) == []
