"""Every performance figure of issue 13 as a ratio against a floor measured in the same run.

    python tests/benchmarks/run.py --db FILE [--json OUT] [--repeat 5] [--small FILE]

FILE is a database made by ``generate.py`` (``--years 5`` for the five-year figures). Each
figure runs its floor and the app alternately (floor, app, floor, app…) ``--repeat`` times
(at least five) and reports the medians and app / floor. Goals are those of the issue: a
ratio (``≤ 2×``) or a time (``< 50 ms``); the table says which is met. Pages are measured on
the real widgets, offscreen, in a child process of this script (``--qt-child``), so the
runner itself never starts a QApplication. With ``--small FILE`` (a 1/10-scale database) the
figures that grow with the data are measured there too and the growth factor is printed.

The runner writes only a scratch note (deleted again) into FILE, for the note-save figure.
It prints ``EXPLAIN QUERY PLAN`` for the main queries first. Not collected by pytest.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from bench_startup import launch  # noqa: E402  (spawn, wait for the "shown" line)

SHOWN_MARKER = "interview-desk: window shown"

# A bare PySide6 window with one text field: what any Qt app pays to get on screen.
# Announced once the window has painted, as the app does (ui/app.py _after_first_paint): a zero
# timer set at show() fired before any paint, which left the app's table unpainted in the figure.
BARE_WINDOW = f"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.setCentralWidget(QLineEdit())
w.resize(1200, 800)
w.show()
def done():
    print({SHOWN_MARKER!r}, flush=True)
    app.quit()
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.isWidgetType():
            app.removeEventFilter(self)
            QTimer.singleShot(0, done)
        return False
first_paint = FirstPaint()
app.installEventFilter(first_paint)
app.exec()
"""

BARE_RSS = """
import sys
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow
from PySide6.QtTest import QTest
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.setCentralWidget(QLineEdit())
w.resize(1200, 800)
w.show()
QTest.qWaitForWindowExposed(w)
app.processEvents()
print(next(x.split()[1] for x in open("/proc/self/status") if x.startswith("VmHWM")),
      flush=True)
"""

OVERVIEW_SQL = (
    "SELECT s.id, c.name AS candidate, r.name AS role, s.status, s.scheduled_at, "
    "s.location, s.candidate_id, s.role_id, s.kit_id "
    "FROM sessions s JOIN candidates c ON c.id = s.candidate_id "
    "JOIN roles r ON r.id = s.role_id ORDER BY s.scheduled_at DESC, s.id")

# What the role comparison shows, read in one go: the role's held sessions with candidate,
# decision and every submitted rating.
ROLE_SQL = (
    "SELECT s.id, c.name, s.scheduled_at, s.status, d.outcome, k.panelist_id, "
    "k.recommendation, t.competency_id, t.rating FROM sessions s "
    "JOIN candidates c ON c.id = s.candidate_id "
    "LEFT JOIN decisions d ON d.session_id = s.id "
    "LEFT JOIN scorecards k ON k.session_id = s.id AND k.submitted_at IS NOT NULL "
    "LEFT JOIN ratings t ON t.scorecard_id = k.id "
    "WHERE s.role_id = ? AND s.status != 'planned'")

DEBRIEF_SQL = (
    "SELECT k.panelist_id, k.recommendation, t.competency_id, t.rating, t.evidence "
    "FROM scorecards k JOIN ratings t ON t.scorecard_id = k.id WHERE k.session_id = ?")

OVERDUE_SQL = (
    "SELECT s.id, s.ended_at, c.name, d.candidate_informed_at, "
    "(SELECT COUNT(*) FROM scorecards k WHERE k.session_id = s.id "
    " AND k.submitted_at IS NOT NULL) FROM sessions s "
    "JOIN candidates c ON c.id = s.candidate_id LEFT JOIN decisions d ON d.session_id = s.id "
    "WHERE s.status != 'planned' AND (d.id IS NULL OR d.candidate_informed_at IS NULL)")

LIVE_SQL = "SELECT * FROM notes WHERE session_id = ?"

SEARCH_FLOOR_SQL = ("SELECT rowid FROM notes_fts WHERE notes_fts MATCH ? "
                    "ORDER BY rank LIMIT 50")
SEARCH_APP_SQL = ("SELECT notes.* FROM notes JOIN notes_fts ON notes_fts.rowid = notes.rowid "
                  "WHERE notes_fts MATCH ? ORDER BY rank")

PLANS = {
    "sessions overview": (OVERVIEW_SQL, []),
    "role comparison (its SQL)": (ROLE_SQL, ["?"]),
    "sessions of a role, one by one (SessionRepository.all)":
        ("SELECT * FROM sessions ORDER BY scheduled_at DESC, id", []),
    "debrief ratings": (DEBRIEF_SQL, ["?"]),
    "overdue": (OVERDUE_SQL, []),
    "live view notes": (LIVE_SQL, ["?"]),
    "search (NoteRepository.search)": (SEARCH_APP_SQL, ['"team"']),
    "candidates filter (CandidateRepository.find)": (
        "SELECT c.id FROM candidates c LEFT JOIN roles r ON r.id = c.role_id "
        "WHERE c.name LIKE ? OR EXISTS (SELECT 1 FROM concerns x WHERE x.candidate_id = c.id "
        "AND x.text LIKE ?) ORDER BY c.name COLLATE NOCASE", ["%a%", "%a%"]),
}


@dataclass
class Figure:
    name: str
    floor_label: str
    floor: float  # median, in the unit
    value: float
    unit: str  # "ms" or "MiB"
    goal: str  # e.g. "≤ 1.5×" or "< 50 ms"
    floors: list[float]
    values: list[float]

    @property
    def ratio(self) -> float:
        return self.value / self.floor if self.floor else float("inf")

    @property
    def met(self) -> bool:
        kind, number = self.goal.split()[0], float(self.goal.split()[1].rstrip("×"))
        measured = self.ratio if self.goal.endswith("×") else self.value
        return measured <= number if kind == "≤" else measured < number

    def as_json(self) -> dict[str, Any]:
        d = asdict(self)
        d.update(ratio=round(self.ratio, 3), met=self.met)
        return d


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def interleaved(floor: Callable[[], float], app: Callable[[], float],
                repeat: int) -> tuple[list[float], list[float]]:
    """Floor and app alternately; each callable returns its own measurement."""
    floors, apps = [], []
    for _ in range(repeat):
        floors.append(floor())
        apps.append(app())
    return floors, apps


def timed(fn: Callable[[], object]) -> Callable[[], float]:
    def run() -> float:
        t = time.perf_counter()
        fn()
        return (time.perf_counter() - t) * 1000
    return run


def figure(name: str, floor_label: str, goal: str, pair: tuple[list[float], list[float]],
           unit: str = "ms") -> Figure:
    floors, values = pair
    fig = Figure(name, floor_label, statistics.median(floors), statistics.median(values), unit,
                 goal, [round(x, 3) for x in floors], [round(x, 3) for x in values])
    print(f"  {name}: floor {fig.floor:.1f} {unit}, app {fig.value:.1f} {unit}, "
          f"{fig.ratio:.2f}×", flush=True)
    return fig


# --- facts about the database ------------------------------------------------------------


@dataclass
class Facts:
    busiest_role: str
    quiet_role: str  # the fewest sessions: what the page shows before the busiest is chosen
    busiest_sessions: int
    busiest_candidates: int
    decided_session: str
    live_session: str
    live_panelist: str
    sessions: int
    notes: int


def facts(db: Path) -> Facts:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    role, count, cands = conn.execute(
        "SELECT role_id, COUNT(*), COUNT(DISTINCT candidate_id) FROM sessions "
        "WHERE status != 'planned' GROUP BY role_id ORDER BY 2 DESC LIMIT 1").fetchone()
    quiet = conn.execute(
        "SELECT r.id FROM roles r LEFT JOIN sessions s ON s.role_id = r.id GROUP BY r.id "
        "ORDER BY COUNT(s.id), r.id LIMIT 1").fetchone()[0]
    # The decided session of the busiest role with the most notes: the heaviest debrief.
    decided = conn.execute(
        "SELECT s.id FROM sessions s WHERE s.role_id = ? AND s.status = 'decided' "
        "ORDER BY (SELECT COUNT(*) FROM notes n WHERE n.session_id = s.id) DESC LIMIT 1",
        [role]).fetchone()[0]
    live = conn.execute(
        "SELECT id FROM sessions WHERE status IN ('live', 'completed', 'decided') "
        "ORDER BY status = 'live' DESC, scheduled_at DESC LIMIT 1").fetchone()[0]
    lead = conn.execute("SELECT id FROM panelists WHERE session_id = ? ORDER BY position",
                        [live]).fetchone()[0]
    sessions = conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0]
    notes = conn.execute("SELECT COUNT(*) FROM notes").fetchone()[0]
    conn.close()
    return Facts(role, quiet, count, cands, decided, live, lead, sessions, notes)


def print_plans(db: Path, f: Facts) -> None:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    print("EXPLAIN QUERY PLAN of the main queries")
    for label, (sql, params) in PLANS.items():
        args = [f.busiest_role if p == "?" and "role" in label else
                f.decided_session if p == "?" else p for p in params]
        print(f"  -- {label}")
        for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", args):
            print(f"     {'  ' * (row[1] > 0)}{row[3]}")
    conn.close()


# --- figures measured in this process (no Qt) ---------------------------------------------


def fts_query(text: str) -> str:
    """The quoting NoteRepository.search applies, so floor and app match the same notes."""
    words = [w.replace('"', '""') for w in text.split()]
    return " ".join(f'"{w}"' for w in words) or '""'


def search_queries(db: Path) -> list[str]:
    """50 varied queries from the database's own words: the most and least frequent words,
    middling ones, pairs, phrases, prefixes, candidates' names, non-Latin script, emoji,
    FTS syntax and a very long word."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    conn.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, notes_fts, 'row')")
    words = [t for (t,) in conn.execute(
        "SELECT term FROM temp.vocab WHERE length(term) > 3 ORDER BY doc DESC, term")
        if t.isalpha()]
    names = [n for (n,) in conn.execute("SELECT name FROM candidates ORDER BY id LIMIT 2")]
    conn.close()
    common, rare = words[:8], words[-10:]
    middle = words[len(words) // 4: len(words) * 3 // 4]
    middling = middle[:: max(1, len(middle) // 30)]
    queries = common + rare + middling[:10]
    queries += [f"{a} {b}" for a, b in zip(common[:6], middling[10:16], strict=False)]
    queries += ['"rollback plan"', "team lead", "Honest about the failure", "customer churn"]
    queries += [w[:4] + "*" for w in middling[16:20]]
    queries += ["команда", "团队合作", "👍", "NEAR(team project)", "AND OR NOT", "a" * 300]
    queries += names
    queries += middling[20:]
    return queries[:50]


def note_search_figure(db: Path, repeat: int) -> Figure:
    from interview_desk.storage.database import open_database
    from interview_desk.storage.repositories import NoteRepository

    database = open_database(db, create=False)
    notes = NoteRepository(database)
    conn = sqlite3.connect(str(db))
    queries = search_queries(db)
    floors, apps = [], []
    for _ in range(repeat):
        f_times, a_times = [], []
        for q in queries:
            t = time.perf_counter()
            conn.execute(SEARCH_FLOOR_SQL, [fts_query(q)]).fetchall()
            f_times.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            notes.search(q)
            a_times.append((time.perf_counter() - t) * 1000)
        floors.append(pct(f_times, 95))
        apps.append(pct(a_times, 95))
    conn.close()
    database.close()
    return figure(f"full-text search p95 ({len(queries)} queries, NoteRepository.search)",
                  "top-50 FTS5 query p95", "< 50 ms", (floors, apps))


def find_search_figure(db: Path, repeat: int) -> Figure:
    """Find (``SearchService.find``: notes and every other kind, the seal, the names) over the
    fixed query set of ``find_queries.py``; the floor is a bare top-50 FTS5 query over the
    notes for the same words. Each round is the p95 over the 50 queries; median of rounds."""
    from find_queries import QUERIES

    from interview_desk.domain.search import match_expression
    from interview_desk.services.desk import Desk

    Desk.open(db).close()  # brings an older file up to date (indexes it) before timing
    desk = Desk.open(db, create=False, read_only=True)
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    floors, apps = [], []
    for _ in range(repeat):
        f_times, a_times = [], []
        for q in QUERIES:
            match = match_expression(q)
            t = time.perf_counter()
            if match is not None:
                conn.execute(SEARCH_FLOOR_SQL, [match]).fetchall()
            f_times.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            desk.search.find(q)
            a_times.append((time.perf_counter() - t) * 1000)
        floors.append(pct(f_times, 95))
        apps.append(pct(a_times, 95))
    conn.close()
    desk.close()
    return figure(f"full-text search p95 (Find, {len(QUERIES)} queries of find_queries.py)",
                  "top-50 FTS5 query p95", "< 50 ms", (floors, apps))


def cli_sessions_figure(db: Path, repeat: int) -> Figure:
    # The floor is the same SELECT printed by a bare Python process: start-up and output.
    bare = ("import sqlite3, sys\n"
            f"c = sqlite3.connect(sys.argv[1])\nfor r in c.execute({OVERVIEW_SQL!r}):\n"
            "    print(r[0], r[4][:16], r[3], r[1], '—', r[2])\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    # As a user's file is: last closed cleanly by the app (so an open needs no second check;
    # see storage/clean_close.py). The record goes to this run's data folder (main()).
    subprocess.run([sys.executable, "-c", "import sys\nfrom interview_desk.services.desk "
                    "import Desk\nDesk.open(sys.argv[1], create=False).close()", str(db)],
                   check=True, env=env, cwd=ROOT)

    def floor() -> None:
        subprocess.run([sys.executable, "-c", bare, str(db)], check=True,
                       stdout=subprocess.DEVNULL, env=env)

    def app() -> None:
        subprocess.run([sys.executable, "-m", "interview_desk", "sessions", "--db", str(db)],
                       check=True, stdout=subprocess.DEVNULL, env=env, cwd=ROOT)

    return figure("`interview-desk sessions`", "python printing the same SELECT", "≤ 2×",
                  interleaved(timed(floor), timed(app), repeat))


def role_cells(db: Path, role_id: str) -> list[str]:
    """The texts of the role report's table cells, from its SQL: one paragraph each."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    sessions: dict[str, dict[str, Any]] = {}
    for sid, name, when, status, outcome, panelist, rec, comp, rating in conn.execute(
            ROLE_SQL, [role_id]):
        s = sessions.setdefault(sid, {"head": [name, when[:10], status], "outcome": outcome,
                                      "recs": {}, "ratings": {}})
        if panelist:
            s["recs"][panelist] = rec
        if rating:
            s["ratings"].setdefault(comp, []).append(rating)
    conn.close()
    texts = []
    for s in sessions.values():
        means = [sum(v) / len(v) for v in s["ratings"].values()]
        recs = [r for r in s["recs"].values() if r]
        texts += [*s["head"], f"{len(recs)} scorecards",
                  f"{sum(means) / len(means):.2f}" if means else "–",
                  *(f"{m:.2f}" for m in means),
                  "\n".join(f"{r}: {recs.count(r)}" for r in sorted(set(recs))) or "–",
                  "alpha", s["outcome"] or "undecided"]
    return texts


def role_pdf_figure(db: Path, f: Facts, repeat: int) -> Figure:
    from bench_report import bare

    from interview_desk.services.desk import Desk
    from interview_desk.storage.database import open_connection

    desk = Desk(open_connection(db, create=False), db)
    texts = role_cells(db, f.busiest_role)
    out = Path(tempfile.mkdtemp(prefix="bench-run-pdf-"))
    bare(texts, out / "warm.pdf")  # fonts registered once, outside both figures
    try:
        return figure("Role comparison PDF, busiest role", "bare render of the same cells",
                      "≤ 1.5×", interleaved(
                          timed(lambda: bare(texts, out / "bare.pdf")),
                          timed(lambda: desk.reports.export_role(f.busiest_role,
                                                                 out / "role.pdf")), repeat))
    finally:
        desk.close()
        shutil.rmtree(out, ignore_errors=True)


def note_save_figure(db: Path, f: Facts, repeat: int) -> Figure:
    """p99 of 200 saves of a growing note (upsert + search index), synchronous=FULL, against
    the same-sized upsert into a one-table database without an index on the same disk."""
    from interview_desk.domain.model import Note, NoteState, new_id
    from interview_desk.services.desk import Desk

    writer = Desk.open_writer(db, busy_timeout_ms=10_000)  # as the op runner opens it
    live = writer.live
    scratch = "bench-run-scratch-question"
    note = Note(session_id=f.live_session, panelist_id=f.live_panelist, question_id=scratch,
                state=NoteState.ASKED, id=new_id())
    folder = Path(tempfile.mkdtemp(prefix="bench-run-save-", dir=db.parent))
    bare = sqlite3.connect(str(folder / "bare.sqlite3"), isolation_level=None)
    bare.execute("PRAGMA journal_mode = WAL")
    bare.execute("PRAGMA synchronous = FULL")
    bare.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT)")
    words = ["the", "candidate", "owned", "the", "rollback", "and", "measured", "latency",
             "before", "and", "after"]

    def floor() -> float:
        times, text = [], ""
        for i in range(200):
            text += words[i % len(words)] + " "
            t = time.perf_counter()
            bare.execute("INSERT INTO t (id, text) VALUES (1, ?) ON CONFLICT (id) DO UPDATE "
                         "SET text = excluded.text", [text])
            times.append((time.perf_counter() - t) * 1000)
        return pct(times, 99)

    def app() -> float:
        times = []
        note.text = ""
        for i in range(200):
            note.text += words[i % len(words)] + " "
            t = time.perf_counter()
            live.save_note(note, i)
            times.append((time.perf_counter() - t) * 1000)
        return pct(times, 99)

    try:
        return figure("note save p99 (search index, synchronous=FULL)",
                      "bare upsert p99, same disk", "< 2 ms", interleaved(floor, app, repeat))
    finally:
        writer.db.execute("DELETE FROM notes WHERE question_id = ?", [scratch])
        writer.close()  # a LiveService has no close of its own: the desk owns the connection
        bare.close()
        shutil.rmtree(folder, ignore_errors=True)


def merge_figure(repeat: int) -> Figure:
    """Six return files (three panelists, two laptops each) merged into the lead's file."""
    from interview_desk.services.desk import Desk
    from tests.exchange_support import do_panelist_work, plan_session

    root = Path(tempfile.mkdtemp(prefix="bench-run-merge-"))
    try:
        lead = Desk.open(root / "lead.sqlite3")
        p = plan_session(lead)
        panel = lead.exchange.export_panel(p.session_id, root / "panel.json")
        lead.close()
        returns = []
        for n in range(6):
            laptop = Desk.open(root / f"p{n}.sqlite3")
            laptop.exchange.import_paths([panel])
            pid = [p.bob_id, p.carol_id][n % 2]  # two laptops per panelist
            do_panelist_work(laptop, p, pid, f"p{n}", submit=n < 2, concern=n % 2)
            returns.append(laptop.exchange.export_return(p.session_id, pid,
                                                         root / f"r{n}.json"))
            laptop.close()
        runs = iter(range(repeat))

        def fresh() -> Desk:
            target = root / f"lead-{next(runs)}.sqlite3"
            shutil.copyfile(root / "lead.sqlite3", target)
            return Desk.open(target)

        def floor() -> float:
            t = time.perf_counter()
            for r in returns:
                json.loads(r.read_text(encoding="utf-8"))
            return (time.perf_counter() - t) * 1000

        def app() -> float:
            desk = fresh()
            t = time.perf_counter()
            desk.exchange.import_paths(returns)
            ms = (time.perf_counter() - t) * 1000
            desk.close()
            return ms

        return figure("merging six return files", "reading the six files as JSON",
                      "< 200 ms", interleaved(floor, app, repeat))
    finally:
        shutil.rmtree(root, ignore_errors=True)


#: What went wrong without stopping the run (e.g. the app crashing as it exits): reported.
WARNINGS: list[str] = []


def _exit_error(code: int, stderr: str) -> None:
    last = [line.strip() for line in stderr.splitlines() if line.strip()][-6:]
    # Addresses differ from run to run; the same failure is reported once.
    said = re.sub(r"0x[0-9a-f]+", "0x…", " / ".join(last))
    message = f"the app exited with code {code} after its window was shown: {said}"
    if message not in WARNINGS:
        WARNINGS.append(message)
        print(f"  WARNING: {message}", flush=True)


def startup_figure(db: Path, repeat: int) -> Figure:
    home = Path(tempfile.mkdtemp(prefix="bench-run-start-"))
    app_cmd = [sys.executable, "-m", "interview_desk"]

    def app() -> float:
        return launch(app_cmd, home, "--db", str(db), on_exit_error=_exit_error) * 1000

    try:
        launch([sys.executable, "-c", BARE_WINDOW], home)  # warm the file cache for both
        app()
        return figure("cold start to the Sessions list painted", "bare PySide6 window",
                      "≤ 1.5×", interleaved(
                          lambda: launch([sys.executable, "-c", BARE_WINDOW], home) * 1000,
                          app, repeat))
    finally:
        shutil.rmtree(home, ignore_errors=True)


def _child_env(home: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / "config"),
            "INTERVIEW_DESK_DATA_DIR": str(home / "data"), "PYTHONPATH": str(ROOT)}


def peak_rss_kib() -> int:
    """This process's peak resident set (Linux VmHWM). Not getrusage's ru_maxrss: Linux
    carries that over from the parent across exec, so every child would report ours."""
    with open("/proc/self/status", encoding="ascii") as fh:
        return next(int(x.split()[1]) for x in fh if x.startswith("VmHWM"))


def rss_figure(db: Path, repeat: int) -> Figure:
    home = Path(tempfile.mkdtemp(prefix="bench-run-rss-"))

    def measure(cmd: list[str]) -> float:
        done = subprocess.run(cmd, capture_output=True, text=True, env=_child_env(home),
                              cwd=ROOT, timeout=600)
        if done.returncode != 0:
            raise SystemExit(f"RSS child failed: {done.stderr}")
        return int(done.stdout.strip().splitlines()[-1]) / 1024

    try:
        return figure("peak RSS after visiting every page", "bare window", "≤ 2×",
                      interleaved(lambda: measure([sys.executable, "-c", BARE_RSS]),
                                  lambda: measure([sys.executable, __file__, "--qt-child",
                                                   "rss", "--db", str(db)]), repeat), "MiB")
    finally:
        shutil.rmtree(home, ignore_errors=True)


def qt_figures(db: Path, f: Facts, repeat: int) -> list[Figure]:
    home = Path(tempfile.mkdtemp(prefix="bench-run-pages-"))
    try:
        done = subprocess.run(
            [sys.executable, __file__, "--qt-child", "pages", "--db", str(db),
             "--repeat", str(repeat), "--facts", json.dumps(asdict(f))],
            capture_output=True, text=True, env=_child_env(home), cwd=ROOT, timeout=3600)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    if done.returncode != 0:
        raise SystemExit(f"page child failed: {done.stderr}")
    out = json.loads(done.stdout.strip().splitlines()[-1])
    return [figure(x["name"], x["floor_label"], x["goal"], (x["floors"], x["values"]))
            for x in out]


# --- the Qt child: real widgets, offscreen --------------------------------------------------


def qt_child(kind: str, db: Path, repeat: int, f: Facts | None) -> None:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from interview_desk.services.desk import Desk
    from interview_desk.ui.app import application
    from interview_desk.ui.main_window import MainWindow

    app = application()
    desk = Desk.open(db, create=False)
    window = MainWindow(desk)
    window.resize(1366, 800)
    window.show()
    QTest.qWaitForWindowExposed(window)
    if kind == "rss":
        for key in ("sessions", "candidates", "roles", "kits", "debrief", "role_comparison",
                    "overdue"):
            window.show_page(key)
            app.processEvents()
            # A page read on the thread pool (the role comparison, in parts) showed none of
            # its rows after one turn of the event loop, and leaving it cancelled the read:
            # its rows (and the reader's memory) were never counted. Visited means read to
            # the end, for any page that says it is still reading.
            page = window.page(key)
            deadline = time.perf_counter() + 300
            while getattr(page, "loading", False):
                if time.perf_counter() > deadline:
                    raise SystemExit(f"the {key} page was still reading after 300 s")
                QTest.qWait(10)
            app.processEvents()
        print(peak_rss_kib(), flush=True)
        os._exit(0)  # no close event: no backup of a large file at exit
    assert f is not None

    class Painted(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.at = 0.0

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.at = time.perf_counter()
            return False

    def until_painted(widget: Any, ready: Callable[[], bool], start: float) -> float:
        """ms from ``start`` until ``widget`` painted after ``ready()`` became true."""
        probe = Painted()
        widget.installEventFilter(probe)
        deadline = start + 120
        ready_at = 0.0
        while time.perf_counter() < deadline:
            if not ready_at and ready():
                ready_at = time.perf_counter()
                probe.at = 0.0
                widget.update()
            if ready_at and probe.at:
                break
            QApplication.processEvents()
        widget.removeEventFilter(probe)
        return ((probe.at or time.perf_counter()) - start) * 1000

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)

    def sql(query: str, *args: str) -> Callable[[], float]:
        return timed(lambda: conn.execute(query, list(args)).fetchall())

    results = []

    def add(name: str, floor_label: str, goal: str,
            pair: tuple[list[float], list[float]]) -> None:
        results.append({"name": name, "floor_label": floor_label, "goal": goal,
                        "floors": pair[0], "values": pair[1]})

    sessions = window.page("sessions")
    window.show_page("sessions")

    def refresh_sessions() -> float:
        t = time.perf_counter()
        sessions.refresh()  # type: ignore[attr-defined]
        # The page reads its first rows, the rest when scrolled to: every row is read here,
        # as the floor's SELECT reads them.
        sessions.model.rows  # type: ignore[attr-defined]  # noqa: B018
        view = sessions.view  # type: ignore[attr-defined]
        return until_painted(view.viewport(), lambda: view.model().rowCount() > 0, t)

    add("Sessions page refresh", "the same SELECT in sqlite3", "≤ 2×",
        interleaved(sql(OVERVIEW_SQL), refresh_sessions, repeat))

    comparison = window.page("role_comparison")
    window.show_page("role_comparison")
    combo = comparison.role  # type: ignore[attr-defined]
    busiest = combo.findData(f.busiest_role)
    other = combo.findData(f.quiet_role)

    from interview_desk.services import debrief as debrief_service

    def role_page(kept: bool) -> Callable[[], float]:
        def run() -> float:
            combo.setCurrentIndex(other)
            QApplication.processEvents()
            if not kept:
                # The first visit in a process: no desk on the file has computed a row yet
                # (every desk on it shares the rows it computes, services/debrief.py).
                for rows in debrief_service._KEPT.values():
                    rows.clear()
            view = comparison.view  # type: ignore[attr-defined]
            t = time.perf_counter()
            if other == busiest:  # a one-role database: nothing to switch from
                comparison.reload()  # type: ignore[attr-defined]
            combo.setCurrentIndex(busiest)
            return until_painted(view.viewport(), lambda: view.model().rowCount() > 0, t)
        return run

    busiest_name = (f"Role comparison page, busiest role ({f.busiest_candidates} candidates, "
                    f"{f.busiest_sessions} sessions)")
    add(f"{busiest_name}, first paint", "its SQL", "< 200 ms",
        interleaved(sql(ROLE_SQL, f.busiest_role), role_page(kept=False), repeat))
    add(f"{busiest_name}, first paint when visited again", "its SQL", "< 200 ms",
        interleaved(sql(ROLE_SQL, f.busiest_role), role_page(kept=True), repeat))

    debrief = window.page("debrief")

    def debrief_page() -> float:
        t = time.perf_counter()
        window.show_page("debrief")
        debrief.show_session(f.decided_session)  # type: ignore[attr-defined]
        return until_painted(debrief, lambda: True, t)

    add("Debrief page (heaviest decided session)", "its SQL", "< 50 ms",
        interleaved(sql(DEBRIEF_SQL, f.decided_session), debrief_page, repeat))

    overdue = window.page("overdue")
    window.show_page("overdue")

    def overdue_page() -> float:
        t = time.perf_counter()
        overdue.refresh()  # type: ignore[attr-defined]
        return until_painted(overdue, lambda: True, t)

    add("What is overdue page", "its SQL", "< 50 ms",
        interleaved(sql(OVERDUE_SQL), overdue_page, repeat))

    def live_open() -> float:
        window.show_page("sessions")
        QApplication.processEvents()
        t = time.perf_counter()
        view = window.open_session(f.live_session, f.live_panelist)
        window.show_page("live")
        return until_painted(view, lambda: True, t)

    add("live view open to painted", "its notes' SELECT", "< 100 ms",
        interleaved(sql(LIVE_SQL, f.live_session), live_open, repeat))

    # Key-press-to-repaint in the open live view's note, while its autosave writes (an idle
    # pause every 20 keys lets the idle save fire too), against the same keys typed into a
    # bare QPlainTextEdit in this process. Each round's p99 over its keys; median of rounds.
    from PySide6.QtWidgets import QPlainTextEdit

    live = window.page("live")
    note_editor = live.editors["text"]  # type: ignore[attr-defined]
    bare_editor = QPlainTextEdit()
    bare_editor.resize(600, 300)
    saves = [0]
    live.autosave.saved.connect(lambda _key: saves.__setitem__(0, saves[0] + 1))  # type: ignore[attr-defined]

    def typing(editor: Any, keys: int = 60) -> Callable[[], float]:
        def run() -> float:
            editor.window().show()
            editor.window().activateWindow()
            editor.setFocus()
            probe = Painted()
            editor.viewport().installEventFilter(probe)
            latencies = []
            for n in range(keys):
                probe.at = 0.0
                start = time.perf_counter()
                QTest.keyClick(editor, "abcdefghij klmnopqrstuvwxyz"[n % 27])
                while not probe.at and time.perf_counter() < start + 0.5:
                    QApplication.processEvents()
                latencies.append(((probe.at or time.perf_counter()) - start) * 1000)
                QTest.qWait(700 if n % 20 == 19 else 40)  # typing speed, then a pause
            editor.viewport().removeEventFilter(probe)
            return pct(latencies, 99)
        return run

    add("key-press-to-repaint p99 in the live view while autosave runs",
        "the same keys in a bare text box", "< 16 ms",
        interleaved(typing(bare_editor), typing(note_editor), repeat))
    if not saves[0]:
        raise SystemExit("the live view's autosave never wrote while keys were typed")
    bare_editor.close()
    conn.close()
    print(json.dumps(results), flush=True)
    os._exit(0)  # no close event: no backup of a large file at exit


# --- main ---------------------------------------------------------------------------------


def growth_key(name: str) -> str:
    """A figure's name without what differs between two databases (the busiest role's size)."""
    return re.sub(r" \([^)]*candidates[^)]*\)", "", name)


def run_all(db: Path, repeat: int, *, for_growth: bool = False) -> list[Figure]:
    """Every figure; ``for_growth`` leaves out the plans and the merge (which never reads
    ``db``): what the same figures are on a smaller file."""
    f = facts(db)
    print(f"{db}: {f.sessions} sessions, {f.notes} notes, "
          f"{db.stat().st_size / 1e9:.2f} GB; busiest role {f.busiest_candidates} candidates, "
          f"{f.busiest_sessions} held sessions", flush=True)
    if not for_growth:
        print_plans(db, f)
    figures = [startup_figure(db, repeat), cli_sessions_figure(db, repeat)]
    figures += qt_figures(db, f, repeat)
    figures.append(note_search_figure(db, repeat))
    figures.append(find_search_figure(db, repeat))
    figures += [rss_figure(db, repeat), role_pdf_figure(db, f, repeat),
                note_save_figure(db, f, repeat)]
    if not for_growth:
        figures.append(merge_figure(repeat))
    return figures


def table(figures: list[Figure]) -> str:
    lines = ["| figure | floor | measured | ratio | goal | met |", "|---|---|---|---|---|---|"]
    for x in figures:
        lines.append(f"| {x.name} | {x.floor_label}: {x.floor:,.1f} {x.unit} | "
                     f"{x.value:,.1f} {x.unit} | {x.ratio:.2f}× | {x.goal} | "
                     f"{'yes' if x.met else 'no'} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--small", type=Path, help="a 1/10-scale database, for growth factors")
    parser.add_argument("--qt-child", choices=("pages", "rss"), help=argparse.SUPPRESS)
    parser.add_argument("--facts", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.qt_child:
        qt_child(args.qt_child, args.db, args.repeat,
                 Facts(**json.loads(args.facts)) if args.facts else None)
        return 0
    if args.repeat < 5:
        parser.error("--repeat must be at least 5 (figures are medians)")
    for path in (args.db, args.small):
        if path is not None and not path.is_file():
            parser.error(f"no database at {path}")
    args.db = args.db.resolve()
    # An installed app starts from compiled bytecode (pip and the desktop build compile it);
    # with PYTHONDONTWRITEBYTECODE set, a source checkout would compile every module at each
    # start, which PySide6 (the floor) never does.
    compileall.compile_dir(ROOT / "interview_desk", quiet=1)
    # Records of files closed cleanly (and anything else the app keeps) stay out of the
    # user's data folder: every process of this run uses one of its own.
    data = Path(tempfile.mkdtemp(prefix="bench-run-data-"))
    os.environ["INTERVIEW_DESK_DATA_DIR"] = str(data)
    try:
        _run(args)
    finally:
        shutil.rmtree(data, ignore_errors=True)
    return 0


def _run(args: argparse.Namespace) -> None:
    figures = run_all(args.db, args.repeat)
    growth: dict[str, float] = {}
    if args.small:
        print(f"growth: the same figures on {args.small}")
        small = {growth_key(x.name): x
                 for x in run_all(args.small.resolve(), args.repeat, for_growth=True)}
        for x in figures:
            key = growth_key(x.name)
            if key in small and small[key].value:
                growth[key] = round(x.value / small[key].value, 2)
    print()
    print(table(figures))
    for key, factor in growth.items():
        print(f"growth 1/10 → full: {key}: {factor}×")
    for warning in WARNINGS:
        print(f"WARNING: {warning}")
    if args.json:
        args.json.write_text(json.dumps(
            {"db": str(args.db), "repeat": args.repeat,
             "figures": [x.as_json() for x in figures], "growth": growth,
             "warnings": WARNINGS},
            ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
