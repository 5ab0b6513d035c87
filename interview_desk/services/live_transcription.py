"""Listening in the room: audio in, segments out, on a thread of its own.

The microphone's callback only appends bytes (16 kHz mono float32) under a lock; a worker
thread loads the model (a second or more: never on the UI thread), then cuts the audio into
chunks, runs the transcriber on each, and hands the segments, already on the session clock, to
``on_heard``. Nothing here ever waits on the UI, and the UI never waits here: ``ready`` says
whether the model has loaded, ``backlog_seconds`` how far transcription has fallen behind, and
nothing captured is dropped while listening (the queue is unbounded; a slow laptop, or one
still loading the model, is late, not lossy). Audio lives only in memory and is forgotten once
transcribed, unless ``keep`` is given: then every captured byte is also handed to it (the
consent's "audio kept too" scope; see ``kept_audio``).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from interview_desk.domain.transcript import HeardSegment
from interview_desk.services.transcriber import SAMPLE_RATE, Transcriber

BYTES_PER_SECOND = SAMPLE_RATE * 4  # float32 mono
#: Chunks of this length go to the model: long enough for context, short enough to follow
#: the conversation (tiny.en does 8 s in well under a second on two cores).
CHUNK_SECONDS = 8.0

Heard = Callable[[Sequence[HeardSegment]], None]
Failed = Callable[[BaseException], None]
Load = Callable[[], Transcriber]


@dataclass(frozen=True)
class _Chunk:
    audio: bytes
    at_seconds: float  # where it starts on the session clock


class LiveTranscription:
    """One session's listening. ``start(at)`` begins (or resumes) at a moment of the session
    clock; ``pause()`` stops taking audio; ``discard()`` forgets everything not yet
    transcribed; ``stop()`` transcribes what is left and ends the thread.

    ``load`` makes the transcriber, on the worker thread; if it fails, ``on_failed`` gets its
    exception (a ``TranscribeUnavailable`` says why in one line), everything captured is
    forgotten and the thread ends. ``on_ready`` is told once the model has loaded."""

    def __init__(self, load: Load, on_heard: Heard, on_failed: Failed, *,
                 chunk_seconds: float = CHUNK_SECONDS,
                 on_ready: Callable[[], None] | None = None,
                 keep: Callable[[bytes], None] | None = None) -> None:
        self._load = load
        self._on_heard = on_heard
        self._on_failed = on_failed
        self._on_ready = on_ready
        self._keep = keep
        self._ready = False
        self._dead = False
        self._chunk_bytes = int(chunk_seconds * SAMPLE_RATE) * 4
        self._lock = threading.Lock()
        self._buffer = bytearray()
        self._buffer_at = 0.0
        self._listening = False
        self._queue: queue.Queue[_Chunk | None] = queue.Queue()
        self._queued_bytes = 0
        self._busy_bytes = 0
        self._thread = threading.Thread(target=self._run, name="transcription", daemon=True)
        self._thread.start()

    # --- the microphone's side (any thread) ---------------------------------------------------

    def feed(self, audio: bytes) -> None:
        """Audio just captured; ignored while paused."""
        with self._lock:
            if not self._listening:
                return
            if self._keep is not None:
                self._keep(audio)
            self._buffer += audio
            while len(self._buffer) >= self._chunk_bytes:
                self._push(bytes(self._buffer[:self._chunk_bytes]))
                del self._buffer[:self._chunk_bytes]

    def _push(self, audio: bytes) -> None:
        """Queue a chunk (the lock is held)."""
        self._queue.put(_Chunk(audio, self._buffer_at))
        self._queued_bytes += len(audio)
        self._buffer_at += len(audio) / BYTES_PER_SECOND

    # --- the view's side -----------------------------------------------------------------------

    @property
    def listening(self) -> bool:
        return self._listening

    @property
    def ready(self) -> bool:
        """The model has loaded; until then audio waits in the backlog."""
        return self._ready

    def start(self, at_seconds: float) -> None:
        with self._lock:
            if self._dead:  # the model could not be loaded: nothing more is taken
                return
            self._buffer.clear()
            self._buffer_at = at_seconds
            self._listening = True

    def pause(self) -> None:
        """Stop taking audio; what was heard so far is still transcribed."""
        with self._lock:
            self._listening = False
            if self._buffer:
                self._push(bytes(self._buffer))
                self._buffer.clear()

    def discard(self) -> None:
        """Forget every chunk not transcribed yet (the panel deleted what was captured)."""
        with self._lock:
            self._buffer.clear()
            while True:
                try:
                    chunk = self._queue.get_nowait()
                except queue.Empty:
                    break
                if chunk is None:  # keep a stop request
                    self._queue.put(None)
                    break
                self._queued_bytes -= len(chunk.audio)

    def backlog_seconds(self) -> float:
        """Audio captured but not transcribed yet, in seconds."""
        with self._lock:
            return (self._queued_bytes + self._busy_bytes + len(self._buffer)) / BYTES_PER_SECOND

    def stop(self, timeout: float | None = None) -> bool:
        """Transcribe what was captured, then end the thread; False if it is still busy."""
        self.pause()
        self._queue.put(None)
        self._thread.join(timeout)
        return not self._thread.is_alive()

    # --- the worker ----------------------------------------------------------------------------

    def _run(self) -> None:
        try:
            transcriber = self._load()
        except Exception as exc:  # handed to the view, which says why and stops listening
            with self._lock:
                self._dead = True
                self._listening = False
            self.discard()
            self._on_failed(exc)
            return
        self._ready = True
        if self._on_ready is not None:
            self._on_ready()
        while True:
            chunk = self._queue.get()
            if chunk is None:
                return
            with self._lock:
                self._queued_bytes -= len(chunk.audio)
                self._busy_bytes = len(chunk.audio)
            try:
                heard = [HeardSegment(s.start + chunk.at_seconds, s.end + chunk.at_seconds,
                                      s.text) for s in transcriber.transcribe(chunk.audio)]
            except Exception as exc:  # handed to the view, which logs it and stops listening
                self._on_failed(exc)
                heard = []
            finally:
                with self._lock:
                    self._busy_bytes = 0
            if heard:
                self._on_heard(heard)


def open_microphone(feed: Callable[[bytes], None]) -> Callable[[], None]:
    """Start capturing the default microphone into ``feed``; returns the function that stops
    it. Needs the extra (sounddevice); PortAudio calls ``feed`` on its own thread."""
    import sounddevice  # only with the extra

    def callback(data: object, _frames: int, _time: object, _status: object) -> None:
        feed(bytes(data))  # type: ignore[call-overload]

    stream = sounddevice.RawInputStream(samplerate=SAMPLE_RATE, channels=1, dtype="float32",
                                        callback=callback)
    stream.start()

    def close() -> None:
        stream.stop()
        stream.close()

    return close
