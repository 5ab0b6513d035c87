"""Crash trials: the real app typing in the live view while others use the file, then kill -9.

One trial, in a folder of its own: ``interview-desk demo`` makes a database, ``sessions --json``
names its live session, and the app opens it (``--session ID``) with a typing script
(``interview_desk/ui/scripted_typing.py``) that types into the focused note editor and logs each
key's ``time.monotonic_ns()``. From the first key on, read-only CLI commands run one after another
in a loop, and a second launch of the app on the same database is attempted at a random moment.
At a random moment the app gets SIGKILL. A fresh process then reads the file: every key typed more
than ``MUST_BE_SAVED_S`` before the kill must be in the note, and ``PRAGMA integrity_check`` must
say ``ok``. Both times come from the same clock (CLOCK_MONOTONIC is system-wide).

Used by ``tests/ui/live/test_crash_trials.py`` (a few trials in every run) and by
``tests/benchmarks/crash_trials.py`` (hundreds, in parallel). POSIX only (SIGKILL).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent

#: Autosave writes at most 2 s after a note's first unsaved key; half a second for the write.
MUST_BE_SAVED_S = 2.5
#: The kill comes this long (uniformly drawn) after the first key went in.
KILL_AFTER_S = (1.0, 7.0)
READY_TIMEOUT_S = 60.0
COMMAND_TIMEOUT_S = 60.0
SECOND_LAUNCH_TIMEOUT_S = 30.0

SHOWN_MARKER = "interview-desk: window shown"  # ui/app.py prints it under EXIT_AFTER_SHOW
WORDS = ["rollback", "owned", "the", "fix", "latency", "über", "naïve", "déjà", "vu", "중요",
         "on-call", "p99", "→", "shipped", "reviewed", "customer", "incident", "(tested)", "🙂"]

VERIFY = """
import json, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
texts = [t for row in conn.execute(
    "SELECT text, situation, task, action, result FROM notes WHERE session_id = ?",
    [sys.argv[2]]) for t in row]
conn.close()
print(json.dumps({"integrity": integrity, "texts": texts}))
"""


class TrialError(Exception):
    """The trial could not be run as planned (the app never got ready, a command hung…)."""


@dataclass
class TrialResult:
    seed: int
    folder: Path
    typed: int = 0  # keys the log says went into the note
    elsewhere: int = 0  # keys the log says went to another widget
    required: int = 0  # of those, typed more than MUST_BE_SAVED_S before the kill
    saved: int = 0  # keys found in the note, in order, from the first
    gap_s: float = 0.0  # at the kill, the age of the oldest key not in the file (0: none)
    integrity: str = ""
    second_launch: str = ""
    reads: int = 0
    read_failures: list[str] = field(default_factory=list)
    error: str = ""  # why the trial could not be judged

    @property
    def lost(self) -> bool:
        return self.saved < self.required

    @property
    def intact(self) -> bool:
        return self.integrity == "ok"

    def describe(self) -> str:
        return (f"seed {self.seed}: typed {self.typed} (+{self.elsewhere} elsewhere), "
                f"required {self.required}, saved {self.saved}, gap {self.gap_s:.2f} s, "
                f"integrity {self.integrity!r}, "
                f"second launch {self.second_launch!r}, {self.reads} reads "
                f"({len(self.read_failures)} failed), folder {self.folder}"
                + (f", error: {self.error}" if self.error else ""))


def _env(folder: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("INTERVIEW_DESK_")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(folder / "home"),
               XDG_CONFIG_HOME=str(folder / "home" / "config"),
               INTERVIEW_DESK_DATA_DIR=str(folder / "home" / "data"),
               PYTHONPATH=str(REPO_ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    env.update(extra)
    return env


def _cli(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "interview_desk", *args], capture_output=True,
                          text=True, timeout=COMMAND_TIMEOUT_S, env=_env(folder),
                          cwd=folder)


def typing_script(rng: random.Random, token: str, seconds: float) -> list[tuple[int, str]]:
    """Keys at typing speed, with the odd pause (past autosave's idle delay), for ``seconds``."""
    text = token
    while len(text) < seconds * 20:
        text += " " + rng.choice(WORDS)
    keys: list[tuple[int, str]] = []
    total = 0
    for char in text:
        delay = rng.randint(300, 1500) if rng.random() < 0.04 else rng.randint(20, 140)
        keys.append((delay, char))
        total += delay
        if total > seconds * 1000:
            break
    return keys


@dataclass(frozen=True)
class Key:
    ns: int  # time.monotonic_ns() once the key event was handled
    char: str
    widget: str  # object name of the widget that had the keyboard

    @property
    def in_note(self) -> bool:
        return self.widget.startswith("note_")


def _read_log(path: Path) -> list[Key]:
    """The keys logged so far, each with the widget it went to."""
    keys: list[Key] = []
    if not path.exists():
        return keys
    focus = ""
    # Only whole lines count: a line still being written has no newline yet.
    for line in path.read_text(encoding="utf-8").split("\n")[:-1]:
        if line.startswith("focus "):
            focus = line[len("focus "):]
        elif line != "done":
            ns, code = line.split(" ")
            keys.append(Key(int(ns), chr(int(code)), focus))
    return keys


class _Readers(threading.Thread):
    """Read-only CLI commands, one after another, until told to stop."""

    def __init__(self, folder: Path, db: Path, session_id: str) -> None:
        super().__init__(daemon=True)
        self.folder = folder
        pdf = folder / "report.pdf"
        self.commands = [["sessions"], ["sessions", "--json"], ["export-json", session_id],
                         ["report", session_id, "-o", str(pdf)], ["kits"]]
        self.db = db
        self.stop = threading.Event()
        self.current: subprocess.Popen[str] | None = None
        self.runs = 0
        self.failures: list[str] = []

    def run(self) -> None:
        while not self.stop.is_set():
            command = self.commands[self.runs % len(self.commands)]
            self.current = subprocess.Popen(
                [sys.executable, "-m", "interview_desk", *command, "--db", str(self.db)],
                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=self.folder,
                env=_env(self.folder))
            try:
                _out, err = self.current.communicate(timeout=COMMAND_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                _kill(self.current)
                self.failures.append(f"{command[0]}: no answer in {COMMAND_TIMEOUT_S} s")
            else:
                if self.current.returncode < 0 and self.stop.is_set():
                    break  # killed by finish(): not a run, not a failure
                if self.current.returncode != 0:
                    self.failures.append(f"{command[0]}: exit {self.current.returncode}: "
                                         f"{err.strip()[-300:]}")
            self.runs += 1

    def finish(self, *, kill: bool) -> None:
        """Stop after the command under way (or kill it) and wait, bounded, for the thread."""
        self.stop.set()
        if kill:
            _kill(self.current)
        if self.is_alive():
            self.join(COMMAND_TIMEOUT_S + 5)


def _second_launch_outcome(proc: subprocess.Popen[str], out: Path) -> str:
    try:
        code = proc.wait(SECOND_LAUNCH_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return "still running"
    if code == 0:
        shown = SHOWN_MARKER in out.read_text(encoding="utf-8", errors="replace")
        return "opened a second window" if shown else "handed over"
    return f"exit {code}"


def _kill(proc: subprocess.Popen[str] | None) -> None:
    if proc is not None and proc.poll() is None:
        proc.kill()
        proc.wait(10)


def _wait_ready(app: subprocess.Popen[str], log: Path) -> Key:
    """Wait (bounded) for the first logged key."""
    deadline = time.monotonic() + READY_TIMEOUT_S
    while time.monotonic() < deadline:
        keys = _read_log(log)
        if keys:
            return keys[0]
        if app.poll() is not None:
            raise TrialError(f"the app exited ({app.returncode}) before typing")
        time.sleep(0.02)
    raise TrialError(f"no key typed within {READY_TIMEOUT_S} s of the start")


def _prepare(folder: Path) -> tuple[Path, str]:
    """A demo database made by the CLI, and its live session."""
    db = folder / "desk.sqlite3"
    made = _cli(folder, "demo", "--db", str(db))
    listed = _cli(folder, "sessions", "--json", "--db", str(db))
    if made.returncode or listed.returncode:
        raise TrialError(f"demo or sessions failed: {made.stderr.strip()} {listed.stderr.strip()}")
    live = [s["id"] for s in json.loads(listed.stdout) if s["status"] == "live"]
    if not live:
        raise TrialError("the demo has no live session")
    return db, live[0]


def run_trial(folder: Path, seed: int,
              kill_after_s: tuple[float, float] = KILL_AFTER_S) -> TrialResult:
    """One trial in ``folder`` (created; left in place for a look when something went wrong).

    The kill comes at a moment drawn from ``seed`` within ``kill_after_s`` seconds of the first
    key.
    """
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    result = TrialResult(seed=seed, folder=folder)
    try:
        db, session_id = _prepare(folder)
    except TrialError as exc:
        result.error = str(exc)
        return result
    # It starts with a character no demo note has, so no note ends with a part of it by chance.
    token = f"⟦trial {seed}⟧"
    kill_after = rng.uniform(*kill_after_s)
    # In the first half, so that it mostly reaches the app alive (a launch takes a second or two).
    second_at = rng.uniform(0.0, kill_after / 2)
    log = folder / "typed.log"
    script = folder / "typing.json"
    keys = typing_script(rng, token, kill_after + 5)
    script.write_text(json.dumps({"log": str(log), "keys": keys}), encoding="utf-8")

    app: subprocess.Popen[str] | None = None
    second: subprocess.Popen[str] | None = None
    readers = _Readers(folder, db, session_id)
    try:
        with (folder / "app.out").open("w") as app_out:
            app = subprocess.Popen(
                [sys.executable, "-m", "interview_desk", "--db", str(db), "--session", session_id],
                stdout=app_out, stderr=subprocess.STDOUT, text=True, cwd=folder,
                env=_env(folder, INTERVIEW_DESK_TYPING_SCRIPT=str(script)))
        first = _wait_ready(app, log)
        if not first.in_note:
            raise TrialError(f"the keyboard is in {first.widget!r}, not in the note")
        readers.start()
        kill_at_ns = first.ns + int(kill_after * 1e9)
        _sleep_until(first.ns + int(second_at * 1e9))
        with (folder / "second.out").open("w") as second_out:
            second = subprocess.Popen(
                [sys.executable, "-m", "interview_desk", "--db", str(db), "--session", session_id],
                stdout=second_out, stderr=subprocess.STDOUT, text=True, cwd=folder,
                env=_env(folder, INTERVIEW_DESK_EXIT_AFTER_SHOW="1"))
        _sleep_until(kill_at_ns)
        if app.poll() is not None:
            raise TrialError(f"the app exited ({app.returncode}) before the kill")
        killed_ns = time.monotonic_ns()
        os.kill(app.pid, signal.SIGKILL)
        # A second launch still starting up meets a dead app: it says nothing of the handover.
        late = second.poll() is None
        app.wait(10)
        result.second_launch = _second_launch_outcome(second, folder / "second.out") + (
            " (after the kill)" if late else "")
        readers.finish(kill=False)
        if readers.is_alive():
            raise TrialError("a read-only command did not finish")
        result.reads, result.read_failures = readers.runs, readers.failures
        _judge(result, db, session_id, keys, log, killed_ns)
    except TrialError as exc:
        result.error = str(exc)
    finally:
        _kill(app)
        _kill(second)
        readers.finish(kill=True)
    return result


def _sleep_until(ns: int) -> None:
    """Wait for a moment chosen in advance (a random one; there is no event to wait for)."""
    remaining = (ns - time.monotonic_ns()) / 1e9
    if remaining > 0:
        time.sleep(remaining)


def _judge(result: TrialResult, db: Path, session_id: str, script: list[tuple[int, str]],
           log: Path, killed_ns: int) -> None:
    """Read the file in a fresh process and compare with what the log says was typed."""
    done = subprocess.run([sys.executable, "-c", VERIFY, str(db), session_id],
                          capture_output=True, text=True, timeout=COMMAND_TIMEOUT_S)
    if done.returncode != 0:
        result.integrity = f"unreadable: {done.stderr.strip()[-300:]}"
        return
    found = json.loads(done.stdout)
    result.integrity = "\n".join(found["integrity"])
    logged = _read_log(log)
    # A key typed while something else had the keyboard (a window handed over, say) is not a
    # note's: counted, not required.
    keys = [k for k in logged if k.in_note]
    result.elsewhere = len(logged) - len(keys)
    result.typed = len(keys)
    deadline = killed_ns - int(MUST_BE_SAVED_S * 1e9)
    result.required = sum(1 for k in keys if k.ns <= deadline)
    # The keys went to the end of one note, so its text ends with what of them was saved. The
    # kill may have come between a key and its log line: the script's next keys may follow.
    typed = "".join(k.char for k in keys) + "".join(c for _d, c in script[len(logged):])
    saved = next((n for n in range(len(typed), 0, -1)
                  if any(t.endswith(typed[:n]) for t in found["texts"])), 0)
    result.saved = min(saved, len(keys))
    result.gap_s = (killed_ns - keys[result.saved].ns) / 1e9 if result.saved < len(keys) else 0.0
    (result.folder / "judged.json").write_text(json.dumps(
        {"killed_ns": killed_ns, "describe": result.describe()}), encoding="utf-8")
