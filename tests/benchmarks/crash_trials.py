"""Hundreds of crash trials: kill -9 the app while it types and others use the file; count losses.

Not a test (pytest does not collect this file). Run from the repository root:

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/crash_trials.py --trials 500 --seed 1 --jobs 2

Each trial (``tests/crash_harness.py``) runs in a folder of its own, so trials run side by side.
Trial number i uses seed S + i: ``--trials 1 --seed S+i`` repeats one. A trial that lost text,
failed ``integrity_check`` or could not run keeps its folder and is listed; the last line sums up:
trials, losses, integrity failures, trials that could not run, the second launch's outcomes, and
the worst gap (at the kill, the age of the oldest key not in the file; goal: under 2.5 s).
Exit status 1 when any trial lost text, failed the integrity check or could not run.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.crash_harness import MUST_BE_SAVED_S, TrialError, TrialResult, run_trial


def _one(root: Path, seed: int) -> TrialResult:
    folder = root / f"trial-{seed}"
    try:
        result = run_trial(folder, seed)
    except (TrialError, OSError, ValueError) as exc:  # e.g. the demo could not be made
        result = TrialResult(seed=seed, folder=folder, error=str(exc))
    if not (result.lost or not result.intact or result.error):
        shutil.rmtree(folder, ignore_errors=True)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--seed", type=int, default=int(time.time()) % 1_000_000)
    parser.add_argument("--jobs", type=int, default=2, help="trials at a time (default 2)")
    parser.add_argument("--folder", type=Path, help="where trial folders go (default: a new "
                        "temporary folder)")
    args = parser.parse_args()
    root = args.folder or Path(tempfile.mkdtemp(prefix="crash-trials-"))
    root.mkdir(parents=True, exist_ok=True)
    print(f"seed {args.seed}, {args.trials} trials, {args.jobs} at a time, in {root}", flush=True)
    started = time.monotonic()
    results: list[TrialResult] = []
    with ThreadPoolExecutor(args.jobs) as pool:
        for result in pool.map(lambda i: _one(root, args.seed + i), range(args.trials)):
            results.append(result)
            if result.lost or not result.intact or result.error:
                print(("LOST " if result.lost else "BAD  ") + result.describe(), flush=True)
            if len(results) % 25 == 0:
                print(f"... {len(results)} trials, {time.monotonic() - started:.0f} s", flush=True)
    losses = sum(r.lost for r in results if not r.error)
    broken = sum(not r.intact for r in results if not r.error)
    errors = sum(bool(r.error) for r in results)
    launches = Counter(r.second_launch for r in results if not r.error)
    read_failures = sum(len(r.read_failures) for r in results)
    worst = max((r.gap_s for r in results if not r.error), default=0.0)
    print(f"trials {len(results)}, losses {losses}, integrity failures {broken}, "
          f"could not run {errors}, second launch {dict(launches)}, "
          f"read-only commands {sum(r.reads for r in results)} ({read_failures} failed), "
          f"worst gap {worst:.2f} s (must stay under {MUST_BE_SAVED_S} s), seed {args.seed}, "
          f"{time.monotonic() - started:.0f} s")
    return 1 if losses or broken or errors else 0


if __name__ == "__main__":
    sys.exit(main())
