"""Transcription on this laptop: real-time factor, memory, and typing latency while listening.

Not a test (pytest does not collect bench_*.py). Needs the extra and a model folder:

    pip install -e '.[transcribe]'
    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_transcribe.py --model DIR

1. Whole recording: the committed speech fixture repeated to about a minute (with silence
   between repeats, which voice-activity detection must skip), transcribed in one go.
2. Live chunks: the same audio through ``LiveTranscription`` in 8 s chunks.
3. Typing while listening: the live view of a demo session with the pane listening to a fake
   microphone that plays the recording at real-time pace; key-press-to-repaint latency of
   keys typed meanwhile (goal p99 < 16 ms, as ``bench_live_typing.py``).
Prints the real-time factor (seconds of computing per second of audio) and peak memory.
"""

from __future__ import annotations

import argparse
import os
import resource
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

SPEECH = Path(__file__).resolve().parents[1] / "data" / "speech" / "answer.wav"


def speech_minute() -> bytes:
    """About a minute of 16 kHz mono float32: the fixture, then 2 s of silence, repeated."""
    import numpy

    with wave.open(str(SPEECH), "rb") as w:
        pcm = numpy.frombuffer(w.readframes(w.getnframes()), dtype=numpy.int16)
    speech = pcm.astype(numpy.float32) / 32768.0
    silence = numpy.zeros(2 * SAMPLE_RATE, dtype=numpy.float32)
    one = numpy.concatenate([speech, silence])
    return numpy.tile(one, max(1, round(60 * SAMPLE_RATE / len(one)))).tobytes()


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", required=True, help="faster-whisper model folder")
    parser.add_argument("--keys", type=int, default=300)
    args = parser.parse_args()
    try:
        transcriber = load_transcriber(args.model)
    except TranscribeUnavailable as exc:
        print(exc)
        return 2
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

    heard: list[int] = []
    live = LiveTranscription(transcriber, lambda s: heard.append(len(s)),
                             lambda e: print("failed:", e))
    live.start(0.0)
    t = time.perf_counter()
    live.feed(audio)
    live.stop()
    chunked = time.perf_counter() - t
    print(f"live 8 s chunks: real-time factor {chunked / seconds:.3f} "
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

    view.transcript.make_transcriber = lambda: transcriber
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
