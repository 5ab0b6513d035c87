"""One repository per aggregate: dataclasses in, dataclasses out, SQL stays here.

Writes that touch several rows run in one ``db.atomic()`` so a crash never leaves half an
aggregate behind. Every write stamps ``updated_at`` (merging later trusts it).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, Literal, NamedTuple

from interview_desk.domain.model import (
    Candidate,
    Competency,
    Concern,
    Decision,
    Kit,
    KitCompetency,
    Note,
    NoteState,
    Outcome,
    Panelist,
    Question,
    QuestionType,
    Rating,
    Recommendation,
    Role,
    Scorecard,
    Section,
    SectionKind,
    Session,
    SessionStatus,
    utc_now,
)
from interview_desk.domain.scale import SCALE
from interview_desk.domain.search import match_expression
from interview_desk.storage.errors import NotFoundError
from interview_desk.storage.handle import Database
from interview_desk.storage.schema import FIND_TABLES
from interview_desk.storage.session_list import SessionChoice, session_choices, session_overview

# SessionSummary lives beside the query that lists sessions as plain tuples; named here
# too, as it always was.
from interview_desk.storage.session_list import SessionSummary as SessionSummary

Row = dict[str, Any]


def _stamp(row: Row, *, created: str | None = None) -> Row:
    now = utc_now()
    row["created_at"] = created or now
    row["updated_at"] = now
    return row


def _get(db: Database, table: str, ident: str, what: str) -> Row:
    row = db.get(table, ident)
    if row is None:
        raise NotFoundError(what, ident)
    return row


def _created_at(db: Database, table: str, ident: str) -> str | None:
    row = db.execute(f"SELECT created_at FROM [{table}] WHERE id = ?", [ident]).fetchone()
    return row[0] if row else None


def _exists(db: Database, table: str, ident: str) -> bool:
    return db.execute(f"SELECT 1 FROM [{table}] WHERE id = ?", [ident]).fetchone() is not None


def in_ids(column: str) -> str:
    """``column IN`` the ids passed as one JSON array parameter (see ``ids_param``): one
    statement for any number of ids, never past SQLite's limit on parameters."""
    return f"{column} IN (SELECT value FROM json_each(?))"


def ids_param(ids: Iterable[str]) -> str:
    return json.dumps(list(ids))


def _upsert(db: Database, table: str, row: Row) -> None:
    _stamp(row, created=_created_at(db, table, row["id"]))
    db.upsert(table, row)


# --- roles -----------------------------------------------------------------------------------


def _competency_from_row(r: Row, anchors: dict[tuple[str, int], str]) -> Competency:
    return Competency(
        key=r["key"],
        name=r["name"],
        description=r["description"],
        weight=r["weight"],
        anchors=tuple(anchors.get((r["id"], p), "") for p in SCALE.points),
        id=r["id"],
        role_id=r["role_id"],
        position=r["position"],
    )


class RoleRepository:
    """Role versions: a row of ``roles`` is one version, ``family_id`` ties them together."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def save(self, role: Role) -> None:
        """Store the role version and exactly its current competencies (removed ones go)."""
        with self.db.atomic():
            _upsert(self.db, "roles", {"id": role.id, "family_id": role.family_id,
                                       "version": role.version, "name": role.name,
                                       "description": role.description,
                                       "hire_below": role.hire_below,
                                       "no_hire_above": role.no_hire_above})
            keep = [c.id for c in role.competencies]
            placeholders = ",".join("?" for _ in keep) or "''"
            self.db.execute(
                f"DELETE FROM competencies WHERE role_id = ? AND id NOT IN ({placeholders})",
                [role.id, *keep],
            )
            for pos, c in enumerate(role.competencies):
                c.role_id, c.position = role.id, pos
                _upsert(self.db, "competencies", {
                    "id": c.id, "role_id": role.id, "position": pos, "key": c.key,
                    "name": c.name, "description": c.description, "weight": c.weight,
                })
                self.db.execute("DELETE FROM competency_anchors WHERE competency_id = ?",
                                [c.id])
                for point, text in zip(SCALE.points, c.anchors, strict=True):
                    self.db.execute(
                        "INSERT INTO competency_anchors (competency_id, point, text) "
                        "VALUES (?, ?, ?)", [c.id, point, text])

    def get(self, role_id: str) -> Role:
        r = _get(self.db, "roles", role_id, "role")
        return Role(name=r["name"], description=r["description"], id=r["id"],
                    version=r["version"], family_id=r["family_id"],
                    hire_below=r.get("hire_below"), no_hire_above=r.get("no_hire_above"),
                    competencies=self.competencies(role_id))

    def competencies(self, role_id: str) -> list[Competency]:
        """The competencies of one role version, with weights and anchors, in order."""
        anchors = {(a["competency_id"], a["point"]): a["text"] for a in self.db.query(
            "SELECT a.competency_id, a.point, a.text FROM competency_anchors a "
            "JOIN competencies c ON c.id = a.competency_id WHERE c.role_id = ?", [role_id])}
        rows = self.db.query(
            "SELECT * FROM competencies WHERE role_id = ? ORDER BY position", [role_id])
        return [_competency_from_row(r, anchors) for r in rows]

    def all(self) -> list[Role]:
        """The newest version of every role, by name."""
        rows = self.db.query(
            "SELECT id FROM roles r WHERE version = "
            "(SELECT MAX(version) FROM roles WHERE family_id = r.family_id) "
            "ORDER BY name COLLATE NOCASE")
        return [self.get(r["id"]) for r in rows]

    def versions(self, family_id: str) -> list[Role]:
        rows = self.db.query(
            "SELECT id FROM roles WHERE family_id = ? ORDER BY version", [family_id])
        return [self.get(r["id"]) for r in rows]

    def family_ids(self, role_id: str) -> list[str]:
        """The ids of every version of the role that ``role_id`` is a version of."""
        return [r[0] for r in self.db.execute(
            "SELECT id FROM roles WHERE family_id = "
            "(SELECT family_id FROM roles WHERE id = ?) ORDER BY version", [role_id])]

    def newest_version_ids(self) -> dict[str, str]:
        """Every role version's id -> the id of the newest version of its role."""
        return {r[0]: r[1] for r in self.db.execute(
            "SELECT r.id, n.id FROM roles r JOIN roles n ON n.family_id = r.family_id "
            "AND n.version = (SELECT MAX(version) FROM roles WHERE family_id = r.family_id)")}

    def next_version(self, family_id: str) -> int:
        newest = self.db.execute(
            "SELECT MAX(version) FROM roles WHERE family_id = ?", [family_id]).fetchone()[0]
        return int(newest or 0) + 1

    def sessions_using(self, role_ids: Iterable[str]) -> int:
        ids = list(role_ids)
        placeholders = ",".join("?" for _ in ids) or "''"
        return int(self.db.execute(
            f"SELECT COUNT(*) FROM sessions WHERE role_id IN ({placeholders})",
            ids).fetchone()[0])

    def delete(self, role_id: str) -> None:
        """Delete every version of the role."""
        with self.db.atomic():
            self.db.execute(
                "DELETE FROM roles WHERE family_id = "
                "(SELECT family_id FROM roles WHERE id = ?)", [role_id])

    def exists(self, role_id: str) -> bool:
        return _exists(self.db, "roles", role_id)


# --- kits ------------------------------------------------------------------------------------


def _question_from_row(r: Row) -> Question:
    return Question(
        text=r["text"], qtype=QuestionType(r["qtype"]),
        competency_keys=json.loads(r["competency_keys"]), probes=json.loads(r["probes"]),
        good=r["good"], red_flags=r["red_flags"], minutes=r["minutes"], ref=r["ref"],
        id=r["id"], section_id=r["section_id"], position=r["position"],
        look_fors=json.loads(r["look_fors"]), required=bool(r["required"]),
    )


def _kit_competencies(text: str) -> list[KitCompetency]:
    """The competencies a kit proposes. An older version's import stored whatever a panel file
    said here; what cannot be read as the app writes it reads as none, so the kit still opens
    (its sessions use their role's competencies, not these)."""
    try:
        return [KitCompetency(key=c["key"], name=c["name"], description=c["description"],
                              weight=c["weight"], anchors=tuple(c["anchors"]))
                for c in json.loads(text)]
    except (ValueError, TypeError, KeyError, RecursionError):
        return []


class KitListing(NamedTuple):
    """A kit version as the Kits list shows it: the list held every question of every kit
    to show a name, a version and a length."""

    id: str
    name: str
    version: int
    minutes: int  # of all its questions (Kit.total_minutes)


class QuestionChoice(NamedTuple):
    """A question of a kit's newest version, as a list of questions to link names it."""

    id: str
    text: str
    kit_name: str
    kit_version: int


class KitRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def save(self, kit: Kit) -> None:
        """Store one kit version with exactly its sections and questions."""
        with self.db.atomic():
            _upsert(self.db, "kits", {
                "id": kit.id, "family_id": kit.family_id, "version": kit.version,
                "name": kit.name, "description": kit.description,
                "competencies_json": json.dumps(
                    [{"key": c.key, "name": c.name, "description": c.description,
                      "weight": c.weight, "anchors": list(c.anchors)} for c in kit.competencies],
                    ensure_ascii=False),
            })
            keep_sections = [s.id for s in kit.sections]
            keep_questions = [q.id for q in kit.questions()]
            self._delete_except("questions", kit.id, keep_questions)
            self._delete_except("kit_sections", kit.id, keep_sections)
            for spos, s in enumerate(kit.sections):
                s.position = spos
                _upsert(self.db, "kit_sections", {
                    "id": s.id, "kit_id": kit.id, "position": spos, "title": s.title,
                    "kind": s.kind.value, "guidance": s.guidance})
                for qpos, q in enumerate(s.questions):
                    q.section_id, q.position = s.id, qpos
                    _upsert(self.db, "questions", {
                        "id": q.id, "kit_id": kit.id, "section_id": s.id, "position": qpos,
                        "ref": q.ref, "text": q.text, "qtype": q.qtype.value,
                        "competency_keys": json.dumps(q.competency_keys, ensure_ascii=False),
                        "probes": json.dumps(q.probes, ensure_ascii=False),
                        "good": q.good, "red_flags": q.red_flags, "minutes": q.minutes,
                        "look_fors": json.dumps(q.look_fors, ensure_ascii=False),
                        "required": int(q.required)})

    def _delete_except(self, table: str, kit_id: str, keep: list[str]) -> None:
        placeholders = ",".join("?" for _ in keep) or "''"
        self.db.execute(
            f"DELETE FROM [{table}] WHERE kit_id = ? AND id NOT IN ({placeholders})",
            [kit_id, *keep])

    def get(self, kit_id: str) -> Kit:
        r = _get(self.db, "kits", kit_id, "kit")
        sections = [
            Section(title=s["title"], kind=SectionKind(s["kind"]), guidance=s["guidance"],
                    id=s["id"], position=s["position"])
            for s in self.db.query(
                "SELECT * FROM kit_sections WHERE kit_id = ? ORDER BY position", [kit_id])
        ]
        by_section = {s.id: s for s in sections}
        for q in self.db.query(
                "SELECT * FROM questions WHERE kit_id = ? ORDER BY position", [kit_id]):
            by_section[q["section_id"]].questions.append(_question_from_row(q))
        return Kit(name=r["name"], description=r["description"], sections=sections,
                   competencies=_kit_competencies(r["competencies_json"]),
                   version=r["version"], id=r["id"], family_id=r["family_id"])

    def latest_versions(self) -> list[Kit]:
        """The newest version of every kit family, by name."""
        rows = self.db.query(
            "SELECT id FROM kits k WHERE version = "
            "(SELECT MAX(version) FROM kits WHERE family_id = k.family_id) "
            "ORDER BY name COLLATE NOCASE")
        return [self.get(r["id"]) for r in rows]

    def listing(self) -> list[KitListing]:
        """What :meth:`latest_versions` lists, in its order, in one statement."""
        return [KitListing(*r) for r in self.db.execute(
            "SELECT id, name, version, "
            "(SELECT COALESCE(SUM(minutes), 0) FROM questions WHERE kit_id = k.id) "
            "FROM kits k WHERE version = "
            "(SELECT MAX(version) FROM kits WHERE family_id = k.family_id) "
            "ORDER BY name COLLATE NOCASE")]

    def question_choices(self) -> list[QuestionChoice]:
        """Every question of the kits :meth:`listing` lists, kit by kit in its order, each
        kit's in the order it asks them, in one statement (not every kit read in full)."""
        return [QuestionChoice(*r) for r in self.db.execute(
            "SELECT q.id, q.text, k.name, k.version FROM kits k "
            "JOIN kit_sections s ON s.kit_id = k.id JOIN questions q ON q.section_id = s.id "
            "WHERE k.version = (SELECT MAX(version) FROM kits WHERE family_id = k.family_id) "
            "ORDER BY k.name COLLATE NOCASE, k.id, s.position, q.position")]

    def is_used(self, kit_id: str) -> bool:
        return bool(self.db.execute(
            "SELECT 1 FROM sessions WHERE kit_id = ? LIMIT 1", [kit_id]).fetchone())

    def question(self, question_id: str) -> Question:
        return _question_from_row(_get(self.db, "questions", question_id, "question"))

    def exists(self, kit_id: str) -> bool:
        return _exists(self.db, "kits", kit_id)

    def versions(self, family_id: str) -> list[Kit]:
        """Every version of one kit, oldest first."""
        rows = self.db.query(
            "SELECT id FROM kits WHERE family_id = ? ORDER BY version", [family_id])
        return [self.get(r["id"]) for r in rows]

    def newest_version(self, family_id: str) -> int:
        """The highest version number of the family (0 when it has none yet)."""
        newest = self.db.execute(
            "SELECT MAX(version) FROM kits WHERE family_id = ?", [family_id]).fetchone()[0]
        return int(newest or 0)

    def delete(self, kit_id: str) -> None:
        """Delete one kit version; concerns that pointed at its questions lose the link."""
        with self.db.atomic():
            self.db.execute("DELETE FROM kits WHERE id = ?", [kit_id])


# --- candidates ------------------------------------------------------------------------------


def _candidates_matching(search: str) -> tuple[str, list[str]]:
    """The WHERE clause (and its parameters) of the candidates whose name, e-mail, role
    name, summary or concerns hold every word of ``search`` (the last also as a prefix),
    through Find's index; every candidate for a search of no words."""
    match = match_expression(search, min_prefix=2)
    if match is None:
        return "", []
    fts = FIND_TABLES["candidates"][0]
    return f"WHERE rowid IN (SELECT rowid FROM {fts} WHERE {fts} MATCH ?) ", [match]


class CandidateListing(NamedTuple):
    """A candidate as the Candidates list shows it: a tuple, not the dossier. Years of
    candidates are thousands of rows, and their summaries and concerns took most of the
    page's memory while the list shows a name and a role."""

    id: str
    name: str
    role_id: str | None  # the newest version of the role applied for


class CandidateRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def save(self, cand: Candidate) -> None:
        with self.db.atomic():
            _upsert(self.db, "candidates", {
                "id": cand.id, "name": cand.name, "email": cand.email, "phone": cand.phone,
                "role_id": cand.role_id, "stage": cand.stage,
                "first_round_summary": cand.first_round_summary})
            keep = [c.id for c in cand.concerns]
            placeholders = ",".join("?" for _ in keep) or "''"
            self.db.execute(
                f"DELETE FROM concerns WHERE candidate_id = ? AND id NOT IN ({placeholders})",
                [cand.id, *keep])
            for pos, c in enumerate(cand.concerns):
                c.candidate_id, c.position = cand.id, pos
                _upsert(self.db, "concerns", {
                    "id": c.id, "candidate_id": cand.id, "position": pos, "text": c.text,
                    "question_id": c.question_id, "lead_only": int(c.lead_only),
                    "raised_in_session_id": c.raised_in_session_id})

    def get(self, candidate_id: str) -> Candidate:
        found = self.get_many([candidate_id])
        if candidate_id not in found:
            raise NotFoundError("candidate", candidate_id)
        return found[candidate_id]

    def get_many(self, candidate_ids: Iterable[str]) -> dict[str, Candidate]:
        """The candidates with these ids (unknown ids are left out), in three statements
        whatever their number: lists of thousands must not cost a query per row."""
        ids = ids_param(candidate_ids)
        concerns: dict[str, list[Concern]] = {}
        for c in self.db.query(
                f"SELECT * FROM concerns WHERE {in_ids('candidate_id')} "
                "ORDER BY candidate_id, position", [ids]):
            concerns.setdefault(c["candidate_id"], []).append(Concern(
                text=c["text"], question_id=c["question_id"], lead_only=bool(c["lead_only"]),
                id=c["id"], candidate_id=c["candidate_id"], position=c["position"],
                raised_in_session_id=c.get("raised_in_session_id")))
        # The role applied for is the role, not a version of it: its newest version.
        newest = RoleRepository(self.db).newest_version_ids()
        return {r["id"]: Candidate(
            name=r["name"], role_id=newest.get(r["role_id"]) if r["role_id"] else None,
            email=r["email"], phone=r["phone"], stage=r["stage"],
            first_round_summary=r["first_round_summary"], concerns=concerns.get(r["id"], []),
            id=r["id"])
            for r in self.db.query(f"SELECT * FROM candidates WHERE {in_ids('id')}", [ids])}

    def find(self, search: str = "") -> list[Candidate]:
        """Candidates by name; ``search`` matches the words of the name, e-mail, role name,
        summary and concerns through Find's index (the last word also as a prefix)."""
        ids = [c.id for c in self.listing(search)]
        found = self.get_many(ids)  # in a fixed number of statements, not one get per row
        return [found[i] for i in ids if i in found]

    def listing(self, search: str = "") -> list[CandidateListing]:
        """What :meth:`find` finds, in the same order, as list rows."""
        return self._listing(*_candidates_matching(search))

    def listing_of(self, candidate_ids: Iterable[str]) -> dict[str, CandidateListing]:
        """The list rows of these candidates (unknown ids are left out), in one statement."""
        return {c.id: c for c in self._listing(f"WHERE {in_ids('id')} ",
                                               [ids_param(candidate_ids)])}

    def _listing(self, where: str, params: list[str]) -> list[CandidateListing]:
        # The role applied for is the role, not a version of it: its newest version.
        newest = RoleRepository(self.db).newest_version_ids()
        return [CandidateListing(i, name, newest.get(role_id) if role_id else None)
                for i, name, role_id in self.db.execute(
                    f"SELECT id, name, role_id FROM candidates {where}"
                    "ORDER BY name COLLATE NOCASE", params)]

    def delete(self, candidate_id: str) -> None:
        with self.db.atomic():
            self.db.execute("DELETE FROM candidates WHERE id = ?", [candidate_id])

    def exists(self, candidate_id: str) -> bool:
        return _exists(self.db, "candidates", candidate_id)


# --- sessions and panel ----------------------------------------------------------------------


def _session_from_row(r: Row) -> Session:
    return Session(candidate_id=r["candidate_id"], role_id=r["role_id"], kit_id=r["kit_id"],
                   scheduled_at=r["scheduled_at"], location=r["location"],
                   planned_minutes=r["planned_minutes"], status=SessionStatus(r["status"]),
                   id=r["id"], follow_up_of=r.get("follow_up_of"))


class SessionRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def save(self, session: Session) -> None:
        _upsert(self.db, "sessions", {
            "id": session.id, "candidate_id": session.candidate_id, "role_id": session.role_id,
            "kit_id": session.kit_id, "scheduled_at": session.scheduled_at,
            "location": session.location, "planned_minutes": session.planned_minutes,
            "status": session.status.value, "follow_up_of": session.follow_up_of})

    def get(self, session_id: str) -> Session:
        return _session_from_row(_get(self.db, "sessions", session_id, "session"))

    def row(self, session_id: str) -> Row:
        """The raw row, with the live-view fields (timer, current question, seal)."""
        return _get(self.db, "sessions", session_id, "session")

    def update_fields(self, session_id: str, **fields: Any) -> None:
        fields["updated_at"] = utc_now()
        if not self.db.update("sessions", session_id, fields):
            raise NotFoundError("session", session_id)

    def all(self) -> list[Session]:
        return [_session_from_row(r) for r in self.db.query(
            "SELECT * FROM sessions ORDER BY scheduled_at DESC, id")]

    def overview(self) -> list[SessionSummary]:
        """One row per session with candidate and role names, for lists and the CLI."""
        return session_overview(self.db.conn)

    def choices(self, keep: str | None = None) -> list[SessionChoice]:
        """Every session past planning, and ``keep`` whatever its status (for choosers)."""
        return session_choices(self.db.conn, keep)

    def count_using(self, column: Literal["kit_id", "candidate_id"], ident: str) -> int:
        """How many sessions use this kit version or candidate (roles: RoleRepository)."""
        return int(self.db.execute(
            f"SELECT COUNT(*) FROM sessions WHERE {column} = ?", [ident]).fetchone()[0])

    def status(self, session_id: str) -> SessionStatus | None:
        """The session's status, or ``None`` when there is no such session."""
        row = self.db.execute("SELECT status FROM sessions WHERE id = ?",
                              [session_id]).fetchone()
        return SessionStatus(row[0]) if row else None

    def delete(self, session_id: str) -> None:
        with self.db.atomic():
            self.db.execute("DELETE FROM sessions WHERE id = ?", [session_id])

    def save_panel(self, session_id: str, panelists: Iterable[Panelist]) -> None:
        panel = list(panelists)
        with self.db.atomic():
            keep = [p.id for p in panel]
            placeholders = ",".join("?" for _ in keep) or "''"
            self.db.execute(
                f"DELETE FROM panelists WHERE session_id = ? AND id NOT IN ({placeholders})",
                [session_id, *keep])
            for pos, p in enumerate(panel):
                p.session_id, p.position = session_id, pos
                _upsert(self.db, "panelists", {
                    "id": p.id, "session_id": session_id, "position": pos, "name": p.name,
                    "panel_role": p.panel_role, "is_lead": int(p.is_lead)})

    def panel(self, session_id: str) -> list[Panelist]:
        return self.panels([session_id]).get(session_id, [])

    def panels(self, session_ids: Iterable[str]) -> dict[str, list[Panelist]]:
        """Each session's panel in order, in one statement."""
        out: dict[str, list[Panelist]] = {}
        for pid, sid, name, panel_role, is_lead, position in self.db.execute(
                "SELECT id, session_id, name, panel_role, is_lead, position FROM panelists "
                f"WHERE {in_ids('session_id')} ORDER BY session_id, position",
                [ids_param(session_ids)]):
            out.setdefault(sid, []).append(Panelist(
                name=name, panel_role=panel_role, is_lead=bool(is_lead), id=pid,
                session_id=sid, position=position))
        return out

    def rows(self, session_ids: Iterable[str]) -> dict[str, Row]:
        """The raw rows (see ``row``) of these sessions, in one statement."""
        return {r["id"]: r for r in self.db.query(
            f"SELECT * FROM sessions WHERE {in_ids('id')}", [ids_param(session_ids)])}

    def assign(self, session_id: str, assignments: dict[str, str]) -> None:
        """Replace the question → panelist assignments of a session."""
        with self.db.atomic():
            self.db.execute("DELETE FROM assignments WHERE session_id = ?", [session_id])
            for question_id, panelist_id in assignments.items():
                self.db.insert("assignments", _stamp({
                    "id": f"{session_id}:{question_id}", "session_id": session_id,
                    "question_id": question_id, "panelist_id": panelist_id}))

    def assignments(self, session_id: str) -> dict[str, str]:
        return self.assignments_of([session_id]).get(session_id, {})

    def assignments_of(self, session_ids: Iterable[str]) -> dict[str, dict[str, str]]:
        """Question -> panelist of each session, in one statement."""
        out: dict[str, dict[str, str]] = {}
        # Tuples, not dicts: a role's thousand sessions have tens of thousands.
        for sid, question_id, panelist_id in self.db.execute(
                "SELECT session_id, question_id, panelist_id FROM assignments "
                f"WHERE {in_ids('session_id')}", [ids_param(session_ids)]):
            out.setdefault(sid, {})[question_id] = panelist_id
        return out


# --- notes -----------------------------------------------------------------------------------


def _note_from_row(r: Row) -> Note:
    return Note(session_id=r["session_id"], panelist_id=r["panelist_id"],
                question_id=r["question_id"], text=r["text"], situation=r["situation"],
                task=r["task"], action=r["action"], result=r["result"],
                competency_keys=json.loads(r["competency_keys"]), state=NoteState(r["state"]),
                id=r["id"], updated_at=r["updated_at"])


class NoteRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def save(self, note: Note, seconds_spent: int | None = None) -> None:
        """Insert or update the one note per (session, panelist, question).

        One statement, so the autosave writer never holds a transaction open across a read.
        A note already stored under another id keeps that id (``note.id`` is set to it).
        ``seconds_spent`` (time at the question so far) is kept as stored when ``None``.
        """
        with self.db.atomic():
            stored = self.db.conn.execute(_NOTE_UPSERT, {
                "id": note.id, "session_id": note.session_id, "panelist_id": note.panelist_id,
                "question_id": note.question_id, "text": note.text,
                "situation": note.situation, "task": note.task, "action": note.action,
                "result": note.result,
                "competency_keys": json.dumps(note.competency_keys, ensure_ascii=False),
                "state": note.state.value, "seconds_spent": seconds_spent,
                "now": utc_now()}).fetchone()
        note.id = stored[0]

    def note_id(self, session_id: str, panelist_id: str, question_id: str) -> str | None:
        row = self.db.execute(
            "SELECT id FROM notes WHERE session_id = ? AND panelist_id = ? AND question_id = ?",
            [session_id, panelist_id, question_id]).fetchone()
        return row[0] if row else None

    def seconds_spent(self, session_id: str, panelist_id: str) -> dict[str, int]:
        """How long this panelist has spent at each question (by question id)."""
        return {r["question_id"]: r["seconds_spent"] for r in self.db.query(
            "SELECT question_id, seconds_spent FROM notes WHERE session_id = ? "
            "AND panelist_id = ?", [session_id, panelist_id])}

    def add_many(self, notes: Iterable[Note]) -> None:
        """Insert many new notes in one transaction (bulk loads such as the benchmark data).

        A note's ``updated_at``, when set, is kept as both of its stamps: the notes of a past
        interview were written then, not when they were loaded.
        """
        now = utc_now()
        rows = ({"id": n.id, "session_id": n.session_id, "panelist_id": n.panelist_id,
                 "question_id": n.question_id, "text": n.text, "situation": n.situation,
                 "task": n.task, "action": n.action, "result": n.result,
                 "competency_keys": json.dumps(n.competency_keys, ensure_ascii=False),
                 "state": n.state.value, "seconds_spent": 0,
                 "created_at": n.updated_at or now, "updated_at": n.updated_at or now}
                for n in notes)
        with self.db.atomic():
            self.db.insert_all("notes", rows)

    def for_sessions(self, session_ids: Iterable[str]) -> dict[str, list[Note]]:
        """Each session's notes, oldest first, in one statement."""
        out: dict[str, list[Note]] = {}
        for r in self.db.query(f"SELECT * FROM notes WHERE {in_ids('session_id')} "
                               "ORDER BY created_at", [ids_param(session_ids)]):
            out.setdefault(r["session_id"], []).append(_note_from_row(r))
        return out

    def for_session(self, session_id: str, panelist_id: str | None = None) -> list[Note]:
        sql = "SELECT * FROM notes WHERE session_id = ?"
        params: list[Any] = [session_id]
        if panelist_id is not None:
            sql += " AND panelist_id = ?"
            params.append(panelist_id)
        return [_note_from_row(r) for r in self.db.query(sql + " ORDER BY created_at", params)]

    def search(self, text: str, limit: int = 50, newest: int = 200) -> list[Note]:
        """Notes holding every word of ``text`` (taken as words, as Find takes them) in any
        part, best bm25 first: at most ``limit``, ranked among the ``newest`` matches."""
        match = match_expression(text, min_prefix=None)  # whole words (see domain.search)
        if match is None:
            return []
        rows = self.db.query(
            "SELECT notes.* FROM (SELECT rowid, bm25(notes_fts) AS score FROM notes_fts "
            "WHERE notes_fts MATCH ? ORDER BY rowid DESC LIMIT ?) AS hits "
            "JOIN notes ON notes.rowid = hits.rowid ORDER BY hits.score LIMIT ?",
            [match, newest, limit])
        return [_note_from_row(r) for r in rows]


_NOTE_UPSERT = """
INSERT INTO notes (id, session_id, panelist_id, question_id, text, situation, task, action,
                   result, competency_keys, state, seconds_spent, created_at, updated_at)
VALUES (:id, :session_id, :panelist_id, :question_id, :text, :situation, :task, :action,
        :result, :competency_keys, :state, COALESCE(:seconds_spent, 0), :now, :now)
ON CONFLICT (session_id, panelist_id, question_id) DO UPDATE SET
    text = excluded.text, situation = excluded.situation, task = excluded.task,
    action = excluded.action, result = excluded.result,
    competency_keys = excluded.competency_keys, state = excluded.state,
    seconds_spent = COALESCE(:seconds_spent, notes.seconds_spent),
    updated_at = excluded.updated_at
RETURNING id
"""


# --- scorecards and decisions ----------------------------------------------------------------


class ScorecardRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def save(self, card: Scorecard) -> None:
        existing = self.db.execute(
            "SELECT id FROM scorecards WHERE session_id = ? AND panelist_id = ?",
            [card.session_id, card.panelist_id]).fetchone()
        if existing:
            card.id = existing[0]
        with self.db.atomic():
            _upsert(self.db, "scorecards", {
                "id": card.id, "session_id": card.session_id, "panelist_id": card.panelist_id,
                "recommendation": card.recommendation.value if card.recommendation else None,
                "takeaways": card.takeaways, "submitted_at": card.submitted_at})
            self.db.execute("DELETE FROM ratings WHERE scorecard_id = ?", [card.id])
            for cid, r in card.ratings.items():
                self.db.insert("ratings", _stamp({
                    "id": f"{card.id}:{cid}", "scorecard_id": card.id, "competency_id": cid,
                    "rating": r.rating, "no_evidence": int(r.no_evidence),
                    "evidence": r.evidence}))

    def for_session(self, session_id: str) -> list[Scorecard]:
        return self.for_sessions([session_id]).get(session_id, [])

    def for_sessions(self, session_ids: Iterable[str]) -> dict[str, list[Scorecard]]:
        """Each session's scorecards with their ratings, in two statements."""
        ids = ids_param(session_ids)
        ratings: dict[str, dict[str, Rating]] = {}
        # Tuples, not dicts: a role's thousand sessions have tens of thousands.
        for card_id, cid, rating, no_evidence, evidence in self.db.execute(
                "SELECT t.scorecard_id, t.competency_id, t.rating, t.no_evidence, t.evidence "
                "FROM ratings t JOIN scorecards k ON k.id = t.scorecard_id "
                f"WHERE {in_ids('k.session_id')} ORDER BY t.scorecard_id, t.competency_id",
                [ids]):
            ratings.setdefault(card_id, {})[cid] = Rating(
                competency_id=cid, rating=rating, no_evidence=bool(no_evidence),
                evidence=evidence)
        cards: dict[str, list[Scorecard]] = {}
        for card_id, sid, pid, rec, takeaways, submitted_at in self.db.execute(
                "SELECT id, session_id, panelist_id, recommendation, takeaways, submitted_at "
                f"FROM scorecards WHERE {in_ids('session_id')} "
                "ORDER BY session_id, panelist_id", [ids]):
            cards.setdefault(sid, []).append(Scorecard(
                session_id=sid, panelist_id=pid, ratings=ratings.get(card_id, {}),
                recommendation=Recommendation(rec) if rec else None, takeaways=takeaways,
                submitted_at=submitted_at, id=card_id))
        return cards


class DecisionRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def save(self, d: Decision) -> None:
        existing = self.db.execute(
            "SELECT id FROM decisions WHERE session_id = ?", [d.session_id]).fetchone()
        if existing:
            d.id = existing[0]
        with self.db.atomic():
            _upsert(self.db, "decisions", {
                "id": d.id, "session_id": d.session_id, "outcome": d.outcome.value,
                "rationale": d.rationale, "decided_by": d.decided_by,
                "decided_at": d.decided_at or utc_now(), "follow_up_due": d.follow_up_due,
                "candidate_informed_at": d.candidate_informed_at,
                "override_reason": d.override_reason,
                "overridden_composite": d.overridden_composite})

    def for_session(self, session_id: str) -> Decision | None:
        return self.for_sessions([session_id]).get(session_id)

    def for_sessions(self, session_ids: Iterable[str]) -> dict[str, Decision]:
        """The decisions of those of these sessions that have one, in one statement."""
        return {r["session_id"]: Decision(
            session_id=r["session_id"], outcome=Outcome(r["outcome"]),
            rationale=r["rationale"], decided_by=r["decided_by"], decided_at=r["decided_at"],
            follow_up_due=r["follow_up_due"], candidate_informed_at=r["candidate_informed_at"],
            id=r["id"], override_reason=r.get("override_reason") or "",
            overridden_composite=r.get("overridden_composite"))
            for r in self.db.query(f"SELECT * FROM decisions WHERE {in_ids('session_id')}",
                                   [ids_param(session_ids)])}
