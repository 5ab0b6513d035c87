import time
from datetime import timedelta

import pytest

from interview_desk.domain.model import parse_timestamp, utc_now


def test_machine_stamps_keep_their_offset() -> None:
    stamp = parse_timestamp(utc_now())
    assert stamp is not None and stamp.utcoffset() == timedelta(0)


def test_a_planned_time_is_read_as_local_wall_clock_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    try:
        summer = parse_timestamp("2026-07-01T10:00")
        winter = parse_timestamp("2026-12-01T10:00")
        assert summer is not None and summer.utcoffset() == timedelta(hours=2)
        assert winter is not None and winter.utcoffset() == timedelta(hours=1)
        assert (summer.hour, summer.minute) == (10, 0)
    finally:
        monkeypatch.undo()
        time.tzset()


@pytest.mark.parametrize("junk", ["", None, "next tuesday", "2026-13-01"])
def test_unreadable_times_are_none(junk: str | None) -> None:
    assert parse_timestamp(junk) is None
