"""Hand out a session, hand back one panelist's work, merge the files: all in one transaction.

Merge rules (documented in docs/panel-files.md):

* Every file is signed (``exchange.signing``). The first file from a sender of a session (its
  lead, or one panelist) pins that key on this laptop; a later file from the same sender
  signed by another key is refused (trust on first use). A session made on this laptop
  speaks only with this laptop's key.
* Every row has a global id and an owner: the lead owns what a panel file carries, the
  panelist named in a return file owns every row in it. A file that would write a row owned
  by someone else, or belonging to another session, is refused whole; so is an id this
  database holds in another table.
* A panel file creates a session with its kit, role version and dossier, and then changes
  only that session's lead-owned rows: never a frozen kit version or a used role version,
  never the candidate of a session another lead runs here, never a session decided here;
  it never decides or unseals a session (those are seal and decision events made here).
* A row is replaced only by a *newer* version: versions are ordered by ``updated_at`` and,
  on a tie, by the SHA-256 of the row's content, so the order of imports never matters.
* Rows that are unique on a natural key (notes per session × panelist × question, a concern
  check per session × concern, a scorecard per session × panelist) merge on that key even
  when two laptops minted different ids: the newest content wins and the smaller id is kept,
  so both import orders give the same database.
* A session's question assignments are one decision of the lead's: the newest set replaces
  the older one whole.
* A submitted scorecard beats a draft and is never changed by an import; two different
  submitted scorecards for the same panelist are a *conflict*: the one already here stays and
  the other is reported every time its file is imported, never dropped silently.
* The candidate's consent to transcription is the lead's: it travels in the panel file.
  A panelist's transcript segments and the quotes pinned from them travel in their return
  file only when that consent lets them go to the lead, and are refused without it. Segments
  the panelist deleted travel as tombstones (ids only): an import deletes those segments,
  and no file, older or newer, brings them back.
* Nothing else is deleted by an import.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from interview_desk.domain import clock
from interview_desk.domain.model import SessionStatus, is_plausible
from interview_desk.domain.scale import SCALE
from interview_desk.exchange.csv_export import scorecard_table, write_csv
from interview_desk.exchange.panel_file import (
    ExchangeFile,
    ExchangeFileError,
    FileKind,
    canonical_json,
    read_file,
    write_file,
)
from interview_desk.exchange.signing import SigningKey, code_of, load_key
from interview_desk.exchange.tables import COLUMNS, PANEL_ORDER, RETURN_ORDER, TRANSCRIPT_LISTS
from interview_desk.exchange.validate import check_file
from interview_desk.paths import signing_key_path
from interview_desk.services.debrief import DebriefService
from interview_desk.services.exchange_report import FileReport, ImportReport, WaitingFile
from interview_desk.services.scorecards import ScorecardService
from interview_desk.storage.errors import NotFoundError, ValidationError
from interview_desk.storage.exchange_rows import ExchangeRows
from interview_desk.storage.handle import Database
from interview_desk.storage.signer_pins import LEAD, SignerPin, SignerPins

Row = dict[str, Any]
Progress = Callable[[int, str], None]

# Rows unique on a natural key merge on it (see the module docstring).
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "notes": ("session_id", "panelist_id", "question_id"),
    "concern_checks": ("session_id", "concern_id"),
    "look_for_ticks": ("session_id", "panelist_id", "question_id", "look_for"),
}
# Columns an existing row must already have for a file to update it (its parent and owner).
# (Role versions, with their competencies and anchors, merge whole: _merge_role_version.)
IDENTITY: dict[str, tuple[str, ...]] = {
    "kit_sections": ("kit_id",),
    "questions": ("kit_id", "section_id"),
    "candidates": (),
    "concerns": ("candidate_id",),
    "sessions": ("candidate_id", "role_id", "kit_id"),
    "panelists": ("session_id",),
    "kits": ("family_id",),
    "adhoc_questions": ("session_id", "panelist_id"),
    "notes": ("session_id", "panelist_id", "question_id"),
    "flags": ("session_id", "panelist_id"),
    "candidate_questions": ("session_id", "panelist_id"),
    # One check per concern and session, whoever made it: the newest stands (see the docs).
    "concern_checks": ("session_id", "concern_id"),
    "look_for_ticks": ("session_id", "panelist_id", "question_id", "look_for"),
    "scorecards": ("session_id", "panelist_id"),
    "transcript_segments": ("session_id", "panelist_id"),
    "transcript_pins": ("session_id", "panelist_id", "segment_id"),
}
# Other unique keys: a different row already holding one is a clash the file cannot settle.
UNIQUE_ELSEWHERE: dict[str, tuple[str, ...]] = {
    "competencies": ("role_id", "key"),
    "kits": ("family_id", "version"),
}
_WHAT = {
    "roles": "role", "competencies": "competency", "kits": "kit", "kit_sections": "section",
    "questions": "question", "candidates": "candidate", "concerns": "concern",
    "sessions": "session", "panelists": "panelist", "assignments": "assignment",
    "adhoc_questions": "ad-hoc question", "notes": "note", "flags": "flag",
    "candidate_questions": "candidate question", "concern_checks": "concern check",
    "look_for_ticks": "look-for tick", "scorecards": "scorecard", "ratings": "rating",
    "transcript_segments": "transcript segment", "transcript_pins": "pinned quote",
    "transcript_deletions": "deleted transcript segment",
}


class ExchangeService:
    def __init__(self, db: Database, key_path: Path | None = None) -> None:
        self.db = db
        self.rows = ExchangeRows(db, COLUMNS)
        self.pins = SignerPins(db)
        # None: the data folder's key, looked up when first needed (tests point it elsewhere).
        self.key_path = key_path
        self._key: SigningKey | None = None

    # --- this laptop's key and the keys it trusts ----------------------------------------

    def signing_key(self) -> SigningKey:
        """This laptop's signing key, made (owner-only, in the data folder) on first use."""
        if self._key is None:
            self._key = load_key(self.key_path or signing_key_path())
        return self._key

    def own_code(self) -> str:
        """This laptop's return-file code, to read out to the other side."""
        return self.signing_key().code

    def signer_pins(self) -> list[SignerPin]:
        return self.pins.all()

    def confirm_code(self, session_id: str, party: str, code: str | None = None) -> SignerPin:
        """Mark the key pinned for a sender confirmed (the codes were compared aloud).

        With ``code``, it must be the pinned key's code (the command line types it in).
        """
        pin = self.pins.get(session_id, party)
        if pin is None or pin.forgotten:
            since = " since its key was forgotten" if pin else ""
            raise ValidationError(f"No file from {party} for session {session_id} was imported "
                                  f"here{since}: there is no code to confirm yet.")
        if code is not None and _plain(code) != _plain(code_of(pin.public_key)):
            raise ValidationError(
                f"The code {code} is not the code of the key pinned for {pin.who or party} "
                f"({code_of(pin.public_key)}): do not confirm it; the files may be forged.")
        with self.db.atomic():
            self.pins.confirm(session_id, party, clock.now().isoformat())
        confirmed = self.pins.get(session_id, party)
        assert confirmed is not None
        return confirmed

    def forget_code(self, session_id: str, party: str) -> SignerPin:
        """Forget the key pinned for a sender of a session (they moved to another laptop):
        the next file from them pins its key again, as a first file would. Nothing else
        changes; what their earlier files brought stays."""
        pin = self.pins.get(session_id, party)
        if pin is None or pin.forgotten:
            raise ValidationError(f"No key is pinned for {party} in session {session_id}: "
                                  "there is nothing to forget.")
        with self.db.atomic():
            self.pins.forget(session_id, party)
        return pin

    def led_elsewhere(self, session_id: str) -> bool:
        """Whether the session came here in a panel file from its lead's laptop (the key
        pinned for its lead is another laptop's): what is the lead's to record, such as the
        candidate's consent, comes from there."""
        pin = self.pins.get(session_id, LEAD)
        return pin is not None and pin.public_key != self.signing_key().public_key

    def sender_known(self, doc: ExchangeFile) -> bool:
        """Whether a file may be imported without asking: its key is this laptop's, is
        pinned for the same sender of the same session, or had its code confirmed here."""
        key = doc.signer
        if key == self.signing_key().public_key or self.pins.key_confirmed(key):
            return True
        session_id, party = _sender(doc)
        pin = self.pins.get(session_id, party)
        return pin is not None and not pin.forgotten

    def waiting_file(self, path: Path, doc: ExchangeFile) -> WaitingFile:
        session_id, party = _sender(doc)
        if doc.kind is FileKind.PANEL:
            what = f"panel file for {doc.payload['candidate']['name']}"
        else:
            panelist = self.rows.get("panelists", party)
            session = self.rows.get("sessions", session_id)
            cand = self.rows.get("candidates", session["candidate_id"]) if session else None
            what = (f"return file of {panelist['name'] if panelist else 'an unknown panelist'}"
                    f" — {cand['name'] if cand else 'an unknown session'}")
        return WaitingFile(path, doc, what, code_of(doc.signer))

    # --- export ------------------------------------------------------------------------------

    def panel_payload(self, session_id: str) -> dict[str, Any]:
        """Everything a panelist needs to run the session, minus lead-only concerns."""
        session = self._one("sessions", session_id)
        candidate = self._one("candidates", session["candidate_id"])
        role_ids = sorted({session["role_id"], candidate["role_id"]} - {None})
        competencies = self.rows.select("competencies", {"role_id": role_ids})
        return {
            "session": session,
            "roles": [self._one("roles", r) for r in role_ids],
            "competencies": competencies,
            "competency_anchors": self.rows.anchors([c["id"] for c in competencies]),
            "kit": self._one("kits", session["kit_id"]),
            "kit_sections": self.rows.select("kit_sections", {"kit_id": session["kit_id"]}),
            "questions": self.rows.select("questions", {"kit_id": session["kit_id"]}),
            "candidate": candidate,
            "concerns": self.rows.select("concerns", {"candidate_id": candidate["id"],
                                                      "lead_only": 0}),
            "panelists": self.rows.select("panelists", {"session_id": session_id}),
            "assignments": self.rows.select("assignments", {"session_id": session_id}),
            "transcript_consent": self._consent(session_id),
        }

    def return_payload(self, session_id: str, panelist_id: str) -> dict[str, Any]:
        """One panelist's own work in one session, and nothing else."""
        self._one("sessions", session_id)
        panelist = self._one("panelists", panelist_id)
        if panelist["session_id"] != session_id:
            raise ValidationError(f"Panelist {panelist['name']} is not on this session's panel.")
        owned = {"session_id": session_id, "panelist_id": panelist_id}
        cards = self.rows.select("scorecards", owned)
        return {
            "session_id": session_id, "panelist_id": panelist_id,
            "adhoc_questions": self.rows.select("adhoc_questions", owned),
            "notes": self.rows.select("notes", owned),
            "flags": self.rows.select("flags", owned),
            "candidate_questions": self.rows.select("candidate_questions", owned),
            "concern_checks": self.rows.select("concern_checks", owned),
            "look_for_ticks": self.rows.select("look_for_ticks", owned),
            "scorecard": cards[0] if cards else None,
            "ratings": self.rows.select("ratings", {"scorecard_id": cards[0]["id"]})
            if cards else [],
            **self._transcript(session_id, panelist_id),
        }

    def _consent(self, session_id: str) -> Row | None:
        rows = self.rows.select("transcript_consents", {"session_id": session_id})
        return rows[0] if rows else None

    def _transcript(self, session_id: str, panelist_id: str) -> dict[str, list[Row]]:
        """What this panelist's laptop heard, and the quotes they pinned from it, only when
        the candidate's consent lets transcripts go to the lead; the ids of the segments they
        deleted, always (a deletion says no words). Audio never travels."""
        owned = {"session_id": session_id, "panelist_id": panelist_id}
        consent = self._consent(session_id)
        shared = consent is not None and bool(consent["shared_with_lead"])
        segments = self.rows.select("transcript_segments", owned) if shared else []
        heard = {s["id"] for s in segments}
        return {
            "transcript_segments": segments,
            "transcript_pins": [r for r in self.rows.select("transcript_pins", owned)
                                if r["segment_id"] in heard],
            "transcript_deletions": self.rows.select("transcript_deletions", owned),
        }

    def export_panel(self, session_id: str, path: str | Path) -> Path:
        return write_file(path, FileKind.PANEL, self.panel_payload(session_id),
                          self.signing_key())

    def export_return(self, session_id: str, panelist_id: str, path: str | Path) -> Path:
        return write_file(path, FileKind.RETURN, self.return_payload(session_id, panelist_id),
                          self.signing_key())

    def export_csv(self, path: str | Path, *, session_id: str | None = None,
                   role_id: str | None = None) -> int:
        """Write the scorecards and decisions of a session or a role; returns the rows written.

        Rendered from the read model, so the seal and the figures are the debrief's."""
        debrief = DebriefService(self.db, ScorecardService(self.db))
        comps, views = debrief.views_for(session_id=session_id, role_id=role_id)
        header, rows = scorecard_table(comps, views)
        write_csv(path, header, rows)
        return len(rows)

    # --- import ------------------------------------------------------------------------------

    def import_paths(self, paths: Sequence[str | Path],
                     progress: Progress | None = None) -> ImportReport:
        """Read and check every file first, then merge them all in one transaction."""
        docs = []
        for i, p in enumerate(paths):
            if progress:
                progress(int(50 * i / max(len(paths), 1)), f"Checking {Path(p).name}")
            docs.append(read_file(p))
        return self.import_files(docs, progress)

    def import_files(self, docs: Sequence[ExchangeFile],
                     progress: Progress | None = None) -> ImportReport:
        # Panel files first, so a new laptop can take a panel file and returns in one go.
        ordered = sorted(docs, key=lambda d: d.kind is not FileKind.PANEL)
        report = ImportReport()
        current = ""
        own = self.signing_key().public_key
        try:
            with self.db.atomic():
                self.rows.defer_foreign_keys()
                for i, doc in enumerate(ordered):
                    current = doc.source
                    if progress:
                        progress(50 + int(50 * i / max(len(ordered), 1)),
                                 f"Merging {doc.source}")
                    check_file(doc, self.rows)
                    report.files.append(_Merger(self.rows, self.pins, own, doc).run())
        except sqlite3.DatabaseError as exc:
            raise ExchangeFileError(current or "import", f"the database refused it ({exc})") \
                from None
        if progress:
            progress(100, "Done")
        return report

    def import_each(self, paths: Sequence[str | Path]) -> ImportReport:
        """Each file in its own transaction: a refused file is reported, the others merge.

        For a shared folder, where a half-synced file must not hold back the rest, and where
        anyone may drop a file: one from a sender this laptop does not know yet waits for a
        person (``ImportReport.waiting``) instead of being imported.
        """
        docs, report = self.read_each(paths)
        for doc in docs:
            one = self.import_one(doc)
            report.files += one.files
            report.refused += one.refused
        return report

    def read_each(self, paths: Sequence[str | Path]) -> tuple[list[ExchangeFile], ImportReport]:
        """Read and check each file; those from known senders in merge order (panel files
        first), and a report naming those refused and those waiting for a person."""
        report = ImportReport()
        docs = []
        for p in paths:
            try:
                doc = read_file(p)
            except ExchangeFileError as exc:
                report.refused.append(f"{exc.source}: {exc.problem}")
                continue
            if self.sender_known(doc):
                docs.append(doc)
            else:
                report.waiting.append(self.waiting_file(Path(p), doc))
        return sorted(docs, key=lambda d: d.kind is not FileKind.PANEL), report

    def import_one(self, doc: ExchangeFile) -> ImportReport:
        """Merge one checked file in its own transaction; a refusal is reported, not raised."""
        try:
            return self.import_files([doc])
        except ExchangeFileError as exc:
            return ImportReport(refused=[f"{exc.source}: {exc.problem}"])

    # --- helpers -----------------------------------------------------------------------------

    def _one(self, table: str, ident: str) -> Row:
        row = self.rows.get(table, ident)
        if row is None:
            raise NotFoundError(_WHAT[table], ident)
        return row


def _sender(doc: ExchangeFile) -> tuple[str, str]:
    """(session id, party) of the sender a file names: the lead, or its panelist."""
    if doc.kind is FileKind.PANEL:
        return doc.payload["session"]["id"], LEAD
    return doc.payload["session_id"], doc.payload["panelist_id"]


def _plain(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def _when(ts: str) -> datetime:
    """A row's time for ordering versions. An impossible time already stored here (an older
    version's import let it in) orders first, so that the genuine row from a file replaces it
    (files are checked: they hold none)."""
    try:
        dt = datetime.fromisoformat(ts)
    except ValueError:
        return _OLDEST
    dt = dt if dt.tzinfo else dt.replace(tzinfo=UTC)
    return dt if is_plausible(dt) else _OLDEST


_OLDEST = datetime.min.replace(tzinfo=UTC)


def _shown(ts: str) -> str:
    """A timestamp as a person reads it, in UTC to the second."""
    return _when(ts).astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def _digest(value: Any) -> str:
    return hashlib.sha256(canonical_json(value)).hexdigest()


class _Merger:
    """Merges one checked file into the database (inside the caller's transaction)."""

    def __init__(self, rows: ExchangeRows, pins: SignerPins, own_key: str,
                 doc: ExchangeFile) -> None:
        self.rows = rows
        self.pins = pins
        self.own_key = own_key
        self.doc = doc
        self.report = FileReport(source=doc.source, kind=doc.kind,
                                 signer_code=code_of(doc.signer))
        self._pin: tuple[str, str] | None = None  # (session, party) to pin once merged

    def refuse(self, problem: str) -> ExchangeFileError:
        return ExchangeFileError(self.doc.source, problem)

    def run(self) -> FileReport:
        self._check_ids_stay_in_their_tables()
        if self.doc.kind is FileKind.PANEL:
            self._panel()
        else:
            self._return()
        if self._pin is not None:
            self.pins.pin(*self._pin, self.doc.signer, self.doc.source,
                          clock.now().isoformat(), confirmed=self.report.confirmed)
        return self.report

    # --- who sent it ---------------------------------------------------------------------

    def _check_signer(self, session_id: str, party: str, who: str, *,
                      made_here: bool) -> None:
        """The file's key must be the one pinned for its sender; the first one is pinned.

        A session that is here without a pinned lead key was prepared on this laptop (or
        arrived before files were signed): only this laptop's own key speaks for its lead.
        """
        key = self.doc.signer
        self.report.signed_by = who
        pin = self.pins.get(session_id, party)
        if pin is not None and not pin.forgotten:
            if pin.public_key != key:
                raise self.refuse(
                    f"it is signed with the code {code_of(key)}, but the earlier files from "
                    f"{who} for this session were signed with the code "
                    f"{code_of(pin.public_key)}: it may be forged. Compare codes with {who} "
                    "before importing it")
            self.report.confirmed = pin.confirmed or key == self.own_key
            return
        if key == self.own_key:
            self.report.confirmed = True
        elif made_here and pin is None:  # a forgotten lead's session was not made here
            raise self.refuse(
                f"it changes a session that was prepared on this laptop, but it is signed by "
                f"another laptop (code {code_of(key)}); only this laptop may change it")
        else:
            self.report.confirmed = self.pins.key_confirmed(key)
            self.report.first_use = True
        self._pin = (session_id, party)

    def _check_ids_stay_in_their_tables(self) -> None:
        """An id names one row of one table, here and in the file: a file that reuses an id
        this database (or the file itself) holds in another table is refused."""
        by_table = _rows_by_table(self.doc)
        seen: dict[str, str] = {}
        for table, rows in by_table.items():
            for row in rows:
                other = seen.setdefault(row["id"], table)
                if other != table:
                    raise self.refuse(f"{_WHAT[table]} {row['id']} has the id of a "
                                      f"{_WHAT[other]} in the same file; an id names one row")
        for row_id, tables in self.rows.tables_holding(set(seen)).items():
            elsewhere = tables - {seen[row_id]}
            if elsewhere:
                raise self.refuse(
                    f"{_WHAT[seen[row_id]]} {row_id} has the id of a "
                    f"{_WHAT[min(elsewhere)]} already in this database; an id names one row")

    # --- panel files -------------------------------------------------------------------------

    def _panel(self) -> None:
        p = self.doc.payload
        tables: dict[str, list[Row]] = {
            "roles": p["roles"], "competencies": p["competencies"],
            "competency_anchors": p["competency_anchors"], "kits": [p["kit"]],
            "kit_sections": p["kit_sections"], "questions": p["questions"],
            "candidates": [p["candidate"]], "concerns": p["concerns"],
            "sessions": [p["session"]], "panelists": p["panelists"],
            "assignments": p["assignments"]}
        self._check_panel(p, tables)
        session = p["session"]
        here = self._get("sessions", session["id"])
        lead = next((x["name"] for x in p["panelists"] if x["is_lead"]), "")
        self._check_signer(session["id"], LEAD, f"the lead {lead}".rstrip(),
                           made_here=here is not None)
        self.report.session_id = session["id"]
        self.report.description = p["candidate"]["name"]
        self._check_session_change(_normalise("sessions", session), here)
        self._check_kit_frozen(tables)
        self._check_candidate_owned(tables)
        for role in tables["roles"]:
            self._merge_role_version(_normalise("roles", role), [
                _normalise("competencies", c) for c in tables["competencies"]
                if c["role_id"] == role["id"]], tables["competency_anchors"],
                frozen=role["id"] == session["role_id"])
        for table in PANEL_ORDER:
            if table in _ROLE_VERSION_TABLES:
                continue
            if table == "assignments":
                self._merge_assignments([_normalise(table, r) for r in tables[table]])
                continue
            for row in tables[table]:
                self._merge(table, _normalise(table, row))
        if p["transcript_consent"] is not None:
            self._merge_consent(_normalise("transcript_consents", p["transcript_consent"]))
        if here is not None and here["status"] == SessionStatus.DECIDED.value \
                and (self.report.added or self.report.updated):
            raise self.refuse("its session is decided on this laptop; a panel file may not "
                              "change a decided session")

    def _merge_consent(self, incoming: Row) -> None:
        """The candidate's consent to transcription is the lead's record: the newer stands
        (one per session; validated against the candidate before the merge)."""
        table = "transcript_consents"
        here = self.rows.select(table, {"session_id": incoming["session_id"]})
        if not here:
            self.rows.insert(table, incoming)
            self.report.added += 1
        elif self._version(table, here[0]) >= self._version(table, incoming):
            self.report.unchanged += 1
        else:
            self.rows.replace_consent(incoming)
            self.report.updated += 1

    def _check_session_change(self, incoming: Row, here: Row | None) -> None:
        """Deciding and unsealing are events made on a laptop (a decision, a seal event),
        never something a file says."""
        if incoming["status"] == SessionStatus.DECIDED.value and (
                here is None or here["status"] != SessionStatus.DECIDED.value):
            raise self.refuse(f"it sets session {incoming['id']} to decided; a session is "
                              "decided in its debrief, never by a file")
        unsealed = (incoming["unsealed_at"], incoming["unsealed_by"])
        before = (here["unsealed_at"], here["unsealed_by"]) if here else (None, None)
        if unsealed != before:
            raise self.refuse(f"it unseals session {incoming['id']} without a seal event; "
                              "scores are unsealed by the lead in the debrief, never by a file")

    def _check_kit_frozen(self, tables: dict[str, list[Row]]) -> None:
        """A kit version a session uses is frozen: one already here must arrive unchanged."""
        kit = _normalise("kits", tables["kits"][0])
        existing = self._get("kits", kit["id"])
        if existing is None:
            return
        label = f"version {existing['version']} of the kit “{existing['name']}”"
        if existing != kit:
            raise self.refuse(f"it changes {label}, which is frozen: a kit version is never "
                              "rewritten (edits make a new version)")
        for table in ("kit_sections", "questions"):
            here = {r["id"]: r for r in self.rows.select(table, {"kit_id": kit["id"]})}
            incoming = {r["id"]: _normalise(table, r) for r in tables[table]}
            for row_id in sorted(here.keys() | incoming.keys()):
                if here.get(row_id) != incoming.get(row_id):
                    raise self.refuse(
                        f"it changes {_WHAT[table]} {row_id} of {label}, which is frozen: a "
                        "kit version is never rewritten (edits make a new version)")

    def _check_candidate_owned(self, tables: dict[str, list[Row]]) -> None:
        """A candidate here may be changed only by the lead of every session here that is
        theirs (the same key); otherwise the file would rewrite another lead's dossier."""
        cand = _normalise("candidates", tables["candidates"][0])
        if self._get("candidates", cand["id"]) is None:
            return
        session_id = tables["sessions"][0]["id"]
        others = {sid: key for sid, key in
                  self.pins.lead_keys_of_candidate(cand["id"]).items() if sid != session_id}
        if all((key or self.own_key) == self.doc.signer for key in others.values()):
            return
        for table, rows in (("candidates", [cand]), ("concerns", tables["concerns"])):
            for row in rows:
                row = _normalise(table, row)
                existing = self._get(table, row["id"])
                if existing is None and table == "concerns":
                    changes = True
                else:
                    changes = existing is not None and existing != row and \
                        self._version(table, row) > self._version(table, existing)
                if changes:
                    raise self.refuse(
                        f"it changes the {_WHAT[table]} {row['id']} of the candidate "
                        f"“{cand['name']}”, whose other sessions here another lead runs; "
                        "only that lead may change it")

    def _merge_assignments(self, rows: list[Row]) -> None:
        """Who asks which question is one decision of the lead's: the newest set stands whole.

        (Merged row by row, a question the lead took from Bob and gave to Carol would
        linger on Bob's laptop from an older file.) A file without assignments says nothing.
        """
        if not rows:
            return
        here = self.rows.select("assignments", {"session_id": rows[0]["session_id"]})

        def version(rs: list[Row]) -> tuple[datetime, str]:
            ordered = sorted(rs, key=lambda r: str(r["id"]))
            return max(_when(r["updated_at"]) for r in rs), _digest(ordered)

        if here and version(here) >= version(rows):
            self.report.unchanged += len(rows)
            return
        before = {r["id"]: r for r in here}
        self.rows.replace_assignments(rows[0]["session_id"], rows)
        for row in rows:
            if row["id"] not in before:
                self.report.added += 1
            elif before[row["id"]] == row:
                self.report.unchanged += 1
            else:
                self.report.updated += 1

    def _check_panel(self, p: dict[str, Any], tables: dict[str, list[Row]]) -> None:
        for table, rows in tables.items():
            if table == "competency_anchors":
                continue
            ids = [r["id"] for r in rows]
            if len(set(ids)) != len(ids):
                raise self.refuse(f"a {_WHAT[table]} id appears twice")
        s, kit, cand = p["session"], p["kit"], p["candidate"]
        roles = {r["id"] for r in p["roles"]}
        sections = {x["id"] for x in p["kit_sections"]}
        questions = {q["id"] for q in p["questions"]}
        panel = {x["id"] for x in p["panelists"]}

        def need(ok: bool, problem: str) -> None:
            if not ok:
                raise self.refuse(problem)

        need(s["kit_id"] == kit["id"], "the kit is not the one the session uses")
        need(s["candidate_id"] == cand["id"], "the candidate is not the session's candidate")
        need(s["role_id"] in roles, "the session's role is missing")
        need(cand["role_id"] is None or cand["role_id"] in roles,
             "the candidate's role is missing")
        need(all(c["role_id"] in roles for c in p["competencies"]),
             "a competency belongs to a role the file does not carry")
        points: dict[str, list[int]] = {c["id"]: [] for c in p["competencies"]}
        for a in p["competency_anchors"]:
            need(a["competency_id"] in points, "an anchor belongs to a competency the file "
                                               "does not carry")
            points[a["competency_id"]].append(a["point"])
        need(all(sorted(v) == list(SCALE.points) for v in points.values()),
             f"a competency does not have exactly one anchor for each point {SCALE.span}")
        need(all(x["kit_id"] == kit["id"] for x in p["kit_sections"]),
             "a section belongs to another kit")
        need(all(q["kit_id"] == kit["id"] and q["section_id"] in sections
                 for q in p["questions"]), "a question belongs to another kit or section")
        need(all(c["candidate_id"] == cand["id"] for c in p["concerns"]),
             "a concern belongs to another candidate")
        need(all(c["question_id"] is None or c["question_id"] in questions
                 for c in p["concerns"]), "a concern points at a question of another kit")
        need(not any(c["lead_only"] for c in p["concerns"]),
             "it carries a lead-only concern, which panel files never hand out")
        need(all(x["session_id"] == s["id"] for x in p["panelists"]),
             "a panelist belongs to another session")
        need(all(a["session_id"] == s["id"] and a["question_id"] in questions
                 and a["panelist_id"] in panel for a in p["assignments"]),
             "an assignment points outside this session")

    # --- role versions -----------------------------------------------------------------------

    def _merge_role_version(self, role: Row, competencies: list[Row], all_anchors: list[Row],
                            *, frozen: bool) -> None:
        """A role version arrives whole: it is created, or it is exactly the one here.

        A version a session uses (here, or the file's own session) is never rewritten: a
        file that carries it with other competencies, weights or anchors is refused. An
        unused version (a candidate's newer role) follows the newest-wins rule, whole.
        """
        ids = {c["id"] for c in competencies}
        anchors = [a for a in all_anchors if a["competency_id"] in ids]
        rows = 1 + len(competencies) + len(anchors)
        existing = self._get("roles", role["id"])
        if existing is None:
            other = self._by_key("roles", ("family_id", "version"), role)
            if other is not None:
                raise self.refuse(
                    f"its role “{role['name']}” claims version {role['version']} of a role "
                    "that already has a different version "
                    f"{role['version']} here; a role version is never rewritten")
            self._write_role_version(role, competencies, anchors)
            self.report.added += rows
            return
        if (existing["family_id"], existing["version"]) != (role["family_id"],
                                                             role["version"]):
            raise self.refuse(f"role {role['id']} already exists in this database as another "
                              "role or version; the file may not change it")
        here = _role_content(existing, self.rows.select("competencies", {"role_id": role["id"]}),
                             self.rows.anchors(sorted(self.rows.competency_ids(role["id"]))))
        if here == _role_content(role, competencies, anchors):
            self.report.unchanged += rows
            return
        if frozen or self.rows.role_used(role["id"]):
            raise self.refuse(
                f"it carries version {role['version']} of the role “{role['name']}” with "
                "other competencies, weights or anchors than the version already here; a "
                "role version that a session uses is never rewritten")
        if _when(role["updated_at"]) <= _when(existing["updated_at"]):
            self.report.unchanged += rows
            return
        self.rows.delete_competencies(role["id"])
        self.rows.update("roles", role["id"], role)
        self._write_role_version(None, competencies, anchors)
        self.report.updated += rows

    def _write_role_version(self, role: Row | None, competencies: list[Row],
                            anchors: list[Row]) -> None:
        if role is not None:
            self.rows.insert("roles", role)
        for c in competencies:
            if self._get("competencies", c["id"]) is not None:
                raise self.refuse(f"competency {c['id']} already belongs to another role "
                                  "version in this database; the file may not move it")
            self._check_unique("competencies", c)
            self.rows.insert("competencies", c)
        for a in anchors:
            self.rows.insert("competency_anchors", a)

    # --- return files ------------------------------------------------------------------------

    def _return(self) -> None:
        p = self.doc.payload
        sid, pid = p["session_id"], p["panelist_id"]
        session = self._get("sessions", sid)
        if session is None:
            raise self.refuse(f"its session {sid} is not in this database; import the session's "
                              "panel file first")
        panelist = self._get("panelists", pid)
        if panelist is None or panelist["session_id"] != sid:
            raise self.refuse(f"its panelist {pid} is not on this session's panel")
        self._check_signer(sid, pid, panelist["name"], made_here=False)
        self.report.session_id = sid
        cand = self._get("candidates", session["candidate_id"])
        self.report.description = f"{panelist['name']} — {cand['name'] if cand else ''}"
        self._check_return(p, session)
        for table in RETURN_ORDER:
            for row in p[table]:
                self._merge(table, _normalise(table, row))
        self._merge_transcript(p)
        if p["scorecard"] is not None:
            self._merge_scorecard(_normalise("scorecards", p["scorecard"]),
                                  [_normalise("ratings", r) for r in p["ratings"]], panelist)

    def _check_return(self, p: dict[str, Any], session: Row) -> None:
        sid, pid = p["session_id"], p["panelist_id"]
        for table in (*RETURN_ORDER, "ratings", *TRANSCRIPT_LISTS):
            ids = [r["id"] if "id" in r else r["segment_id"] for r in p[table]]
            if len(set(ids)) != len(ids):
                raise self.refuse(f"a {_WHAT[table]} id appears twice")
            if table == "ratings":
                continue
            for row in p[table]:
                if row["session_id"] != sid:
                    raise self.refuse(f"{_WHAT[table]} {row['id']} belongs to another session")
                if row["panelist_id"] != pid:
                    raise self.refuse(f"{_WHAT[table]} {row['id']} belongs to another panelist; "
                                      "a return file carries only its own panelist's work")
        # A question id may name a kit question or an ad-hoc question; one this database does
        # not know yet may be another panelist's ad-hoc question still to come (refusing it
        # would make the result depend on the import order). Known elsewhere = refused.
        def in_session(qid: str | None, what: str) -> None:
            if qid is None:
                return
            kit = self.rows.kit_of_question(qid)
            adhoc = self.rows.session_of_adhoc_question(qid)
            if (kit and kit != session["kit_id"]) or (adhoc and adhoc != sid):
                raise self.refuse(f"{what} points at question {qid} of another session")

        for n in p["notes"]:
            in_session(n["question_id"], f"note {n['id']}")
        for f in p["flags"]:
            in_session(f["question_id"], f"flag {f['id']}")
        for t in p["look_for_ticks"]:
            in_session(t["question_id"], f"look-for tick {t['id']}")
        for a in p["adhoc_questions"]:
            in_session(a["after_question_id"], f"ad-hoc question {a['id']}")
        concerns = self.rows.concern_ids(session["candidate_id"])
        for c in p["concern_checks"]:
            if c["concern_id"] not in concerns:
                raise self.refuse(f"concern check {c['id']} points at a concern this "
                                  "candidate does not have")
            note = self.rows.session_of_note(c["note_id"]) if c["note_id"] else None
            if note and note != sid:
                raise self.refuse(f"concern check {c['id']} points at a note of another "
                                  "session")
        card = p["scorecard"]
        if card is None:
            if p["ratings"]:
                raise self.refuse("it has ratings but no scorecard")
            return
        if card["session_id"] != sid or card["panelist_id"] != pid:
            raise self.refuse("its scorecard belongs to another session or panelist")
        competencies = self.rows.competency_ids(session["role_id"])
        seen: set[str] = set()
        for r in p["ratings"]:
            if r["scorecard_id"] != card["id"]:
                raise self.refuse(f"rating {r['id']} belongs to another scorecard")
            if r["competency_id"] not in competencies:
                raise self.refuse(f"rating {r['id']} rates a competency this role does not have")
            if r["competency_id"] in seen:
                raise self.refuse("a competency is rated twice on one scorecard")
            seen.add(r["competency_id"])

    # --- transcripts ---------------------------------------------------------------------------

    def _merge_transcript(self, p: dict[str, Any]) -> None:
        """Deletions first (a tombstone wins over the segment in any file, older or newer),
        then the segments and quotes still standing, newest version of each."""
        sid = p["session_id"]
        if p["transcript_segments"] or p["transcript_pins"]:
            consent = self.rows.select("transcript_consents", {"session_id": sid})
            if not consent:
                raise self.refuse(
                    "it carries transcript segments, but no consent of the candidate to "
                    "transcription is recorded for this session here; without one no "
                    "transcript is kept")
            if not consent[0]["shared_with_lead"]:
                raise self.refuse(
                    "it carries transcript segments, but the candidate's consent keeps each "
                    "transcript on the laptop that heard it; it may not travel")
        table = "transcript_deletions"
        deleted = [_normalise(table, r) for r in p[table]]
        ids = [d["segment_id"] for d in deleted]
        known = {r["segment_id"]: r for r in self.rows.select(table, {"segment_id": ids})}
        segments = {r["id"]: r for r in self.rows.select("transcript_segments", {"id": ids})}
        for d in deleted:
            owner = known.get(d["segment_id"]) or segments.get(d["segment_id"])
            if owner is not None and (owner["session_id"], owner["panelist_id"]) != (
                    d["session_id"], d["panelist_id"]):
                raise self.refuse(f"it deletes transcript segment {d['segment_id']}, which "
                                  "another panelist's laptop heard; a return file deletes "
                                  "only its own panelist's")
            if d["segment_id"] in known:
                self.report.unchanged += 1
            else:
                self.rows.insert(table, d)
                self.report.added += 1
        self.report.updated += self.rows.delete_segments(sorted(segments))
        gone = set(ids) | {r["segment_id"] for r in self.rows.select(
            table, {"segment_id": [r["id"] for r in p["transcript_segments"]]})}
        for table in ("transcript_segments", "transcript_pins"):
            for row in p[table]:
                if (row["id"] if table == "transcript_segments" else row["segment_id"]) in gone:
                    self.report.unchanged += 1
                    continue
                self._merge(table, _normalise(table, row))

    # --- the merge of one row ----------------------------------------------------------------

    def _get(self, table: str, ident: str) -> Row | None:
        return self.rows.get(table, ident)

    def _by_key(self, table: str, key: tuple[str, ...], row: Row) -> Row | None:
        rows = self.rows.select(table, {c: row[c] for c in key})
        return rows[0] if rows else None

    def _version(self, table: str, row: Row) -> tuple[datetime, str]:
        content = {k: v for k, v in row.items() if k != "id"}
        if table == "concern_checks" and row["note_id"] is not None:
            # Refer to the note by its natural key: its id may still change in a merge.
            note = self.rows.note_key(row["note_id"])
            if note:
                content["note_id"] = note
        return _when(row["updated_at"]), _digest(content)

    def _merge(self, table: str, incoming: Row) -> None:
        existing = self._get(table, incoming["id"])
        what = _WHAT[table]
        if existing is not None:
            for col in IDENTITY.get(table, ()):
                if existing[col] != incoming[col]:
                    raise self.refuse(
                        f"{what} {incoming['id']} already exists in this database with another "
                        f"{col.removesuffix('_id')}{self._whose(col, existing[col])}; the file "
                        "may not change it")
        elif table in NATURAL_KEYS:
            existing = self._by_key(table, NATURAL_KEYS[table], incoming)
        if table == "concern_checks" and incoming["note_id"] is not None:
            incoming["note_id"] = self._current_note_id(incoming["note_id"])
        if existing is None:
            self._check_unique(table, incoming)
            self.rows.insert(table, incoming)
            self.report.added += 1
            return
        winner = incoming if self._version(table, incoming) > self._version(table, existing) \
            else existing
        target = dict(winner, id=min(existing["id"], incoming["id"]))
        if target == existing:
            self.report.unchanged += 1
            return
        self._check_unique(table, target, existing["id"])
        self.rows.update(table, existing["id"], target)
        self.report.updated += 1

    def _whose(self, col: str, ident: str) -> str:
        """Who holds the row an id collides with, as " (Carol HR)", so the lead can ask."""
        if col != "panelist_id":
            return ""
        owner = self._get("panelists", ident)
        return f" ({owner['name']})" if owner else ""

    def _current_note_id(self, note_id: str) -> str:
        """A note id from the file, as this database now knows that note."""
        if self.rows.session_of_note(note_id) is not None:
            return note_id
        for n in self.doc.payload.get("notes", []):
            if n["id"] == note_id:
                found = self._by_key("notes", NATURAL_KEYS["notes"], n)
                if found:
                    return str(found["id"])
        return note_id

    def _check_unique(self, table: str, row: Row, old_id: str | None = None) -> None:
        key = UNIQUE_ELSEWHERE.get(table)
        if key is None:
            return
        other = self._by_key(table, key, row)
        if other is not None and other["id"] not in (row["id"], old_id):
            raise self.refuse(
                f"its {_WHAT[table]} {row['id']} clashes with another {_WHAT[table]} in this "
                f"database ({', '.join(f'{c} {row[c]!r}' for c in key)})")

    # --- scorecards --------------------------------------------------------------------------

    def _merge_scorecard(self, card: Row, ratings: list[Row], panelist: Row) -> None:
        existing = self._get("scorecards", card["id"])
        if existing is not None:
            if (existing["session_id"], existing["panelist_id"]) != (
                    card["session_id"], card["panelist_id"]):
                raise self.refuse(f"scorecard {card['id']} already exists in this database for "
                                  "another panelist; the file may not change it")
        else:
            existing = self._by_key("scorecards", ("session_id", "panelist_id"), card)
        incoming = _Card(card, ratings)
        if existing is None:
            self._write_card(None, incoming.with_id(card["id"]))
            self.report.added += 1
            return
        here = _Card(existing, self.rows.select("ratings", {"scorecard_id": existing["id"]}))
        if here.submitted and incoming.submitted and here.content() != incoming.content():
            self.report.conflicts.append(
                f"{panelist['name']} submitted two different scorecards for this session (one "
                f"at {_shown(here.card['submitted_at'])}, kept here; one at "
                f"{_shown(incoming.card['submitted_at'])} in this file, not imported). Ask "
                f"{panelist['name']} which one stands.")
            return
        winner = incoming if incoming.version() > here.version() else here
        if winner is here and here.submitted:
            self.report.unchanged += 1
            return
        # The id must not depend on the import order either: a submitted card brings its own
        # (every laptop that has it agrees on it), drafts settle on the smaller id.
        keep = winner.card["id"] if winner.submitted else min(existing["id"], card["id"])
        target = winner.with_id(keep)
        if target.rows() == here.rows():
            self.report.unchanged += 1
            return
        self._write_card(existing["id"], target)
        self.report.updated += 1

    def _write_card(self, old_id: str | None, card: _Card) -> None:
        if old_id is not None:
            self.rows.replace_scorecard(old_id, card.card, card.ratings)
            return
        self.rows.insert("scorecards", card.card)
        for rating in card.ratings:
            self.rows.insert("ratings", rating)


class _Card:
    """A scorecard with its ratings: they merge as one."""

    def __init__(self, card: Row, ratings: Iterable[Row]) -> None:
        self.card = card
        self.ratings = sorted(ratings, key=lambda r: r["competency_id"])

    @property
    def submitted(self) -> bool:
        return self.card["submitted_at"] is not None

    def content(self) -> Any:
        """What the panelist decided: compared to tell a conflict from a copy."""
        skip = {"id", "scorecard_id", "created_at", "updated_at"}
        return ({k: v for k, v in self.card.items() if k not in skip},
                [{k: v for k, v in r.items() if k not in skip} for r in self.ratings])

    def version(self) -> tuple[bool, datetime, str, str]:
        # A submitted card beats any draft; then the newest; then the content hash; then
        # the id (two laptops with the very same card must still agree on one).
        whole = ({k: v for k, v in self.card.items() if k != "id"},
                 [{k: v for k, v in r.items() if k not in ("id", "scorecard_id")}
                  for r in self.ratings])
        return self.submitted, _when(self.card["updated_at"]), _digest(whole), self.card["id"]

    def with_id(self, card_id: str) -> _Card:
        # Rating ids follow the card's id, as ScorecardRepository writes them.
        return _Card(dict(self.card, id=card_id),
                     [dict(r, id=f"{card_id}:{r['competency_id']}", scorecard_id=card_id)
                      for r in self.ratings])

    def rows(self) -> tuple[Row, list[Row]]:
        return self.card, self.ratings


_ROLE_VERSION_TABLES = ("roles", "competencies", "competency_anchors")


def _role_content(role: Row, competencies: Iterable[Row], anchors: Iterable[Row]) -> Any:
    """What a role version says: compared to tell the same version from a rewritten one."""
    skip = {"created_at", "updated_at"}
    return ({k: v for k, v in role.items() if k not in skip},
            sorted(({k: float(v) if k == "weight" else v for k, v in c.items()
                     if k not in skip} for c in competencies), key=lambda c: str(c["id"])),
            sorted((a["competency_id"], a["point"], a["text"]) for a in anchors))


def _rows_by_table(doc: ExchangeFile) -> dict[str, list[Row]]:
    """The rows with an id that a file carries, by table."""
    p = doc.payload
    if doc.kind is FileKind.PANEL:
        return {"roles": p["roles"], "competencies": p["competencies"], "kits": [p["kit"]],
                "kit_sections": p["kit_sections"], "questions": p["questions"],
                "candidates": [p["candidate"]], "concerns": p["concerns"],
                "sessions": [p["session"]], "panelists": p["panelists"],
                "assignments": p["assignments"]}
    out = {t: p[t] for t in (*RETURN_ORDER, "ratings", "transcript_segments",
                             "transcript_pins")}
    out["scorecards"] = [p["scorecard"]] if p["scorecard"] else []
    return out


def _normalise(table: str, row: Row) -> Row:
    """The row exactly as SQLite will hand it back (so equal means unchanged)."""
    out = {c: row[c] for c in COLUMNS[table]}
    if table == "competencies":
        out["weight"] = float(out["weight"])
    if table == "roles":  # REAL columns: 3 in a file is 3.0 here
        for col in ("hire_below", "no_hire_above"):
            out[col] = None if out[col] is None else float(out[col])
    if table in ("transcript_segments", "transcript_pins"):
        for col in ("start_seconds", "end_seconds"):
            out[col] = float(out[col])
    return out
