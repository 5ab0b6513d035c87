"""Listening without a microphone or a model: audio fed as the microphone would, segments
produced as a transcriber would, on the worker thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from typing import Any

from interview_desk.domain.transcript import HeardSegment
from interview_desk.services.live_transcription import BYTES_PER_SECOND, LiveTranscription
from interview_desk.services.transcriber import TranscribeUnavailable


class Echo:
    """Hears one segment per chunk, spanning the chunk; can be held to play a slow laptop."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.gate.set()
        self.chunks: list[int] = []

    def transcribe(self, audio: Any) -> Iterator[HeardSegment]:
        self.gate.wait(10)
        self.chunks.append(len(audio))
        yield HeardSegment(0.0, len(audio) / BYTES_PER_SECOND, f"chunk {len(self.chunks)}")


def _seconds(n: float) -> bytes:
    return b"\0" * int(n * BYTES_PER_SECOND)


def _listen(model: Echo) -> tuple[LiveTranscription, list[HeardSegment], list[BaseException]]:
    heard: list[HeardSegment] = []
    failed: list[BaseException] = []

    def on_heard(segments: Sequence[HeardSegment]) -> None:
        heard.extend(segments)

    return (LiveTranscription(lambda: model, on_heard, failed.append, chunk_seconds=4.0), heard,
            failed)


def test_chunks_reach_the_model_on_the_session_clock_and_pause_flushes() -> None:
    model = Echo()
    live, heard, failed = _listen(model)
    live.feed(_seconds(3))  # not listening yet: ignored
    live.start(at_seconds=60.0)
    for _ in range(10):
        live.feed(_seconds(1))  # ten seconds, a second at a time
    live.pause()
    live.feed(_seconds(5))  # paused: ignored
    live.start(at_seconds=200.0)
    live.feed(_seconds(2))
    assert live.stop(timeout=10)
    assert [(h.start, h.end) for h in heard] == [(60, 64), (64, 68), (68, 70), (200, 202)]
    assert failed == [] and len(model.chunks) == 4


def test_a_slow_model_makes_a_visible_backlog_and_loses_nothing() -> None:
    model = Echo()
    model.gate.clear()  # the model is stuck on the first chunk
    live, heard, _failed = _listen(model)
    live.start(0.0)
    for _ in range(6):
        live.feed(_seconds(4))
    assert live.backlog_seconds() == 24.0
    model.gate.set()
    assert live.stop(timeout=10)
    assert live.backlog_seconds() == 0.0
    assert [h.start for h in heard] == [0, 4, 8, 12, 16, 20]


def test_discard_forgets_what_was_not_transcribed_yet() -> None:
    model = Echo()
    model.gate.clear()
    live, heard, _failed = _listen(model)
    live.start(0.0)
    live.feed(_seconds(12))
    live.discard()
    model.gate.set()
    assert live.stop(timeout=10)
    assert len(heard) <= 1  # at most the chunk already in the model's hands
    assert live.backlog_seconds() == 0.0


def test_a_model_failure_is_reported_not_swallowed() -> None:
    class Broken:
        def transcribe(self, audio: Any) -> Iterator[HeardSegment]:
            raise RuntimeError("model crashed")

    failed: list[BaseException] = []
    live = LiveTranscription(Broken, lambda _s: None, failed.append, chunk_seconds=1.0)
    live.start(0.0)
    live.feed(_seconds(1))
    assert live.stop(timeout=10)
    assert [str(e) for e in failed] == ["model crashed"]


def test_the_model_loads_on_the_worker_while_audio_waits_in_the_backlog() -> None:
    model = Echo()
    loading = threading.Event()
    release = threading.Event()
    loaded_on: list[threading.Thread] = []
    ready: list[bool] = []

    def load() -> Echo:
        loaded_on.append(threading.current_thread())
        loading.set()
        release.wait(10)  # a slow laptop loading the model
        return model

    heard: list[HeardSegment] = []
    live = LiveTranscription(load, heard.extend, lambda e: None, chunk_seconds=4.0,
                             on_ready=lambda: ready.append(True))
    live.start(0.0)
    assert loading.wait(10)
    assert not live.ready
    live.feed(_seconds(8))  # the room goes on while the model loads: nothing is lost
    assert live.backlog_seconds() == 8.0
    release.set()
    assert live.stop(timeout=10)
    assert live.ready and ready == [True]
    assert loaded_on and loaded_on[0] is not threading.current_thread()
    assert [h.start for h in heard] == [0, 4]


def test_a_model_that_cannot_load_is_reported_and_nothing_more_is_taken() -> None:
    def load() -> Echo:
        raise TranscribeUnavailable("/nowhere holds no Whisper model (model.bin missing)")

    failed: list[BaseException] = []
    done = threading.Event()
    live = LiveTranscription(load, lambda _s: None,
                             lambda e: (failed.append(e), done.set()), chunk_seconds=1.0)
    live.start(0.0)
    live.feed(_seconds(3))
    assert done.wait(10)
    live.start(5.0)  # refused: the model is not there
    live.feed(_seconds(3))
    assert not live.listening and live.backlog_seconds() == 0.0
    assert live.stop(timeout=10)
    assert [str(e) for e in failed] == ["/nowhere holds no Whisper model (model.bin missing)"]
