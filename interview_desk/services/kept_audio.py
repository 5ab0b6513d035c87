"""Audio kept on disk, only where the candidate consented to "transcript and audio kept".

One WAV file per session and panelist (16 kHz mono, 16-bit PCM), in the ``kept-audio`` folder
beside the database: the folders owner-only (0700), the files owner-only (0600). Nothing here
is reached unless the session's consent says so (``TranscriptService.audio_recorder``); with
"transcript only", audio lives in memory and is never written.

Crash-safe by construction: audio is only ever appended, and the two sizes in the WAV header
are rewritten after each append; if the app dies between the two, the next open sets them
from the file's real length (``repair_header``), so a recording is never lost to a stale
header. The microphone's thread only queues bytes; a writer thread of its own does the disk.

Kept audio is purged with the candidate, deleted with "delete everything captured", and
listed (path, size, SHA-256; never the audio) in the candidate's export. It never travels in
panel files.
"""

from __future__ import annotations

import hashlib
import os
import queue
import struct
import threading
import time
from array import array
from dataclasses import dataclass
from pathlib import Path

from interview_desk.storage.database import database_file
from interview_desk.storage.errors import ValidationError
from interview_desk.storage.handle import Database

FOLDER = "kept-audio"
SAMPLE_RATE = 16_000
HEADER_BYTES = 44
_FSYNC_EVERY_S = 1.0


def _header(data_bytes: int) -> bytes:
    """A canonical 44-byte PCM WAV header for ``data_bytes`` of 16-bit mono audio."""
    return (b"RIFF" + struct.pack("<I", 36 + data_bytes) + b"WAVE"
            + b"fmt " + struct.pack("<IHHIIHH", 16, 1, 1, SAMPLE_RATE, SAMPLE_RATE * 2, 2, 16)
            + b"data" + struct.pack("<I", data_bytes))


def repair_header(fd: int) -> int:
    """Make the header of the open WAV file ``fd`` match its length (an odd trailing byte, a
    half-written sample, is cut); a new file gets its header. Returns the audio bytes."""
    size = os.fstat(fd).st_size
    if size < HEADER_BYTES:
        os.ftruncate(fd, 0)
        os.pwrite(fd, _header(0), 0)
        return 0
    data = (size - HEADER_BYTES) & ~1
    if data != size - HEADER_BYTES:
        os.ftruncate(fd, HEADER_BYTES + data)
    os.pwrite(fd, _header(data), 0)
    return data


def pcm16(float32: bytes) -> bytes:
    """16 kHz mono float32 (what the microphone gives) as 16-bit PCM, clipped."""
    samples = array("f")
    samples.frombytes(float32[: len(float32) // 4 * 4])
    return array("h", (int(max(-1.0, min(1.0, x)) * 32767) for x in samples)).tobytes()


def _private_dir(path: Path) -> None:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path, 0o700)  # whatever the umask or an older folder said


class AudioRecorder:
    """Appends what the microphone captures to one WAV file, on a thread of its own."""

    def __init__(self, path: Path) -> None:
        self.path = path
        _private_dir(path.parent.parent)
        _private_dir(path.parent)
        self._fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        os.fchmod(self._fd, 0o600)
        self._data = repair_header(self._fd)
        self._queue: queue.Queue[bytes | None] = queue.Queue()
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="kept-audio", daemon=True)
        self._thread.start()

    def write(self, float32: bytes) -> None:
        """Audio just captured (any thread; returns at once)."""
        if not self._closed:
            self._queue.put(float32)

    def close(self) -> None:
        """Write what is queued, fix the header, close the file."""
        if self._closed:
            return
        self._closed = True
        self._queue.put(None)
        self._thread.join()

    def _run(self) -> None:
        synced = time.monotonic()
        while True:
            item = self._queue.get()
            pending = [item]
            while not self._queue.empty():  # what piled up meanwhile, in one append
                pending.append(self._queue.get())
            stop = None in pending
            audio = pcm16(b"".join(p for p in pending if p is not None))
            if audio:
                os.pwrite(self._fd, audio, HEADER_BYTES + self._data)
                self._data += len(audio)
                os.pwrite(self._fd, _header(self._data), 0)
            if stop or time.monotonic() - synced >= _FSYNC_EVERY_S:
                os.fsync(self._fd)
                synced = time.monotonic()
            if stop:
                os.close(self._fd)
                return


@dataclass(frozen=True)
class KeptFile:
    """One kept recording, as the candidate's export lists it."""

    session_id: str
    panelist_id: str
    path: Path
    bytes: int
    seconds: float
    sha256: str


class KeptAudio:
    """The ``kept-audio`` folder beside one database file."""

    def __init__(self, root: Path | None) -> None:
        self.root = root  # None: an in-memory database keeps no audio

    @classmethod
    def beside(cls, db: Database) -> KeptAudio:
        path = database_file(db)
        return cls(path.parent / FOLDER if path is not None else None)

    def path(self, session_id: str, panelist_id: str) -> Path:
        if self.root is None:
            raise ValidationError("A database in memory keeps no audio.")
        return self.root / session_id / f"{panelist_id}.wav"

    def recorder(self, session_id: str, panelist_id: str) -> AudioRecorder:
        return AudioRecorder(self.path(session_id, panelist_id))

    def files(self, session_ids: list[str]) -> list[KeptFile]:
        out: list[KeptFile] = []
        if self.root is None:
            return out
        for sid in session_ids:
            folder = self.root / sid
            for wav in sorted(folder.glob("*.wav")) if folder.is_dir() else []:
                digest = hashlib.sha256()
                with wav.open("rb") as fh:  # an hour is over 100 MB: hashed a MB at a time
                    while chunk := fh.read(1 << 20):
                        digest.update(chunk)
                size = wav.stat().st_size
                out.append(KeptFile(sid, wav.stem, wav, size,
                                    max(size - HEADER_BYTES, 0) / (2 * SAMPLE_RATE),
                                    digest.hexdigest()))
        return out

    def delete(self, session_id: str, panelist_id: str | None = None) -> int:
        """Delete one panelist's recording of a session (or all of the session's); returns
        how many files went."""
        if self.root is None:
            return 0
        folder = self.root / session_id
        if not folder.is_dir():
            return 0
        gone = 0
        for wav in folder.glob(f"{panelist_id}.wav" if panelist_id else "*.wav"):
            wav.unlink()
            gone += 1
        if not any(folder.iterdir()):
            folder.rmdir()
        return gone

    def delete_sessions(self, session_ids: list[str]) -> int:
        return sum(self.delete(sid) for sid in session_ids)
