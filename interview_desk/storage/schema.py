"""Numbered schema migrations. Append only: never edit a migration that has shipped.

The schema version is ``PRAGMA user_version`` = number of migrations applied, so a database
written by a newer app can be recognised (and refused) before anything touches it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only the migrations use it, and they are given one
    from sqlite_utils import Database

_TS = "created_at TEXT NOT NULL, updated_at TEXT NOT NULL"

_INITIAL = [
    f"""CREATE TABLE roles (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', {_TS})""",
    f"""CREATE TABLE competencies (
        id TEXT PRIMARY KEY,
        role_id TEXT NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0, key TEXT NOT NULL, name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '', weight REAL NOT NULL DEFAULT 1.0 CHECK (weight >= 0),
        anchor_1 TEXT NOT NULL DEFAULT '', anchor_2 TEXT NOT NULL DEFAULT '',
        anchor_3 TEXT NOT NULL DEFAULT '', anchor_4 TEXT NOT NULL DEFAULT '', {_TS},
        UNIQUE (role_id, key))""",
    f"""CREATE TABLE kits (
        id TEXT PRIMARY KEY, family_id TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1,
        name TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',
        competencies_json TEXT NOT NULL DEFAULT '[]', {_TS},
        UNIQUE (family_id, version))""",
    f"""CREATE TABLE kit_sections (
        id TEXT PRIMARY KEY, kit_id TEXT NOT NULL REFERENCES kits(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0, title TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'other', guidance TEXT NOT NULL DEFAULT '', {_TS})""",
    f"""CREATE TABLE questions (
        id TEXT PRIMARY KEY, kit_id TEXT NOT NULL REFERENCES kits(id) ON DELETE CASCADE,
        section_id TEXT NOT NULL REFERENCES kit_sections(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0, ref TEXT NOT NULL DEFAULT '', text TEXT NOT NULL,
        qtype TEXT NOT NULL DEFAULT 'general', competency_keys TEXT NOT NULL DEFAULT '[]',
        probes TEXT NOT NULL DEFAULT '[]', good TEXT NOT NULL DEFAULT '',
        red_flags TEXT NOT NULL DEFAULT '', minutes INTEGER NOT NULL DEFAULT 0, {_TS})""",
    f"""CREATE TABLE candidates (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        role_id TEXT REFERENCES roles(id) ON DELETE SET NULL,
        stage TEXT NOT NULL DEFAULT '', first_round_summary TEXT NOT NULL DEFAULT '', {_TS})""",
    f"""CREATE TABLE concerns (
        id TEXT PRIMARY KEY,
        candidate_id TEXT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0, text TEXT NOT NULL,
        question_id TEXT REFERENCES questions(id) ON DELETE SET NULL,
        lead_only INTEGER NOT NULL DEFAULT 0, {_TS})""",
    f"""CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        candidate_id TEXT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        role_id TEXT NOT NULL REFERENCES roles(id),
        kit_id TEXT NOT NULL REFERENCES kits(id),
        scheduled_at TEXT NOT NULL DEFAULT '', location TEXT NOT NULL DEFAULT '',
        planned_minutes INTEGER NOT NULL DEFAULT 60,
        status TEXT NOT NULL DEFAULT 'planned'
            CHECK (status IN ('planned', 'live', 'completed', 'decided')),
        started_at TEXT, ended_at TEXT, elapsed_seconds INTEGER NOT NULL DEFAULT 0,
        current_question_id TEXT, unsealed_at TEXT, unsealed_by TEXT, {_TS})""",
    f"""CREATE TABLE panelists (
        id TEXT PRIMARY KEY, session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0, name TEXT NOT NULL,
        panel_role TEXT NOT NULL DEFAULT '', is_lead INTEGER NOT NULL DEFAULT 0,
        pin_hash TEXT, {_TS})""",
    f"""CREATE TABLE assignments (
        id TEXT PRIMARY KEY, session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        question_id TEXT NOT NULL REFERENCES questions(id),
        panelist_id TEXT NOT NULL REFERENCES panelists(id) ON DELETE CASCADE, {_TS},
        UNIQUE (session_id, question_id))""",
    f"""CREATE TABLE adhoc_questions (
        id TEXT PRIMARY KEY, session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        panelist_id TEXT NOT NULL REFERENCES panelists(id) ON DELETE CASCADE,
        text TEXT NOT NULL, after_question_id TEXT, {_TS})""",
    # question_id has no foreign key: it names a kit question or an ad-hoc question.
    f"""CREATE TABLE notes (
        id TEXT PRIMARY KEY, session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        panelist_id TEXT NOT NULL REFERENCES panelists(id) ON DELETE CASCADE,
        question_id TEXT NOT NULL, text TEXT NOT NULL DEFAULT '',
        situation TEXT NOT NULL DEFAULT '', task TEXT NOT NULL DEFAULT '',
        action TEXT NOT NULL DEFAULT '', result TEXT NOT NULL DEFAULT '',
        competency_keys TEXT NOT NULL DEFAULT '[]', state TEXT NOT NULL DEFAULT '',
        seconds_spent INTEGER NOT NULL DEFAULT 0, {_TS},
        UNIQUE (session_id, panelist_id, question_id))""",
    f"""CREATE TABLE flags (
        id TEXT PRIMARY KEY, session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        panelist_id TEXT NOT NULL REFERENCES panelists(id) ON DELETE CASCADE,
        question_id TEXT, kind TEXT NOT NULL CHECK (kind IN ('strong', 'concern', 'follow_up')),
        text TEXT NOT NULL DEFAULT '', elapsed_seconds INTEGER NOT NULL DEFAULT 0,
        flagged_at TEXT NOT NULL, {_TS})""",
    f"""CREATE TABLE candidate_questions (
        id TEXT PRIMARY KEY, session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        panelist_id TEXT NOT NULL REFERENCES panelists(id) ON DELETE CASCADE,
        text TEXT NOT NULL, answer TEXT NOT NULL DEFAULT '', {_TS})""",
    f"""CREATE TABLE concern_checks (
        id TEXT PRIMARY KEY, session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        concern_id TEXT NOT NULL REFERENCES concerns(id) ON DELETE CASCADE,
        panelist_id TEXT REFERENCES panelists(id) ON DELETE SET NULL,
        note_id TEXT, addressed_at TEXT NOT NULL, {_TS},
        UNIQUE (session_id, concern_id))""",
    f"""CREATE TABLE scorecards (
        id TEXT PRIMARY KEY, session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        panelist_id TEXT NOT NULL REFERENCES panelists(id) ON DELETE CASCADE,
        recommendation TEXT CHECK (recommendation IN ('strong_no', 'no', 'yes', 'strong_yes')),
        takeaways TEXT NOT NULL DEFAULT '', submitted_at TEXT, {_TS},
        UNIQUE (session_id, panelist_id))""",
    f"""CREATE TABLE ratings (
        id TEXT PRIMARY KEY,
        scorecard_id TEXT NOT NULL REFERENCES scorecards(id) ON DELETE CASCADE,
        competency_id TEXT NOT NULL REFERENCES competencies(id) ON DELETE CASCADE,
        rating INTEGER CHECK (rating BETWEEN 1 AND 4),
        no_evidence INTEGER NOT NULL DEFAULT 0, evidence TEXT NOT NULL DEFAULT '', {_TS},
        UNIQUE (scorecard_id, competency_id))""",
    # The post-debrief layer: one row per changed item; the submitted original stays as it was.
    f"""CREATE TABLE amendments (
        id TEXT PRIMARY KEY,
        scorecard_id TEXT NOT NULL REFERENCES scorecards(id) ON DELETE CASCADE,
        competency_id TEXT REFERENCES competencies(id) ON DELETE CASCADE,
        rating INTEGER CHECK (rating BETWEEN 1 AND 4), no_evidence INTEGER NOT NULL DEFAULT 0,
        evidence TEXT NOT NULL DEFAULT '',
        recommendation TEXT CHECK (recommendation IN ('strong_no', 'no', 'yes', 'strong_yes')),
        reason TEXT NOT NULL, amended_at TEXT NOT NULL, {_TS})""",
    f"""CREATE TABLE decisions (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL UNIQUE REFERENCES sessions(id) ON DELETE CASCADE,
        outcome TEXT NOT NULL
            CHECK (outcome IN ('hire', 'no_hire', 'another_round', 'additional_assessment')),
        rationale TEXT NOT NULL DEFAULT '', decided_by TEXT NOT NULL DEFAULT '',
        decided_at TEXT NOT NULL, follow_up_due TEXT, candidate_informed_at TEXT, {_TS})""",
    f"""CREATE TABLE seal_events (
        id TEXT PRIMARY KEY, session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        action TEXT NOT NULL, by_name TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL, {_TS})""",
    "CREATE INDEX idx_competencies_role ON competencies(role_id, position)",
    "CREATE INDEX idx_questions_kit ON questions(kit_id, position)",
    "CREATE INDEX idx_sections_kit ON kit_sections(kit_id, position)",
    "CREATE INDEX idx_sessions_candidate ON sessions(candidate_id)",
    "CREATE INDEX idx_panelists_session ON panelists(session_id, position)",
    "CREATE INDEX idx_notes_session ON notes(session_id, panelist_id)",
    "CREATE INDEX idx_flags_session ON flags(session_id)",
    "CREATE INDEX idx_concerns_candidate ON concerns(candidate_id, position)",
]


def _initial(db: Database) -> None:
    for statement in _INITIAL:
        db.execute(statement)
    db["notes"].enable_fts(  # type: ignore[union-attr]
        ["text", "situation", "task", "action", "result"],
        fts_version="FTS5",
        create_triggers=True,
        tokenize="unicode61 remove_diacritics 2",
    )


# Roles get versions, as kits have: a row of ``roles`` is one version of a role family, and a
# session keeps the version it was planned with (``sessions.role_id`` already names the row,
# so every existing session is pinned to version 1 of its role). Anchors move from four fixed
# columns to one row per point of the rating scale, so the scale's size is data, not schema.
# The numbers below are history: they stay as they are whatever the scale becomes later.
_ROLE_VERSIONS = [
    "ALTER TABLE roles ADD COLUMN family_id TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE roles ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
    "UPDATE roles SET family_id = id",
    "CREATE UNIQUE INDEX idx_roles_family ON roles(family_id, version)",
    """CREATE TABLE competency_anchors (
        competency_id TEXT NOT NULL REFERENCES competencies(id) ON DELETE CASCADE,
        point INTEGER NOT NULL CHECK (point BETWEEN 1 AND 4),
        text TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (competency_id, point)) WITHOUT ROWID""",
    *(f"INSERT INTO competency_anchors (competency_id, point, text) "
      f"SELECT id, {point}, anchor_{point} FROM competencies" for point in (1, 2, 3, 4)),
    *(f"ALTER TABLE competencies DROP COLUMN anchor_{point}" for point in (1, 2, 3, 4)),
]


def _role_versions(db: Database) -> None:
    for statement in _ROLE_VERSIONS:
        db.execute(statement)


# Signed panel and return files (docs/panel-files.md): the key this laptop trusts for each
# sender of a session ("lead", or a panelist's id), pinned by the first file it signed here
# (trust on first use), and when a person confirmed its code.
_TRUST_SIGNER_PINS = [
    """CREATE TABLE signer_pins (
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        party TEXT NOT NULL,
        public_key TEXT NOT NULL,
        first_file TEXT NOT NULL DEFAULT '',
        pinned_at TEXT NOT NULL,
        confirmed_at TEXT,
        PRIMARY KEY (session_id, party)) WITHOUT ROWID""",
    "CREATE INDEX idx_signer_pins_key ON signer_pins(public_key)",
]


def _trust_signer_pins(db: Database) -> None:
    for statement in _TRUST_SIGNER_PINS:
        db.execute(statement)


# (keys) A kit question's look-fors and whether it is required; each tick of a look-for in a
# session, by a panelist, on the session clock. A tick keeps the look-for's text: it is what
# was observed, whatever a later kit version calls it.
_KEYS_LOOK_FORS = [
    "ALTER TABLE questions ADD COLUMN look_fors TEXT NOT NULL DEFAULT '[]'",
    "ALTER TABLE questions ADD COLUMN required INTEGER NOT NULL DEFAULT 0",
    f"""CREATE TABLE look_for_ticks (
        id TEXT PRIMARY KEY, session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        panelist_id TEXT NOT NULL REFERENCES panelists(id) ON DELETE CASCADE,
        question_id TEXT NOT NULL, look_for TEXT NOT NULL,
        elapsed_seconds INTEGER NOT NULL DEFAULT 0, {_TS},
        UNIQUE (session_id, panelist_id, question_id, look_for))""",
    "CREATE INDEX idx_look_for_ticks_session ON look_for_ticks(session_id, panelist_id)",
]


def _keys_look_fors(db: Database) -> None:
    for statement in _KEYS_LOOK_FORS:
        db.execute(statement)


# The statistics-first debrief (helper "debrief"): a role version sets when a decision departs
# from the composite (a hire below ``hire_below``, a no-hire above ``no_hire_above``); such a
# decision records its override reason and the composite it overrode. The lead's speaking
# order for the debrief is a position per panelist. Another round plans a follow-up session
# (``follow_up_of``) and carries the concerns the debrief left open as concerns of the
# candidate, each remembering the session that raised it.
_DEBRIEF_OVERRIDE = [
    "ALTER TABLE roles ADD COLUMN hire_below REAL",
    "ALTER TABLE roles ADD COLUMN no_hire_above REAL",
    "ALTER TABLE decisions ADD COLUMN override_reason TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE decisions ADD COLUMN overridden_composite REAL",
    "ALTER TABLE panelists ADD COLUMN speaking_position INTEGER",
    "ALTER TABLE sessions ADD COLUMN follow_up_of TEXT REFERENCES sessions(id) "
    "ON DELETE SET NULL",
    "ALTER TABLE concerns ADD COLUMN raised_in_session_id TEXT REFERENCES sessions(id) "
    "ON DELETE SET NULL",
    "CREATE INDEX idx_sessions_follow_up_of ON sessions(follow_up_of)",
]


def _debrief_override(db: Database) -> None:
    for statement in _DEBRIEF_OVERRIDE:
        db.execute(statement)


# The messages that tell a candidate the outcome, one per kind, editable in Settings. A new
# database starts with the templates shipped with this version (domain.messages.SHIPPED).
def _calibration_message_templates(db: Database) -> None:
    from interview_desk.domain.messages import SHIPPED

    db.execute("""CREATE TABLE message_templates (
        kind TEXT PRIMARY KEY
            CHECK (kind IN ('moving_forward', 'not_moving_forward', 'another_round')),
        subject TEXT NOT NULL, body TEXT NOT NULL, next_steps TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL)""")
    for t in SHIPPED.values():
        db.execute("INSERT INTO message_templates (kind, subject, body, next_steps, updated_at) "
                   "VALUES (?, ?, ?, ?, '')", [t.kind.value, t.subject, t.body, t.next_steps])


# Find: full-text indexes beside ``notes_fts`` over everything else a person typed or may look
# for, one per kind so that bm25's word statistics (a pass over each word's postings per
# query) cost each search one pass over that kind only: candidates (name, e-mail,
# first-round summary, role, concerns), sessions (role, location), rating evidence, flags,
# and the candidate's questions with their answers. A document's rowid is its source row's.
FIND_TABLES = {
    "candidates": ("find_candidates_fts", """c.name || ' ' || c.email || ' '
        || c.first_round_summary || ' '
        || COALESCE((SELECT name FROM roles WHERE id = c.role_id), '') || ' '
        || COALESCE((SELECT group_concat(text, ' ') FROM concerns WHERE candidate_id = c.id),
                    '')""", "2 3"),
    "sessions": ("find_sessions_fts", """COALESCE((SELECT name FROM roles WHERE id = c.role_id),
        '') || ' ' || c.location""", "2 3"),
    "ratings": ("find_evidence_fts", "c.evidence", "3"),
    "flags": ("find_flags_fts", "c.text", "3"),
    "candidate_questions": ("find_questions_fts", "c.text || ' ' || c.answer", "3"),
}


def _find_doc_insert(table: str, where: str) -> str:
    fts, body, _prefix = FIND_TABLES[table]
    return f"INSERT INTO {fts} (rowid, body) SELECT c.rowid, {body} FROM {table} c WHERE {where}"


def _find_doc_delete(table: str, rowid: str) -> str:
    return f"DELETE FROM {FIND_TABLES[table][0]} WHERE rowid = {rowid}"


def _find_index(db: Database) -> None:
    for table, (fts, _body, prefix) in FIND_TABLES.items():
        db.execute(f"""CREATE VIRTUAL TABLE {fts} USING fts5(
            body, tokenize = 'unicode61 remove_diacritics 2', prefix = '{prefix}')""")
        # evidence left empty ("no evidence", a rating not yet explained) is no document
        only = " AND c.evidence != ''" if table == "ratings" else ""
        db.execute(_find_doc_insert(table, "1" + only))
        db.execute(f"""CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN
            {_find_doc_insert(table, "c.rowid = new.rowid" + only)}; END""")
        db.execute(f"""CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN
            {_find_doc_delete(table, "old.rowid")}; END""")
        db.execute(f"""CREATE TRIGGER {fts}_au AFTER UPDATE ON {table} BEGIN
            {_find_doc_delete(table, "old.rowid")};
            {_find_doc_insert(table, "c.rowid = new.rowid" + only)}; END""")
    # a candidate's document also holds their concerns and the name of the role applied for
    of_candidate = "(SELECT rowid FROM candidates WHERE id = {id})"
    refresh_candidate = (f"{_find_doc_delete('candidates', of_candidate)};"
                         f"{_find_doc_insert('candidates', 'c.id = {id}')};")
    db.execute(f"""CREATE TRIGGER find_concerns_ai AFTER INSERT ON concerns BEGIN
        {refresh_candidate.format(id="new.candidate_id")} END""")
    db.execute(f"""CREATE TRIGGER find_concerns_ad AFTER DELETE ON concerns BEGIN
        {refresh_candidate.format(id="old.candidate_id")} END""")
    db.execute(f"""CREATE TRIGGER find_concerns_au AFTER UPDATE ON concerns BEGIN
        {refresh_candidate.format(id="old.candidate_id")}
        {refresh_candidate.format(id="new.candidate_id")} END""")
    db.execute(f"""CREATE TRIGGER find_roles_au AFTER UPDATE OF name ON roles BEGIN
        DELETE FROM {FIND_TABLES["candidates"][0]} WHERE rowid IN (
            SELECT rowid FROM candidates WHERE role_id = new.id);
        DELETE FROM {FIND_TABLES["sessions"][0]} WHERE rowid IN (
            SELECT rowid FROM sessions WHERE role_id = new.id);
        {_find_doc_insert("candidates", "c.role_id = new.id")};
        {_find_doc_insert("sessions", "c.role_id = new.id")}; END""")


# Indexes where EXPLAIN QUERY PLAN showed a scan on the five-year benchmark file: a role's
# sessions (role comparison, role report, CSV) and which sessions still lack a submitted
# scorecard (the overdue list, read whenever it is looked at) — the latter covering, so the
# scorecards' takeaways are never read for it.
_PERF_INDEXES = [
    "CREATE INDEX idx_sessions_role ON sessions(role_id, scheduled_at)",
    "CREATE INDEX idx_scorecards_submitted ON scorecards(session_id, submitted_at)",
]


def _perf_indexes(db: Database) -> None:
    for statement in _PERF_INDEXES:
        db.execute(statement)


# Transcripts of the room (issue 17): the candidate's consent (one per session, required before
# any capture), when each question was opened on the session clock (the live view records it,
# and segments are attributed by it), the segments heard, and the quotes pinned from them.
_TRANSCRIBE = [
    f"""CREATE TABLE transcript_consents (
        session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
        candidate_name TEXT NOT NULL,
        method TEXT NOT NULL CHECK (method IN ('said_aloud', 'signed')),
        scope TEXT NOT NULL CHECK (scope IN ('transcript_only', 'audio_kept')),
        retention_days INTEGER NOT NULL CHECK (retention_days > 0),
        recorded_by TEXT NOT NULL, given_at TEXT NOT NULL, {_TS})""",
    f"""CREATE TABLE question_timeline (
        id TEXT PRIMARY KEY, session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        panelist_id TEXT NOT NULL REFERENCES panelists(id) ON DELETE CASCADE,
        question_id TEXT NOT NULL, at_seconds REAL NOT NULL, {_TS})""",
    f"""CREATE TABLE transcript_segments (
        id TEXT PRIMARY KEY, session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        panelist_id TEXT NOT NULL REFERENCES panelists(id) ON DELETE CASCADE,
        start_seconds REAL NOT NULL, end_seconds REAL NOT NULL, text TEXT NOT NULL,
        question_id TEXT, not_said INTEGER NOT NULL DEFAULT 0, {_TS})""",
    f"""CREATE TABLE transcript_pins (
        id TEXT PRIMARY KEY,
        segment_id TEXT NOT NULL REFERENCES transcript_segments(id) ON DELETE CASCADE,
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        panelist_id TEXT NOT NULL REFERENCES panelists(id) ON DELETE CASCADE,
        quote TEXT NOT NULL, start_seconds REAL NOT NULL, end_seconds REAL NOT NULL,
        competency_key TEXT, star_part TEXT
            CHECK (star_part IN ('situation', 'task', 'action', 'result')),
        pinned_at TEXT NOT NULL, {_TS},
        CHECK ((competency_key IS NULL) <> (star_part IS NULL)))""",
    "CREATE INDEX idx_question_timeline ON question_timeline(session_id, panelist_id, at_seconds)",
    "CREATE INDEX idx_transcript_segments ON transcript_segments(session_id, start_seconds)",
    "CREATE INDEX idx_transcript_pins ON transcript_pins(segment_id)",
]


def _transcribe(db: Database) -> None:
    for statement in _TRANSCRIBE:
        db.execute(statement)


# Transcripts between laptops (issue 17 items 2 and 9): whether the consent lets each
# panelist's transcript go to the lead (not asked before, so not agreed: 0), and a tombstone
# for every segment deleted ("delete everything captured"), so that the deletion travels in
# return files and an older file cannot bring the words back. A tombstone holds ids only.
_TRANSCRIPTS_TRAVEL = [
    "ALTER TABLE transcript_consents ADD COLUMN shared_with_lead INTEGER NOT NULL DEFAULT 0 "
    "CHECK (shared_with_lead IN (0, 1))",
    """CREATE TABLE transcript_deletions (
        segment_id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        panelist_id TEXT NOT NULL REFERENCES panelists(id) ON DELETE CASCADE,
        deleted_at TEXT NOT NULL)""",
    "CREATE INDEX idx_transcript_deletions ON transcript_deletions(session_id, panelist_id)",
]


def _transcripts_travel(db: Database) -> None:
    for statement in _TRANSCRIPTS_TRAVEL:
        db.execute(statement)


def _sessions_newest_first(db: Database) -> None:
    # The Sessions list opens on its newest rows (storage/session_list.py): in this order the
    # first screenful is read off the index, where every session was sorted before each start
    # (~10 ms of it on five years of data, issue 13).
    db.execute("CREATE INDEX idx_sessions_newest ON sessions(scheduled_at DESC, id)")


# Each session's revision (issue 13): a value that changes whenever a row its read model is
# computed from changes — the rows ``SessionRowsRepository.load_many(notes=False)`` reads —
# so that a cache of per-session figures (the role comparison) recomputes only the sessions a
# write touched, whoever wrote it (this connection, another process, a merged return file).
# A revision is a fresh random value, never a count: a value once seen always meant the same
# rows, even after a rolled-back transaction or a backup put back. The notes are no input of
# it (the comparison reads none), so a note's autosave costs nothing more. Rows shared by
# many sessions (the candidate, the role version, the kit version) revise every session that
# uses them; that write is rare. The role's other sessions (``PeerKits``) are not an input of
# a session's comparison row (tests/services/test_role_comparison_cache.py), so a new session of
# the role revises only itself and, as a follow-up, the session it follows.
REVISED_BY = {
    # table -> the sessions one of its rows belongs to, from ``{row}`` (``old`` or ``new``)
    **{t: "= {row}.session_id" for t in (
        "panelists", "assignments", "adhoc_questions", "flags", "candidate_questions",
        "concern_checks", "scorecards", "decisions", "seal_events", "look_for_ticks",
        "transcript_consents", "transcript_segments", "transcript_pins")},
    **{t: "= (SELECT session_id FROM scorecards WHERE id = {row}.scorecard_id)"
       for t in ("ratings", "amendments")},
    "candidates": "IN (SELECT id FROM sessions WHERE candidate_id = {row}.id)",
    "concerns": "IN (SELECT id FROM sessions WHERE candidate_id = {row}.candidate_id)",
    "roles": "IN (SELECT id FROM sessions WHERE role_id = {row}.id)",
    "competencies": "IN (SELECT id FROM sessions WHERE role_id = {row}.role_id)",
    "competency_anchors": "IN (SELECT s.id FROM sessions s JOIN competencies c "
                          "ON c.role_id = s.role_id WHERE c.id = {row}.competency_id)",
    "kits": "IN (SELECT id FROM sessions WHERE kit_id = {row}.id)",
    "kit_sections": "IN (SELECT id FROM sessions WHERE kit_id = {row}.kit_id)",
    "questions": "IN (SELECT id FROM sessions WHERE kit_id = {row}.kit_id)",
}


def _revise(where: str, row: str) -> str:
    return ("UPDATE session_revisions SET rev = random() WHERE session_id "
            + where.format(row=row))


def _session_revisions(db: Database) -> None:
    db.execute("""CREATE TABLE session_revisions (
        session_id TEXT PRIMARY KEY, rev INTEGER NOT NULL) WITHOUT ROWID""")
    db.execute("INSERT INTO session_revisions (session_id, rev) SELECT id, random() FROM sessions")
    # the kit's sessions, for a kit edit (the role's and the candidate's have their index)
    db.execute("CREATE INDEX idx_sessions_kit ON sessions(kit_id)")
    for table, where in REVISED_BY.items():
        # a candidate, role or kit that is new has no session yet; one deleted takes its
        # sessions with it
        shared = table in ("candidates", "roles", "kits")
        if not shared:
            db.execute(f"""CREATE TRIGGER rev_{table}_ai AFTER INSERT ON {table} BEGIN
                {_revise(where, "new")}; END""")
            db.execute(f"""CREATE TRIGGER rev_{table}_ad AFTER DELETE ON {table} BEGIN
                {_revise(where, "old")}; END""")
        db.execute(f"""CREATE TRIGGER rev_{table}_au AFTER UPDATE ON {table} BEGIN
            {_revise(where, "old")}; {_revise(where, "new")}; END""")
    # A session's own row; a follow-up also revises the session it follows (its view names it).
    follows = "IN ({row}.follow_up_of)"
    db.execute(f"""CREATE TRIGGER rev_sessions_ai AFTER INSERT ON sessions BEGIN
        INSERT INTO session_revisions (session_id, rev) VALUES (new.id, random())
            ON CONFLICT (session_id) DO UPDATE SET rev = excluded.rev;
        {_revise(follows, "new")}; END""")
    db.execute(f"""CREATE TRIGGER rev_sessions_ad AFTER DELETE ON sessions BEGIN
        DELETE FROM session_revisions WHERE session_id = old.id;
        {_revise(follows, "old")}; END""")
    db.execute(f"""CREATE TRIGGER rev_sessions_au AFTER UPDATE ON sessions BEGIN
        {_revise("IN ({row}.id, {row}.follow_up_of)", "old")};
        {_revise("IN ({row}.id, {row}.follow_up_of)", "new")}; END""")


MIGRATIONS: list[tuple[str, Callable[[Database], None]]] = [
    ("0001_initial", _initial),
    ("0002_role_versions", _role_versions),
    ("0003_trust_signer_pins", _trust_signer_pins),
    ("0004_keys_look_fors", _keys_look_fors),
    ("0005_debrief_override", _debrief_override),
    ("0006_calibration_message_templates", _calibration_message_templates),
    ("0007_find_index", _find_index),
    ("0008_perf_indexes", _perf_indexes),
    ("0009_transcribe", _transcribe),
    ("0010_transcripts_travel", _transcripts_travel),
    ("0011_sessions_newest_first", _sessions_newest_first),
    ("0012_session_revisions", _session_revisions),
]

SCHEMA_VERSION = len(MIGRATIONS)
