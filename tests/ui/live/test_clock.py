"""The stopwatch reads a (fake) time source: no sleeps, exact seconds."""

from __future__ import annotations

from interview_desk.domain.live import pace
from interview_desk.ui.live.clock import Stopwatch, mmss


class FakeTime:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def test_session_time_runs_only_between_start_and_pause() -> None:
    now = FakeTime()
    watch = Stopwatch(elapsed_seconds=90, now=now)  # resumed after a crash at 1:30
    now.t += 50
    assert watch.elapsed() == 90 and not watch.running
    watch.start()
    now.t += 30
    assert watch.elapsed() == 120
    watch.pause()
    now.t += 600
    assert watch.elapsed() == 120
    watch.start()
    now.t += 5
    assert watch.elapsed() == 125


def test_question_lap_adds_to_earlier_visits_and_stops_with_the_clock() -> None:
    now = FakeTime()
    watch = Stopwatch(now=now)
    watch.new_lap(already_spent=40)
    now.t += 10
    assert watch.lap() == 40  # clock not started yet
    watch.start()
    now.t += 25
    assert watch.lap() == 65
    watch.pause()
    now.t += 100
    assert watch.lap() == 65
    watch.start()
    watch.new_lap(already_spent=0)
    now.t += 3
    assert watch.lap() == 3


def test_pace_and_formatting() -> None:
    p = pace([4, 4, 3], planned_minutes=60, elapsed=50 * 60)
    assert (p.questions_left, p.minutes_needed, p.seconds_left, p.behind) == (3, 11, 600, True)
    assert not pace([4], 60, 0).behind
    assert (mmss(0), mmss(61), mmss(3600), mmss(-5)) == ("0:00", "1:01", "60:00", "0:00")
