"""Bugs leave a trace: the ``interview_desk`` logger writes to a rotating, owner-only file.

Every module logs through ``logging.getLogger(__name__)`` (a child of ``interview_desk``). A bug
— any exception that is not a typed user error — is logged with ``logger.exception(...)`` (or
``logger.error(..., exc_info=exc)``) so its traceback reaches the file; ``log_bug`` does that and
returns the file's path for a "details are in …" message. The GUI and the CLI call ``setup``.
"""

from __future__ import annotations

import io
import logging
import os
from pathlib import Path

from interview_desk.paths import log_dir

LOGGER_NAME = "interview_desk"
LOG_FILE_NAME = "interview-desk.log"
#: A few tracebacks a day fit many times over; the oldest of the kept files is dropped.
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
_FORMAT = "%(asctime)s %(levelname)s %(name)s [pid %(process)d, %(threadName)s] %(message)s"


def log_file() -> Path:
    return log_dir() / LOG_FILE_NAME


class _PrivateRotatingFileHandler(logging.FileHandler):
    """Tracebacks quote candidate data: the folder and every file are its owner's only.

    Rotating as ``logging.handlers.RotatingFileHandler`` does (a record that would take the
    file past ``MAX_BYTES`` first moves it to ``.1``, ``.1`` to ``.2``…, the oldest dropped),
    without importing that module: it brings sockets, pickle and queues to every start for
    handlers the app never uses (issue 13).
    """

    def __init__(self, path: Path) -> None:
        # delay: nothing is created until something is logged (a clean run leaves no file)
        super().__init__(path, encoding="utf-8", delay=True)

    def _open(self) -> io.TextIOWrapper:
        path = Path(self.baseFilename)
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if hasattr(os, "fchmod"):  # a file left by an older version may be wider
            os.fchmod(fd, 0o600)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._would_pass_the_limit(record):
                self._rotate()
        except Exception:  # as logging does: a failing log never takes the app down
            self.handleError(record)
            return
        super().emit(record)

    def _would_pass_the_limit(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, os.SEEK_END)
        return self.stream.tell() > 0 and (
            self.stream.tell() + len(self.format(record)) + 1 >= MAX_BYTES)

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # emit opens the new file
        base = self.baseFilename
        for n in range(BACKUP_COUNT - 1, 0, -1):
            if os.path.exists(f"{base}.{n}"):
                os.replace(f"{base}.{n}", f"{base}.{n + 1}")
        os.replace(base, f"{base}.1")


def setup() -> Path:
    """Send the ``interview_desk`` logger to the log file (again, if its folder moved)."""
    logger = logging.getLogger(LOGGER_NAME)
    path = log_file()
    for handler in list(logger.handlers):
        if isinstance(handler, _PrivateRotatingFileHandler):
            if Path(handler.baseFilename) == path.absolute():
                return path
            logger.removeHandler(handler)
            handler.close()
    handler = _PrivateRotatingFileHandler(path)
    handler.setFormatter(logging.Formatter(_FORMAT))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return path


def log_bug(exc: BaseException, what: str) -> Path:
    """Log an unexpected exception with its traceback; returns the log file to point to."""
    path = setup()
    logging.getLogger(LOGGER_NAME).error("%s", what, exc_info=exc)
    return path
