"""What the window keeps in memory (issue 13: peak RSS after visiting every page ≤ 2× a bare
window); the figure itself is measured by tests/benchmarks/run.py."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from interview_desk.domain.model import Candidate, Kit, Question, Section
from interview_desk.services.desk import Desk
from interview_desk.ui.main_window import MainWindow
from interview_desk.ui.prepare.candidate_editor import CandidatesPage
from interview_desk.ui.prepare.kit_editor import KitsPage
from tests.conftest import REPO_ROOT
from tests.helpers import run_cli


def _run_child(code: str) -> str:
    env = {"QT_QPA_PLATFORM": "offscreen",
           "INTERVIEW_DESK_DATA_DIR": os.environ["INTERVIEW_DESK_DATA_DIR"]}
    return subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True,
                          text=True, check=True, env=env).stdout


def test_the_window_keeps_no_module_sources_read_at_import(tmp_path: Path) -> None:
    # PySide6's import hook reads the source of every module imported after it into
    # linecache (about 10 MiB for the app): gone once the window is built, and again once a
    # page built later has imported what it needs.
    code = f"""
import linecache, os
from interview_desk.services.desk import Desk
from interview_desk.ui.app import application
from interview_desk.ui.main_window import MainWindow

def kept():
    return sum(len(line) for entry in linecache.cache.values() if len(entry) > 2
               for line in entry[2])

app = application()
before = kept()
desk = Desk.open({str(tmp_path / "desk.sqlite3")!r})
window = MainWindow(desk)
after_window = kept()
import interview_desk.reports.session_report  # a late import, as a page may make
late = kept()
window.show_page("candidates")
print(before, after_window, late, kept(), flush=True)
window.ops.close()
desk.close()
os._exit(0)  # no teardown of Qt objects in whatever order Python picks
"""
    before, after_window, late, after_page = map(int, _run_child(code).split())

    # what this guards against is still there to guard against (less since the modules
    # loaded before PySide6 are spared its reading: ui/source_lines.py)
    assert before > 100_000
    assert after_window < 50_000
    assert late > after_window
    assert after_page < 50_000


def test_every_page_and_a_save_run_without_sqlite_utils_or_openssl(tmp_path: Path) -> None:
    # sqlite-utils brings click, dateutil, pluggy and importlib.metadata along (~11 MiB of
    # the window's peak): only the migrations are written in it, and a file at the current
    # schema version has none to run. OpenSSL (_hashlib, ~3.5 MiB) is for PINs, signatures
    # and imports only.
    database = tmp_path / "desk.sqlite3"
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "INTERVIEW_DESK_DATA_DIR": os.environ["INTERVIEW_DESK_DATA_DIR"]}
    assert run_cli("demo", "--db", str(database), **env).returncode == 0
    code = f"""
import os, sys
from PySide6.QtTest import QTest
from interview_desk.domain.model import Candidate, Kit, Question, Section
from interview_desk.services.desk import Desk
from interview_desk.ui.app import application
from interview_desk.ui.main_window import MainWindow

app = application()
desk = Desk.open({str(database)!r})
window = MainWindow(desk)
window.show()
for key in ("sessions", "candidates", "roles", "kits", "debrief", "role_comparison",
            "calibration", "overdue"):
    window.show_page(key)
    while getattr(window.page(key), "loading", False):
        QTest.qWait(10)
desk.catalog.save_candidate(Candidate(name="Written by the handle"))
desk.catalog.save_kit(Kit(name="Kept", sections=[Section(title="One", questions=[
    Question(text="Why?", minutes=5)])]))
print(len(desk.catalog.list_candidates("handle")),
      " ".join(m for m in ("sqlite_utils", "click", "dateutil", "pluggy", "_hashlib")
               if m in sys.modules)
      or "none", flush=True)
window.ops.close()
desk.close()
os._exit(0)
"""
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True,
                         text=True, check=True, env=env).stdout
    assert out.split() == ["1", "none"]


def _shown(page: CandidatesPage) -> list[tuple[str, str]]:
    m = page.model
    return [(m.data(m.index(r, 0)), m.data(m.index(r, 1))) for r in range(m.rowCount())]


def test_the_candidates_list_holds_names_and_roles_not_dossiers(
        qtbot: QtBot, demo_desk: Desk) -> None:
    # 3,000 dossiers (summaries, concerns) were 13 MiB of a list that shows two columns.
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    window.show()
    window.show_page("candidates")
    page = window.page("candidates")
    assert isinstance(page, CandidatesPage)
    roles = {r.id: r.name for r in demo_desk.catalog.list_roles()}
    dossiers = demo_desk.catalog.list_candidates()
    summary_word = next(w for w in dossiers[0].first_round_summary.split() if len(w) > 6)

    for search in ("", summary_word, dossiers[1].name.split()[0], "no such words"):
        page.search.setText(search)
        expected = [(c.name, roles.get(c.role_id or "", ""))
                    for c in demo_desk.catalog.list_candidates(search)]
        assert _shown(page) == expected, search
        assert not any(isinstance(row, Candidate) for row in page.model.rows)
    page.search.clear()
    assert len(page.model.rows) == len(dossiers) == 3


def test_the_kits_list_holds_names_versions_and_minutes_not_every_question(
        qtbot: QtBot, demo_desk: Desk) -> None:
    kit = demo_desk.catalog.list_kits()[0]
    demo_desk.catalog.save_kit(Kit(name="A kit of two", sections=[Section(
        title="Only", questions=[Question(text="One?", minutes=7),
                                 Question(text="Two?", minutes=5)])]))
    demo_desk.catalog.save_kit(Kit(name="An empty kit"))
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    window.show()
    window.show_page("kits")
    page = window.page("kits")
    assert isinstance(page, KitsPage)
    m = page.model

    shown = [tuple(m.data(m.index(r, c)) for c in range(3)) for r in range(m.rowCount())]

    assert shown == [(k.name, str(k.version), str(k.total_minutes()))
                     for k in demo_desk.catalog.list_kits()]
    assert ("A kit of two", "1", "12") in shown and ("An empty kit", "1", "0") in shown
    assert (kit.name, str(kit.version), str(kit.total_minutes())) in shown
    assert not any(isinstance(row, Kit) for row in m.rows)


def test_the_gui_says_counts_in_english_without_parsing_the_ts_sources() -> None:
    # Qt's .qm holds the same messages compiled; a label with a count ("%n other
    # interview(s)", the debrief's structure profile) parsed every English .ts with an XML
    # parser loaded for it.
    code = """
import sys
import interview_desk.i18n as i18n
from interview_desk.ui.app import application
application()
said = [str(i18n.Words("Structure").tr("%n other interview(s)", "", n)) for n in (1, 2)]
print(said == ["1 other interview", "2 other interviews"], i18n._load.cache_info().currsize,
      "xml.etree.ElementTree" in sys.modules)
"""
    assert _run_child(code).split() == ["True", "0", "False"]


def test_every_english_count_reads_the_same_from_the_qm_as_from_the_ts(qapp: object) -> None:
    import xml.etree.ElementTree as ET

    from interview_desk import i18n

    messages = [(context.findtext("name") or "", m.findtext("source") or "",
                 m.findtext("comment") or None)
                for ts in i18n.ts_files("en")
                for context in ET.fromstring(ts.read_text(encoding="utf-8")).iter("context")
                for m in context.iter("message") if m.get("numerus") == "yes"]
    catalog = i18n.Catalog.load("en")
    assert len(messages) > 30
    assert i18n._english_forms is not None  # use_language set Qt's: it is what is compared
    for context, source, comment in messages:
        for n in (0, 1, 2, 21):
            assert i18n._english(context, source, comment, n) == catalog.translate(
                context, source, comment, n), (context, source, n)


def test_the_concern_question_list_names_every_question_of_the_newest_kits(
        demo_desk: Desk) -> None:
    # It read every kit in full (a get per kit) to name its questions.
    kit = demo_desk.catalog.list_kits()[0]
    demo_desk.catalog.save_kit(Kit(name=kit.name, family_id=kit.family_id,
                                   version=kit.version + 1, sections=[Section(
                                       title="Only", questions=[Question(text="Newer?")])]))
    demo_desk.catalog.save_kit(Kit(name="Another kit", sections=[
        Section(title="Second", position=1, questions=[Question(text="B?"), Question(text="C?")]),
        Section(title="First", position=0, questions=[Question(text="A?")])]))

    choices = demo_desk.catalog.question_choices()

    assert [(c.id, c.text, c.kit_name, c.kit_version) for c in choices] == [
        (q.id, q.text, k.name, k.version)
        for k in demo_desk.catalog.list_kits() for q in k.questions()]
    assert ("Newer?", kit.version + 1) in {(c.text, c.kit_version) for c in choices}
