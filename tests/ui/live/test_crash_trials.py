"""Kill -9 the real app while it types and other processes use the file: nothing older than
the autosave bound is lost, the file is intact. A few trials here; hundreds with
``tests/benchmarks/crash_trials.py``; how a trial runs: ``tests/crash_harness.py``."""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

import pytest

from tests.crash_harness import MUST_BE_SAVED_S, run_trial

SEED_ENV = "INTERVIEW_DESK_CRASH_SEED"
TRIALS = 3
# Late enough that every trial has keys older than the bound (and readers ran meanwhile).
KILL_AFTER_S = (MUST_BE_SAVED_S + 1.0, 6.0)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_kill_9_while_typing_loses_nothing_older_than_the_bound(tmp_path: Path) -> None:
    seed = int(os.environ.get(SEED_ENV) or random.randrange(1_000_000))
    print(f"crash trials: seed {seed} (repeat with {SEED_ENV}={seed})")
    for n in range(TRIALS):
        trial = run_trial(tmp_path / f"trial-{n}", seed + n, KILL_AFTER_S)
        assert not trial.error, trial.describe()
        assert trial.integrity == "ok", trial.describe()
        assert trial.required > 0 and trial.reads > 0, trial.describe()  # it tested something
        assert not trial.read_failures, trial.read_failures
        assert not trial.lost, trial.describe()
