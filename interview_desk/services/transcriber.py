"""Speech to text on this laptop, through faster-whisper, with the settings that keep it honest.

The optional extra (``pip install 'interview-desk[transcribe]'``) brings faster-whisper; without
it, or without a model folder, ``load_transcriber`` raises ``TranscribeUnavailable`` whose one
line says how to get it, and nothing else in the app changes. Everything after the model is a
``Transcriber``: anything that turns 16 kHz mono audio into ``HeardSegment``s, which is the seam
the tests feed segments through.

The decoding options are the ones that stop Whisper's known hallucinations on silence:
voice-activity detection (silence never reaches the model), no conditioning on previous text
(one mis-hearing cannot snowball), and the usual no-speech and log-probability thresholds.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

from interview_desk.domain.transcript import HeardSegment
from interview_desk.i18n import QT_TRANSLATE_NOOP

SAMPLE_RATE = 16_000
#: Shown by the live view through ``tr`` (marked in the empty context, docs/translations.md).
INSTALL_HINT = QT_TRANSLATE_NOOP("", "Transcription needs the optional extra and a model: "
                                     "pip install 'interview-desk[transcribe]', then choose a "
                                     "model folder.")

# faster-whisper's defaults for these, stated here so a change upstream cannot loosen them.
DECODE_OPTIONS: dict[str, Any] = {
    "vad_filter": True,
    "condition_on_previous_text": False,
    "no_speech_threshold": 0.6,
    "log_prob_threshold": -1.0,
    "compression_ratio_threshold": 2.4,
    "beam_size": 1,
    "language": "en",
}


class TranscribeUnavailable(Exception):
    """The extra or the model is missing; the message is one line for people."""


class Transcriber(Protocol):
    def transcribe(self, audio: Any) -> Iterator[HeardSegment]:
        """Segments heard in ``audio`` (a WAV path, or 16 kHz mono float32 bytes), with
        their times from the start of that audio."""
        ...


def extra_installed() -> bool:
    return importlib.util.find_spec("faster_whisper") is not None


def check_model_dir(model_dir: str | Path | None) -> Path:
    """The folder of a CTranslate2 Whisper model, or ``TranscribeUnavailable`` saying why."""
    if not model_dir:
        raise TranscribeUnavailable(
            "No model folder is set: choose one in Settings or pass --model DIR.")
    path = Path(model_dir).expanduser()
    if not (path / "model.bin").is_file():
        raise TranscribeUnavailable(
            f"{path} holds no Whisper model (model.bin missing); choose the folder of a "
            "faster-whisper model such as tiny.en.")
    return path


class WhisperTranscriber:
    """faster-whisper on the CPU, int8, with the options above."""

    def __init__(self, model_dir: Path, *, threads: int = 2) -> None:
        from faster_whisper import WhisperModel  # only with the extra

        self._model = WhisperModel(str(model_dir), device="cpu", compute_type="int8",
                                   cpu_threads=threads, local_files_only=True)

    def transcribe(self, audio: Any) -> Iterator[HeardSegment]:
        source = audio
        if isinstance(audio, Path):
            source = str(audio)
        elif isinstance(audio, bytes):  # live chunks: 16 kHz mono float32
            import numpy  # comes with faster-whisper

            source = numpy.frombuffer(audio, dtype=numpy.float32)
        segments, _info = self._model.transcribe(source, **DECODE_OPTIONS)
        for s in segments:
            yield HeardSegment(float(s.start), float(s.end), str(s.text))


def does_not_load(path: Path, exc: BaseException) -> TranscribeUnavailable:
    """The one line for a model folder whose model faster-whisper cannot load."""
    text = str(exc).strip()
    reason = text.splitlines()[0] if text else type(exc).__name__
    return TranscribeUnavailable(f"{path} does not load as a Whisper model ({reason}); get the "
                                 "model again or choose another folder.")


def load_transcriber(model_dir: str | Path | None) -> Transcriber:
    """The model in ``model_dir``, loaded (a second or more: never on the UI thread)."""
    if not extra_installed():
        raise TranscribeUnavailable(INSTALL_HINT)
    path = check_model_dir(model_dir)
    try:
        return WhisperTranscriber(path)
    except Exception as exc:  # a damaged or foreign model.bin: the folder's fault, one line
        raise does_not_load(path, exc) from exc
