"""The app's one clock, and the shift CI uses to run the suite on another day."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from interview_desk.domain import clock
from interview_desk.domain.model import parse_timestamp, utc_now


def test_the_shift_moves_every_stamp_the_app_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(clock.SHIFT_ENV, "365")
    ahead = datetime.now(UTC) + timedelta(days=365)
    assert abs(clock.now() - ahead) < timedelta(seconds=5)
    stamp = parse_timestamp(utc_now())
    assert stamp is not None and abs(stamp - ahead) < timedelta(seconds=5)
    assert abs(clock.local_now() - (datetime.now() + timedelta(days=365))) < timedelta(seconds=5)


@pytest.mark.parametrize("raw", ["", "  ", "a year", "1e400", "nan"])
def test_an_unreadable_shift_leaves_the_real_clock(monkeypatch: pytest.MonkeyPatch,
                                                  raw: str) -> None:
    monkeypatch.setenv(clock.SHIFT_ENV, raw)
    assert abs(clock.now() - datetime.now(UTC)) < timedelta(seconds=5)
    assert clock.now().tzinfo is UTC
