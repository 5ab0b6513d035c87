"""Benchmark: how long ``interview-desk`` takes from launch until its main window is shown.

Each launch is a fresh process (offscreen Qt) with ``INTERVIEW_DESK_EXIT_AFTER_SHOW=1``, which
makes the app print a line once the first window is on screen and quit. The time is wall clock
from spawning the process to reading that line, so it includes the interpreter, every import,
opening the database and building the window. Scenarios:
  * demo         — ``interview-desk --demo`` (builds a fresh demo database in a temp folder);
  * first-launch — the default database does not exist yet (created with the shipped kit);
  * default      — the default database is already there (an everyday start).
The product promises it "opens in well under a second". Median and best of N are printed.
Run: ``python tests/benchmarks/bench_startup.py [--repeat N] [--exe PATH]``; ``--exe`` times a
desktop build (``dist/interview-desk/interview-desk``) instead of ``python -m interview_desk``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from interview_desk.ui.app import EXIT_AFTER_SHOW_ENV, SHOWN_MARKER  # noqa: E402


def launch(command: list[str], home: Path, *extra: str,
           on_exit_error: Callable[[int, str], None] | None = None) -> float:
    """Seconds from spawn to the 'shown' line; the process is then waited for.

    A failing exit stops the benchmark, unless ``on_exit_error`` is given: it is then told the
    exit code and the error output, and the time to the window still counts.
    """
    env = {**os.environ, EXIT_AFTER_SHOW_ENV: "1", "QT_QPA_PLATFORM": "offscreen",
           "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
           "INTERVIEW_DESK_DATA_DIR": str(home / "data")}
    env.pop("INTERVIEW_DESK_DB", None)
    started = time.perf_counter()
    proc = subprocess.Popen([*command, *extra], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == SHOWN_MARKER:
            shown = time.perf_counter() - started
            break
    else:
        errors = proc.stderr.read() if proc.stderr else ""
        raise SystemExit(f"no window shown (exit code {proc.wait()}): {errors}")
    if proc.wait(timeout=120) != 0:
        if on_exit_error is None:
            raise SystemExit(f"exit code {proc.returncode}")
        on_exit_error(proc.returncode, proc.stderr.read() if proc.stderr else "")
    return shown


def report(name: str, times: list[float]) -> None:
    ms = [t * 1000 for t in times]
    print(f"{name:13} median {statistics.median(ms):6.0f} ms   best {min(ms):6.0f} ms   "
          f"worst {max(ms):6.0f} ms   (n={len(ms)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--exe", type=Path, help="a desktop build's executable")
    args = parser.parse_args()
    command = [str(args.exe.resolve())] if args.exe else [sys.executable, "-m", "interview_desk"]
    print("command:", " ".join(command))
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        # One untimed launch warms the OS file cache, as any second start would be.
        launch(command, scratch / "warm", "--demo")
        report("demo", [launch(command, scratch / "demo", "--demo") for _ in range(args.repeat)])
        report("first-launch", [launch(command, scratch / f"first{i}")
                                for i in range(args.repeat)])
        report("default", [launch(command, scratch / "first0") for _ in range(args.repeat)])
        if not args.exe:
            floor = []
            for _ in range(args.repeat):
                started = time.perf_counter()
                subprocess.run([sys.executable, "-c", "pass"], check=True)
                floor.append(time.perf_counter() - started)
            report("python -c ''", floor)


if __name__ == "__main__":
    main()
