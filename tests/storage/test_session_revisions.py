"""Each session's revision (migration 0012): it changes when a row the session's read model
is computed from changes, and only then — a note is no such row — so a cache of per-session
figures (the role comparison) recomputes only the sessions a write changed."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from interview_desk.domain.model import Note, NoteState
from interview_desk.services.desk import Desk
from interview_desk.storage.schema import REVISED_BY

FIXTURES = Path(__file__).resolve().parent.parent / "data" / "migrations"


def _revisions(desk: Desk) -> dict[str, int]:
    return dict(desk.db.execute("SELECT session_id, rev FROM session_revisions").fetchall())


def test_every_table_a_sessions_rows_are_read_from_revises_it(demo_desk: Desk) -> None:
    # A table read for a session's view that no trigger revises would leave its kept
    # comparison row stale: every table load_many reads (notes left out) must have them.
    read: set[str] = set()

    def note(action: int, table: str | None, *_: object) -> int:
        if action == sqlite3.SQLITE_READ and table is not None:
            read.add(table)
        return sqlite3.SQLITE_OK

    rows = demo_desk.debrief.rows
    ids = [r.id for r in demo_desk.sessions.overview()]
    demo_desk.db.conn.set_authorizer(note)
    try:
        rows.load_many(ids, notes=False)
    finally:
        demo_desk.db.conn.set_authorizer(None)
    revised = {r[0] for r in demo_desk.db.execute(
        "SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rev_%'")}
    assert revised == set(REVISED_BY) | {"sessions"}
    assert "notes" not in read and {"ratings", "candidates", "sessions"} <= read
    assert read - {"sqlite_master", "json_each"} <= revised


def test_a_rating_revises_its_session_and_a_note_nothing(demo_desk: Desk) -> None:
    sid = next(r.id for r in demo_desk.sessions.overview() if r.status == "decided")
    before = _revisions(demo_desk)
    assert set(before) == {r.id for r in demo_desk.sessions.overview()}
    lead = next(p for p in demo_desk.scorecards.panel(sid) if p.is_lead)
    demo_desk.live.save_note(Note(session_id=sid, panelist_id=lead.id, question_id="q-now",
                                  state=NoteState.ASKED, text="typed"))
    assert _revisions(demo_desk) == before
    view = demo_desk.debrief.view(sid)
    who = view.shown[0]
    comp = view.competencies[0]
    demo_desk.scorecards.amend(sid, who.panelist.id, reason="debrief", competency_id=comp.id,
                               rating=1 if who.pre and who.pre.rating(comp.id) != 1 else 2)
    after = _revisions(demo_desk)
    assert {s for s in before if after[s] != before[s]} == {sid}


def test_a_file_of_version_11_gets_a_revision_for_every_session(tmp_path: Path) -> None:
    target = tmp_path / "v11.sqlite3"
    shutil.copyfile(FIXTURES / "v11.sqlite3", target)
    desk = Desk.open(target)
    try:
        sessions = {r[0] for r in desk.db.execute("SELECT id FROM sessions")}
        assert set(_revisions(desk)) == sessions and sessions
        # and a purge takes the revision with the session
        sid = next(iter(sessions))
        with desk.db.atomic():
            desk.db.execute("DELETE FROM sessions WHERE id = ?", [sid])
        assert set(_revisions(desk)) == sessions - {sid}
    finally:
        desk.close()

