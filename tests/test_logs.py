"""The bug log keeps its last few files, each its owner's only."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from interview_desk import logs


def test_the_log_moves_aside_before_it_passes_its_limit_and_keeps_the_last_three(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    path = logs.setup()
    logger = logging.getLogger(logs.LOGGER_NAME)

    for n in range(100):  # ~100 bytes each with the prefix: five files' worth
        logger.error("bug %02d %s", n, "x" * 20)
    for handler in logger.handlers:
        handler.flush()

    kept = [path, *(Path(f"{path}.{n}") for n in range(1, logs.BACKUP_COUNT + 1))]
    assert all(p.exists() for p in kept)
    assert not Path(f"{path}.{logs.BACKUP_COUNT + 1}").exists()  # the oldest were dropped
    assert all(p.stat().st_size < 2_000 for p in kept)
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in kept)
    assert "bug 99" in path.read_text(encoding="utf-8")  # the newest record: the current file
    lines = "".join(p.read_text(encoding="utf-8") for p in reversed(kept)).splitlines()
    numbers = [int(line.split("bug ")[1][:2]) for line in lines]
    assert numbers == sorted(numbers)  # oldest file first, nothing lost between them
    assert numbers == list(range(numbers[0], 100))
